import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSubcategoryOf } from '../../../src/domain/case/case.ts';
import { parseNationalId } from '../../../src/domain/identity/national-id.ts';
import {
  DEMO_CASES,
  DEMO_RESIDENTS,
  DEMO_STAFF,
  DEMO_UNITS,
} from '../../../src/demo/demo-municipality.ts';

describe('Demo kommune', () => {
  it('uses only synthetic identity numbers, which production would refuse', () => {
    for (const r of DEMO_RESIDENTS) {
      const parsed = parseNationalId(r.nationalId, { allowSynthetic: true });
      assert.ok(parsed.ok && parsed.value.synthetic, r.name);
      assert.equal(parseNationalId(r.nationalId, { allowSynthetic: false }).ok, false);
    }
  });

  it('files every case under a subcategory of its category, owned by a demo unit', () => {
    const keys = new Set(DEMO_UNITS.map((u) => u.key));
    for (const c of DEMO_CASES) {
      assert.ok(isSubcategoryOf(c.category, c.subcategory), c.reference);
      assert.ok(keys.has(c.owningUnitKey), c.reference);
      assert.ok(c.residentIndex < DEMO_RESIDENTS.length, c.reference);
      assert.ok(
        c.coordinatorPersona === null || DEMO_STAFF.some((s) => s.persona === c.coordinatorPersona),
        c.reference,
      );
    }
    assert.deepEqual(
      new Set(DEMO_CASES.map((c) => c.level)),
      new Set([1, 2, 3, 4]),
      'cases at every level',
    );
  });

  it('has the four roles, each staff member in a demo unit', () => {
    assert.deepEqual(
      new Set(DEMO_STAFF.map((s) => s.role)),
      new Set(['saksbehandler', 'koordinator', 'leder', 'admin']),
    );
    for (const s of DEMO_STAFF)
      assert.ok(
        DEMO_UNITS.some((u) => u.key === s.unitKey),
        s.persona,
      );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSubcategoryOf } from '../../../src/domain/case/case.ts';
import { parseNationalId } from '../../../src/domain/identity/national-id.ts';
import {
  DEMO_CASES,
  DEMO_RESIDENTS,
  DEMO_STAFF,
  DEMO_UNITS,
  demoChannelId,
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

  it('numbers the cases in order (the case sequence continues after them), one person each', () => {
    assert.deepEqual(
      DEMO_CASES.map((c) => c.reference),
      DEMO_CASES.map((_, i) => `2026-${String(i + 1).padStart(4, '0')}`),
    );
    assert.equal(new Set(DEMO_CASES.map((c) => c.residentIndex)).size, DEMO_CASES.length);
    assert.equal(new Set(DEMO_RESIDENTS.map((r) => r.nationalId)).size, DEMO_RESIDENTS.length);
  });

  it('is realistic about the eviction stages (domain review §1.1, §2.1)', () => {
    for (const c of DEMO_CASES) {
      const k = c.concern;
      // "utkastelse eller tvangssalg er begjært" needs a request: the namsmann's letter (or NAV's
      // copy of it) or a date.
      if (c.subcategory === 'utkastelse-tvangssalg')
        assert.ok(
          k?.namsmannNoticeDaysAgo !== undefined ||
            k?.namsmannCopyDaysAgo !== undefined ||
            k?.evictionInDays !== undefined,
          c.reference,
        );
      // The namsmann sets a date only after the 14 days to object have run out.
      if (k?.evictionInDays !== undefined)
        assert.ok(
          k.namsmannNoticeDaysAgo !== undefined && k.namsmannNoticeDaysAgo > 14,
          `${c.reference}: no eviction date while the objection window is open`,
        );
      // A § 4-18 notice has the day it was sent and the day it arrived, in that order.
      if (k?.notice) assert.ok(k.notice.sentDaysAgo >= k.notice.receivedDaysAgo, c.reference);
    }
    const ref = (r: string) => DEMO_CASES.find((c) => c.reference === r);
    assert.equal(ref('2026-0004')?.subcategory, 'hoye-boutgifter', 'only a § 4-18 notice');
  });

  it('shows the acute flow and the early warning from innfordring', () => {
    const acute = DEMO_CASES.filter((c) => c.concern?.acute);
    for (const c of acute) {
      assert.equal(c.subcategory, 'uten-tak-over-hodet', c.reference);
      assert.equal(
        DEMO_UNITS.find((u) => u.key === c.owningUnitKey)?.kind,
        'nav',
        `${c.reference}: sosialtjenesteloven § 27 is NAV’s duty`,
      );
    }
    // One waits for "Ta saken" (2026-0006); another is taken (2026-0012, on the worklist).
    const untaken = acute.filter((c) => c.coordinatorPersona === null);
    assert.deepEqual(
      untaken.map((c) => c.reference),
      ['2026-0006'],
    );
    const early = DEMO_CASES.find((c) => c.concern?.source === 'innfordring');
    const reporter = DEMO_STAFF.find((s) => s.persona === early?.concern?.reporterPersona);
    assert.equal(reporter?.unitKey, 'innfordring');
    assert.ok(early?.concern?.arrearsReport, 'a restansemelding');
    assert.ok((early.concern.arrears?.firstMissedRentDaysAgo ?? 99) <= 7, 'a few days ago');
    assert.equal(early.concern.notice, undefined, 'before any § 4-18 notice');
  });

  it('links every unit to its own channel in the playground’s team', () => {
    assert.equal(new Set(DEMO_UNITS.map((u) => demoChannelId(u.key))).size, DEMO_UNITS.length);
    assert.equal(demoChannelId('nav-bolig'), 'channel-nav-bolig');
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

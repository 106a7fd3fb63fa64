import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  CASE_ACTIONS,
  mayAct,
  type AccessSituation,
} from '../../../../src/domain/access/case-access.ts';
import { STAFF_ROLES } from '../../../../src/domain/org/org.ts';
import { present } from '../../../helpers/assert-present.ts';

/**
 * The access matrix as ARCHITECTURE.md documents it. Each column is a situation; the test
 * reads the table from the document and checks every cell against the policy, and checks
 * that every action is documented.
 */
const NONE = {
  relation: 'none',
  isCoordinator: false,
  inConsentScope: false,
  responsibleForMeasure: false,
  isReporter: false,
  breakGlass: false,
} as const;
const SITUATIONS: Record<
  string,
  Omit<AccessSituation, 'role'> & { role?: AccessSituation['role'] }
> = {
  coordinator: { ...NONE, isCoordinator: true },
  'owner unit, saksbehandler': { ...NONE, role: 'saksbehandler', relation: 'owner' },
  'owner unit, koordinator/leder': { ...NONE, role: 'koordinator', relation: 'owner' },
  'involved unit': { ...NONE, relation: 'involved' },
  'consent scope': { ...NONE, inConsentScope: true },
  'measure unit, in consent': {
    ...NONE,
    relation: 'involved',
    responsibleForMeasure: true,
    inConsentScope: true,
  },
  'measure unit, outside consent': { ...NONE, relation: 'involved', responsibleForMeasure: true },
  reporter: { ...NONE, isReporter: true },
  'break-glass': { ...NONE, breakGlass: true },
  'no relation': NONE,
  admin: {
    role: 'admin',
    relation: 'owner',
    isCoordinator: true,
    inConsentScope: true,
    responsibleForMeasure: true,
    isReporter: true,
    breakGlass: true,
  },
};

function documentedMatrix(): { columns: string[]; rows: Map<string, string[]> } {
  const doc = readFileSync('ARCHITECTURE.md', 'utf8');
  const section = doc.slice(
    doc.indexOf('<!-- access-matrix -->'),
    doc.indexOf('<!-- /access-matrix -->'),
  );
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const cells = (l: string) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const columns = cells(present(lines[0], 'the header row')).slice(1);
  const rows = new Map(
    lines.slice(2).map((l): [string, string[]] => {
      const [action, ...allowed] = cells(l);
      return [present(action, 'the action cell').replace(/`/g, ''), allowed];
    }),
  );
  return { columns, rows };
}

describe('case access policy', () => {
  const { columns, rows } = documentedMatrix();

  it('documents every action and every situation', () => {
    assert.deepEqual([...rows.keys()].sort(), [...CASE_ACTIONS].sort());
    assert.deepEqual(columns, Object.keys(SITUATIONS));
  });

  for (const action of CASE_ACTIONS)
    it(`${action}: matches the documented row for every situation and role`, () => {
      const expected = rows.get(action)!;
      columns.forEach((column, i) => {
        const situation = present(SITUATIONS[column], `the situation "${column}"`);
        // A column without a fixed role must hold for every non-admin role.
        const roles = situation.role ? [situation.role] : STAFF_ROLES.filter((r) => r !== 'admin');
        for (const role of roles) {
          const allowed = mayAct(action, { ...situation, role });
          assert.equal(allowed ? 'ja' : '–', expected[i], `${action} / ${column} / ${role}`);
        }
      });
    });

  it('docs/personvern.md shows the same matrix (the privacy officer reads that one)', () => {
    const matrix = (file: string) => {
      const doc = readFileSync(file, 'utf8');
      return doc
        .slice(doc.indexOf('<!-- access-matrix -->'), doc.indexOf('<!-- /access-matrix -->'))
        .trim();
    };
    assert.ok(matrix('docs/personvern.md').length > 100);
    assert.equal(matrix('docs/personvern.md'), matrix('ARCHITECTURE.md'));
  });

  it('lets anyone learn who owns a case, and admins nothing more', () => {
    for (const role of STAFF_ROLES)
      for (const relation of ['owner', 'involved', 'none'] as const)
        assert.ok(mayAct('case.lookupOwner', { ...NONE, role, relation }));
    for (const action of CASE_ACTIONS.filter((a) => a !== 'case.lookupOwner'))
      assert.equal(mayAct(action, SITUATIONS.admin as AccessSituation), false, action);
  });

  it('a unit that only reported a concern gets owner facts and its concern, not the case', () => {
    const reporter = { ...NONE, role: 'saksbehandler', isReporter: true } as const;
    assert.equal(mayAct('case.readDetails', reporter), false);
    assert.equal(mayAct('case.markArrearsPaid', reporter), false);
    assert.equal(mayAct('concern.readText.unclarified', reporter), true);
  });
});

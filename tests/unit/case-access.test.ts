import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CASE_ACTIONS, mayAct, type AccessSituation, type CaseAction } from '../../src/domain/access/case-access.ts';
import { STAFF_ROLES } from '../../src/domain/org/org.ts';

/**
 * The access matrix as ARCHITECTURE.md documents it. Each column is a situation; the test
 * reads the table from the document and checks every cell against the policy, and checks
 * that every action is documented.
 */
const SITUATIONS: Record<string, Omit<AccessSituation, 'role'> & { role?: AccessSituation['role'] }> = {
  'coordinator': { relation: 'none', isCoordinator: true, inConsentScope: false, responsibleForMeasure: false, consentGiven: false },
  'owner unit, saksbehandler': { role: 'saksbehandler', relation: 'owner', isCoordinator: false, inConsentScope: false, responsibleForMeasure: false, consentGiven: false },
  'owner unit, koordinator/leder': { role: 'koordinator', relation: 'owner', isCoordinator: false, inConsentScope: false, responsibleForMeasure: false, consentGiven: false },
  'involved unit': { relation: 'involved', isCoordinator: false, inConsentScope: false, responsibleForMeasure: false, consentGiven: false },
  'consent scope': { relation: 'involved', isCoordinator: false, inConsentScope: true, responsibleForMeasure: false, consentGiven: true },
  'measure unit, with consent': { relation: 'involved', isCoordinator: false, inConsentScope: false, responsibleForMeasure: true, consentGiven: true },
  'measure unit, no consent': { relation: 'involved', isCoordinator: false, inConsentScope: false, responsibleForMeasure: true, consentGiven: false },
  'no relation': { relation: 'none', isCoordinator: false, inConsentScope: false, responsibleForMeasure: false, consentGiven: false },
  'admin': { role: 'admin', relation: 'owner', isCoordinator: false, inConsentScope: true, responsibleForMeasure: true, consentGiven: true },
};

function documentedMatrix(): { columns: string[]; rows: Map<string, string[]> } {
  const doc = readFileSync('ARCHITECTURE.md', 'utf8');
  const section = doc.slice(doc.indexOf('<!-- access-matrix -->'), doc.indexOf('<!-- /access-matrix -->'));
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const cells = (l: string) => l.split('|').slice(1, -1).map((c) => c.trim());
  const columns = cells(lines[0]).slice(1);
  const rows = new Map(lines.slice(2).map((l) => [cells(l)[0].replace(/`/g, ''), cells(l).slice(1)]));
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
        const situation = SITUATIONS[column];
        // A column without a fixed role must hold for every non-admin role.
        const roles = situation.role ? [situation.role] : STAFF_ROLES.filter((r) => r !== 'admin');
        for (const role of roles) {
          const allowed = mayAct(action as CaseAction, { ...situation, role });
          assert.equal(allowed ? 'ja' : '–', expected[i], `${action} / ${column} / ${role}`);
        }
      });
    });

  it('lets anyone learn who owns a case, and admins nothing more', () => {
    for (const role of STAFF_ROLES)
      for (const relation of ['owner', 'involved', 'none'] as const)
        assert.ok(mayAct('case.lookupOwner', { role, relation, isCoordinator: false, inConsentScope: false, responsibleForMeasure: false, consentGiven: false }));
    for (const action of CASE_ACTIONS.filter((a) => a !== 'case.lookupOwner'))
      assert.equal(mayAct(action, { ...(SITUATIONS.admin as AccessSituation), isCoordinator: true }), false, action);
  });
});

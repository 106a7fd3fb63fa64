import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isAdmin,
  isCaseworker,
  isLeader,
  leadsOrCoordinates,
  STAFF_ROLES,
  type Staff,
  type StaffRole,
} from '../../../../src/domain/org/org.ts';
import { colleaguesIn } from '../../../../src/domain/reminder/reminder-item.ts';

const person = (role: StaffRole, extra: Partial<Staff> = {}): Staff => ({
  id: `s-${role}`,
  aadObjectId: '00000000-0000-4000-8000-000000000001',
  name: `Syntetisk ${role}`,
  email: `${role}@example.invalid`,
  unitId: 'u1',
  role,
  ...extra,
});

describe('role predicates on the org model', () => {
  it('name each role rule once', () => {
    const table = STAFF_ROLES.map((role) => [
      role,
      isAdmin(person(role)),
      isLeader(person(role)),
      leadsOrCoordinates(person(role)),
      isCaseworker(person(role)),
    ]);
    assert.deepEqual(table, [
      ['saksbehandler', false, false, false, true],
      ['koordinator', false, false, true, true],
      ['leder', false, true, true, true],
      ['admin', true, false, false, false],
    ]);
  });

  it('someone who has left is no caseworker, whatever their role', () => {
    assert.equal(isCaseworker(person('saksbehandler', { deactivatedAt: new Date(0) })), false);
  });

  it('a reminder is offered only to colleagues who can take it: not admins, not leavers', () => {
    const offered = colleaguesIn([
      person('saksbehandler', { id: 'a', name: 'Berit' }),
      person('admin', { id: 'b', name: 'Anne' }),
      person('koordinator', { id: 'c', name: 'Carl', deactivatedAt: new Date(0) }),
      person('leder', { id: 'd', name: 'Ditte' }),
    ]);
    assert.deepEqual(
      offered.map((c) => c.name),
      ['Berit', 'Ditte'],
    );
  });
});

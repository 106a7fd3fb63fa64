import type { Actor } from '../../src/domain/actor/actor.ts';
import type { StaffRole } from '../../src/domain/org/org.ts';
import { present } from '../helpers/assert-present.ts';
import { InMemoryHusly } from './in-memory-repositories.ts';

export const TENANT = '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f';

/** A small organisation: three units and staff in each role, in memory. */
export async function smallMunicipality() {
  const husly = new InMemoryHusly();
  const people: Record<string, string> = {};
  await husly.run(async ({ org, routing }) => {
    const nav = await org.upsertUnit({
      key: 'nav-bolig',
      name: 'NAV boligsosialt team',
      kind: 'nav',
    });
    const til = await org.upsertUnit({
      key: 'tildeling',
      name: 'Tildelingsteam',
      kind: 'tildeling',
    });
    await org.upsertUnit({ key: 'rop', name: 'Psykisk helse og rus', kind: 'rus-psykisk-helse' });
    await org.upsertUnit({ key: 'bolig', name: 'Boligstiftelsen', kind: 'bolig' });
    const add = async (key: string, unitKey: string, role: StaffRole, n: number) => {
      const s = await org.upsertStaff({
        aadObjectId: `aaaaaaaa-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
        name: key,
        email: `${key}@k.no`,
        unitKey,
        role,
      });
      people[key] = s.id;
    };
    await add('navSaks', 'nav-bolig', 'saksbehandler', 1);
    await add('navKoord', 'nav-bolig', 'koordinator', 2);
    await add('navLeder', 'nav-bolig', 'leder', 3);
    await add('tilKoord', 'tildeling', 'koordinator', 4);
    await add('ropSaks', 'rop', 'saksbehandler', 5);
    await add('boligSaks', 'bolig', 'saksbehandler', 6);
    await add('admin', 'tildeling', 'admin', 7);
    await routing.set('husleierestanse', nav.id);
    await routing.set('utkastelsesdato', til.id);
  });
  const actor = async (key: string): Promise<Actor> =>
    husly.run(async ({ org }) => {
      const staff = (await org.findStaffById(present(people[key], `staff member ${key}`)))!;
      return { staff, unit: (await org.findUnitById(staff.unitId))!, tenantId: TENANT };
    });
  return { husly, people, actor };
}

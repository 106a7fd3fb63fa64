import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { OrgImportService } from '../../src/domain/org/org-import.ts';
import { parseCsv } from '../../src/org-import/parse-csv.ts';
import { FakeClock, InMemoryHusly } from '../fakes/in-memory-repositories.ts';

const UNITS = 'key,name,kind\nnav-bolig,NAV boligsosialt team,nav\ntildeling,Tildelingsteam,tildeling\n';
const STAFF =
  'aad_object_id,name,email,unit_key,role\n' +
  '9D2F6C1E-4B7A-4E3D-8C5F-2A1B0E9D7C01,Hanne Vik,Hanne.Vik@kommune.no,nav-bolig,saksbehandler\n' +
  '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,Tor Lie,tor.lie@kommune.no,tildeling,Koordinator\n';

describe('OrgImportService', () => {
  let husly: InMemoryHusly;
  let service: OrgImportService;
  beforeEach(() => {
    husly = new InMemoryHusly();
    service = new OrgImportService(husly, new FakeClock());
  });

  it('creates units and staff, normalising ids, e-mail and role', async () => {
    const outcome = await service.run(parseCsv(UNITS), parseCsv(STAFF));
    assert.deepEqual(outcome, { ok: true, units: { created: 2, updated: 0, unchanged: 0 }, staff: { created: 2, updated: 0, unchanged: 0 } });
    const hanne = husly.state.staff.find((s) => s.name === 'Hanne Vik')!;
    assert.equal(hanne.aadObjectId, '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c01');
    assert.equal(hanne.email, 'hanne.vik@kommune.no');
    assert.equal(husly.state.staff.find((s) => s.name === 'Tor Lie')?.role, 'koordinator');
    assert.equal(husly.state.audit.at(-1)?.action, 'org.import');
  });

  it('is idempotent, and reports what a second file changes', async () => {
    await service.run(parseCsv(UNITS), parseCsv(STAFF));
    const again = await service.run(parseCsv(UNITS), parseCsv(STAFF));
    assert.deepEqual(again, { ok: true, units: { created: 0, updated: 0, unchanged: 2 }, staff: { created: 0, updated: 0, unchanged: 2 } });
    assert.equal(husly.state.units.length, 2);
    assert.equal(husly.state.staff.length, 2);
    const moved = await service.run(null, parseCsv(STAFF.replace('tildeling,Koordinator', 'nav-bolig,leder')));
    assert.deepEqual(moved.ok && moved.staff, { created: 0, updated: 1, unchanged: 1 });
  });

  it('accepts staff for units already in the database', async () => {
    await service.run(parseCsv(UNITS), null);
    assert.equal((await service.run(null, parseCsv(STAFF))).ok, true);
  });

  it('reports every bad line with its number and column, and writes nothing', async () => {
    const units = 'key,name,kind\nnav-bolig,NAV,nav\nNAV bolig,X,nav\nnav-bolig,Dobbel,nav\nhelse,,sykehus\n';
    const staff =
      'aad_object_id,name,email,unit_key,role\n' +
      'not-a-guid,A,a@k.no,nav-bolig,saksbehandler\n' +
      '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,B,ikke-epost,ukjent,sjef\n' +
      '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,C,c@k.no,nav-bolig\n';
    const outcome = await service.run(parseCsv(units), parseCsv(staff));
    assert.equal(outcome.ok, false);
    const found = (outcome.ok ? [] : outcome.problems).map((p) => `${p.file}:${p.line}:${p.code}${p.column ? `:${p.column}` : ''}`);
    assert.deepEqual(found, [
      'units:3:UNIT_KEY_FORMAT:key',
      'units:4:DUPLICATE:key',
      'units:5:REQUIRED:name',
      'units:5:UNIT_KIND:kind',
      'staff:2:AAD_OBJECT_ID:aad_object_id',
      'staff:3:EMAIL:email',
      'staff:3:UNKNOWN_UNIT:unit_key',
      'staff:3:ROLE:role',
      'staff:4:COLUMN_COUNT',
    ]);
    assert.deepEqual(husly.state.units, []);
    assert.deepEqual(husly.state.staff, []);
    assert.deepEqual(husly.state.audit, []);
  });

  it('rejects a file with the wrong header', async () => {
    const outcome = await service.run(parseCsv('navn,type\nx,nav\n'), null);
    assert.deepEqual(outcome, { ok: false, problems: [{ file: 'units', line: 1, code: 'HEADER' }] });
  });
});

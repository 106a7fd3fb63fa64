import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../../src/persistence/database.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

const temp = tempDatabase();
const importOrg = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/org-import.ts', ...args], {
    env: { ...process.env, DATABASE_URL: temp.url, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
  });

async function counts() {
  const db = await openDatabase(temp.url);
  try {
    return { units: await db.prisma.unit.count(), staff: await db.prisma.staff.count() };
  } finally {
    await db.close();
  }
}

describe('npm run org:import', () => {
  after(() => temp.cleanup());

  it('imports the README example files, then finds nothing to change the second time', async () => {
    const first = importOrg('--units', 'examples/units.csv', '--staff', 'examples/staff.csv');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Enheter: 4 nye, 0 endret, 0 uendret\nAnsatte: 4 nye, 0 endret, 0 uendret/);
    const second = importOrg('--units', 'examples/units.csv', '--staff', 'examples/staff.csv');
    assert.match(second.stdout, /Enheter: 0 nye, 0 endret, 4 uendret\nAnsatte: 0 nye, 0 endret, 4 uendret/);
    assert.deepEqual(await counts(), { units: 4, staff: 4 });
  });

  it('names the file and line of every error and writes nothing', async () => {
    const bad = path.join(temp.dir, 'ansatte.csv');
    writeFileSync(
      bad,
      'aad_object_id,name,email,unit_key,role\n' +
        '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c09,Ny Person,ny@kommune.no,nav-bolig,saksbehandler\n' +
        '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c10,Feil Rolle,feil@kommune.no,nav-bolig,sjef\n',
    );
    const run = importOrg('--staff', bad);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /ingenting er lagret/);
    assert.match(run.stderr, new RegExp(`${bad.replace(/[/.]/g, '\\$&')}:3: ukjent rolle`));
    assert.deepEqual(await counts(), { units: 4, staff: 4 }, 'the valid line 2 was not imported either');
  });

  it('explains its usage when called without files', () => {
    const run = importOrg();
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Bruk: npm run org:import/);
  });
});

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/persistence/database.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer } from '../helpers/husly-server.ts';
import { CHANNEL_ID, demoUser, message } from '../helpers/teams-activities.ts';

/**
 * `npm run import:restanser` against a fresh SQLite file, with an organisation imported by
 * `npm run org:import` first. The example list (examples/restanser.csv) has synthetic numbers.
 */
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'husly-restanser-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
const temp = tempDir();
const file = (name: string, text: string) => {
  const at = path.join(temp.dir, name);
  writeFileSync(at, text);
  return at;
};
const run = (url: string, script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, DATABASE_URL: url, NODE_NO_WARNINGS: '1', ...env },
    encoding: 'utf8',
  });

const UNITS = file(
  'enheter.csv',
  'key,name,kind\n' +
    'nav-bolig,NAV boligsosialt team,nav\n' +
    'innfordring,Innfordring,innfordring\n',
);
const STAFF = file(
  'ansatte.csv',
  'aad_object_id,name,email,unit_key,role\n' +
    '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c21,Nina Navesen,nina@kommune.no,nav-bolig,koordinator\n' +
    '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c22,Inge Inn,inge@kommune.no,innfordring,saksbehandler\n' +
    '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c23,Ada Admin,ada@kommune.no,innfordring,admin\n',
);
const EXAMPLE = 'examples/restanser.csv';
/** Every name and number in the example list: none may be printed. */
const PERSONAL = readFileSync(EXAMPLE, 'utf8')
  .split('\n')
  .slice(1)
  .flatMap((line) => line.split(',').slice(0, 2))
  .filter(Boolean)
  .flatMap((value) => [value, value.slice(0, 6)]);

/** A database with the organisation in it. */
function organisation(name: string): string {
  const url = `file:${path.join(temp.dir, `${name}.db`)}`;
  const org = run(url, 'scripts/org-import.ts', ['--units', UNITS, '--staff', STAFF]);
  assert.equal(org.status, 0, org.stderr);
  return url;
}
const importList = (url: string, ...args: string[]) =>
  run(url, 'scripts/import-restanser.ts', args);

async function stored(url: string) {
  const db = await openDatabase(url);
  try {
    const { prisma } = db;
    return {
      cases: await prisma.case.count(),
      concerns: await prisma.concern.findMany({ orderBy: { createdAt: 'asc' } }),
      consents: await prisma.caseConsent.count(),
      reminders: await prisma.reminderOutbox.findMany({ select: { kind: true, caseId: true } }),
      audit: await prisma.auditEvent.count({ where: { action: 'concern.register' } }),
    };
  } finally {
    await db.close();
  }
}

function assertNoPersonalData(output: string) {
  for (const value of PERSONAL) assert.ok(!output.includes(value), 'personal data printed');
}

after(() => temp.cleanup());

describe('npm run import:restanser', () => {
  let url = '';
  before(() => (url = organisation('main')));

  it('registers lines above the threshold with the clause, and counts the rest', async () => {
    const first = importList(url, EXAMPLE, '--som', 'Inge@Kommune.no');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Restanselisten er lest: 4 linje\(r\)\./);
    assert.match(first.stdout, /Registrert: 2 \(2 nye saker\)/);
    assert.match(first.stdout, /Allerede registrert: 0/);
    assert.match(first.stdout, /beløpet er 3\s000 kr eller mindre: 1/);
    assert.match(first.stdout, /uten samtykkeklausul i leiekontrakten: 1/);
    assertNoPersonalData(first.stdout + first.stderr);

    const { cases, concerns, consents, reminders, audit } = await stored(url);
    assert.equal(cases, 2);
    assert.equal(concerns.length, 2);
    assert.equal(audit, 2, 'audited like the card');
    assert.equal(consents, 2, 'the clause is recorded as written consent to NAV');
    for (const c of concerns) {
      assert.equal(c.source, 'innfordring');
      assert.equal(c.sharingBasis, 'samtykke');
      assert.equal(c.subcategory, 'hoye-boutgifter');
      assert.match(c.submissionId, /^restanse-[0-9a-f]{32}$/);
      assert.ok(!PERSONAL.some((v) => c.submissionId.includes(v)));
    }
    assert.deepEqual(
      concerns.map((c) => c.arrearsAmount),
      [8400, 12500],
    );
    assert.equal(
      reminders.filter((r) => r.kind === 'P0').length,
      2,
      'P0 is planned for each new case',
    );
  });

  it('registers nothing new when the same list is run again', async () => {
    const again = importList(url, EXAMPLE, '--som', 'inge@kommune.no');
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /Registrert: 0 \(0 nye saker\)/);
    assert.match(again.stdout, /Allerede registrert: 2/);
    const { cases, concerns, audit } = await stored(url);
    assert.deepEqual([cases, concerns.length, audit], [2, 2, 2]);
  });

  it('--terskel lowers the threshold for one run; no clause still means no', async () => {
    const lower = importList(url, EXAMPLE, '--som', 'inge@kommune.no', '--terskel', '2 000');
    assert.equal(lower.status, 0, lower.stderr);
    assert.match(lower.stdout, /Registrert: 1 \(1 ny sak\)/);
    assert.match(lower.stdout, /Allerede registrert: 2/);
    assert.match(lower.stdout, /beløpet er 2\s000 kr eller mindre: 0/);
    assert.match(lower.stdout, /uten samtykkeklausul i leiekontrakten: 1/);
    assert.equal((await stored(url)).concerns.length, 3);
  });

  it('refuses a bad list with every problem by line and column, and writes nothing', async () => {
    const before = await stored(url);
    const bad = file(
      'feil.csv',
      'fødselsnummer,navn,beløp,forfallsdato,purring,utleier,samtykkeklausul\n' +
        '24835626977,Grete Grei,7000,2026-10-01,purring,kommunal,ja\n' +
        '24835626978,Feil Siffer,7000,2026-10-01,purring,kommunal,ja\n' +
        '06857828559,Rut Rot,mange,31.02.2026,sendt,kommune,ja\n' +
        '09898235545,Kort Linje,7000\n',
    );
    const refused = importList(url, bad, '--som', 'inge@kommune.no');
    assert.equal(refused.status, 1);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /Importen ble avbrutt, ingenting er lagret\. 6 feil:/);
    const at = (line: number, text: string) =>
      assert.match(refused.stderr, new RegExp(`feil\\.csv:${line}: ${text}`));
    at(3, 'fødselsnummer: Ugyldig fødselsnummer');
    at(4, 'beløp: Skriv et helt beløp');
    at(4, 'forfallsdato: Ugyldig dato');
    at(4, 'purring: Skriv ingen, purring eller inkassovarsel');
    at(4, 'utleier: Skriv kommunal eller privat');
    at(5, 'linjen har feil antall felt');
    for (const value of ['24835626978', '248356', 'Feil Siffer', 'mange', 'Rut Rot'])
      assert.ok(!refused.stderr.includes(value), 'a value in the file was printed');
    const after = await stored(url);
    assert.equal(after.concerns.length, before.concerns.length, 'the good line 2 was not written');
    assert.equal(after.cases, before.cases);
  });

  it('refuses an unknown, deactivated or admin --som, and writes nothing', async () => {
    const before = (await stored(url)).concerns.length;
    const unknown = importList(url, EXAMPLE, '--som', 'ingen@kommune.no');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /Fant ingen ansatt i Husly med den e-postadressen/);
    const admin = importList(url, EXAMPLE, '--som', 'ada@kommune.no');
    assert.equal(admin.status, 1);
    assert.match(admin.stderr, /er administrator/);
    assert.equal((await stored(url)).concerns.length, before);
  });

  it('explains its usage', () => {
    for (const args of [[], [EXAMPLE], ['--som', 'inge@kommune.no'], [EXAMPLE, '--terskel', 'x']]) {
      const usage = importList(url, ...args);
      assert.equal(usage.status, 2, args.join(' '));
      assert.match(usage.stderr, /Bruk: npm run import:restanser -- <fil\.csv> --som <e-post>/);
    }
  });

  it('takes the threshold from HUSLY_ARREARS_THRESHOLD_NOK', async () => {
    const other = organisation('threshold');
    const high = run(other, 'scripts/import-restanser.ts', [EXAMPLE, '--som', 'inge@kommune.no'], {
      HUSLY_ARREARS_THRESHOLD_NOK: '9000',
    });
    assert.equal(high.status, 0, high.stderr);
    assert.match(high.stdout, /Registrert: 1 \(1 ny sak\)/);
    assert.match(high.stdout, /beløpet er 9\s000 kr eller mindre: 2/);
    assert.deepEqual(
      (await stored(other)).concerns.map((c) => c.arrearsAmount),
      [12500],
    );
  });
});

describe('npm run import:restanser tells the owning unit as the card does', () => {
  it('posts the case card to NAV’s linked channel, with no personal data', async () => {
    const connector = await new FakeConnector().start();
    const url = `file:${path.join(temp.dir, 'notices.db')}`;
    try {
      // The server seeds Demo kommune; the admin links NAV's channel, as in production.
      const server = await startTestServer({}, url);
      await server.post(
        message(
          { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
          'koble kanal nav-bolig',
        ),
      );
      await server.stop();
      connector.reset();
      const list = file(
        'varsel.csv',
        'fødselsnummer,navn,beløp,forfallsdato,purring,utleier,samtykkeklausul\n' +
          '16904322869,Randi Restanse,6400,2026-10-01,purring,kommunal,ja\n',
      );
      // Asynchronously: the fake connector answers in this process.
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/import-restanser.ts',
          list,
          '--som',
          'siri.dahl@demo-kommune.no',
        ],
        { env: { ...process.env, DATABASE_URL: url, NODE_NO_WARNINGS: '1' } },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 0, out);
      assert.match(out, /Registrert: 1 \(1 ny sak\)/);
      const cards = JSON.stringify(connector.cards(CHANNEL_ID));
      assert.match(cards, /Ta saken/, 'the owning unit’s channel got the case card');
      for (const secret of ['Randi', '16904322869', '169043', '6400', '6 400'])
        assert.ok(!cards.includes(secret), `the channel card shows "${secret}"`);
    } finally {
      await connector.stop();
    }
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { localDate } from '../../src/domain/common/local-date.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import {
  buildRetentionScenario,
  PEOPLE,
  TEXT,
  type Scenario,
} from '../helpers/retention-scenario.ts';

/** `npm run innsyn` and `npm run retention` against a real (temporary) database. */
const temp = tempDatabase();
const SECRET = 'cli-test-secret-not-for-production';
const ENV = {
  ...process.env,
  DATABASE_URL: temp.url,
  NODE_NO_WARNINGS: '1',
  HUSLY_MODE: 'development',
  HUSLY_ID_SECRET: SECRET,
  HUSLY_TIMEZONE: 'Europe/Oslo',
  MicrosoftAppId: '',
  HUSLY_RETENTION_CLOSED_CASE_DAYS: '',
  HUSLY_RETENTION_AUDIT_DAYS: '',
};
// Run from the project directory, as `npm run` does (migrations are found relative to it).
const script = (name: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    env: ENV,
    encoding: 'utf8',
  });
/**
 * Where innsyn writes without --out: the working directory, named by the masked number and
 * today's date.
 */
const defaultFile = (number: string) =>
  path.resolve(`innsyn-${number.slice(0, 6)}xxxxx-${localDate(new Date(), 'Europe/Oslo')}.json`);

const ALL_NUMBERS = /\d{11}/;
const UNKNOWN_BUT_VALID = '23914531519';

async function inDb<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(temp.url);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

describe('npm run innsyn and npm run retention', () => {
  let s: Scenario;
  before(async () => {
    s = await inDb((db) => buildRetentionScenario(db, new Date(), SECRET));
  });
  after(() => temp.cleanup());

  it(
    'innsyn writes everything about the resident to a file only its owner can read, ' +
      'and no identity number',
    async () => {
      const file = path.join(temp.dir, 'kari.json');
      const run = script('innsyn', [PEOPLE.old.number, '--out', file]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /Skrev .*kari\.json: 1 sak\(er\), 2 linjer i tilgangsloggen/);
      assert.doesNotMatch(
        run.stdout + run.stderr,
        new RegExp(`${PEOPLE.old.name}|${PEOPLE.old.number}`),
        'the console shows no name or number',
      );
      assert.equal(statSync(file).mode & 0o777, 0o600);

      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, ALL_NUMBERS, 'no identity number');
      assert.doesNotMatch(text, /[0-9a-f]{64}/, 'no identity hash');
      const doc = JSON.parse(text);
      assert.deepEqual(doc.Person, {
        'Fødselsnummer (maskert)': '128793*****',
        Navn: PEOPLE.old.name,
        Fødselsdato: '1993-07-12',
      });
      const [kase] = doc.Saker;
      assert.equal(kase.Saksnummer, s.references.old);
      assert.equal(kase.Nivå, 'Nivå 3 (rødt)');
      assert.equal(
        kase['Grunn til avslutning'],
        'Boligen er sikret (restansen ordnet, ingen fare lenger)',
      );
      const [concern] = kase.Bekymringsmeldinger;
      assert.equal(concern.Beskrivelse, `${TEXT.description} (${s.references.old})`);
      assert.equal(concern['Meldt av'], 'Per Syntetisk');
      assert.equal(concern.Enhet, 'Psykisk helse og rus');
      assert.deepEqual(concern.Husleierestanse, {
        'Beløp (kr)': 21_000,
        Måneder: 3,
        Utleier: 'Privat utleier',
        'Første ubetalte husleie': '2023-01-01',
      });
      assert.equal(kase.Målplaner.length, 1);
      const [plan] = kase.Målplaner;
      assert.equal(plan.Status, 'Avsluttet');
      assert.equal(plan['Grunn til avslutning'], 'målene er nådd');
      assert.equal(plan['Hva er viktig for deg'], TEXT.whatMatters);
      assert.equal(plan['Slik deltok du da planen ble laget'], 'i møte');
      assert.equal(plan.Mål[0].Mål, TEXT.goal);
      assert.equal(plan.Mål[0]['Med dine egne ord'], TEXT.residentWords);
      assert.equal(plan.Mål[0]['Sist evaluert'], 'nådd');
      assert.equal(plan.Tiltak[0].Beskrivelse, TEXT.measure);
      assert.equal(plan.Tiltak[0].Omfang, TEXT.scope);
      assert.equal(plan.Tiltak[0]['Ansvarlig enhet'], 'Psykisk helse og rus');
      assert.equal(plan.Tiltak[0].Ansvarlig[0], 'Deg selv');
      assert.equal(plan.Evalueringer[0].Oppsummering, TEXT.evaluation);
      assert.equal(plan.Evalueringer[0].Nivå, 'Nivå 2 (gult)');
      assert.deepEqual(
        kase.Samtykker.map((c: { Enheter: string[]; Form: string }) => [c.Enheter, c.Form]),
        [[['Psykisk helse og rus'], 'Skriftlig']],
      );
      assert.equal(
        kase['Nødtilgang (fare for liv eller helse)'][0].Begrunnelse,
        TEXT.justification,
      );
      assert.equal(kase['Nødtilgang (fare for liv eller helse)'][0].Hvem, 'Per Syntetisk');
      assert.ok(
        kase['Eier og saksansvarlig'].some(
          (o: { Merknad: string | null; Saksansvarlig: string }) =>
            o.Merknad === TEXT.ownershipNote && o.Saksansvarlig === 'Kristin Syntetisk',
        ),
      );
      assert.equal(kase['Involverte enheter'][0].Begrunnelse, TEXT.involvementNote);
      const changes = kase['Endringer av nivå, kategori og status'];
      assert.equal(changes[0].Begrunnelse, TEXT.changeReason);
      assert.deepEqual(
        kase.Påminnelser.map((p: { Hva: string; Status: string }) => [p.Hva, p.Status]),
        [['Husleien er fortsatt ubetalt', 'Sendt']],
      );
      // The access log: who looked, from which unit, what and why (the same lines as
      // audit:resident).
      assert.deepEqual(
        doc.Tilgangslogg.map((l: Record<string, string>) => [
          l.Hvem,
          l.Enhet,
          l.Hva,
          l.Sak,
          l.Formål,
        ]),
        [
          [
            'Kristin Syntetisk',
            'NAV boligsosialt team',
            'slo opp hvem som eier saken',
            s.references.old,
            null,
          ],
          [
            'Per Syntetisk',
            'Psykisk helse og rus',
            'åpnet saken',
            s.references.old,
            'Samarbeid om tiltak',
          ],
        ],
      );

      const audited = await inDb((db) =>
        db.prisma.auditEvent.findMany({
          where: {
            residentId: s.residentIds.old,
            action: { in: ['audit.residentExport', 'audit.residentReport'] },
          },
        }),
      );
      assert.deepEqual(
        audited.map((e) => e.action).sort(),
        ['audit.residentExport', 'audit.residentReport'],
        'taking the copy is in the access log',
      );
    },
  );

  it('innsyn names its file after the masked number and the date, in the working directory', () => {
    const file = defaultFile(PEOPLE.mixed.number);
    assert.equal(
      path.basename(file),
      `innsyn-109101xxxxx-${localDate(new Date(), 'Europe/Oslo')}.json`,
    );
    rmSync(file, { force: true });
    try {
      const run = script('innsyn', [PEOPLE.mixed.number]);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(existsSync(file), run.stdout);
      assert.equal(statSync(file).mode & 0o777, 0o600);
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      assert.deepEqual(
        doc.Saker.map((c: { Saksnummer: string }) => c.Saksnummer).sort(),
        [s.references.mixedClosed, s.references.mixedOpen].sort(),
      );
      const again = script('innsyn', [PEOPLE.mixed.number]);
      assert.equal(again.status, 1, 'an existing file is never overwritten');
      assert.match(again.stderr, /finnes allerede/);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('innsyn refuses an invalid or unknown number with a clear message and writes no file', () => {
    const files = () => readdirSync(temp.dir).sort();
    const before = files();
    const invalid = script('innsyn', ['12879343746', '--out', path.join(temp.dir, 'feil.json')]);
    assert.equal(invalid.status, 1);
    assert.match(
      invalid.stderr,
      /Fødselsnummeret er ikke gyldig \(kontrollsifrene stemmer ikke\)\. .*Ingen fil er skrevet\./,
    );
    const unknown = script('innsyn', [UNKNOWN_BUT_VALID]);
    assert.equal(unknown.status, 1);
    assert.match(
      unknown.stderr,
      /Husly har ingen opplysninger om denne personen\. Ingen fil er skrevet\./,
    );
    assert.ok(!existsSync(defaultFile(UNKNOWN_BUT_VALID)));
    assert.deepEqual(files(), before);
    assert.equal(script('innsyn', []).status, 2, 'usage without a number');
  });

  it(
    'retention --dry-run shows the settings and what would go, by reference and ' +
      'never by name, and changes nothing',
    async () => {
      const state = () =>
        inDb(async (db) =>
          JSON.stringify([
            await db.prisma.resident.findMany({ orderBy: { id: 'asc' } }),
            await db.prisma.concern.findMany({ orderBy: { id: 'asc' } }),
            await db.prisma.auditEvent.count(),
          ]),
        );
      const before = await state();
      const run = script('retention', ['--dry-run']);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /Avsluttede saker anonymiseres 730 dager etter at de ble avsluttet/);
      assert.match(run.stdout, /Logghendelser slettes etter 1825 dager/);
      assert.match(run.stdout, /Prøvekjøring – ingenting er endret/);
      assert.match(run.stdout, /Saker som ville blitt anonymisert \(avsluttet før [\d.]+\): 2\n/);
      assert.match(run.stdout, new RegExp(`  ${s.references.old} \\(avsluttet [\\d.]+\\)`));
      assert.match(run.stdout, new RegExp(`  ${s.references.mixedClosed} \\(avsluttet`));
      assert.doesNotMatch(run.stdout, new RegExp(`${s.references.recent}|${s.references.open}\\b`));
      assert.match(run.stdout, /Personer som ville blitt anonymisert .*: 1\n/);
      assert.match(run.stdout, /Logghendelser fra før [\d.]+ som ville blitt slettet: 2\n/);
      for (const p of Object.values(PEOPLE)) assert.ok(!run.stdout.includes(p.name), p.name);
      assert.equal(await state(), before);
    },
  );

  it('retention anonymises old cases, prints counts; innsyn then shows no free text', async () => {
    const run = script('retention', []);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Utført\./);
    assert.match(run.stdout, /Saker anonymisert \(avsluttet før [\d.]+\): 2\n/);
    assert.match(run.stdout, /Personer anonymisert .*: 1\n/);
    assert.match(run.stdout, /Logghendelser fra før [\d.]+ slettet: 2\n/);
    for (const p of Object.values(PEOPLE)) assert.ok(!run.stdout.includes(p.name), p.name);

    const after = await inDb(async (db) => ({
      kari: await db.prisma.resident.findUniqueOrThrow({ where: { id: s.residentIds.old } }),
      ola: await db.prisma.resident.findUniqueOrThrow({ where: { id: s.residentIds.mixed } }),
      concern: await db.prisma.concern.findFirstOrThrow({ where: { caseId: s.caseIds.old } }),
      openConcern: await db.prisma.concern.findFirstOrThrow({ where: { caseId: s.caseIds.open } }),
    }));
    assert.equal(after.kari.name, '');
    assert.equal(after.ola.name, PEOPLE.mixed.name);
    assert.equal(after.concern.description, '');
    assert.equal(after.openConcern.description, `${TEXT.description} (${s.references.open})`);

    // Kari can still ask: her identity hash is kept while audit events about her remain.
    const file = path.join(temp.dir, 'kari-etter.json');
    const innsyn = script('innsyn', [PEOPLE.old.number, '--out', file]);
    assert.equal(innsyn.status, 0, innsyn.stderr);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(doc.Person.Navn, '');
    assert.match(doc.Person.Anonymisert, /slettet etter lagringstiden/);
    assert.equal(doc.Saker[0].Bekymringsmeldinger[0].Beskrivelse, '');
    for (const text of [TEXT.goal, TEXT.residentWords, TEXT.whatMatters, TEXT.scope])
      assert.ok(!JSON.stringify(doc).includes(text), text);
  });
});

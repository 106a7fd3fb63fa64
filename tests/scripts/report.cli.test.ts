import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { DEMO_RESIDENTS, DEMO_STAFF, demoStaffName } from '../../src/demo/demo-municipality.ts';
import { zonedInstant } from '../../src/domain/calendar/zoned-time.ts';
import { addDays } from '../../src/domain/common/calendar-date.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { seedDemoMunicipality } from '../../src/persistence/demo-seed.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/** `npm run report` against a temporary database with Demo kommune in it. */
const temp = tempDatabase();
const SECRET = 'cli-test-secret-not-for-production';
const ZONE = 'Europe/Oslo';
const ENV = {
  ...process.env,
  DATABASE_URL: temp.url,
  NODE_NO_WARNINGS: '1',
  HUSLY_MODE: 'development',
  HUSLY_ID_SECRET: SECRET,
  HUSLY_TIMEZONE: ZONE,
  MicrosoftAppId: '',
};
const report = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], {
    env: ENV,
    encoding: 'utf8',
  });

async function inDb<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const db = await openDatabase(temp.url);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const today = localDate(new Date(), ZONE);
/** Four months back to today: every demo case's recent dates, a few months to split. */
const FROM = addDays(today, -120);
const TO = today;

describe('npm run report', () => {
  let secrets: string[] = [];
  let opened = 0;

  before(async () => {
    await inDb(async ({ prisma }) => {
      assert.ok(await seedDemoMunicipality(prisma, SECRET, new Date(), ZONE));
      const references = (await prisma.case.findMany({ select: { reference: true } })).map(
        (c) => c.reference,
      );
      const names = (await prisma.resident.findMany({ select: { name: true } })).map((r) => r.name);
      secrets = [
        ...names,
        ...DEMO_RESIDENTS.flatMap((r) => [r.name, r.nationalId]),
        ...DEMO_STAFF.map(demoStaffName),
        ...references,
      ];
      assert.ok(references.length > 10 && names.length > 10, 'the demo data is there');
      opened = await prisma.case.count({
        where: {
          openedAt: {
            gte: zonedInstant(FROM, '00:00', ZONE),
            lt: zonedInstant(addDays(TO, 1), '00:00', ZONE),
          },
        },
      });
    });
  });
  after(() => temp.cleanup());

  it('writes the XLSX: four sheets, the figures, and nobody’s name or number', async () => {
    const file = path.join(temp.dir, 'rapport.xlsx');
    const run = report('--from', FROM, '--to', TO, '--out', file);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Skrev .*rapport\.xlsx: Indikatorer \(\d+ rader\)/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Indikatorer', 'Husbanken halvår', 'KOSTRA', 'Om rapporten'],
    );
    const rows: unknown[][] = [];
    workbook.getWorksheet('Indikatorer')?.eachRow((row) => {
      rows.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value));
    });
    const cell = (period: string, unit: string, code: string) =>
      rows.find((r) => r[0] === period && r[2] === unit && r[3] === code)?.[5];
    assert.ok(opened > 0, 'demo cases were opened in the period');
    assert.equal(cell('Hele perioden', 'alle', 'nye-saker'), opened);
    // The first month has a row for the municipality and every unit.
    const firstMonth = FROM.slice(0, 7);
    assert.ok(rows.some((r) => r[0] === firstMonth && r[2] === 'nav-bolig'));
    // Counts only: a median of days or a sum of kroner is not a count of people.
    const unitCells = rows
      .slice(1)
      .filter((r) => r[2] !== 'alle' && !/median|kroner/.test(String(r[3])))
      .map((r) => r[5]);
    assert.ok(
      unitCells.every((v) => v === '' || v === '< 5' || v === ':' || v === 0 || Number(v) >= 5),
      'no 1–4 in a unit row',
    );
    assert.ok(unitCells.includes('< 5'), 'some unit cell is suppressed');

    // Every part of the zip, as text: no resident's name or number, no staff name, no reference.
    const text = Object.values(unzipSync(readFileSync(file)))
      .map((bytes) => Buffer.from(bytes).toString('utf8'))
      .join('\n');
    for (const secret of secrets) assert.ok(!text.includes(secret), `the file holds ${secret}`);
    assert.doesNotMatch(text, /\d{11}/, 'no 11-digit number');
  });

  it('writes the CSV as UTF-8 with a byte-order mark, æøå intact, and audits the run', async () => {
    const file = path.join(temp.dir, 'rapport.csv');
    const run = report('--from', FROM, '--to', TO, '--out', file);
    assert.equal(run.status, 0, run.stderr);
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.match(text, /^\uFEFFArk;Periode;Enhet;Enhetsnøkkel;Indikatorkode;Indikator;Verdi\r\n/);
    assert.match(text, /\r\nHusbanken halvår;1;Nye saker/);
    assert.match(text, /\r\nKOSTRA;1;Begjæringer om utkastelse fra kommunalt disponerte boliger;/);
    assert.match(text, /Nivåflytting rødt → gult/);
    for (const secret of secrets) assert.ok(!text.includes(secret), `the file holds ${secret}`);
    const audited = await inDb(({ prisma }) =>
      prisma.auditEvent.findMany({ where: { action: 'statistics.report' } }),
    );
    assert.equal(audited.length, 2);
    assert.match(audited[0]?.detail ?? '', /"audience":"cli"/);
  });

  it('refuses bad arguments in Norwegian, with exit code 2 and no file', () => {
    const file = path.join(temp.dir, 'ikke.xlsx');
    const cases: [string[], RegExp][] = [
      [['--from', FROM, '--to', TO], /Oppgi filen rapporten skal skrives til med --out/],
      [['--to', TO, '--out', file], /Oppgi både --from og --to/],
      [['--from', '2026-02-30', '--to', TO, '--out', file], /Ugyldig dato for --from/],
      [['--from', '01.01.2026', '--to', TO, '--out', file], /Skriv datoen som ÅÅÅÅ-MM-DD/],
      [['--from', '2026-06-30', '--to', '2026-01-01', '--out', file], /er før --from/],
      [['--from', '2016-01-01', '--to', '2026-01-01', '--out', file], /høyst fem år/],
      [
        ['--from', FROM, '--to', TO, '--out', path.join(temp.dir, 'r.pdf')],
        /må slutte på \.xlsx eller \.csv/,
      ],
      [['--from', FROM, '--to', TO, '--out', file, '--unit', 'nav'], /Ukjent eller ufullstendig/],
    ];
    for (const [args, message] of cases) {
      const run = report(...args);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Ingen fil er skrevet\./);
      assert.equal(run.stdout, '');
    }
    assert.ok(!existsSync(file) && !existsSync(path.join(temp.dir, 'r.pdf')));
  });

  it('never overwrites a file', () => {
    const file = path.join(temp.dir, 'finnes.xlsx');
    writeFileSync(file, 'mitt');
    const run = report('--from', FROM, '--to', TO, '--out', file);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /finnes allerede/);
    assert.equal(readFileSync(file, 'utf8'), 'mitt');
  });
});

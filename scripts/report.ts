// npm run report -- --from 2026-01-01 --to 2026-06-30 --out rapport.xlsx   (or rapport.csv)
// The report for the municipality's own reporting (issue 12 §3): the overview's indicators per
// month and owning unit, the half-year figures for Husbanken and the KOSTRA eviction items.
// Counts only: no names, identity numbers, case references or free text; 1–4 below the whole
// municipality shown as "< 5".
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../src/domain/common/calendar-date.ts';
import { checkPeriod } from '../src/domain/overview/overview.ts';
import { isReportFormat } from '../src/domain/overview/report.ts';
import { nb } from '../dialogs/texts/nb.ts';

const USAGE = `Bruk: npm run report -- --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --out fil.xlsx
  --from, --to  første og siste dag i perioden (begge tatt med, norsk tid), høyst fem år
  --out         filen rapporten skrives til: .xlsx (Excel) eller .csv (UTF-8, semikolon)`;

function usage(problem: string): never {
  console.error(`${problem} Ingen fil er skrevet.`);
  console.error(USAGE);
  process.exit(2);
}

let args: { from?: string; to?: string; out?: string };
try {
  args = parseArgs({
    args: process.argv.slice(2),
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  usage(
    `Ukjent eller ufullstendig valg: ${error instanceof Error ? error.message : String(error)}.`,
  );
}

const { from, to, out } = args;
if (!from || !to) usage('Oppgi både --from og --to.');
for (const [name, value] of [
  ['--from', from],
  ['--to', to],
] as const)
  if (!isIsoDate(value))
    usage(
      `Ugyldig dato for ${name}: «${value}». ` +
        'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-01-01.',
    );
const period = checkPeriod(from, to);
if (!period.ok)
  usage(
    period.code === 'STATISTICS.INVALID_PERIOD'
      ? `--to (${to}) er før --from (${from}).`
      : nb.errors[period.code],
  );
if (!out?.trim())
  usage('Oppgi filen rapporten skal skrives til med --out, for eksempel rapport.xlsx.');
const format = path.extname(out).slice(1).toLowerCase();
if (!isReportFormat(format))
  usage(`Filen må slutte på .xlsx eller .csv, ikke «${path.basename(out)}».`);
const file = path.resolve(out);
if (existsSync(file))
  usage(`Filen ${file} finnes allerede. Flytt eller slett den, eller velg et annet navn.`);

// The database, Prisma and ExcelJS are loaded only once the arguments are known to be good, so a
// mistyped command is answered at once.
const [
  { AccessGate },
  { shiftedClock },
  { ReportService },
  { PrismaUnitOfWork },
  { reportFile },
  { REPORT_LABELS },
  { runWithDatabase },
] = await Promise.all([
  import('../src/domain/access/access-gate.ts'),
  import('../src/domain/common/clock.ts'),
  import('../src/domain/overview/report.service.ts'),
  import('../src/persistence/prisma-unit-of-work.ts'),
  import('../src/report/report-file.ts'),
  import('../src/report/report-labels.ts'),
  import('./lib/with-database.ts'),
]);

runWithDatabase(async (db, config) => {
  const clock = shiftedClock(config.clockOffsetDays);
  const service = new ReportService(
    new PrismaUnitOfWork(db.prisma, config.timeZone),
    new AccessGate(clock),
    clock,
    config.timeZone,
    REPORT_LABELS,
  );
  const report = await service.forOperator(period.value);
  if (!report.ok) {
    console.error(`${nb.errors[report.code]} Ingen fil er skrevet.`);
    return 2;
  }
  const written = await reportFile(report.value, format, clock.now());
  writeFileSync(file, written.bytes, { flag: 'wx' });
  const sheets = report.value.sheets.map((s) => `${s.name} (${s.rows.length} rader)`);
  console.log(`Skrev ${file}: ${sheets.join(', ')}.`);
  console.log(
    'Filen har bare antall (1–4 under hele kommunen vises som «< 5»), ingen personopplysninger.',
  );
  return 0;
}, 'Rapporten feilet');

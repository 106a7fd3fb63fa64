// npm run audit:review -- --from 2026-11-01 --to 2026-11-30 [--unit nav-bolig] [--csv fil.csv]
// Access review (Normen's "kontroll av tilgang"): lookups without a relation, many different people
// looked up by one user, break-glass, lookups outside working hours and throttling hits.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AccessGate } from '../src/domain/access/access-gate.ts';
import {
  AccessReviewService,
  calendarPeriod,
  CATEGORY_LABELS,
  formatDetail,
  REVIEW_CATEGORIES,
  toCsv,
  type AccessReviewFinding,
} from '../src/domain/audit/access-review.service.ts';
import { localTime } from '../src/domain/calendar/zoned-time.ts';
import { isIsoDate } from '../src/domain/common/calendar-date.ts';
import { shiftedClock } from '../src/domain/common/clock.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';
import { runWithDatabase } from './lib/with-database.ts';

const USAGE =
  'Bruk: npm run audit:review -- --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD ' +
  `[--unit enhetsnøkkel] [--csv fil.csv]
  --from, --to  første og siste dag i perioden (begge tatt med, norsk tid)
  --unit        bare ansatte som nå hører til denne enheten (nøkkelen fra org-importen)
  --csv         skriv funnene også til en CSV-fil for Excel (semikolon-separert)`;

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

let args: { from?: string; to?: string; unit?: string; csv?: string };
try {
  args = parseArgs({
    args: process.argv.slice(2),
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      unit: { type: 'string' },
      csv: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  usage(
    `Ukjent eller ufullstendig valg: ${error instanceof Error ? error.message : String(error)}`,
  );
}

if (!args.from || !args.to) usage('Oppgi både --from og --to.');
for (const [name, value] of [
  ['--from', args.from],
  ['--to', args.to],
] as const)
  if (!isIsoDate(value))
    usage(
      `Ugyldig dato for ${name}: «${value}». ` +
        'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-11-01.',
    );
if (args.to < args.from) usage(`--to (${args.to}) er før --from (${args.from}).`);
if (args.csv !== undefined && args.csv.trim() === '') usage('Oppgi et filnavn etter --csv.');
const { from: fromDay, to: toDay, unit: unitKey, csv } = args;

runWithDatabase(async (db, config) => {
  const zone = config.timeZone;
  const uow = new PrismaUnitOfWork(db.prisma, config.timeZone);
  let unitId: string | undefined;
  let unitName: string | null = null;
  if (unitKey) {
    const unit = await uow.run(
      async ({ org }) => (await org.findUnitByKey(unitKey)) ?? (await org.findUnitById(unitKey)),
    );
    if (!unit) {
      console.error(`Fant ingen enhet med nøkkelen «${unitKey}».`);
      return 2;
    }
    unitId = unit.id;
    unitName = unit.name;
  }
  const gate = new AccessGate(shiftedClock(config.clockOffsetDays), {
    involvementExpiryDays: config.involvementExpiryDays,
    lookupLimitPerHour: config.lookupLimitPerHour,
  });
  const service = new AccessReviewService(uow, gate, {
    timeZone: zone,
    manyPeopleThreshold: config.reviewManyPeople,
  });
  const period = calendarPeriod(fromDay, toDay, zone);
  const result = await service.review(period, unitId ? { unitId } : {});
  if (!result.ok) {
    console.error(
      result.code === 'UNIT.NOT_FOUND'
        ? `Fant ingen enhet med nøkkelen «${unitKey}».`
        : `Tilgangskontrollen ble avvist (${result.code}).`,
    );
    return 2;
  }
  const review = result.value;
  const day = (d: Date) => localDate(d, zone).split('-').reverse().join('.');
  const when = (d: Date) => `${day(d)} ${localTime(d, zone)}`;

  console.log(
    `Tilgangskontroll ${day(period.from)}–${day(new Date(period.to.getTime() - 1))} · ` +
      `${unitName ?? 'alle enheter'}`,
  );
  console.log(
    `${review.eventsReviewed} hendelser i loggen gjennomgått. ` +
      `«Mange ulike personer» betyr minst ${review.manyPeopleThreshold} personer per ansatt.\n`,
  );
  for (const c of REVIEW_CATEGORIES) console.log(`  ${CATEGORY_LABELS[c]}: ${review.counts[c]}`);
  for (const c of REVIEW_CATEGORIES) {
    const found = review.findings.filter((f) => f.category === c);
    if (found.length === 0) continue;
    console.log(`\n${CATEGORY_LABELS[c]} (${found.length})`);
    for (const f of found) console.log(`  ${describe(f, when)}`);
  }
  if (review.findings.length === 0) console.log('\nIngen funn i perioden.');
  if (csv) {
    // The byte-order mark makes Excel read the file as UTF-8 (æ, ø, å).
    writeFileSync(csv, `\uFEFF${toCsv(review.findings, zone)}`, 'utf8');
    console.log(`\nSkrev ${review.findings.length} funn til ${csv}.`);
  }
  return 0;
}, 'Tilgangskontrollen feilet');

function describe(f: AccessReviewFinding, when: (d: Date) => string): string {
  const time = f.first && f.last ? `${when(f.first)} – ${when(f.last)}` : when(f.at);
  const who = f.staffName
    ? `${f.staffName} (${f.unitName ?? 'ukjent enhet'})`
    : `ukjent ansatt${f.staffId ? ` ${f.staffId}` : ''}`;
  const kase = f.caseReference ? `  sak ${f.caseReference}` : '';
  const why =
    f.justification !== null
      ? `\n      begrunnelse: «${f.justification}»`
      : f.category === 'break-glass'
        ? '\n      begrunnelse: (ikke funnet)'
        : '';
  return `${time}  ${who}${kase}  ${f.action}  ${formatDetail(f.detail)}${why}`;
}

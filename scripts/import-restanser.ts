// npm run import:restanser -- <fil.csv> --som <e-post> [--terskel <kr>]
// Registers innfordring's monthly arrears list (restanseliste) as restansemeldinger, in the name
// of the staff member given by --som, through the same service as the card: routing, audit,
// notices and reminders are the same. Every line is checked first; if any line is wrong, nothing
// is written. Only amounts above the threshold (HUSLY_ARREARS_THRESHOLD_NOK, or --terskel) whose
// lease has the consent clause are registered. Running the same list again registers nothing new.
// Prints counts only, never a name or a number.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MemoryStorage } from 'botbuilder';
import { createAdapter } from '../src/bot/adapter.ts';
import { DialogStateStore } from '../src/bot/dialog-state.ts';
import { TeamsNotifier } from '../src/bot/teams-notifier.ts';
import { AccessGate } from '../src/domain/access/access-gate.ts';
import type { Actor } from '../src/domain/actor/actor.ts';
import { shiftedClock } from '../src/domain/common/clock.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import { importArrears, planArrearsImport } from '../src/domain/concern/arrears-import.ts';
import { consentClauseUnitKeys } from '../src/domain/concern/arrears-report.ts';
import { RegisterConcernService } from '../src/domain/concern/register-concern.service.ts';
import { isActive, isAdmin } from '../src/domain/org/org.ts';
import type { Table } from '../src/domain/org/org-import.ts';
import { ReminderPlannerService } from '../src/domain/reminder/reminder-planner.service.ts';
import { createLogger } from '../src/log.ts';
import { parseCsv } from '../src/org-import/parse-csv.ts';
import type { Database } from '../src/persistence/database.ts';
import { PrismaReminderOutbox } from '../src/persistence/prisma-reminder-outbox.ts';
import { PrismaUnitOfWork, repositoriesFor } from '../src/persistence/prisma-unit-of-work.ts';
import { describeArrearsProblem, summaryLines } from './lib/restanse-messages.ts';
import { runWithDatabase } from './lib/with-database.ts';

const USAGE = 'Bruk: npm run import:restanser -- <fil.csv> --som <e-post> [--terskel <kr>]';
let file: string;
let som: string;
let threshold: number | null = null;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { som: { type: 'string' }, terskel: { type: 'string' } },
  });
  if (positionals.length !== 1 || !positionals[0] || !values.som) throw new Error(USAGE);
  [file, som] = [positionals[0], values.som.trim().toLowerCase()];
  if (values.terskel !== undefined) {
    const digits = values.terskel.replace(/[\s\u00a0]/g, '');
    if (!/^\d{1,8}$/.test(digits)) throw new Error('--terskel må være et helt antall kroner.');
    threshold = Number(digits);
  }
} catch (error) {
  const message = (error as Error).message;
  console.error(message === USAGE ? USAGE : `${message}\n${USAGE}`);
  process.exit(2);
}

let table: Table;
try {
  table = parseCsv(readFileSync(file, 'utf8'));
} catch (error) {
  const { code } = error as NodeJS.ErrnoException;
  console.error(`Kunne ikke lese filen: ${file} (${code ?? 'ukjent feil'}). Ingenting er lagret.`);
  process.exit(2);
}

/** The staff member the lines are registered as: active, in a unit, and not an admin. */
async function reporter(db: Database, email: string, tenantId: string): Promise<Actor | string> {
  const found = (
    await db.prisma.staff.findMany({ select: { id: true, email: true }, orderBy: { id: 'asc' } })
  ).filter((s) => s.email.trim().toLowerCase() === email);
  const repos = repositoriesFor(db.prisma);
  const staff = (await Promise.all(found.map((s) => repos.org.findStaffById(s.id)))).filter(
    (s) => s !== null,
  );
  const active = staff.filter(isActive);
  if (staff.length === 0) return 'Fant ingen ansatt i Husly med den e-postadressen (--som).';
  if (active.length === 0) return 'Den ansatte (--som) er deaktivert og kan ikke registrere.';
  if (active.length > 1) return 'Flere ansatte har den e-postadressen (--som). Rett ansattlisten.';
  const [person] = active;
  const unit = person ? await repos.org.findUnitById(person.unitId) : null;
  if (!person || !unit) return 'Den ansatte (--som) hører ikke til noen enhet i Husly.';
  if (isAdmin(person))
    return (
      'Den ansatte (--som) er administrator. Administratorer arbeider ikke med saker: ' +
      'bruk en saksbehandler, koordinator eller leder i innfordring eller bolig.'
    );
  // The audit trail records the tenant; a command line has none, so the municipality's own.
  return { staff: person, unit, tenantId, audience: 'cli' };
}

runWithDatabase(async (db, config) => {
  const clock = shiftedClock(config.clockOffsetDays);
  const today = localDate(clock.now(), config.timeZone);
  const uow = new PrismaUnitOfWork(db.prisma, config.timeZone);
  const repos = repositoriesFor(db.prisma, config.timeZone);
  const thresholdNok = threshold ?? config.arrearsThresholdNok;
  const checked = planArrearsImport(table, today, {
    allowSyntheticIds: config.mode === 'development',
    consentUnitKeys: consentClauseUnitKeys(await repos.org.listUnits()),
    thresholdNok,
    idSecret: config.idSecret,
  });
  if (!checked.ok) {
    console.error(`Importen ble avbrutt, ingenting er lagret. ${checked.problems.length} feil:`);
    for (const p of checked.problems)
      console.error(`  ${file}:${p.line}: ${describeArrearsProblem(p)}`);
    return 1;
  }
  const actor = await reporter(db, som, config.allowedTenants[0] ?? '');
  if (typeof actor === 'string') {
    console.error(`${actor} Ingenting er lagret.`);
    return 1;
  }

  // Wired as the server wires it: notices go out as Teams messages through the stored
  // conversations, and each case's reminders (P0, P5, D…) are planned into the outbox the
  // server sends from. Logs (ids and codes only) go to stderr, so stdout is the summary.
  const logger = createLogger('warn', { write: (line: string) => void process.stderr.write(line) });
  const adapter = createAdapter(config.bot, logger, new DialogStateStore(new MemoryStorage()));
  const gate = new AccessGate(clock, {
    involvementExpiryDays: config.involvementExpiryDays,
    lookupLimitPerHour: config.lookupLimitPerHour,
  });
  const planner = new ReminderPlannerService(
    uow,
    new PrismaReminderOutbox(db.prisma),
    clock,
    config.reminderSettings,
    config.timeZone,
  );
  const register = new RegisterConcernService(
    uow,
    gate,
    new TeamsNotifier(adapter, config.bot.appId, uow, logger),
    clock,
    { idSecret: config.idSecret, timeZone: config.timeZone },
    { caseChanged: (caseId: string) => planner.replan(caseId) },
  );
  const outcome = await importArrears(register, actor, checked.plan);
  for (const line of summaryLines(outcome, { lines: table.rows.length, thresholdNok }))
    console.log(line);
  return 0;
}, 'Importen feilet');

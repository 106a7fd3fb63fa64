// npm run org:import -- --units units.csv --staff staff.csv [--deactivate-missing] [--dry-run]
// Upserts units and staff. Every line is validated first; if any line is wrong, nothing is written.
// --deactivate-missing: active staff not in the staff file are deactivated (they lose all access).
// --dry-run: validates and prints what would change, writing nothing.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AccessGate } from '../src/domain/access/access-gate.ts';
import { systemClock } from '../src/domain/common/clock.ts';
import {
  OrgImportService,
  type ImportCase,
  type ImportProblem,
  type ImportReport,
  type OrgImportUnitOfWork,
  type StaffChange,
  type Table,
} from '../src/domain/org/org-import.ts';
import { parseCsv } from '../src/org-import/parse-csv.ts';
import type { PrismaClient } from '../src/persistence/generated/client.ts';
import { PrismaReminderOutbox } from '../src/persistence/prisma-reminder-outbox.ts';
import { repositoriesFor } from '../src/persistence/prisma-unit-of-work.ts';
import { describeImportProblem } from '../src/org-import/import-messages.ts';
import { runWithDatabase } from './lib/with-database.ts';

const USAGE =
  'Bruk: npm run org:import -- --units enheter.csv --staff ansatte.csv ' +
  '[--deactivate-missing] [--dry-run] (minst én fil)';
let values: { units?: string; staff?: string; 'deactivate-missing'?: boolean; 'dry-run'?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      units: { type: 'string' },
      staff: { type: 'string' },
      'deactivate-missing': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!values.units && !values.staff) {
  console.error(USAGE);
  process.exit(2);
}
if (values['deactivate-missing'] && !values.staff) {
  console.error(
    '--deactivate-missing krever --staff: ' +
      'uten ansattfilen vet ikke Husly hvem som fortsatt jobber her. Ingenting er lagret.',
  );
  process.exit(2);
}
const read = (file: string | undefined) => (file ? parseCsv(readFileSync(file, 'utf8')) : null);
let units: Table | null = null;
let staff: Table | null = null;
try {
  [units, staff] = [read(values.units), read(values.staff)];
} catch (error) {
  const { path, code } = error as NodeJS.ErrnoException;
  console.error(`Kunne ikke lese filen: ${path ?? ''} (${code})`);
  process.exit(2);
}

/**
 * One transaction for the organisation, the cases and the
 * reminder outbox: all of the import is kept, or none.
 */
function importTransaction(prisma: PrismaClient): OrgImportUnitOfWork {
  return {
    run: (work) =>
      prisma.$transaction((tx) => work(repositoriesFor(tx), new PrismaReminderOutbox(tx)), {
        maxWait: 10_000,
        timeout: 60_000,
      }),
  };
}

const fmt = (c: { created: number; updated: number; unchanged: number }) =>
  `${c.created} nye, ${c.updated} endret, ${c.unchanged} uendret`;
const references = (cases: readonly ImportCase[]) =>
  cases.length ? cases.map((c) => c.reference).join(', ') : 'ingen';

function print(report: ImportReport): void {
  const would = report.dryRun;
  if (would)
    console.log('Prøvekjøring (--dry-run): ingenting er lagret. Dette ville blitt endret:');
  console.log(`Enheter: ${fmt(report.units)}\nAnsatte: ${fmt(report.staff)}`);
  const line = (c: StaffChange) =>
    `  ${c.name} <${c.email}>, ${c.from.name}${c.to ? ` → ${c.to.name}` : ''} · ` +
    `åpne saker de koordinerer: ${references(c.openCases)}`;
  if (report.deactivated.length) {
    console.log(
      `${would ? 'Ville blitt deaktivert' : 'Deaktivert'} ` +
        `(ikke i ansattfilen, mister all tilgang): ${report.deactivated.length}`,
    );
    for (const c of report.deactivated) console.log(line(c));
  }
  if (report.moved.length) {
    console.log(
      `${would ? 'Ville byttet enhet' : 'Byttet enhet'} ` +
        `(mister tilgangen til den gamle enheten): ${report.moved.length}`,
    );
    for (const c of report.moved) console.log(line(c));
  }
  const byUnit = new Map<string, { name: string; cases: ImportCase[] }>();
  for (const c of [...report.deactivated, ...report.moved].flatMap((s) => s.openCases)) {
    const unit = byUnit.get(c.owningUnit.key) ?? { name: c.owningUnit.name, cases: [] };
    unit.cases.push(c);
    byUnit.set(c.owningUnit.key, unit);
  }
  if (byUnit.size) {
    console.log(
      would
        ? 'Saker som ville mistet saksansvarlig, per enhet:'
        : 'Saker som trenger ny saksansvarlig, per enhet (lederne har fått en påminnelse om hver):',
    );
    for (const unit of [...byUnit.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb')))
      console.log(
        `  ${unit.name}: ` +
          `${references(unit.cases.sort((a, b) => a.reference.localeCompare(b.reference)))}`,
      );
  }
  if (report.releasedReminders)
    console.log(
      'Påminnelser som var overført til dem, og som nå går til saken vanlige mottaker: ' +
        `${report.releasedReminders}`,
    );
}

runWithDatabase(async (db, config) => {
  const service = new OrgImportService(
    importTransaction(db.prisma),
    new AccessGate(systemClock),
    config.timeZone,
  );
  const outcome = await service.run(units, staff, {
    deactivateMissing: values['deactivate-missing'],
    dryRun: values['dry-run'],
  });
  if (!outcome.ok && 'refused' in outcome) {
    // STAFF_FILE_REQUIRED is caught above, before the database is opened.
    console.error(
      outcome.refused === 'NO_ADMIN_LEFT'
        ? 'Importen ble avbrutt, ingenting er lagret: ' +
            '--deactivate-missing ville deaktivert alle administratorer, ' +
            'for ansattfilen har ingen med rollen admin. Legg minst én administrator inn i filen.'
        : '--deactivate-missing krever --staff. Ingenting er lagret.',
    );
    return 1;
  }
  if (!outcome.ok) {
    const fileName = (p: ImportProblem) => (p.file === 'units' ? values.units : values.staff);
    console.error(`Importen ble avbrutt, ingenting er lagret. ${outcome.problems.length} feil:`);
    for (const p of outcome.problems)
      console.error(`  ${fileName(p)}:${p.line}: ${describeImportProblem(p)}`);
    return 1;
  }
  print(outcome);
  return 0;
}, 'Importen feilet');

// npm run org:import -- --units units.csv --staff staff.csv
// Upserts units and staff. Every line is validated first; if any line is wrong, nothing is written.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { systemClock } from '../src/domain/common/clock.ts';
import { OrgImportService, type ImportProblem, type Table } from '../src/domain/org/org-import.ts';
import { parseCsv } from '../src/org-import/parse-csv.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';
import { describeImportProblem } from '../src/org-import/import-messages.ts';
import { runWithDatabase } from './lib/with-database.ts';

const { values } = parseArgs({ options: { units: { type: 'string' }, staff: { type: 'string' } } });
if (!values.units && !values.staff) {
  console.error('Bruk: npm run org:import -- --units enheter.csv --staff ansatte.csv (minst én av dem)');
  process.exit(2);
}
const read = (file: string | undefined) => (file ? parseCsv(readFileSync(file, 'utf8')) : null);
let units: Table | null = null;
let staff: Table | null = null;
try {
  [units, staff] = [read(values.units), read(values.staff)];
} catch (error) {
  console.error(`Kunne ikke lese filen: ${(error as NodeJS.ErrnoException).path ?? ''} (${(error as NodeJS.ErrnoException).code})`);
  process.exit(2);
}

runWithDatabase(async (db) => {
  const outcome = await new OrgImportService(new PrismaUnitOfWork(db.prisma), systemClock).run(units, staff);
  if (!outcome.ok) {
    const fileName = (p: ImportProblem) => (p.file === 'units' ? values.units : values.staff);
    console.error(`Importen ble avbrutt, ingenting er lagret. ${outcome.problems.length} feil:`);
    for (const p of outcome.problems) console.error(`  ${fileName(p)}:${p.line}: ${describeImportProblem(p)}`);
    return 1;
  }
  const fmt = (c: { created: number; updated: number; unchanged: number }) => `${c.created} nye, ${c.updated} endret, ${c.unchanged} uendret`;
  console.log(`Enheter: ${fmt(outcome.units)}\nAnsatte: ${fmt(outcome.staff)}`);
  return 0;
}, 'Importen feilet');

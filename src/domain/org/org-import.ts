import type { Clock } from '../common/clock.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { isAadObjectId, isStaffRole, isUnitKind, normaliseAadObjectId } from './org.ts';
import type { StaffUpsert, UnitUpsert } from './org.repository.ts';

/** A parsed CSV file: its header and data rows with their 1-based line numbers. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

export type ImportFile = 'units' | 'staff';

export type ImportProblemCode =
  | 'HEADER'
  | 'COLUMN_COUNT'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNIT_KEY_FORMAT'
  | 'UNIT_KIND'
  | 'DUPLICATE'
  | 'AAD_OBJECT_ID'
  | 'EMAIL'
  | 'ROLE'
  | 'UNKNOWN_UNIT';

export interface ImportProblem {
  readonly file: ImportFile;
  readonly line: number;
  readonly code: ImportProblemCode;
  readonly column?: string;
}

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export type ImportOutcome =
  | { readonly ok: true; readonly units: ImportCounts; readonly staff: ImportCounts }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export const UNIT_COLUMNS = ['key', 'name', 'kind'] as const;
export const STAFF_COLUMNS = ['aad_object_id', 'name', 'email', 'unit_key', 'role'] as const;
const MAX_TEXT = 200;

/**
 * Upserts units and staff from CSV. Every line is checked before anything is written; one bad
 * line means nothing is written, so a half-imported organisation never exists. Re-running
 * the same files changes nothing.
 */
export class OrgImportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  run(units: Table | null, staff: Table | null): Promise<ImportOutcome> {
    return this.uow.run(async ({ org, audit }) => {
      const existingKeys = new Set((await org.listUnits()).map((u) => u.key));
      const parsedUnits = units ? parseUnits(units) : { items: [], problems: [] };
      const knownKeys = new Set([...existingKeys, ...parsedUnits.items.map((u) => u.key)]);
      const parsedStaff = staff ? parseStaff(staff, knownKeys) : { items: [], problems: [] };
      // In file order, then line order (stable within a line), as a person fixes them.
      const problems = [...parsedUnits.problems, ...parsedStaff.problems].sort(
        (a, b) => Number(a.file === 'staff') - Number(b.file === 'staff') || a.line - b.line,
      );
      if (problems.length > 0) return { ok: false, problems };

      const unitCounts = { created: 0, updated: 0, unchanged: 0 };
      for (const unit of parsedUnits.items) {
        const before = await org.findUnitByKey(unit.key);
        if (!before) unitCounts.created++;
        else if (before.name === unit.name && before.kind === unit.kind) unitCounts.unchanged++;
        else unitCounts.updated++;
        await org.upsertUnit(unit);
      }
      const staffCounts = { created: 0, updated: 0, unchanged: 0 };
      for (const person of parsedStaff.items) {
        const before = await org.findStaffByAadObjectId(person.aadObjectId);
        const unit = await org.findUnitByKey(person.unitKey);
        if (!before) staffCounts.created++;
        else if (
          before.name === person.name &&
          before.email === person.email &&
          before.role === person.role &&
          before.unitId === unit?.id
        )
          staffCounts.unchanged++;
        else staffCounts.updated++;
        await org.upsertStaff(person);
      }
      await audit.record({
        at: this.clock.now(),
        action: 'org.import',
        outcome: 'ok',
        detail: {
          unitsCreated: unitCounts.created,
          unitsUpdated: unitCounts.updated,
          staffCreated: staffCounts.created,
          staffUpdated: staffCounts.updated,
        },
      });
      return { ok: true, units: unitCounts, staff: staffCounts };
    });
  }
}

interface Parsed<T> {
  items: T[];
  problems: ImportProblem[];
}

function rowsOf(file: ImportFile, table: Table, columns: readonly string[], problems: ImportProblem[]) {
  const header = table.header.map((h) => h.trim().toLowerCase());
  if (header.length !== columns.length || header.some((h, i) => h !== columns[i])) {
    problems.push({ file, line: 1, code: 'HEADER' });
    return [];
  }
  const rows: { line: number; get: (column: string) => string }[] = [];
  for (const row of table.rows) {
    if (row.cells.length !== columns.length) {
      problems.push({ file, line: row.line, code: 'COLUMN_COUNT' });
      continue;
    }
    rows.push({ line: row.line, get: (column) => row.cells[columns.indexOf(column)].trim() });
  }
  return rows;
}

function checkText(file: ImportFile, line: number, column: string, value: string, problems: ImportProblem[]): boolean {
  if (value === '') problems.push({ file, line, code: 'REQUIRED', column });
  else if (value.length > MAX_TEXT) problems.push({ file, line, code: 'TOO_LONG', column });
  else return true;
  return false;
}

function parseUnits(table: Table): Parsed<UnitUpsert> {
  const problems: ImportProblem[] = [];
  const items: UnitUpsert[] = [];
  const seen = new Set<string>();
  for (const { line, get } of rowsOf('units', table, UNIT_COLUMNS, problems)) {
    const before = problems.length;
    const key = get('key').toLowerCase();
    if (checkText('units', line, 'key', key, problems) && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(key))
      problems.push({ file: 'units', line, code: 'UNIT_KEY_FORMAT', column: 'key' });
    else if (seen.has(key)) problems.push({ file: 'units', line, code: 'DUPLICATE', column: 'key' });
    seen.add(key);
    const name = get('name');
    checkText('units', line, 'name', name, problems);
    const kind = get('kind').toLowerCase();
    if (!isUnitKind(kind)) problems.push({ file: 'units', line, code: 'UNIT_KIND', column: 'kind' });
    else if (problems.length === before) items.push({ key, name, kind });
  }
  return { items, problems };
}

function parseStaff(table: Table, unitKeys: ReadonlySet<string>): Parsed<StaffUpsert> {
  const problems: ImportProblem[] = [];
  const items: StaffUpsert[] = [];
  const seen = new Set<string>();
  for (const { line, get } of rowsOf('staff', table, STAFF_COLUMNS, problems)) {
    const before = problems.length;
    const aadObjectId = normaliseAadObjectId(get('aad_object_id'));
    if (!isAadObjectId(aadObjectId)) problems.push({ file: 'staff', line, code: 'AAD_OBJECT_ID', column: 'aad_object_id' });
    else if (seen.has(aadObjectId)) problems.push({ file: 'staff', line, code: 'DUPLICATE', column: 'aad_object_id' });
    seen.add(aadObjectId);
    const name = get('name');
    checkText('staff', line, 'name', name, problems);
    const email = get('email').toLowerCase();
    if (checkText('staff', line, 'email', email, problems) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      problems.push({ file: 'staff', line, code: 'EMAIL', column: 'email' });
    const unitKey = get('unit_key').toLowerCase();
    if (!unitKeys.has(unitKey)) problems.push({ file: 'staff', line, code: 'UNKNOWN_UNIT', column: 'unit_key' });
    const role = get('role').toLowerCase();
    if (!isStaffRole(role)) problems.push({ file: 'staff', line, code: 'ROLE', column: 'role' });
    else if (problems.length === before) items.push({ aadObjectId, name, email, unitKey, role });
  }
  return { items, problems };
}

import type { AccessGate } from '../access/access-gate.ts';
import type { CaseRecord } from '../case/case.ts';
import { localDate } from '../common/local-date.ts';
import { mustExist } from '../common/must-exist.ts';
import type { Repositories } from '../common/unit-of-work.ts';
import type { ReminderOutbox } from '../reminder/outbox.ts';
import {
  isAadObjectId,
  isActive,
  isAdmin,
  isStaffRole,
  isUnitKind,
  normaliseAadObjectId,
  type Staff,
  type Unit,
} from './org.ts';
import type { OrgRepository, StaffUpsert, UnitUpsert } from './org.repository.ts';

/** A parsed CSV file: its header and data rows with their 1-based line numbers. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

type ImportFile = 'units' | 'staff';

type ImportProblemCode =
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

interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

interface ImportUnit {
  readonly key: string;
  readonly name: string;
}

/** An open case that loses its coordinator: its leaders are asked to choose a new one. */
export interface ImportCase {
  readonly caseId: string;
  readonly reference: string;
  readonly owningUnit: ImportUnit;
}

/**
 * A staff member who loses access: deactivated (not in the staff file) or moved to another unit.
 */
export interface StaffChange {
  readonly staffId: string;
  readonly name: string;
  readonly email: string;
  readonly from: ImportUnit;
  /** The new unit of someone who moved; null for someone deactivated. */
  readonly to: ImportUnit | null;
  /** Open cases they coordinate: each loses its coordinator. */
  readonly openCases: readonly ImportCase[];
}

export interface ImportReport {
  readonly ok: true;
  /** Nothing was written (`--dry-run`): the report says what the import would change. */
  readonly dryRun: boolean;
  readonly units: ImportCounts;
  readonly staff: ImportCounts;
  readonly deactivated: readonly StaffChange[];
  readonly moved: readonly StaffChange[];
  /**
   * Pending reminder copies handed over to someone who left or
   * moved, now back on the case's normal route (0 in a dry run).
   */
  readonly releasedReminders: number;
}

/**
 * STAFF_FILE_REQUIRED: `deactivateMissing` without a staff file. NO_ADMIN_LEFT: deactivating
 * those missing would leave no active administrator (the staff file lists none).
 */
type ImportRefusal = 'STAFF_FILE_REQUIRED' | 'NO_ADMIN_LEFT';

export type ImportOutcome =
  | ImportReport
  | { readonly ok: false; readonly problems: readonly ImportProblem[] }
  | { readonly ok: false; readonly refused: ImportRefusal };

export interface ImportOptions {
  /** Deactivate every active staff member the staff file does not list (needs a staff file). */
  readonly deactivateMissing?: boolean;
  /** Validate and report what would change, writing nothing. */
  readonly dryRun?: boolean;
}

/**
 * The import's one transaction: the repositories and the reminder outbox, kept or rolled back
 * together. (A property, not a method, so a plain UnitOfWork, which passes no outbox, does not
 * fit.)
 */
export interface OrgImportUnitOfWork {
  readonly run: <T>(
    work: (repos: Repositories, outbox: ReminderOutbox) => Promise<T>,
  ) => Promise<T>;
}

/** The note on the ownership period that starts when a case loses its coordinator this way. */
export const COORDINATOR_LEFT_NOTE = 'Koordinator sluttet eller byttet enhet (org-import)';

/**
 * One 'staff.reassign' row per case, person and day;
 * never touched by the case's planner (other prefix).
 */
const reassignKey = (caseId: string, staffId: string, today: string) =>
  `reassign:${caseId}:${staffId}:${today}`;

export const UNIT_COLUMNS = ['key', 'name', 'kind'] as const;
export const STAFF_COLUMNS = ['aad_object_id', 'name', 'email', 'unit_key', 'role'] as const;
const MAX_TEXT = 200;

/**
 * Upserts units and staff from CSV. Every line is checked before anything is written; one bad
 * line means nothing is written, so a half-imported organisation never exists. Re-running
 * the same files changes nothing.
 *
 * Leavers and movers lose access at once. Unit-based access follows the staff row's unit; what
 * is personal is the coordinator role: each open case they coordinate (outside a mover's new
 * unit) loses its coordinator, and the owning unit's leaders get a durable 'staff.reassign'
 * reminder to choose a new one. Pending reminder copies handed over to them go back to the
 * case's normal route.
 */
export class OrgImportService {
  constructor(
    private readonly uow: OrgImportUnitOfWork,
    private readonly gate: AccessGate,
    /** The municipality's time zone: what "today" is for the re-assignment reminders. */
    private readonly timeZone: string,
  ) {}

  run(
    units: Table | null,
    staff: Table | null,
    options: ImportOptions = {},
  ): Promise<ImportOutcome> {
    if (options.deactivateMissing && !staff)
      return Promise.resolve({ ok: false, refused: 'STAFF_FILE_REQUIRED' });
    return this.uow.run(async (repos, outbox) => {
      const { org, audit } = repos;
      const existingUnits = await org.listUnits();
      const existingKeys = new Set(existingUnits.map((u) => u.key));
      const parsedUnits = units ? parseUnits(units) : { items: [], problems: [] };
      const knownKeys = new Set([...existingKeys, ...parsedUnits.items.map((u) => u.key)]);
      const parsedStaff = staff ? parseStaff(staff, knownKeys) : { items: [], problems: [] };
      // In file order, then line order (stable within a line), as a person fixes them.
      const problems = [...parsedUnits.problems, ...parsedStaff.problems].sort(
        (a, b) => Number(a.file === 'staff') - Number(b.file === 'staff') || a.line - b.line,
      );
      if (problems.length > 0) return { ok: false, problems };

      // Everything the files would change is worked out
      // before anything is written: a dry run stops there.
      const unitsByKey = new Map(existingUnits.map((u) => [u.key, u]));
      const unitsById = new Map(existingUnits.map((u) => [u.id, u]));
      const unitNamed = new Map<string, ImportUnit>(
        existingUnits.map((u) => [u.key, { key: u.key, name: u.name }]),
      );
      const unitCounts = { created: 0, updated: 0, unchanged: 0 };
      for (const unit of parsedUnits.items) {
        const before = unitsByKey.get(unit.key);
        if (!before) unitCounts.created++;
        else if (before.name === unit.name && before.kind === unit.kind) unitCounts.unchanged++;
        else unitCounts.updated++;
        unitNamed.set(unit.key, { key: unit.key, name: unit.name });
      }
      // Named as after the import (a unit renamed in the same file shows its new name).
      const unitOf = (id: string): ImportUnit =>
        unitNamed.get(unitsById.get(id)?.key ?? '') ?? { key: '?', name: '?' };
      const casesOf = async (person: Staff, keepUnitId: string | null) =>
        (await repos.cases.listOpenCoordinatedBy(person.id)).filter(
          (c) => c.owningUnitId !== keepUnitId,
        );
      const change = (
        person: Staff,
        to: ImportUnit | null,
        cases: readonly CaseRecord[],
      ): StaffChange => ({
        staffId: person.id,
        name: person.name,
        email: person.email,
        from: unitOf(person.unitId),
        to,
        openCases: cases.map((c) => ({
          caseId: c.id,
          reference: c.reference,
          owningUnit: unitOf(c.owningUnitId),
        })),
      });

      const staffCounts = { created: 0, updated: 0, unchanged: 0 };
      const movers: { person: Staff; toKey: string; cases: CaseRecord[]; change: StaffChange }[] =
        [];
      for (const person of parsedStaff.items) {
        const before = await org.findStaffByAadObjectId(person.aadObjectId);
        const beforeKey = before ? unitsById.get(before.unitId)?.key : undefined;
        if (!before) staffCounts.created++;
        else if (
          isActive(before) &&
          before.name === person.name &&
          before.email === person.email &&
          before.role === person.role &&
          beforeKey === person.unitKey
        )
          staffCounts.unchanged++;
        else staffCounts.updated++;
        // Someone deactivated who is listed again is simply active again: they coordinate nothing.
        if (before && isActive(before) && beforeKey !== person.unitKey) {
          const cases = await casesOf(before, unitsByKey.get(person.unitKey)?.id ?? null);
          movers.push({
            person: before,
            toKey: person.unitKey,
            cases,
            // parseStaff refused a unit key neither in the database nor in the units file.
            change: change(
              before,
              mustExist(unitNamed.get(person.unitKey), 'unit of a staff row'),
              cases,
            ),
          });
        }
      }
      const listed = new Set(parsedStaff.items.map((p) => p.aadObjectId));
      const leavers: { person: Staff; cases: CaseRecord[]; change: StaffChange }[] = [];
      if (options.deactivateMissing) {
        for (const person of await activeStaff(org, existingUnits)) {
          if (listed.has(person.aadObjectId)) continue;
          const cases = await casesOf(person, null);
          leavers.push({ person, cases, change: change(person, null, cases) });
        }
        // An import must never lock the municipality out of its own administration.
        if (leavers.some((l) => isAdmin(l.person)) && !parsedStaff.items.some(isAdmin))
          return { ok: false, refused: 'NO_ADMIN_LEFT' };
      }
      const report = (dryRun: boolean, releasedReminders: number): ImportReport => ({
        ok: true,
        dryRun,
        units: unitCounts,
        staff: staffCounts,
        deactivated: leavers.map((l) => l.change),
        moved: movers.map((m) => m.change),
        releasedReminders,
      });
      if (options.dryRun) return report(true, 0);

      for (const unit of parsedUnits.items) await org.upsertUnit(unit);
      for (const person of parsedStaff.items) await org.upsertStaff(person);
      const now = this.gate.clock.now();
      const today = localDate(now, this.timeZone);
      /** Clears their coordinator role, tells the leaders, cancels what was handed to them. */
      const release = async (person: Staff, cases: readonly CaseRecord[]) => {
        for (const kase of cases) {
          await repos.cases.update(kase.id, { coordinatorId: null });
          await repos.cases.startOwnership(kase.id, {
            unitId: kase.owningUnitId,
            coordinatorId: null,
            startedAt: now,
            note: COORDINATOR_LEFT_NOTE,
            changedById: null,
          });
          await outbox.enqueue({
            key: reassignKey(kase.id, person.id, today),
            caseId: kase.id,
            kind: 'staff.reassign',
            basis: 'practice',
            dueDate: today,
            legalDeadline: null,
            audience: 'leader',
            measureId: null,
            assigneeId: null,
            nextAttemptAt: now,
          });
        }
        return (await outbox.releaseAssignedTo(person.id, now)).length;
      };
      let releasedReminders = 0;
      for (const { person, toKey, cases } of movers) {
        const handed = await release(person, cases);
        releasedReminders += handed;
        // Its key was checked, and every unit in the file is stored by now.
        const toUnitId = mustExist(
          await org.findUnitByKey(toKey),
          'unit a staff member moved to',
        ).id;
        await this.gate.record(audit, null, {
          action: 'staff.moved',
          outcome: 'ok',
          detail: {
            staffId: person.id,
            fromUnitId: person.unitId,
            toUnitId,
            casesReleased: cases.length,
            remindersReleased: handed,
          },
        });
      }
      for (const { person, cases } of leavers) {
        await org.deactivateStaff(person.id, now);
        const handed = await release(person, cases);
        releasedReminders += handed;
        await this.gate.record(audit, null, {
          action: 'staff.deactivated',
          outcome: 'ok',
          detail: {
            staffId: person.id,
            unitId: person.unitId,
            casesReleased: cases.length,
            remindersReleased: handed,
          },
        });
      }
      await this.gate.record(audit, null, {
        action: 'org.import',
        outcome: 'ok',
        detail: {
          unitsCreated: unitCounts.created,
          unitsUpdated: unitCounts.updated,
          staffCreated: staffCounts.created,
          staffUpdated: staffCounts.updated,
          staffDeactivated: leavers.length,
          staffMoved: movers.length,
          casesReleased: [...movers, ...leavers].reduce((n, c) => n + c.cases.length, 0),
          remindersReleased: releasedReminders,
        },
      });
      return report(false, releasedReminders);
    });
  }
}

/**
 * Every active staff member (each belongs to one unit;
 * one query per unit keeps the transaction simple).
 */
async function activeStaff(org: OrgRepository, units: readonly Unit[]): Promise<Staff[]> {
  const all: Staff[] = [];
  for (const unit of units) all.push(...(await org.listStaffInUnit(unit.id)));
  return all;
}

interface Parsed<T> {
  items: T[];
  problems: ImportProblem[];
}

function rowsOf(
  file: ImportFile,
  table: Table,
  columns: readonly string[],
  problems: ImportProblem[],
) {
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
    rows.push({
      line: row.line,
      get: (column) => (row.cells[columns.indexOf(column)] ?? '').trim(),
    });
  }
  return rows;
}

function checkText(
  file: ImportFile,
  line: number,
  column: string,
  value: string,
  problems: ImportProblem[],
): boolean {
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
    else if (seen.has(key))
      problems.push({ file: 'units', line, code: 'DUPLICATE', column: 'key' });
    seen.add(key);
    const name = get('name');
    checkText('units', line, 'name', name, problems);
    const kind = get('kind').toLowerCase();
    if (!isUnitKind(kind))
      problems.push({ file: 'units', line, code: 'UNIT_KIND', column: 'kind' });
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
    if (!isAadObjectId(aadObjectId))
      problems.push({ file: 'staff', line, code: 'AAD_OBJECT_ID', column: 'aad_object_id' });
    else if (seen.has(aadObjectId))
      problems.push({ file: 'staff', line, code: 'DUPLICATE', column: 'aad_object_id' });
    seen.add(aadObjectId);
    const name = get('name');
    checkText('staff', line, 'name', name, problems);
    const email = get('email').toLowerCase();
    if (
      checkText('staff', line, 'email', email, problems) &&
      !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
    )
      problems.push({ file: 'staff', line, code: 'EMAIL', column: 'email' });
    const unitKey = get('unit_key').toLowerCase();
    if (!unitKeys.has(unitKey))
      problems.push({ file: 'staff', line, code: 'UNKNOWN_UNIT', column: 'unit_key' });
    const role = get('role').toLowerCase();
    if (!isStaffRole(role)) problems.push({ file: 'staff', line, code: 'ROLE', column: 'role' });
    else if (problems.length === before) items.push({ aadObjectId, name, email, unitKey, role });
  }
  return { items, problems };
}

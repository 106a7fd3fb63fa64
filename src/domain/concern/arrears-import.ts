import type { Actor } from '../actor/actor.ts';
import { foldText } from '../common/fold-text.ts';
import type { Table } from '../org/org-import.ts';
import {
  validateArrearsReport,
  arrearsSubmissionId,
  type ArrearsDraft,
  type ArrearsField,
  type ArrearsFieldError,
  type ArrearsFieldErrors,
} from './arrears-report.ts';
import type { ValidConcern } from './concern-form.ts';
import type { Registered } from './register-concern.service.ts';

/**
 * The monthly arrears list (restanseliste) from innfordring, as a CSV table: one line per
 * tenant in arrears. Every line becomes a restansemelding through the same validator as the
 * card; only lines above the threshold whose lease has the consent clause are registered.
 */

/** The columns, as written in the header (any order; case, æøå and spacing do not matter). */
export const ARREARS_COLUMNS = [
  'fødselsnummer',
  'navn',
  'beløp',
  'forfallsdato',
  'purring',
  'utleier',
  'samtykkeklausul',
] as const;
export type ArrearsColumn = (typeof ARREARS_COLUMNS)[number];

/** Which restansemelding field each column fills. */
const FIELD_OF: Readonly<Record<ArrearsColumn, ArrearsField>> = {
  fødselsnummer: 'nationalId',
  navn: 'name',
  beløp: 'amount',
  forfallsdato: 'dueDate',
  purring: 'reminderSent',
  utleier: 'landlord',
  samtykkeklausul: 'consentClause',
};

export type ArrearsImportProblem =
  | { readonly line: number; readonly code: 'EMPTY_FILE' | 'NO_LINES' }
  | {
      readonly line: number;
      readonly code: 'HEADER';
      /** Columns missing from the header, and columns it has that the list does not. */
      readonly missing: readonly ArrearsColumn[];
      readonly unknown: readonly string[];
    }
  | { readonly line: number; readonly code: 'CELL_COUNT'; readonly expected: number }
  | {
      readonly line: number;
      readonly code: 'FIELD';
      readonly column: ArrearsColumn;
      readonly error: ArrearsFieldError;
    };

interface ArrearsImportLine {
  readonly line: number;
  readonly concern: ValidConcern;
  readonly submissionId: string;
}

export interface ArrearsImportPlan {
  /** Lines to register, in file order. */
  readonly lines: readonly ArrearsImportLine[];
  /** Lines whose amount is at or below the threshold (whatever their consent clause). */
  readonly belowThreshold: number;
  /** Lines above the threshold whose lease has no consent clause. */
  readonly withoutConsentClause: number;
}

export type ArrearsImportValidation =
  | { readonly ok: true; readonly plan: ArrearsImportPlan }
  | { readonly ok: false; readonly problems: readonly ArrearsImportProblem[] };

export interface ArrearsImportOptions {
  readonly allowSyntheticIds: boolean;
  /** NAV's units: the consent clause names them (see validateArrearsReport). */
  readonly consentUnitKeys: readonly string[];
  /** Only amounts above this many kroner are registered. */
  readonly thresholdNok: number;
  /** HUSLY_ID_SECRET, for the submission ids. */
  readonly idSecret: string;
}

/**
 * Checks every line before anything is written: one problem anywhere and the whole list is
 * refused, each problem with its line number. A list where every line is fine gives the lines to
 * register and the counts of those skipped. The list always has the number: without it a line
 * could not be told from next month's same line (the submission id is made from it).
 */
export function planArrearsImport(
  table: Table,
  today: string,
  options: ArrearsImportOptions,
): ArrearsImportValidation {
  if (table.header.length === 0) return { ok: false, problems: [{ line: 1, code: 'EMPTY_FILE' }] };
  const header = table.header.map((h) => foldText(h));
  const index = new Map<ArrearsColumn, number>();
  for (const column of ARREARS_COLUMNS) {
    const at = header.indexOf(foldText(column));
    if (at >= 0) index.set(column, at);
  }
  const known = new Set(ARREARS_COLUMNS.map((c) => foldText(c)));
  const missing = ARREARS_COLUMNS.filter((c) => !index.has(c));
  const unknown = table.header.filter((h, i) => !known.has(header[i] ?? '') || !h.trim());
  const repeated = header.length !== new Set(header).size;
  if (missing.length > 0 || unknown.length > 0 || repeated)
    return { ok: false, problems: [{ line: 1, code: 'HEADER', missing, unknown }] };
  if (table.rows.length === 0) return { ok: false, problems: [{ line: 2, code: 'NO_LINES' }] };

  const problems: ArrearsImportProblem[] = [];
  const lines: ArrearsImportLine[] = [];
  let belowThreshold = 0;
  let withoutConsentClause = 0;
  for (const row of table.rows) {
    if (row.cells.length !== header.length) {
      problems.push({ line: row.line, code: 'CELL_COUNT', expected: header.length });
      continue;
    }
    const draft: ArrearsDraft = {};
    for (const column of ARREARS_COLUMNS)
      draft[FIELD_OF[column]] = row.cells[index.get(column) ?? -1] ?? '';
    const checked = validateArrearsReport(
      { ...draft, amount: wholeKroner(draft.amount ?? ''), dueDate: isoDate(draft.dueDate ?? '') },
      today,
      options,
    );
    const errors: ArrearsFieldErrors = checked.ok ? {} : { ...checked.errors };
    // The list has no birth date column: the number is required (the concern form would ask
    // for a name and birth date instead, and the submission id is made from the number).
    delete errors.birthDate;
    if (!(draft.nationalId ?? '').trim()) errors.nationalId = 'REQUIRED';
    const { consentClause, ...rest } = errors;
    const lineProblems = ARREARS_COLUMNS.flatMap((column): ArrearsImportProblem[] => {
      const error = errors[FIELD_OF[column]];
      return error && error !== 'NO_CONSENT_CLAUSE'
        ? [{ line: row.line, code: 'FIELD', column, error }]
        : [];
    });
    if (lineProblems.length > 0) {
      problems.push(...lineProblems);
      continue;
    }
    if (consentClause === 'NO_CONSENT_CLAUSE' && Object.keys(rest).length === 0) {
      // A well-formed line whose lease has no consent clause: counted, never registered.
      if (amountOf(draft) > options.thresholdNok) withoutConsentClause++;
      else belowThreshold++;
      continue;
    }
    if (!checked.ok) throw new Error('a refused line without a reported problem');
    const { subject, report } = checked.value;
    if (subject.kind !== 'nationalId' || !report.rentArrears)
      throw new Error('an arrears line without a number or arrears');
    if (report.rentArrears.amountNok <= options.thresholdNok) {
      belowThreshold++;
      continue;
    }
    lines.push({
      line: row.line,
      concern: checked.value,
      submissionId: arrearsSubmissionId(
        subject.id,
        report.rentArrears.firstMissedRentDate,
        options.idSecret,
      ),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plan: { lines, belowThreshold, withoutConsentClause } };
}

/** What registering the lines gave, in counts only. */
export interface ArrearsImportOutcome {
  readonly registered: number;
  readonly alreadyRegistered: number;
  readonly belowThreshold: number;
  readonly withoutConsentClause: number;
  /** New cases among those registered. */
  readonly newCases: number;
}

/** What the import needs of RegisterConcernService. */
export interface ConcernRegistrar {
  register(actor: Actor, concern: ValidConcern, submissionId: string): Promise<Registered>;
}

/**
 * Registers each planned line as `actor`, through the same service as the card, so routing,
 * audit, notices and reminders are the same. Each line is its own transaction; a line already
 * registered by this actor (same person, same due date) is found by its submission id and changes
 * nothing, so a list can be run again after an interruption.
 */
export async function importArrears(
  registrar: ConcernRegistrar,
  actor: Actor,
  plan: ArrearsImportPlan,
): Promise<ArrearsImportOutcome> {
  let registered = 0;
  let alreadyRegistered = 0;
  let newCases = 0;
  for (const line of plan.lines) {
    const done = await registrar.register(actor, line.concern, line.submissionId);
    if (done.duplicate) alreadyRegistered++;
    else registered++;
    if (done.createdCase) newCases++;
  }
  return {
    registered,
    alreadyRegistered,
    newCases,
    belowThreshold: plan.belowThreshold,
    withoutConsentClause: plan.withoutConsentClause,
  };
}

/**
 * 'DD.MM.YYYY' (as Excel writes Norwegian dates; one-digit day or month allowed) becomes
 * 'YYYY-MM-DD'; anything else is left for the validator to judge.
 */
export function isoDate(value: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!m) return value.trim();
  const [, d = '', mo = '', y = ''] = m;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * An amount as accounting systems export it: "12500", "12 500", "12500,00", "12 500,50 kr".
 * Øre are dropped (the concern records whole kroner); anything else is left for the validator.
 */
export function wholeKroner(value: string): string {
  const cleaned = value
    .trim()
    .replace(/\s*kr\.?$/i, '')
    .replace(/^kr\.?\s*/i, '');
  const m = /^([\d\s\u00a0]+)[.,]\d{1,2}$/.exec(cleaned);
  return m?.[1] ? m[1].trim() : cleaned;
}

/** The whole kroner of a line's amount (for counting a line without the clause). */
function amountOf(draft: ArrearsDraft): number {
  const digits = wholeKroner(draft.amount ?? '').replace(/[\s\u00a0]/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : 0;
}

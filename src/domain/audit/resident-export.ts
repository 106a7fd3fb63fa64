import type { BreakGlassGrant } from '../access/break-glass.ts';
import type { CaseRecord } from '../case/case.ts';
import type { Repositories } from '../common/unit-of-work.ts';

/** A reminder Husly planned or sent about a case, as the resident's export shows it. */
export interface ExportedReminder {
  readonly kind: string;
  /** 'YYYY-MM-DD' */
  readonly dueDate: string;
  readonly legalDeadline: string | null;
  /** pending | claimed | sent | dead | cancelled, or done / handed when someone acted on it. */
  readonly status: string;
  readonly sentAt: Date | null;
}

/**
 * What the resident's export (GDPR art. 15) reads besides the ordinary repositories, bound to
 * the same transaction. Implemented in src/persistence/prisma-resident-export.store.ts.
 */
export interface ResidentRecords {
  /** When retention anonymised the resident, if it did. */
  residentAnonymisedAt(residentId: string): Promise<Date | null>;
  /**
   * Every case of the resident, open and closed, oldest first, with when retention anonymised it.
   */
  casesForResident(
    residentId: string,
  ): Promise<(CaseRecord & { readonly anonymisedAt: Date | null })[]>;
  /** Every break-glass grant on the case, oldest first. */
  breakGlassForCase(caseId: string): Promise<BreakGlassGrant[]>;
  /** Every reminder row of the case, by due date. */
  remindersForCase(caseId: string): Promise<ExportedReminder[]>;
}

export interface ResidentExportStore {
  run<T>(work: (repos: Repositories, records: ResidentRecords) => Promise<T>): Promise<T>;
}

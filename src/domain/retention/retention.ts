import type { Repositories } from '../common/unit-of-work.ts';

/**
 * Retention (GDPR art. 5 (1) e, storage limitation): how long Husly keeps a closed case's
 * content and the audit trail. The municipality decides both periods (HUSLY_RETENTION_*);
 * production refuses to start without them.
 */
export interface RetentionSettings {
  /**
   * A closed case's free text and its resident's personal
   * details are removed this many days after closing.
   */
  readonly closedCaseDays: number;
  /** Audit events are deleted this many days after they happened. */
  readonly auditDays: number;
}

/** A closed case old enough to be anonymised. */
export interface RetentionCase {
  readonly caseId: string;
  readonly reference: string;
  readonly residentId: string;
  /**
   * Whether the resident is still findable by identity
   * number (residents registered by name are not).
   */
  readonly residentHasIdHash: boolean;
  readonly closedAt: Date;
}

/**
 * The queries and writes retention needs besides the ordinary repositories. Bound to the same
 * transaction as the repositories `RetentionStore.run` hands out with it.
 */
export interface RetentionRecords {
  /** Closed cases with `closedAt` before `closedBefore` and not yet anonymised, by reference. */
  casesDue(closedBefore: Date): Promise<RetentionCase[]>;
  /** Ids of the resident's cases that are open or not yet anonymised. */
  liveCaseIds(residentId: string): Promise<string[]>;
  /** Residents already anonymised whose identity hash is still kept. */
  anonymisedResidentsWithIdHash(): Promise<string[]>;
  /**
   * Whether an audit event about the resident at or
   * after `from` exists (it survives audit retention).
   */
  hasAuditEventsFrom(residentId: string, from: Date): Promise<boolean>;
  countExpiredPendingLookups(at: Date): Promise<number>;
  /**
   * Deletes notice outbox rows settled (sent, unreachable, dead) and written before `before`:
   * they hold no payload, only who was sent what kind of notice about which case, and go with
   * the audit trail.
   */
  deleteSettledNotices(before: Date): Promise<number>;
  /**
   * Removes the case's free text and details: concern descriptions, amounts and landlord; goal,
   * measure and evaluation texts; the plan's vedtak reference; ownership and involvement notes;
   * change reasons; break-glass justifications; hand-over proposal notes and decline reasons;
   * outcome events' amounts and decisions; its
   * reminders, notices and posted cards. Keeps the case
   * row (reference, category, level, status, dates, close reason) for statistics.
   */
  anonymiseCase(caseId: string, at: Date): Promise<void>;
  /** Clears name, birth date and masked id; the identity hash too unless `keepIdHash`. */
  anonymiseResident(residentId: string, at: Date, keepIdHash: boolean): Promise<void>;
  /** Removes an anonymised resident's identity hash: the person can no longer be found again. */
  forgetIdHash(residentId: string): Promise<void>;
}

/**
 * Runs retention work in one transaction. Implemented in src/persistence/prisma-retention.store.ts.
 */
export interface RetentionStore {
  run<T>(work: (repos: Repositories, records: RetentionRecords) => Promise<T>): Promise<T>;
}

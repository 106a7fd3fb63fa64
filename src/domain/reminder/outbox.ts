import type { Basis } from './checkpoints.ts';
import type { PlannedReminder, ReminderAudience, ReminderKind } from './follow-up-plan.ts';

export const OUTBOX_STATUSES = ['pending', 'claimed', 'sent', 'dead', 'cancelled'] as const;
type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxRow {
  readonly id: string;
  readonly key: string;
  readonly caseId: string;
  readonly kind: ReminderKind;
  readonly basis: Basis;
  readonly dueDate: string;
  readonly legalDeadline: string | null;
  readonly audience: ReminderAudience;
  readonly measureId: string | null;
  /**
   * Set on a copy handed over with "Overfør": it goes
   * to this staff member instead of the normal route.
   */
  readonly assigneeId: string | null;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
}

/**
 * The reminder outbox. Every method that changes a claimed row takes the claimer's `owner`
 * and does nothing (returns false) if the lease has passed to someone else, so a slow or
 * restarted instance cannot overwrite another's result.
 */
export interface ReminderOutbox {
  /**
   * Makes the outbox match a freshly computed plan for one scope (a case's eviction track or a
   * målplan, identified by key prefix): new keys are added as pending, pending rows no longer
   * planned are cancelled; rows already sent are never touched, so nothing is sent twice.
   * `keep` names keys still valid but not to be added (checkpoints already past): a pending one
   * of those was never sent (Husly was down) and stays, to go out late rather than never.
   */
  sync(
    keyPrefix: string,
    planned: readonly PlannedReminder[],
    now: Date,
    keep?: readonly string[],
  ): Promise<{ added: number; cancelled: number }>;
  /**
   * Atomically takes up to `limit` due rows — pending with `nextAttemptAt ≤ now`, or claimed
   * with an expired lease — for `owner` until `now + leaseMs`. Cost grows with what is due,
   * not with what is scheduled (indexes on status and time).
   */
  claimDue(now: Date, owner: string, leaseMs: number, limit: number): Promise<OutboxRow[]>;
  /**
   * Settles the rows one message delivered (a digest
   * carries several); returns how many `owner` still held.
   */
  markSent(
    ids: readonly string[],
    owner: string,
    delivery: { conversationId: string; activityId: string },
    at: Date,
  ): Promise<number>;
  /** Back to pending for another attempt at `nextAttemptAt`, counting the attempt. */
  retryLater(id: string, owner: string, nextAttemptAt: Date, error: string): Promise<boolean>;
  /** Back to pending until `until` without counting an attempt (outside working hours). */
  defer(id: string, owner: string, until: Date): Promise<boolean>;
  /** Given up after too many attempts: kept and shown to coordinators, never silently dropped. */
  markDead(id: string, owner: string, error: string): Promise<boolean>;
  /** A claimed row that must not go out any more (its case was closed meanwhile). */
  cancelClaimed(id: string, owner: string): Promise<boolean>;
  byKey(key: string): Promise<StoredOutboxRow | null>;
  /**
   * "Utført" on a sent reminder; a second press (any copy of the card) changes nothing. Snoozed
   * copies of it still pending are cancelled.
   */
  markDone(key: string, byStaffId: string, at: Date): Promise<'done' | 'already' | 'missing'>;
  /** "Utsett": a new pending row for the same reminder at `until` (idempotent per new due date). */
  snooze(key: string, until: Date, dueDate: string): Promise<string | null>;
  /**
   * "Overfør": once per row (not done, not handed yet), records who handed it to whom and adds
   * a pending copy for `toStaffId`, due at `at`. A second press on any copy of the card changes
   * nothing.
   */
  handOver(
    key: string,
    toStaffId: string,
    byStaffId: string,
    at: Date,
  ): Promise<'handed' | 'already' | 'missing'>;
  /** Rows for one case, newest due first (for "påminnelser 2026-0004"). */
  forCase(caseId: string): Promise<StoredOutboxRow[]>;
  /** The rows one sent message carried (a digest carries several): what that card shows. */
  bySentActivity(conversationId: string, activityId: string): Promise<StoredOutboxRow[]>;
  /**
   * Adds one row not planned from a case's dates (e.g. 'staff.reassign' for a leader), pending
   * at `nextAttemptAt`. Idempotent by key: returns false, changing nothing, if the key exists.
   */
  enqueue(row: NewOutboxRow): Promise<boolean>;
  /**
   * Someone left or changed unit: their pending handed-over copies (`assigneeId` = them) go back
   * to the case's normal route (coordinator, or the unit and its leaders), so none is lost.
   * Returns the rows it released, as they were.
   */
  releaseAssignedTo(staffId: string, at: Date): Promise<StoredOutboxRow[]>;
}

/** A row for `enqueue`: pending, no attempts yet. */
export type NewOutboxRow = Omit<OutboxRow, 'id' | 'status' | 'attempts'>;

export type StoredOutboxRow = OutboxRow & {
  readonly sentConversationId: string | null;
  readonly sentActivityId: string | null;
  readonly lastError: string | null;
  readonly doneAt: Date | null;
  readonly doneById: string | null;
  readonly handedToId: string | null;
  readonly handedById: string | null;
  readonly handedAt: Date | null;
};

/**
 * Snoozed and handed-over copies extend the planned row's key (`…:utsatt:<date>`,
 * `…:overfort:<staff>`); they live as long as the planned row is still in the plan.
 */
export function plannedKeyOf(key: string): string {
  return key.replace(/:(?:utsatt|overfort):.*$/, '');
}

/**
 * The prefix every snoozed copy in a reminder's chain shares: "Utført" on any card of the chain
 * stops the snoozed copies still pending, so nobody is reminded of what is done.
 */
export const snoozeChainPrefix = (key: string) =>
  `${key.replace(/(?::utsatt:\d{4}-\d{2}-\d{2})+$/, '')}:utsatt:`;

export const snoozedKey = (key: string, dueDate: string) =>
  `${key.replace(/:utsatt:\d{4}-\d{2}-\d{2}$/, '')}:utsatt:${dueDate}`;
export const handedKey = (key: string, toStaffId: string) => `${key}:overfort:${toStaffId}`;

/** The key of the row a handed-over copy (or a snooze of one) was handed from. */
export function handedFromKey(key: string): string | null {
  return /^(.*):overfort:[^:]+(?::utsatt:\d{4}-\d{2}-\d{2})*$/.exec(key)?.[1] ?? null;
}

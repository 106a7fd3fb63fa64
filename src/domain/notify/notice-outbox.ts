import type { Notice } from './notifier.ts';

export const NOTICE_KINDS = [
  'case.forUnit',
  'case.forCoordinator',
  'case.involvedAlert',
  'case.handedOver',
  'case.acute',
  'case.breakGlass',
  'case.accessGranted',
  'lookup.throttled',
  'case.handOverProposed',
  'case.levelReview',
  'case.handOverAnswered',
  'unit.worklist',
  'plan.newCaseElsewhere',
] as const satisfies readonly Notice['kind'][];
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** A new kind of notice must be added to the list (and the schema comment): else this fails. */
const everyKindListed: [Exclude<Notice['kind'], NoticeKind>] extends [never] ? true : never = true;
void everyKindListed;

/**
 * `unreachable`: nobody to send it to when it was first tried (no linked channel, Husly not
 * installed, app removed); the user was told so at once and the caller's fallbacks were used.
 * `dead`: Husly promised to try again and gave up (delivery-policy.ts); kept and listed.
 */
export const NOTICE_STATUSES = ['pending', 'claimed', 'sent', 'unreachable', 'dead'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_RECIPIENT_KINDS = ['unit', 'staff'] as const;

export interface NoticeRecipient {
  readonly kind: (typeof NOTICE_RECIPIENT_KINDS)[number];
  readonly id: string;
}

/** A notice row's idempotency key: the event it announces, its kind and its recipient. */
export const noticeKey = (event: string, kind: NoticeKind, recipient: NoticeRecipient): string =>
  `${event}:${kind}:${recipient.kind}:${recipient.id}`;

export interface NewNoticeRow {
  /** Idempotency key: the event + the notice kind + the recipient. */
  readonly key: string;
  readonly recipient: NoticeRecipient;
  readonly kind: NoticeKind;
  readonly caseId: string | null;
  readonly reference: string | null;
  /** The notice, sealed (identity/sealed-text.ts): it may name a resident. */
  readonly payload: string;
}

export interface NoticeRow {
  readonly id: string;
  readonly key: string;
  readonly recipient: NoticeRecipient;
  readonly kind: NoticeKind;
  readonly caseId: string | null;
  readonly reference: string | null;
  /** Null once the row is settled (sent, unreachable or dead). */
  readonly payload: string | null;
  readonly status: NoticeStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError: string | null;
  readonly sentConversationId: string | null;
  readonly sentActivityId: string | null;
  readonly createdAt: Date;
}

/**
 * The notice outbox (`notice_outbox`). Like the reminder outbox, every method that settles a
 * claimed row takes the claimer's `owner` and does nothing (returns false) once the lease has
 * passed to someone else. Settling a row as sent, unreachable or dead clears its payload.
 */
export interface NoticeOutbox {
  /**
   * Writes a new row, claimed by `owner` for `leaseMs` (the caller sends it at once; if it
   * crashes, the lease runs out and a tick sends it). A key already there is not written again:
   * the existing row comes back with `created: false`.
   */
  add(
    row: NewNoticeRow,
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<{ readonly created: boolean; readonly row: NoticeRow }>;
  /** Atomically takes up to `limit` due rows (pending and due, or claimed with a lapsed lease). */
  claimDue(now: Date, owner: string, leaseMs: number, limit: number): Promise<NoticeRow[]>;
  markSent(
    id: string,
    owner: string,
    delivery: { readonly conversationId: string; readonly activityId: string },
    at: Date,
  ): Promise<boolean>;
  /** Back to pending for another attempt at `nextAttemptAt`, counting the attempt. */
  retryLater(id: string, owner: string, nextAttemptAt: Date, error: string): Promise<boolean>;
  markUnreachable(id: string, owner: string, error: string): Promise<boolean>;
  /** Given up: kept (without its payload) and listed under "påminnelser". */
  markDead(id: string, owner: string, error: string): Promise<boolean>;
  byKey(key: string): Promise<NoticeRow | null>;
  /** Dead rows about the cases with these references, newest first. */
  deadFor(references: readonly string[]): Promise<NoticeRow[]>;
}

/** The notice as stored (before sealing): JSON, with the break-glass end time as ISO text. */
export function encodeNotice(notice: Notice): string {
  return JSON.stringify(notice);
}

/** The notice from its JSON, or null if it is not one (a row written by another version). */
export function decodeNotice(json: string): Notice | null {
  try {
    const value = JSON.parse(json) as Notice;
    if (!(NOTICE_KINDS as readonly string[]).includes(value.kind)) return null;
    if (value.kind === 'case.breakGlass') return { ...value, until: new Date(value.until) };
    return value;
  } catch {
    return null;
  }
}

/** The case a notice is about, if it names one by id; its reference, if it has one. */
export function noticeCase(notice: Notice): {
  caseId: string | null;
  reference: string | null;
} {
  return {
    caseId: 'caseId' in notice ? notice.caseId : null,
    reference: 'reference' in notice ? notice.reference : null,
  };
}

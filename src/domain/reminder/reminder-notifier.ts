import type { Basis } from './checkpoints.ts';
import type { SendFailure } from './delivery-policy.ts';
import type { ReminderKind } from './follow-up-plan.ts';

/** One reminder as shown: the case reference and the checkpoint — no resident data. */
export interface ReminderItem {
  readonly outboxKey: string;
  readonly caseId: string;
  readonly reference: string;
  readonly kind: ReminderKind;
  readonly basis: Basis;
  readonly dueDate: string;
  readonly legalDeadline: string | null;
  /** Staff of the owning unit it can be handed to ("Overfør"): names only. */
  readonly colleagues: readonly { readonly id: string; readonly name: string }[];
  /** Who handed this reminder to its recipient with "Overfør", if someone did. */
  readonly handedBy: string | null;
}

export type ReminderRecipient =
  | { readonly kind: 'staff'; readonly staffId: string }
  | { readonly kind: 'unit'; readonly unitId: string };

export type ReminderSend =
  | { readonly ok: true; readonly conversationId: string; readonly activityId: string }
  | { readonly ok: false; readonly failure: SendFailure | NotSent };

/**
 * Not tried: nobody to send to (`no-conversation`), or no slot before `notAfter` (`late`: the
 * reminder goes back unsent, not counted as an attempt).
 */
export type NotSent = { readonly kind: 'no-conversation' } | { readonly kind: 'late' };

/** Sends one reminder, or a digest of several to the same person, as one message. */
export interface ReminderNotifier {
  /** `notAfter`: the send must start by then (the lease), or it is not made (`late`). */
  send(
    to: ReminderRecipient,
    items: readonly ReminderItem[],
    notAfter: Date,
  ): Promise<ReminderSend>;
  /**
   * A short plain message that these reminders were refused by Teams and will not come as
   * cards (reference and checkpoint only). Best effort: true if it was delivered.
   */
  tellUndelivered(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<boolean>;
}

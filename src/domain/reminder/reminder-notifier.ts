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
  | { readonly ok: false; readonly failure: SendFailure | { readonly kind: 'no-conversation' } };

/** Sends one reminder, or a digest of several to the same person, as one message. */
export interface ReminderNotifier {
  send(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<ReminderSend>;
  /**
   * A short plain message that these reminders were refused by Teams and will not come as
   * cards (reference and checkpoint only). Best effort: true if it was delivered.
   */
  tellUndelivered(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<boolean>;
}

import type { TurnContext } from 'botbuilder';
import { localDate } from '../src/domain/common/local-date.ts';
import type { AdaptiveCard } from './cards/adaptive-card.ts';
import type { Payload } from './cards/card-verb.ts';
import { channelCaseCard, ownedCaseCard, type TAKE_CASE } from './cards/notice.cards.ts';
import {
  reminderCard,
  type REMINDER_DONE,
  type REMINDER_HAND_OVER,
  type REMINDER_SNOOZE,
} from './cards/reminder.cards.ts';
import { refusal } from './refusal.ts';
import { replaceCardEverywhere } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * The Action.Execute buttons: each answers with the card that replaces the one pressed (or a
 * message), and redraws the copy Husly stored for everyone in the conversation.
 */
export class InPlaceActions {
  constructor(private readonly services: DialogServices) {}

  /**
   * "Ta saken" makes the presser coordinator and replaces the channel card for everyone; a
   * press on an old copy shows who has it and changes nothing.
   */
  async takeCase(
    context: TurnContext,
    { caseId }: Payload<typeof TAKE_CASE>,
  ): Promise<AdaptiveCard | string> {
    const { texts, actor, conversation } = turnInfo(context);
    const taken = await this.services.ownership.take(actor, caseId);
    if (!taken.ok && taken.code !== 'CASE.ALREADY_TAKEN')
      return refusal(context, taken.code, 'take', {
        facts: this.services.caseFacts,
        target: { caseId },
      });
    const current = await this.services.caseFacts.forCard(caseId);
    if (!current) return texts.errors['CASE.NOT_FOUND'];
    const today = localDate(this.services.clock.now(), this.services.timeZone);
    // Pressed in personal chat (the acute alert to a leader): the presser is in the owning unit.
    const card =
      conversation.type === 'personal'
        ? ownedCaseCard(texts, current, today)
        : channelCaseCard(texts, current, conversation.id, today);
    // Redraw only the card Husly itself posted about this case in this conversation, by the id
    // it stored then — never the client's replyToId (it could name any other message).
    for (const posted of current.cards.filter((c) => c.conversationId === conversation.id))
      await replaceCardEverywhere(context, posted.activityId, card);
    // Cards about the case in other channels (a former owner's) name the new coordinator too.
    if (taken.ok)
      await this.services.caseCards.refresh(caseId, { exceptConversationId: conversation.id });
    return card;
  }

  /** Utført on a reminder card. */
  async reminderDone(
    context: TurnContext,
    { reminderKey }: Payload<typeof REMINDER_DONE>,
  ): Promise<AdaptiveCard | string> {
    const { actor } = turnInfo(context);
    const done = await this.services.reminderActions.done(actor, reminderKey);
    // A refusal names no case: the key alone says nothing of it to someone without access.
    return done.ok
      ? this.redrawReminder(context, reminderKey)
      : refusal(context, done.code, 'reminder');
  }

  /** Utsett, by the number of days chosen on the card. */
  async reminderSnooze(
    context: TurnContext,
    { reminderKey, input: days }: Payload<typeof REMINDER_SNOOZE>,
  ): Promise<AdaptiveCard | string> {
    const { actor } = turnInfo(context);
    const snoozed = await this.services.reminderActions.snooze(actor, reminderKey, days);
    return snoozed.ok
      ? this.redrawReminder(context, reminderKey)
      : refusal(context, snoozed.code, 'reminder');
  }

  /** Overfør, to the colleague chosen on the card. */
  async reminderHandOver(
    context: TurnContext,
    { reminderKey, input: colleagueId }: Payload<typeof REMINDER_HAND_OVER>,
  ): Promise<AdaptiveCard | string> {
    const { actor } = turnInfo(context);
    const handed = await this.services.reminderActions.handOver(actor, reminderKey, colleagueId);
    return handed.ok
      ? this.redrawReminder(context, reminderKey)
      : refusal(context, handed.code, 'reminder');
  }

  /**
   * The reminder card as the message it came on carried it (stored server-side, not keys the
   * client lists), redrawn for everyone where it was sent.
   */
  private async redrawReminder(context: TurnContext, reminderKey: string): Promise<AdaptiveCard> {
    const { texts, actor, conversation } = turnInfo(context);
    const view = await this.services.reminderActions.view(actor, reminderKey);
    const today = localDate(this.services.clock.now(), this.services.timeZone);
    const card = reminderCard(texts, view.items, view.states, today);
    if (view.sent && view.sent.conversationId === conversation.id)
      await replaceCardEverywhere(context, view.sent.activityId, card);
    return card;
  }
}

import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from './cards/adaptive-card.ts';

export const cardMessage = (card: AdaptiveCard) =>
  MessageFactory.attachment(CardFactory.adaptiveCard(card));

export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity(cardMessage(card));
}

/**
 * Replaces the form the user submitted from (shown again with errors, or as a receipt), or
 * sends a new card. Only in the user's own personal chat: `replyToId` comes from the client, and
 * in a shared conversation it could name any message Husly posted there.
 */
export async function replaceSubmittedCard(
  context: TurnContext,
  card: AdaptiveCard,
): Promise<void> {
  const id = ownFormId(context);
  if (id) await replaceCardEverywhere(context, id, card);
  else await sendCard(context, card);
}

/**
 * Turns the form the user submitted into `card` (a receipt) where it is, so it cannot be sent
 * twice by mistake. Only in the user's own personal chat, as `replaceSubmittedCard`; where there
 * is no form to replace, nothing is sent: the reply that follows says what happened.
 */
export async function retireSubmittedForm(context: TurnContext, card: AdaptiveCard): Promise<void> {
  const id = ownFormId(context);
  if (id) await replaceCardEverywhere(context, id, card);
}

/**
 * Whether `replaceSubmittedCard` puts its card where the submitted form is (the user's own form
 * in personal chat) rather than sending a new one: a form redrawn in place carries its own
 * messages, and needs no line of text under it that would stay after the form is sent.
 */
export const replacesInPlace = (context: TurnContext): boolean => ownFormId(context) !== null;

/** The form this submit came from, if it is the user's own (their personal chat), else null. */
function ownFormId(context: TurnContext): string | null {
  const id = context.activity.replyToId;
  const personal = (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
  return id && personal ? id : null;
}

/**
 * Puts `card` in place of a message Husly posted in this conversation, for everyone who sees
 * it. `activityId` must be one Husly knows it posted here (stored when it sent the card, or the
 * user's own form in personal chat), never an id a client named in a shared conversation.
 */
export async function replaceCardEverywhere(
  context: TurnContext,
  activityId: string,
  card: AdaptiveCard,
): Promise<void> {
  await context.updateActivity({ ...cardMessage(card), id: activityId, type: 'message' });
}

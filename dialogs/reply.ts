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
  const id = context.activity.replyToId;
  const personal = (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
  if (id && personal) await context.updateActivity({ ...cardMessage(card), id, type: 'message' });
  else await sendCard(context, card);
}

/** Card data: only own enumerable string fields count, whatever else a client sends. */
export function stringFields(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
  return out;
}

import type { TurnContext } from 'botbuilder';
import { findCaseReference } from '../src/domain/case/case.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import { remindersListCard, timelineCard } from './cards/reminder.cards.ts';
import { sendRefusal } from './refusal.ts';
import { sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** "påminnelser" (my upcoming ones) and "påminnelser 2026-0004" (a case's follow-up plan). */
export async function showReminders(
  context: TurnContext,
  services: DialogServices,
  argument: string,
): Promise<void> {
  const { texts, actor } = turnInfo(context);
  const today = localDate(services.clock.now(), services.timeZone);
  if (!argument) {
    const { upcoming, undelivered, undeliveredNotices } = await services.reminderQuery.mine(actor);
    return sendCard(
      context,
      remindersListCard(texts, upcoming, undelivered, undeliveredNotices, today),
    );
  }
  const reference = findCaseReference(argument);
  const result = reference ? await services.reminderQuery.timeline(actor, reference) : null;
  if (!result?.ok)
    return sendRefusal(context, result ? result.code : 'CASE.NOT_FOUND', 'read', {
      facts: services.caseFacts,
      target: reference ? { reference } : null,
    });
  await sendCard(
    context,
    timelineCard(texts, result.value.kase.reference, result.value.rows, today, result.value.names),
  );
}

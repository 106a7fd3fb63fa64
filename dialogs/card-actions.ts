import type { TurnContext } from 'botbuilder';
import { nextLegalDeadline } from '../src/domain/case/case.ts';
import { unitNoticeFor } from '../src/domain/notify/notifier.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import { caseForUnitCard, TAKE_CASE_VERB } from './cards/notice.cards.ts';
import {
  REMINDER_DONE,
  REMINDER_HAND_OVER,
  REMINDER_SNOOZE,
  reminderCard,
} from './cards/reminder.cards.ts';
import { cardMessage, stringFields } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** What an Action.Execute invoke is answered with (the Universal Actions contract). */
export type ExecuteResponse =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: unknown }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string };

/**
 * Action.Execute verbs. "Ta saken" makes the presser coordinator and replaces the channel card
 * for everyone; a press on an old copy shows who has it and changes nothing.
 */
export async function onExecute(
  context: TurnContext,
  services: DialogServices,
): Promise<ExecuteResponse> {
  const { texts, actor } = turnInfo(context);
  const action = (
    context.activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined
  )?.action;
  const message = (value: string): ExecuteResponse => ({
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value,
  });
  if (
    action?.verb === REMINDER_DONE ||
    action?.verb === REMINDER_SNOOZE ||
    action?.verb === REMINDER_HAND_OVER
  )
    return onReminderAction(context, services, action.verb, action.data);
  if (action?.verb !== TAKE_CASE_VERB) return message(texts.unknownCommand);

  const caseId = (stringFields(action.data).caseId ?? '').slice(0, 64);
  const taken = await services.ownership.take(actor, caseId);
  if (!taken.ok && taken.code !== 'CASE.ALREADY_TAKEN') return message(texts.errors[taken.code]);
  const current = await services.ownership.currentForCard(caseId);
  if (!current) return message(texts.errors['CASE.NOT_FOUND']);
  const { kase, coordinator } = current;
  const deadline = nextLegalDeadline(
    kase.timeline,
    localDate(services.clock.now(), services.timeZone),
  );
  const card = caseForUnitCard(
    texts,
    unitNoticeFor(kase, deadline, coordinator?.name ?? null, true),
  );
  // Redraw for everyone only the card Husly itself posted about this case in this conversation,
  // by the id it stored then — never the client's replyToId (it could name any other message).
  const here = turnInfo(context).conversation.id;
  for (const posted of current.cards.filter((c) => c.conversationId === here))
    await context.updateActivity({ ...cardMessage(card), id: posted.activityId, type: 'message' });
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/** Utført / Utsett / Overfør on a reminder card: record it, then redraw the card (for everyone) from the stored state. */
async function onReminderAction(
  context: TurnContext,
  services: DialogServices,
  verb: string,
  data: unknown,
): Promise<ExecuteResponse> {
  const { texts, actor } = turnInfo(context);
  const fields = stringFields(data);
  const key = (fields.reminderKey ?? '').slice(0, 300);
  // The chosen value sits in the input named by `field`: only an own field of the card's data counts.
  const field = fields.field ?? '';
  const chosen = Object.hasOwn(fields, field) ? fields[field] : '';
  const result =
    verb === REMINDER_DONE
      ? await services.reminderActions.done(actor, key)
      : verb === REMINDER_SNOOZE
        ? await services.reminderActions.snooze(actor, key, Number(chosen || NaN))
        : await services.reminderActions.handOver(actor, key, chosen.slice(0, 64));
  if (!result.ok)
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: texts.errors[result.code],
    };
  // The card shows what the message it came on carried (stored server-side), not keys the client lists.
  const view = await services.reminderActions.view(actor, key);
  const card = reminderCard(texts, view.items, view.states);
  if (view.sent && view.sent.conversationId === turnInfo(context).conversation.id)
    await context.updateActivity({
      ...cardMessage(card),
      id: view.sent.activityId,
      type: 'message',
    });
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

import type { TurnContext } from 'botbuilder';
import { worklistCard } from './cards/worklist.card.ts';
import { sendRefusal } from './refusal.ts';
import { sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * "arbeidsliste" / "boligmøte" (saksbehandlere, koordinatorer, ledere; personal chat): the
 * asker's open cases that need a decision this week, sorted by legal deadline (issue 12 §1).
 */
export async function showWorklist(context: TurnContext, services: DialogServices): Promise<void> {
  const { texts, actor } = turnInfo(context);
  const worklist = await services.worklist.forActor(actor);
  if (!worklist.ok) return sendRefusal(context, worklist.code, 'worklist');
  await sendCard(context, worklistCard(texts, worklist.value));
}

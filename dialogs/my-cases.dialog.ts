import type { TurnContext } from 'botbuilder';
import { localDate } from '../src/domain/common/local-date.ts';
import { isAdmin } from '../src/domain/org/org.ts';
import { myCasesCard } from './cards/ownership.cards.ts';
import { sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** "mine saker": open cases I coordinate or my unit owns, most urgent first. */
export async function showMyCases(context: TurnContext, services: DialogServices): Promise<void> {
  const { texts, actor } = turnInfo(context);
  const today = localDate(services.clock.now(), services.timeZone);
  await sendCard(
    context,
    myCasesCard(texts, await services.ownershipQueries.myCases(actor, today), {
      isAdmin: isAdmin(actor.staff),
    }),
  );
}

import type { TurnContext } from 'botbuilder';
import { adaptiveCard, facts, heading, paragraph } from './cards/adaptive-card.ts';
import { sendRefusal } from './refusal.ts';
import { sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** "ruting" shows where new cases go; "ruting husleierestanse nav-bolig" changes it (admins). */
export async function routing(
  context: TurnContext,
  services: DialogServices,
  argument: string,
): Promise<void> {
  const { texts, actor } = turnInfo(context);
  const [type, unitKey] = argument.split(' ').filter(Boolean);
  if (type && unitKey) {
    const set = await services.routing.set(actor, type, unitKey);
    if (!set.ok) return sendRefusal(context, set.code, 'routing');
    await context.sendActivity(
      texts.routing.changed(texts.labels.concernTypes[set.value.type], set.value.unit.name),
    );
  }
  const table = await services.routing.table();
  await sendCard(
    context,
    adaptiveCard([
      heading(texts.routing.title),
      facts(
        table.map((e) => [
          texts.labels.concernTypes[e.type],
          `${e.unit ? e.unit.name : '–'}${e.explicit ? '' : ` (${texts.routing.byDefault})`}`,
        ]),
      ),
      paragraph(texts.routing.hint, { isSubtle: true, size: 'Small' }),
    ]),
  );
}

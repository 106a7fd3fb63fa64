import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { LinkChannelService } from '../src/domain/channel/link-channel.service.ts';
import { normaliseCommandText } from './commands.ts';
import { sendRefusal } from './refusal.ts';
import { turnInfo } from './turn-info.ts';

/**
 * The one question Husly waits for typed text to answer, kept per person and conversation in
 * bot state (so it survives a restart). Any other state shape (an older version's) means none.
 */
export interface WaitingFor {
  readonly question?: 'linkChannel.unit';
}

/**
 * "@Husly koble kanal nav-bolig": an admin links a unit to the channel it is reached in, and
 * Husly posts the unit's cases nobody has taken there. Without a unit key Husly asks for one,
 * and asks again until the answer is a unit's key (or another command replaces the question).
 */
export class LinkChannelDialog {
  constructor(
    private readonly service: LinkChannelService,
    private readonly waiting: StatePropertyAccessor<WaitingFor>,
  ) {}

  async start(context: TurnContext, unitKey: string): Promise<void> {
    if (unitKey) return this.link(context, unitKey);
    const { actor, texts, conversation } = turnInfo(context);
    const allowed = await this.service.check(actor, conversation);
    if (!allowed.ok) return sendRefusal(context, allowed.code, 'linkChannel');
    await this.waiting.set(context, { question: 'linkChannel.unit' });
    await context.sendActivity(texts.linkChannel.askUnit(allowed.value.map((u) => u.key)));
  }

  /** The typed answer to "which unit?": a unit's key links; anything else asks again. */
  async answer(context: TurnContext): Promise<void> {
    const { texts } = turnInfo(context);
    const keys = (await this.service.units()).map((u) => u.key);
    const typed = normaliseCommandText(context.activity.text ?? '');
    if (!keys.includes(typed))
      return void (await context.sendActivity(texts.linkChannel.unknownUnit(keys)));
    await this.waiting.delete(context);
    await this.link(context, typed);
  }

  private async link(context: TurnContext, unitKey: string): Promise<void> {
    const { actor, texts, conversation } = turnInfo(context);
    const result = await this.service.link(actor, normaliseCommandText(unitKey), conversation);
    if (!result.ok) return sendRefusal(context, result.code, 'linkChannel');
    // The unit's untaken cases were posted here first; the confirmation says how many.
    const { unit, cards } = result.value;
    await context.sendActivity(
      `${texts.linkChannel.linked(unit.name)} ` +
        texts.linkChannel.posted(cards.posted, cards.alreadyThere, cards.notPosted),
    );
  }
}

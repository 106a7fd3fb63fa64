import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { LinkChannelService } from '../src/domain/channel/link-channel.service.ts';
import { normaliseCommandText } from './commands.ts';
import { sendRefusal } from './refusal.ts';
import { turnInfo } from './turn-info.ts';

export const LINK_CHANNEL_DIALOG = 'linkChannel';
const UNIT_PROMPT = 'linkChannel.unitPrompt';

export interface LinkChannelOptions {
  readonly unitKey: string;
}

/**
 * "@Husly koble kanal nav-bolig": an admin links a unit to the channel it is reached in, and
 * Husly posts the unit's cases nobody has taken there. Without a unit key Husly asks for one;
 * that question survives a restart like any dialog.
 */
export class LinkChannelDialog extends ComponentDialog {
  constructor(private readonly service: LinkChannelService) {
    super(LINK_CHANNEL_DIALOG);
    this.addDialog(
      new TextPrompt(UNIT_PROMPT, async (prompt) => {
        const keys = await this.unitKeys();
        return (
          prompt.recognized.succeeded &&
          keys.includes(normaliseCommandText(prompt.recognized.value ?? ''))
        );
      }),
    );
    this.addDialog(
      new WaterfallDialog(`${LINK_CHANNEL_DIALOG}.steps`, [
        this.askUnit.bind(this),
        this.link.bind(this),
      ]),
    );
    this.initialDialogId = `${LINK_CHANNEL_DIALOG}.steps`;
  }

  private async askUnit(step: WaterfallStepContext) {
    const { actor, texts, conversation } = turnInfo(step.context);
    const { unitKey } = step.options as LinkChannelOptions;
    if (unitKey) return step.next(unitKey);
    const allowed = await this.service.check(actor, conversation);
    if (!allowed.ok) {
      await sendRefusal(step.context, allowed.code, 'linkChannel');
      return step.endDialog();
    }
    const keys = allowed.value.map((u) => u.key);
    return step.prompt(UNIT_PROMPT, {
      prompt: texts.linkChannel.askUnit(keys),
      retryPrompt: texts.linkChannel.unknownUnit(keys),
    });
  }

  private async link(step: WaterfallStepContext) {
    const { actor, texts, conversation } = turnInfo(step.context);
    const result = await this.service.link(
      actor,
      normaliseCommandText(String(step.result)),
      conversation,
    );
    if (!result.ok) {
      await sendRefusal(step.context, result.code, 'linkChannel');
      return step.endDialog();
    }
    // The unit's untaken cases were posted here first; the confirmation says how many.
    const { unit, cards } = result.value;
    await step.context.sendActivity(
      `${texts.linkChannel.linked(unit.name)} ` +
        texts.linkChannel.posted(cards.posted, cards.alreadyThere, cards.notPosted),
    );
    return step.endDialog();
  }

  private async unitKeys(): Promise<string[]> {
    return (await this.service.units()).map((u) => u.key);
  }
}

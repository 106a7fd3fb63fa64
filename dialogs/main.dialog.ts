import { CardFactory, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { LinkChannelService } from '../src/domain/channel/link-channel.service.ts';
import { helpCard } from './cards/help.card.ts';
import { matchCommand, type CommandId, type CommandMatch } from './commands.ts';
import { LINK_CHANNEL_DIALOG, LinkChannelDialog, type LinkChannelOptions } from './link-channel.dialog.ts';
import { turnInfo } from './turn-info.ts';

export interface DialogServices {
  readonly linkChannel: LinkChannelService;
}

type Handler = (dc: DialogContext, command: CommandMatch) => Promise<unknown>;

/**
 * Routes a message from an identified staff member: "hjelp" and "avbryt" work at any time,
 * an answer goes to the dialog waiting for it, and a new command replaces an unfinished one.
 */
export class MainDialog {
  private readonly dialogs: DialogSet;
  private readonly handlers: Readonly<Record<CommandId, Handler>>;

  constructor(dialogState: StatePropertyAccessor<DialogState>, services: DialogServices) {
    this.dialogs = new DialogSet(dialogState).add(new LinkChannelDialog(services.linkChannel));
    this.handlers = {
      help: (dc) => sendHelp(dc.context),
      cancel: (dc) => cancel(dc),
      linkChannel: (dc, command) =>
        dc.beginDialog(LINK_CHANNEL_DIALOG, { unitKey: command.argument } satisfies LinkChannelOptions),
    };
  }

  /** Command ids that have a handler (checked against the manifest in tests). */
  handledCommands(): CommandId[] {
    return Object.keys(this.handlers) as CommandId[];
  }

  async onMessage(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const command = matchCommand(context.activity.text ?? '');
    if (command?.id === 'help' || command?.id === 'cancel') {
      await this.handlers[command.id](dc, command);
      return;
    }
    if (command) {
      await dc.cancelAllDialogs();
      await this.handlers[command.id](dc, command);
      return;
    }
    if (dc.activeDialog) {
      await dc.continueDialog();
      return;
    }
    await context.sendActivity(turnInfo(context).texts.unknownCommand);
  }
}

export async function sendHelp(context: TurnContext, firstName?: string): Promise<void> {
  const { actor, texts, conversation } = turnInfo(context);
  const card = helpCard(texts, {
    firstName,
    isAdmin: actor.staff.role === 'admin',
    inChannel: conversation.type !== 'personal',
  });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

async function cancel(dc: DialogContext): Promise<void> {
  const { texts } = turnInfo(dc.context);
  const active = dc.activeDialog !== undefined;
  await dc.cancelAllDialogs();
  await dc.context.sendActivity(active ? texts.cancelled : texts.nothingToCancel);
}

import { ActivityTypes, CardFactory, MessageFactory, TurnContext, type BotState } from 'botbuilder';
import { helpCard } from '../../dialogs/cards/help.card.ts';
import type { MainDialog } from '../../dialogs/main.dialog.ts';
import { textsFor } from '../../dialogs/texts/index.ts';
import { setTurnInfo } from '../../dialogs/turn-info.ts';
import type { IdentifyActorService } from '../domain/actor/identify-actor.service.ts';
// prettier-ignore
import type {
  RecordConversationService,
} from '../domain/conversation/record-conversation.service.ts';
import type { Logger } from '../log.ts';
import {
  callerOf,
  conversationEventOf,
  conversationSeenOf,
  conversationTypeOf,
  channelConversationIdOf,
  mentionsBot,
} from './activity-mapping.ts';

/** The HTTP answer to an invoke: CloudAdapter sends whatever is set as the invokeResponse. */
async function answerInvoke(context: TurnContext, body: unknown): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

export interface HuslyBotDeps {
  readonly identify: IdentifyActorService;
  readonly conversations: RecordConversationService;
  readonly main: MainDialog;
  /**
   * Dialog state lives here: per user and conversation,
   * so two people in one channel never share a dialog.
   */
  readonly state: BotState;
  readonly logger: Logger;
}

/**
 * Every inbound activity passes through here: tenant check, conversation reference, identity,
 * then the dialogs. Nothing past the tenant check runs for a foreign tenant, and nothing
 * past identity runs for someone who is not registered.
 */
export class HuslyBot {
  constructor(private readonly deps: HuslyBotDeps) {}

  async run(context: TurnContext): Promise<void> {
    await this.handle(context);
    // Saved only after a successful turn; onTurnError clears the state instead.
    await this.deps.state.saveChanges(context);
  }

  private async handle(context: TurnContext): Promise<void> {
    const { identify, conversations, logger } = this.deps;
    const activity = context.activity;
    const caller = callerOf(activity);
    const tenant = await identify.checkTenant(caller);
    if (!tenant.ok) {
      logger.warn({ event: 'tenant.refused', activityType: activity.type });
      return;
    }
    const seen = conversationSeenOf(activity, tenant.value);
    const event = conversationEventOf(activity);
    const { newlyInstalled } = seen
      ? await conversations.record(seen, event)
      : { newlyInstalled: false };
    if (event !== 'seen')
      logger.info({
        event: 'conversation',
        change: event,
        conversationType: seen?.conversationType,
      });

    const isMessage = activity.type === 'message';
    const isExecute = activity.type === 'invoke' && activity.name === 'adaptiveCard/action';
    if (!isMessage && !isExecute && !newlyInstalled) return;
    const type = conversationTypeOf(activity);
    // A card button in a channel carries no mention (Teams sends the submit to the bot only).
    const cardSubmit =
      isMessage &&
      !activity.text &&
      typeof (activity.value as { action?: unknown } | undefined)?.action === 'string';
    if (isMessage && type !== 'personal' && !cardSubmit) {
      if (!mentionsBot(activity)) return;
      activity.text = TurnContext.removeRecipientMention(activity)?.trim() ?? '';
    }
    const texts = textsFor(activity.locale);
    const actor = await identify.identify(tenant.value, caller);
    if (!actor.ok) {
      if (isExecute) {
        const admins = await identify.administrators();
        await answerInvoke(context, {
          statusCode: 200,
          type: 'application/vnd.microsoft.activity.message',
          value: texts.notRegistered(admins),
        });
      } else if (isMessage || type === 'personal') {
        const admins = await identify.administrators();
        await context.sendActivity(texts.notRegistered(admins));
      } else {
        // Added to a team by someone not (yet) registered: the channel still learns what Husly is.
        const card = helpCard(texts, { isAdmin: false, inChannel: true });
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      }
      return;
    }
    setTurnInfo(context, {
      // Every read this turn is audited with where its answer is shown.
      actor: { ...actor.value, audience: type },
      texts,
      conversation: { id: channelConversationIdOf(activity), type, teamId: seen?.teamId ?? null },
    });
    if (isExecute) await answerInvoke(context, await this.deps.main.onExecute(context));
    else if (isMessage) await this.deps.main.onMessage(context);
    else
      await this.deps.main.onInstalled(
        context,
        type === 'personal' ? actor.value.staff.name.split(' ')[0] : undefined,
      );
  }
}

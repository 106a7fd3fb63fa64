import type { BotState, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { PersonalChat } from '../../dialogs/services.ts';
import { setTurnInfo, turnInfo } from '../../dialogs/turn-info.ts';
import type { UnitOfWork } from '../domain/common/unit-of-work.ts';
import { conversationFor } from './proactive.ts';
import { safe, type Logger } from '../log.ts';

/**
 * Answers a channel or group-chat request in the asker's personal chat with Husly: a proactive
 * continuation of that chat (stored reference), with the same actor and texts and the audience
 * set to personal. Its dialog state is the asker's state in that chat, saved afterwards.
 */
export class TeamsPersonalChat implements PersonalChat {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly uow: UnitOfWork,
    private readonly state: BotState,
    private readonly logger: Logger,
  ) {}

  async run(
    context: TurnContext,
    work: (personal: TurnContext) => Promise<void>,
  ): Promise<boolean> {
    const info = turnInfo(context);
    const ref = await conversationFor(this.uow, { staffId: info.actor.staff.id });
    if (!ref) return false;
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: ref.serviceUrl,
      bot: { id: ref.botId, name: 'Husly' },
      // The asker, so dialog state is theirs in that chat.
      user: {
        ...context.activity.from,
        id: context.activity.from.id,
        name: context.activity.from.name,
      },
      conversation: {
        id: ref.conversationId,
        conversationType: 'personal',
        tenantId: ref.tenantId,
        isGroup: false,
        name: '',
      },
    };
    let ran = false;
    await this.adapter.continueConversationAsync(this.appId, reference, async (personal) => {
      try {
        setTurnInfo(personal, {
          ...info,
          actor: { ...info.actor, audience: 'personal' },
          conversation: { id: ref.conversationId, type: 'personal', teamId: null },
        });
        await work(personal);
        await this.state.saveChanges(personal);
        ran = true;
      } catch (error) {
        // Inside a continuation botbuilder would swallow it; log ids only and report "not sent".
        this.logger.error({ event: 'personal-chat.error', code: safe((error as Error).name) });
      }
    });
    return ran;
  }
}

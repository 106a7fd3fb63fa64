import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { noticeCard } from '../../dialogs/cards/notice.cards.ts';
import { cardMessage } from '../../dialogs/reply.ts';
import { textsFor } from '../../dialogs/texts/index.ts';
import type { ConversationRef } from '../domain/conversation/conversation-ref.ts';
import { isReachable } from '../domain/conversation/conversation-ref.ts';
import type { Delivery, Notice, Notifier } from '../domain/notify/notifier.ts';
import type { UnitOfWork } from '../domain/shared/unit-of-work.ts';
import { safe, type Logger } from '../log.ts';

/**
 * Sends notices as proactive Teams messages through the stored conversation references.
 * A unit is reached in the channel an admin linked; a person in their personal chat with
 * Husly. Failures are returned, never thrown (CloudAdapter would swallow them otherwise).
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly uow: UnitOfWork,
    private readonly logger: Logger,
  ) {}

  async toUnitChannel(unitId: string, notice: Notice): Promise<Delivery> {
    const ref = await this.uow.run(async ({ org, conversations }) => {
      const channel = (await org.findUnitById(unitId))?.channelConversationId;
      return channel ? conversations.findByConversationId(channel) : null;
    });
    if (!isReachable(ref)) return this.undelivered(notice, 'no-channel');
    return this.send(ref!, notice);
  }

  async toStaff(staffId: string, notice: Notice): Promise<Delivery> {
    const ref = await this.uow.run(async ({ org, conversations }) => {
      const staff = await org.findStaffById(staffId);
      return staff ? conversations.findPersonalFor(staff.aadObjectId) : null;
    });
    if (!isReachable(ref)) return this.undelivered(notice, 'not-installed');
    return this.send(ref!, notice);
  }

  private async send(ref: ConversationRef, notice: Notice): Promise<Delivery> {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: ref.serviceUrl,
      bot: { id: ref.botId, name: 'Husly' },
      conversation: { id: ref.conversationId, conversationType: ref.conversationType, tenantId: ref.tenantId, isGroup: ref.conversationType !== 'personal', name: '' },
    };
    let activityId: string | undefined;
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      try {
        activityId = (await context.sendActivity(cardMessage(noticeCard(textsFor('nb'), notice))))?.id;
      } catch (error) {
        failure = error;
      }
    });
    if (failure || !activityId) {
      this.logger.warn({ event: 'notify.failed', kind: notice.kind, status: (failure as { statusCode?: number })?.statusCode, code: safe((failure as Error)?.name) });
      return { delivered: false, reason: 'failed' };
    }
    this.logger.info({ event: 'notify.sent', kind: notice.kind, conversationType: ref.conversationType });
    return { delivered: true, conversationId: ref.conversationId, activityId };
  }

  private undelivered(notice: Notice, reason: 'no-channel' | 'not-installed'): Delivery {
    this.logger.info({ event: 'notify.unreachable', kind: notice.kind, reason });
    return { delivered: false, reason };
  }
}

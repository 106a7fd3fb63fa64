import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { reminderCard } from '../../dialogs/cards/reminder.cards.ts';
import { cardMessage } from '../../dialogs/reply.ts';
import { textsFor } from '../../dialogs/texts/index.ts';
import { isReachable, type ConversationRef } from '../domain/conversation/conversation-ref.ts';
import type { Clock } from '../domain/shared/clock.ts';
import { classifyHttpFailure } from '../domain/reminder/delivery-policy.ts';
import type { SendRateLimiter } from '../domain/reminder/rate-limiter.ts';
import type { ReminderItem, ReminderNotifier, ReminderRecipient, ReminderSend } from '../domain/reminder/reminder-notifier.ts';
import type { UnitOfWork } from '../domain/shared/unit-of-work.ts';
import { safe, type Logger } from '../log.ts';

/**
 * Delivers reminder cards through stored conversation references: a person's personal chat or
 * a unit's linked channel. Sends are spaced by the rate limiter; a failure is classified for
 * the outbox (Retry-After, backoff, unreachable) instead of thrown.
 */
export class TeamsReminderNotifier implements ReminderNotifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly uow: UnitOfWork,
    private readonly limiter: SendRateLimiter,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  async send(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<ReminderSend> {
    const ref = await this.referenceFor(to);
    if (!ref) return { ok: false, failure: { kind: 'no-conversation' } };
    const slot = this.limiter.reserve(ref.conversationId, this.clock.now().getTime());
    const delay = slot - this.clock.now().getTime();
    if (delay > 0) await this.wait(delay);

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
        activityId = (await context.sendActivity(cardMessage(reminderCard(textsFor('nb'), items))))?.id;
      } catch (error) {
        failure = error;
      }
    });
    if (activityId && !failure) {
      this.logger.info({ event: 'reminder.sent', items: items.length, conversationType: ref.conversationType });
      return { ok: true, conversationId: ref.conversationId, activityId };
    }
    const err = failure as { statusCode?: number; response?: { headers?: { get?: (h: string) => string | undefined } } } | undefined;
    const classified = classifyHttpFailure(err?.statusCode, err?.response?.headers?.get?.('retry-after') ?? null, this.clock.now());
    if (classified.kind === 'unreachable') await this.uow.run(({ conversations }) => conversations.markUnreachable(ref.conversationId, this.clock.now()));
    if (classified.kind === 'throttled' && classified.retryAfterMs)
      this.limiter.holdConversation(ref.conversationId, this.clock.now().getTime() + classified.retryAfterMs);
    this.logger.warn({ event: 'reminder.failed', status: err?.statusCode, kind: classified.kind, code: safe((failure as Error | undefined)?.name) });
    return { ok: false, failure: classified };
  }

  private referenceFor(to: ReminderRecipient): Promise<ConversationRef | null> {
    return this.uow.run(async ({ org, conversations }) => {
      if (to.kind === 'unit') {
        const channel = (await org.findUnitById(to.unitId))?.channelConversationId;
        const ref = channel ? await conversations.findByConversationId(channel) : null;
        return isReachable(ref) ? ref : null;
      }
      const staff = await org.findStaffById(to.staffId);
      const ref = staff ? await conversations.findPersonalFor(staff.aadObjectId) : null;
      return isReachable(ref) ? ref : null;
    });
  }
}

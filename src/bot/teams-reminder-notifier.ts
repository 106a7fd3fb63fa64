import type { CloudAdapter } from 'botbuilder';
import { reminderCard } from '../../dialogs/cards/reminder.cards.ts';
import { formatDate } from '../../dialogs/cards/format.ts';
import { textsFor } from '../../dialogs/texts/index.ts';
import type { Clock } from '../domain/common/clock.ts';
import { classifyHttpFailure } from '../domain/reminder/delivery-policy.ts';
import type { SendRateLimiter } from '../domain/reminder/rate-limiter.ts';
import type { ReminderItem, ReminderNotifier, ReminderRecipient, ReminderSend } from '../domain/reminder/reminder-notifier.ts';
import type { UnitOfWork } from '../domain/common/unit-of-work.ts';
import { safe, type Logger } from '../log.ts';
import { conversationFor, sendCard, sendMessage } from './proactive.ts';

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
    private readonly sendTimeoutMs = 15_000,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** A plain text through the same limiter; failures are only logged (the rows are dead-lettered already). */
  async tellUndelivered(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<boolean> {
    const ref = await conversationFor(this.uow, to.kind === 'unit' ? { unitId: to.unitId } : { staffId: to.staffId });
    if (!ref) return false;
    const slot = this.limiter.reserve(ref.conversationId, this.clock.now().getTime());
    const delay = slot - this.clock.now().getTime();
    if (delay > 0) await this.wait(delay);
    const t = textsFor('nb').reminders;
    const text = t.undelivered(items.map((i) => t.undeliveredLine(i.reference, t.kinds[i.kind][0], formatDate(i.dueDate))));
    const sent = await sendMessage(this.adapter, this.appId, ref, { type: 'message', text }, { sdkRetries: false, timeoutMs: this.sendTimeoutMs });
    this.limiter.sent(ref.conversationId, slot, this.clock.now().getTime());
    if ('error' in sent) this.logger.warn({ event: 'reminder.undeliveredNotice.failed', code: safe((sent.error as { name?: string }).name) });
    return !('error' in sent);
  }

  async send(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<ReminderSend> {
    const ref = await conversationFor(this.uow, to.kind === 'unit' ? { unitId: to.unitId } : { staffId: to.staffId });
    if (!ref) return { ok: false, failure: { kind: 'no-conversation' } };
    const slot = this.limiter.reserve(ref.conversationId, this.clock.now().getTime());
    const delay = slot - this.clock.now().getTime();
    if (delay > 0) await this.wait(delay);

    const sent = await sendCard(this.adapter, this.appId, ref, reminderCard(textsFor('nb'), items), { sdkRetries: false, timeoutMs: this.sendTimeoutMs });
    this.limiter.sent(ref.conversationId, slot, this.clock.now().getTime());
    if (!('error' in sent)) {
      this.logger.info({ event: 'reminder.sent', items: items.length, conversationType: ref.conversationType });
      return { ok: true, conversationId: ref.conversationId, activityId: sent.activityId };
    }
    const err = sent.error as { statusCode?: number; name?: string; response?: { headers?: { get?: (h: string) => string | undefined } } };
    const classified = classifyHttpFailure(err.statusCode, err.response?.headers?.get?.('retry-after') ?? null, this.clock.now());
    if (classified.kind === 'unreachable') await this.uow.run(({ conversations }) => conversations.markUnreachable(ref.conversationId, this.clock.now()));
    if (classified.kind === 'throttled' && classified.retryAfterMs)
      this.limiter.holdConversation(ref.conversationId, this.clock.now().getTime() + classified.retryAfterMs);
    this.logger.warn({ event: 'reminder.failed', status: err.statusCode, kind: classified.kind, code: safe(err.name) });
    return { ok: false, failure: classified };
  }
}

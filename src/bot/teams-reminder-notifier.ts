import type { Activity, CloudAdapter } from 'botbuilder';
import { byUrgency, reminderCard } from '../../dialogs/cards/reminder.cards.ts';
import { formatDate } from '../../dialogs/cards/format.ts';
import type { Texts } from '../../dialogs/texts/index.ts';
import type { Clock } from '../domain/common/clock.ts';
import { localDate } from '../domain/common/local-date.ts';
import { SlotTooLate, type SendRateLimiter } from '../domain/reminder/rate-limiter.ts';
import type {
  ReminderItem,
  ReminderNotifier,
  ReminderRecipient,
  ReminderSend,
} from '../domain/reminder/reminder-notifier.ts';
import type { UnitOfWork } from '../domain/common/unit-of-work.ts';
import { safe, type Logger } from '../log.ts';
import { cardMessage } from '../../dialogs/reply.ts';
import { conversationFor, sendFailureOf, sendMessage, textsForConversation } from './proactive.ts';

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
    /** The municipality's time zone: which day is "i dag" on the cards. */
    private readonly timeZone: string,
    private readonly logger: Logger,
    private readonly sendTimeoutMs = 15_000,
  ) {}

  /**
   * A plain text through the same limiter; failures are
   * only logged (the rows are dead-lettered already).
   */
  async tellUndelivered(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<boolean> {
    const delivered = await this.deliver(to, (texts) => {
      const t = texts.reminders;
      const text = t.undelivered(
        byUrgency(items).map((i) =>
          t.undeliveredLine(i.reference, t.kinds[i.kind][0], formatDate(i.dueDate, texts.locale)),
        ),
      );
      return { type: 'message', text };
    });
    if (delivered && 'error' in delivered.sent)
      this.logger.warn({
        event: 'reminder.undeliveredNotice.failed',
        code: safe((delivered.sent.error as { name?: string }).name),
      });
    return delivered !== null && !('error' in delivered.sent);
  }

  async send(
    to: ReminderRecipient,
    items: readonly ReminderItem[],
    notAfter: Date,
  ): Promise<ReminderSend> {
    const today = localDate(this.clock.now(), this.timeZone);
    let delivered;
    try {
      delivered = await this.deliver(
        to,
        (texts) => cardMessage(reminderCard(texts, items, {}, today)),
        notAfter.getTime() - this.clock.now().getTime(),
      );
    } catch (error) {
      if (error instanceof SlotTooLate) return { ok: false, failure: { kind: 'late' } };
      throw error;
    }
    if (!delivered) return { ok: false, failure: { kind: 'no-conversation' } };
    const { ref, sent, failure } = delivered;
    if (!('error' in sent)) {
      this.logger.info({
        event: 'reminder.sent',
        items: items.length,
        conversationType: ref.conversationType,
      });
      return { ok: true, conversationId: ref.conversationId, activityId: sent.activityId };
    }
    const classified = failure ?? { kind: 'transient' };
    if (classified.kind === 'unreachable')
      await this.uow.run(({ conversations }) =>
        conversations.markUnreachable(ref.conversationId, this.clock.now()),
      );
    this.logger.warn({
      event: 'reminder.failed',
      status: (sent.error as { statusCode?: number }).statusCode,
      kind: classified.kind,
      code: safe((sent.error as { name?: string }).name),
    });
    return { ok: false, failure: classified };
  }

  /**
   * One message to a person or unit, in its slot of the rate limiter, without the SDK's retries.
   * `message` is written in the person's language, or bokmål for a unit's channel.
   */
  private async deliver(
    to: ReminderRecipient,
    message: (texts: Texts) => Partial<Activity>,
    withinMs = Infinity,
  ) {
    const ref = await conversationFor(
      this.uow,
      to.kind === 'unit' ? { unitId: to.unitId } : { staffId: to.staffId },
    );
    if (!ref) return null;
    // Built before the slot: in it, only the request itself, so it leaves on time.
    const activity = message(textsForConversation(ref));
    return this.limiter.inSlot(
      ref.conversationId,
      async () => {
        const sent = await sendMessage(this.adapter, this.appId, ref, activity, {
          sdkRetries: false,
          timeoutMs: this.sendTimeoutMs,
        });
        const failure = 'error' in sent ? sendFailureOf(sent.error, this.clock.now()) : null;
        // Held while still in the slot, so a send queued behind this one already waits for it.
        if (failure?.kind === 'throttled' && failure.retryAfterMs)
          this.limiter.holdConversation(ref.conversationId, failure.retryAfterMs);
        return { ref, sent, failure };
      },
      withinMs,
    );
  }
}

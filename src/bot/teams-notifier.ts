import type { CloudAdapter } from 'botbuilder';
import { noticeCard } from '../../dialogs/cards/notice.cards.ts';
import type { Delivery, Notice, Notifier } from '../domain/notify/notifier.ts';
import type { UnitOfWork } from '../domain/common/unit-of-work.ts';
import { safe, type Logger } from '../log.ts';
import { cardMessage } from '../../dialogs/reply.ts';
import { SendRateLimiter, SlotTooLate } from '../domain/reminder/rate-limiter.ts';
import { conversationFor, sendFailureOf, sendMessage, textsForConversation } from './proactive.ts';

/**
 * How long a notice may wait for its slot: it is sent in the turn of the person whose action
 * caused it (a hand-over, a new case), who must not wait behind a Retry-After of a minute.
 */
const IN_TURN_SLOT_MS = 2_000;

/**
 * Sends notices as proactive Teams messages through the stored conversation references.
 * A unit is reached in the channel an admin linked; a person in their personal chat with Husly.
 * One try: the services get it wrapped in the durable OutboxNotifier, which keeps and retries.
 * Sends are spaced by the same rate limiter as the reminders'.
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly uow: UnitOfWork,
    private readonly logger: Logger,
    private readonly sendTimeoutMs = 15_000,
    /** Shared with the reminders (main.ts); a script sending on its own gets one of its own. */
    private readonly limiter: SendRateLimiter = new SendRateLimiter(),
  ) {}

  toUnitChannel(unitId: string, notice: Notice): Promise<Delivery> {
    return this.send({ unitId }, notice, 'no-channel');
  }

  toStaff(staffId: string, notice: Notice): Promise<Delivery> {
    return this.send({ staffId }, notice, 'not-installed');
  }

  private async send(
    to: { unitId: string } | { staffId: string },
    notice: Notice,
    missing: 'no-channel' | 'not-installed',
  ): Promise<Delivery> {
    const ref = await conversationFor(this.uow, to);
    if (!ref) {
      this.logger.info({ event: 'notify.unreachable', kind: notice.kind, reason: missing });
      return { delivered: false, reason: missing };
    }
    // Without the SDK's own retries: a 429 or 5xx comes straight back, and the notice outbox
    // (OutboxNotifier) decides when to try again. A person reads it in their own language, a
    // unit's channel in bokmål. In a slot of the limiter the reminders use: one budget for both.
    const activity = cardMessage(noticeCard(textsForConversation(ref), notice));
    let attempt;
    try {
      attempt = await this.limiter.inSlot(
        ref.conversationId,
        async () => {
          const sent = await sendMessage(this.adapter, this.appId, ref, activity, {
            sdkRetries: false,
            timeoutMs: this.sendTimeoutMs,
          });
          const failure = 'error' in sent ? sendFailureOf(sent.error, new Date()) : null;
          if (failure?.kind === 'throttled' && failure.retryAfterMs)
            this.limiter.holdConversation(ref.conversationId, failure.retryAfterMs);
          return { sent, failure };
        },
        IN_TURN_SLOT_MS,
      );
    } catch (error) {
      if (!(error instanceof SlotTooLate)) throw error;
      // Held back (Teams asked this conversation to wait): the outbox tries again once the wait
      // is over, and the person whose turn sent it is answered now, told it is not there yet.
      this.logger.warn({ event: 'notify.failed', kind: notice.kind, failure: 'held' });
      return {
        delivered: false,
        reason: 'failed',
        failure: { kind: 'throttled', retryAfterMs: Math.ceil(error.waitMs) },
      };
    }
    const { sent, failure } = attempt;
    if ('error' in sent) {
      const err = sent.error as { statusCode?: number; name?: string };
      this.logger.warn({
        event: 'notify.failed',
        kind: notice.kind,
        status: err.statusCode,
        failure: failure?.kind,
        code: safe(err.name),
      });
      return { delivered: false, reason: 'failed', failure: failure ?? { kind: 'transient' } };
    }
    this.logger.info({
      event: 'notify.sent',
      kind: notice.kind,
      conversationType: ref.conversationType,
    });
    return { delivered: true, conversationId: ref.conversationId, activityId: sent.activityId };
  }
}

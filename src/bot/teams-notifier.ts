import type { CloudAdapter } from 'botbuilder';
import { noticeCard } from '../../dialogs/cards/notice.cards.ts';
import { textsFor } from '../../dialogs/texts/index.ts';
import type { Delivery, Notice, Notifier } from '../domain/notify/notifier.ts';
import type { UnitOfWork } from '../domain/common/unit-of-work.ts';
import { safe, type Logger } from '../log.ts';
import { conversationFor, sendCard } from './proactive.ts';

/**
 * Sends notices as proactive Teams messages through the stored conversation references.
 * A unit is reached in the channel an admin linked; a person in their personal chat with Husly.
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly uow: UnitOfWork,
    private readonly logger: Logger,
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
    const sent = await sendCard(this.adapter, this.appId, ref, noticeCard(textsFor('nb'), notice));
    if ('error' in sent) {
      const err = sent.error as { statusCode?: number; name?: string };
      this.logger.warn({
        event: 'notify.failed',
        kind: notice.kind,
        status: err.statusCode,
        code: safe(err.name),
      });
      return { delivered: false, reason: 'failed' };
    }
    this.logger.info({
      event: 'notify.sent',
      kind: notice.kind,
      conversationType: ref.conversationType,
    });
    return { delivered: true, conversationId: ref.conversationId, activityId: sent.activityId };
  }
}

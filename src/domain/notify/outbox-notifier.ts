import { randomUUID } from 'node:crypto';
import { recordCaseCard } from '../channel/unit-channel-cards.ts';
import type { Clock } from '../common/clock.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { seal, unseal } from '../identity/sealed-text.ts';
import { afterFailure, type RetryPolicy, type SendFailure } from '../reminder/delivery-policy.ts';
import {
  decodeNotice,
  encodeNotice,
  noticeCase,
  noticeKey,
  type NoticeOutbox,
  type NoticeRecipient,
  type NoticeRow,
} from './notice-outbox.ts';
import type { Delivery, Notice, Notifier } from './notifier.ts';

export interface OutboxNotifierOptions {
  /** Who this instance is, for leases. */
  readonly owner: string;
  readonly leaseMs: number;
  readonly batchSize: number;
  readonly retry: RetryPolicy;
  /** HUSLY_ID_SECRET: the payload is sealed with a key derived from it. */
  readonly secret: string;
}

export interface NoticeTickResult {
  readonly claimed: number;
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
}

/**
 * The `Notifier` services get: every notice is first written to the notice outbox (one row per
 * recipient, the notice sealed), then sent at once through the Teams notifier (`inner`) in the
 * user's turn. What did not go out stays pending and `tick` (the scheduler) tries again by the
 * reminders' delivery policy, until it is sent or dead-lettered. So a crash or a Teams hiccup
 * loses nothing, and `Delivery` tells the caller the truth: delivered, retrying, or not sent.
 *
 * A recipient Husly has no conversation with when the notice is first tried (no linked channel,
 * Husly not installed, app removed) is not retried: the caller is told at once and uses its own
 * fallbacks (the unit's leaders in person). Once a retry was promised, the same answer counts as
 * transient, like an unreachable reminder: someone may still link the channel.
 */
export class OutboxNotifier implements Notifier {
  constructor(
    private readonly outbox: NoticeOutbox,
    private readonly inner: Notifier,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly options: OutboxNotifierOptions,
    private readonly random: () => number = Math.random,
  ) {}

  toUnitChannel(unitId: string, notice: Notice, event?: string): Promise<Delivery> {
    return this.now({ kind: 'unit', id: unitId }, notice, event);
  }

  toStaff(staffId: string, notice: Notice, event?: string): Promise<Delivery> {
    return this.now({ kind: 'staff', id: staffId }, notice, event);
  }

  /** Sends what is due: retries, and rows whose sender died before settling them. */
  async tick(): Promise<NoticeTickResult> {
    const { owner, leaseMs, batchSize } = this.options;
    const started = this.clock.now().getTime();
    const rows = await this.outbox.claimDue(this.clock.now(), owner, leaseMs, batchSize);
    const result = { claimed: rows.length, sent: 0, retried: 0, dead: 0 };
    for (const row of rows) {
      // Past most of the lease another instance may take the rest over: leave them to it.
      if (this.clock.now().getTime() - started >= leaseMs * LEASE_USE) break;
      const plain = row.payload === null ? null : unseal(row.payload, this.options.secret);
      const notice = plain === null ? null : decodeNotice(plain);
      if (!notice) {
        if (await this.outbox.markDead(row.id, owner, 'PAYLOAD.UNREADABLE')) result.dead++;
        continue;
      }
      const current = await this.current(notice, row.recipient);
      if (!current) {
        // Overtaken while it waited (answered, moved, closed): live buttons would mislead.
        if (await this.outbox.markUnreachable(row.id, owner, 'notice.stale')) result.dead++;
        continue;
      }
      const delivery = await this.settle(row, current, await this.send(row.recipient, current), {
        late: true,
      });
      if (delivery.delivered) result.sent++;
      else if (delivery.retrying) result.retried++;
      else result.dead++;
    }
    return result;
  }

  /**
   * What a notice sent late should say now, or null when it no longer applies: a proposal or
   * level review already answered or withdrawn (its Godta/Avslå would mislead), or a case's
   * card for a channel whose unit no longer owns the case, or a closed case. A case's card
   * names who has the case now: taken meanwhile, it shows the saksansvarlig, not "Ta saken".
   */
  private async current(notice: Notice, recipient: NoticeRecipient): Promise<Notice | null> {
    if (notice.kind === 'case.handOverProposed' || notice.kind === 'case.levelReview') {
      const proposal = await this.uow.run(({ handOverProposals }) =>
        handOverProposals.findById(notice.proposalId),
      );
      return proposal?.status === 'pending' ? notice : null;
    }
    if (notice.kind !== 'case.forUnit' && notice.kind !== 'case.acute') return notice;
    const now = await this.uow.run(async ({ cases, org }) => {
      const kase = await cases.findById(notice.caseId);
      if (!kase) return null;
      const coordinator = kase.coordinatorId ? await org.findStaffById(kase.coordinatorId) : null;
      return { kase, coordinatorName: coordinator?.name ?? null };
    });
    if (
      !now ||
      now.kase.status === 'closed' ||
      (recipient.kind === 'unit' && now.kase.owningUnitId !== recipient.id)
    )
      return null;
    return now.coordinatorName ? { ...notice, coordinatorName: now.coordinatorName } : notice;
  }

  private async now(
    recipient: NoticeRecipient,
    notice: Notice,
    event: string | undefined,
  ): Promise<Delivery> {
    const { owner, leaseMs, secret } = this.options;
    let added: Awaited<ReturnType<NoticeOutbox['add']>>;
    try {
      added = await this.outbox.add(
        {
          key: noticeKey(event ?? randomUUID(), notice.kind, recipient),
          recipient,
          kind: notice.kind,
          ...noticeCase(notice),
          payload: seal(encodeNotice(notice), secret),
        },
        owner,
        this.clock.now(),
        leaseMs,
      );
    } catch {
      // The outbox could not be written (e.g. the database busy): a notifier never throws, so
      // try the send directly; the caller is told truthfully whether it arrived (no retry).
      return this.send(recipient, notice);
    }
    const { created, row } = added;
    if (!created) return deliveryOf(row);
    const delivery = await this.send(recipient, notice);
    try {
      return await this.settle(row, notice, delivery, { late: false });
    } catch {
      // Not settled: the row's lease runs out and the tick settles it (at most one duplicate).
      return delivery.delivered
        ? delivery
        : { delivered: false, reason: 'failed', failure: { kind: 'transient' }, retrying: true };
    }
  }

  private async send(recipient: NoticeRecipient, notice: Notice): Promise<Delivery> {
    try {
      return recipient.kind === 'unit'
        ? await this.inner.toUnitChannel(recipient.id, notice)
        : await this.inner.toStaff(recipient.id, notice);
    } catch {
      // E.g. the database busy while finding the conversation: the row is kept for a retry.
      return { delivered: false, reason: 'failed', failure: { kind: 'transient' } };
    }
  }

  private async settle(
    row: NoticeRow,
    notice: Notice,
    delivery: Delivery,
    { late }: { late: boolean },
  ): Promise<Delivery> {
    const { owner } = this.options;
    if (delivery.delivered) {
      await this.outbox.markSent(row.id, owner, delivery, this.clock.now());
      // A case's card reaching its unit's channel late is recorded as the card to redraw, as
      // UnitChannelCards records one sent at once.
      if (
        late &&
        row.recipient.kind === 'unit' &&
        (notice.kind === 'case.forUnit' || notice.kind === 'case.acute')
      )
        await recordCaseCard(this.uow, this.clock, row.recipient.id, notice.caseId, delivery);
      return delivery;
    }
    const failure: SendFailure =
      delivery.failure ??
      (delivery.reason === 'failed' ? { kind: 'transient' } : { kind: 'unreachable' });
    const error = delivery.reason === 'failed' ? `send.${failure.kind}` : delivery.reason;
    if (!late && failure.kind === 'unreachable') {
      await this.outbox.markUnreachable(row.id, owner, error);
      return { ...delivery, retrying: false };
    }
    const step = afterFailure(
      failure.kind === 'unreachable' ? { kind: 'transient' } : failure,
      row.attempts,
      this.clock.now(),
      this.options.retry,
      this.random,
    );
    if (step.kind === 'retry' && (await this.outbox.retryLater(row.id, owner, step.at, error)))
      return { ...delivery, retrying: true };
    await this.outbox.markDead(row.id, owner, error);
    return { ...delivery, retrying: false };
  }
}

/** What an earlier row for the same key says (the same event asked again). */
function deliveryOf(row: NoticeRow): Delivery {
  if (row.status === 'sent' && row.sentConversationId && row.sentActivityId)
    return {
      delivered: true,
      conversationId: row.sentConversationId,
      activityId: row.sentActivityId,
    };
  if (row.status === 'pending' || row.status === 'claimed')
    return { delivered: false, reason: 'failed', retrying: true };
  return {
    delivered: false,
    reason: row.status === 'unreachable' && row.recipient.kind === 'unit' ? 'no-channel' : 'failed',
    retrying: false,
  };
}

/** The share of a lease a tick may spend sending. */
const LEASE_USE = 0.8;

import type { Clock } from '../common/clock.ts';
import type { ReminderSettings } from './checkpoints.ts';
import { nextSendable } from './follow-up-plan.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { afterFailure, type RetryPolicy, type SendFailure } from './delivery-policy.ts';
import type { OutboxRow, ReminderOutbox } from './outbox.ts';
import { colleaguesIn, reminderItem } from './reminder-item.ts';
import type { ReminderItem, ReminderNotifier, ReminderRecipient, ReminderSend } from './reminder-notifier.ts';

export interface TickOptions {
  /** Who this scheduler instance is, for leases. */
  readonly owner: string;
  readonly leaseMs: number;
  readonly batchSize: number;
  readonly retry: RetryPolicy;
  readonly settings: ReminderSettings;
  readonly timeZone: string;
}

export interface TickResult {
  readonly claimed: number;
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
  /** Claimed outside working hours and put back until the next opening. */
  readonly deferred: number;
  readonly messages: number;
}

interface Route {
  /** Everyone who should get it. */
  readonly targets: readonly ReminderRecipient[];
  /** Tried when no target can be reached (app removed, no chat, no channel). */
  readonly fallback: readonly ReminderRecipient[];
}

/**
 * Sends due reminders. The scheduler calls `tick` on an interval; each call claims what is due
 * (with a lease), sends one message per recipient (a digest when several are due at once), and
 * settles every row: sent, retried later by the delivery policy, or dead-lettered — never dropped.
 */
export class ReminderService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: ReminderOutbox,
    private readonly notifier: ReminderNotifier,
    private readonly clock: Clock,
    private readonly options: TickOptions,
    private readonly random: () => number = Math.random,
  ) {}

  async tick(): Promise<TickResult> {
    const { owner, leaseMs, batchSize } = this.options;
    const rows = await this.outbox.claimDue(this.clock.now(), owner, leaseMs, batchSize);
    const result = { claimed: rows.length, sent: 0, retried: 0, dead: 0, deferred: 0, messages: 0 };
    const groups = new Map<string, { route: Route; rows: OutboxRow[]; items: ReminderItem[] }>();
    for (const row of rows) {
      // Practice reminders wait for working hours (e.g. after downtime); a legal deadline today does not.
      const sendable = this.sendableAt(row, this.clock.now());
      if (sendable > this.clock.now()) {
        if (await this.outbox.defer(row.id, owner, sendable)) result.deferred++;
        continue;
      }
      const resolved = await this.resolve(row);
      if (!resolved) {
        await this.settleFailure([row], { kind: 'rejected' }, 'CASE.NOT_FOUND', result);
        continue;
      }
      const id = resolved.route.targets.map(recipientKey).join('|');
      const group = groups.get(id) ?? { route: resolved.route, rows: [], items: [] };
      group.rows.push(row);
      group.items.push(resolved.item);
      groups.set(id, group);
    }
    for (const group of groups.values()) {
      let delivery = await this.sendToAll(group.route.targets, group.items, result);
      if (!delivery.ok && (delivery.failure.kind === 'unreachable' || delivery.failure.kind === 'no-conversation'))
        delivery = await this.sendToAll(group.route.fallback, group.items, result);
      if (delivery.ok) {
        for (const row of group.rows) if (await this.outbox.markSent(row.id, owner, delivery, this.clock.now())) result.sent++;
      } else {
        await this.settleFailure(group.rows, delivery.failure.kind === 'no-conversation' ? { kind: 'unreachable' } : delivery.failure, delivery.failure.kind, result);
      }
    }
    return result;
  }

  /**
   * Sends to every recipient; delivered if anyone got it. When nobody did, the answer is the
   * most hopeful failure: a throttle (the longest Retry-After) over a transient error over
   * unreachable, so the row is retried rather than given up too early.
   */
  private async sendToAll(recipients: readonly ReminderRecipient[], items: readonly ReminderItem[], result: { messages: number }): Promise<ReminderSend> {
    let delivered: ReminderSend | null = null;
    const failures: (SendFailure | { kind: 'no-conversation' })[] = [];
    for (const to of recipients) {
      const sent = await this.notifier.send(to, items);
      result.messages++;
      if (sent.ok) delivered ??= sent;
      else failures.push(sent.failure);
    }
    if (delivered) return delivered;
    const throttles = failures.filter((f): f is Extract<SendFailure, { kind: 'throttled' }> => f.kind === 'throttled');
    if (throttles.length) return { ok: false, failure: { kind: 'throttled', retryAfterMs: Math.max(...throttles.map((t) => t.retryAfterMs ?? 0)) || null } };
    const rank = ['transient', 'rejected', 'unreachable', 'no-conversation'] as const;
    const worst = failures.sort((a, b) => rank.indexOf(a.kind as (typeof rank)[number]) - rank.indexOf(b.kind as (typeof rank)[number]))[0];
    return { ok: false, failure: worst ?? { kind: 'no-conversation' } };
  }

  /** Unreachable everywhere counts as a transient failure: someone may install Husly or link a channel. */
  private async settleFailure(rows: readonly OutboxRow[], failure: SendFailure, error: string, result: { retried: number; dead: number }) {
    for (const row of rows) {
      const step = afterFailure(failure.kind === 'unreachable' ? { kind: 'transient' } : failure, row.attempts, this.clock.now(), this.options.retry, this.random);
      if (step.kind === 'retry' && (await this.outbox.retryLater(row.id, this.options.owner, this.sendableAt(row, step.at), error))) result.retried++;
      else if (step.kind !== 'retry' && (await this.outbox.markDead(row.id, this.options.owner, error))) result.dead++;
    }
  }

  private sendableAt(row: OutboxRow, at: Date): Date {
    return nextSendable(at, row, this.options.settings, this.options.timeZone);
  }

  /**
   * A handed-over copy to the colleague it was handed to; otherwise the coordinator personally; without one, the owning unit's channel (reference only) and the
   * unit's leaders; escalations go to the leaders. Fallbacks when no one can be reached.
   */
  private resolve(row: OutboxRow): Promise<{ route: Route; item: ReminderItem } | null> {
    return this.uow.run(async ({ cases, org }) => {
      const kase = await cases.findById(row.caseId);
      if (!kase) return null;
      const staff = await org.listStaffInUnit(kase.owningUnitId);
      const leaders = staff.filter((s) => s.role === 'leder').map((s): ReminderRecipient => ({ kind: 'staff', staffId: s.id }));
      const channel: ReminderRecipient = { kind: 'unit', unitId: kase.owningUnitId };
      const route: Route = row.assigneeId
        ? { targets: [{ kind: 'staff', staffId: row.assigneeId }], fallback: [channel, ...leaders] }
        : row.audience === 'coordinator' && kase.coordinatorId
          ? { targets: [{ kind: 'staff', staffId: kase.coordinatorId }], fallback: [channel, ...leaders] }
          : row.audience === 'coordinator'
            ? { targets: [channel, ...leaders], fallback: [] }
            : { targets: leaders.length ? leaders : [channel], fallback: leaders.length ? [channel] : [] };
      return { route, item: reminderItem(row, kase.reference, colleaguesIn(staff)) };
    });
  }
}

const recipientKey = (r: ReminderRecipient) => (r.kind === 'staff' ? `staff:${r.staffId}` : `unit:${r.unitId}`);

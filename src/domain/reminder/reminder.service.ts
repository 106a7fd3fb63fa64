import type { CaseRecord } from '../case/case.ts';
import type { Clock } from '../common/clock.ts';
import { isLeader, type Staff } from '../org/org.ts';
import type { ReminderSettings } from './checkpoints.ts';
import { nextSendable, UNTAKEN_KINDS } from './follow-up-plan.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { Lanes } from '../common/lanes.ts';
import { afterFailure, type RetryPolicy, type SendFailure } from './delivery-policy.ts';
import type { OutboxRow, ReminderOutbox } from './outbox.ts';
import { colleaguesIn, handedById, reminderItem } from './reminder-item.ts';
import { proposalIdOfKey } from '../ownership/hand-over-proposal.ts';
import type {
  ReminderItem,
  ReminderNotifier,
  ReminderRecipient,
  ReminderSend,
  NotSent,
} from './reminder-notifier.ts';

export interface TickOptions {
  /** Who this scheduler instance is, for leases. */
  readonly owner: string;
  readonly leaseMs: number;
  readonly batchSize: number;
  readonly retry: RetryPolicy;
  readonly settings: ReminderSettings;
  readonly timeZone: string;
  /**
   * Digests in flight at once (HUSLY_SEND_CONCURRENCY; default 1, one after another). A crash
   * can leave this many sent but not yet recorded: each is sent again, with the same key.
   */
  readonly concurrency?: number;
}

export interface TickResult {
  readonly claimed: number;
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
  /** Claimed outside working hours and put back until the next opening. */
  readonly deferred: number;
  /** Claimed for a case closed meanwhile: cancelled, not sent. */
  readonly cancelled: number;
  readonly messages: number;
}

/** TickResult as it is counted up. */
type Tally = { -readonly [K in keyof TickResult]: TickResult[K] };

interface Route {
  /** Everyone who should get it. */
  readonly targets: readonly ReminderRecipient[];
  /** Tried when no target can be reached (app removed, no chat, no channel). */
  readonly fallback: readonly ReminderRecipient[];
}

/** A digest on its way: to its targets, or (when none could be reached) to its fallbacks. */
interface Sending {
  readonly digest: Digest;
  readonly stopSendingAt: number;
  readonly fallback: boolean;
}

/** One message's worth: up to DIGEST_MAX_ITEMS reminders for the same recipients. */
interface Digest {
  readonly route: Route;
  readonly rows: OutboxRow[];
  readonly items: ReminderItem[];
}

/**
 * Sends due reminders. The scheduler calls `tick` on an interval; each call claims what is due
 * (with a lease), sends one message per recipient (a digest when several are due at once), and
 * settles every row: sent, retried later by the delivery policy, or dead-lettered — never
 * dropped.
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

  /**
   * Claims what is due and sends it. While a claimed batch was full, the next is claimed when
   * the last digests of this one are on their way (no more than `concurrency` left to start),
   * so the sends never pause at a batch boundary. `keepGoing` ends that early (the scheduler
   * stopping): what was claimed is still sent or settled.
   */
  async tick(keepGoing: () => boolean = () => true): Promise<TickResult> {
    const concurrency = this.options.concurrency ?? 1;
    const result: Tally = {
      claimed: 0,
      sent: 0,
      retried: 0,
      dead: 0,
      deferred: 0,
      cancelled: 0,
      messages: 0,
    };
    // Several digests in flight at once, so Teams' latency does not set the pace (the rate
    // limiter does); one recipient's digests still go one after another, in order. Counted in
    // messages: a digest to a unit's channel and its leaders is one message to each, all sent
    // before its rows are recorded, so at most `concurrency` are ever sent and not recorded.
    const recipients = (send: Sending) =>
      send.fallback ? send.digest.route.fallback : send.digest.route.targets;
    const lanes: Lanes<Sending> = new Lanes<Sending>(
      concurrency,
      (send) => recipients(send).map(recipientKey),
      (send) => this.deliver(send, keepGoing, result, (next) => lanes.add([next])),
      (send) => recipients(send).length,
    );
    try {
      for (;;) {
        const batch = await this.claimBatch(result);
        const { stopSendingAt } = batch;
        lanes.add(batch.digests.map((digest) => ({ digest, stopSendingAt, fallback: false })));
        if (!batch.full) break;
        await lanes.fewWaiting(concurrency);
        if (lanes.failed || !keepGoing()) break;
      }
    } catch (error) {
      // A claim failed: the tick still ends only when nothing it started is sending.
      await lanes.settled().catch(() => undefined);
      throw error;
    }
    await lanes.settled();
    return result;
  }

  /**
   * One batch claimed (with a lease) and made ready: rows outside working hours deferred, rows
   * of closed cases cancelled, the rest grouped into digests per recipient.
   */
  private async claimBatch(
    result: Tally,
  ): Promise<{ digests: Digest[]; stopSendingAt: number; full: boolean }> {
    const { owner, leaseMs, batchSize } = this.options;
    const claimedAt = this.clock.now().getTime();
    const rows = await this.outbox.claimDue(this.clock.now(), owner, leaseMs, batchSize);
    result.claimed += rows.length;
    // Stop sending well before the lease runs out (slow or hanging sends): after that another
    // instance may take the rows over, and a late send here would be a duplicate.
    const stopSendingAt = claimedAt + leaseMs * LEASE_USE;
    const groups = new Map<string, Digest>();
    const sendable: OutboxRow[] = [];
    for (const row of rows) {
      // Practice reminders wait for working hours (e.g.
      // after downtime); a legal deadline today does not.
      const at = this.sendableAt(row, this.clock.now());
      if (at <= this.clock.now()) sendable.push(row);
      else if (await this.outbox.defer(row.id, owner, at)) result.deferred++;
    }
    const { routes, closed } = await this.resolveAll(sendable);
    for (const row of sendable) {
      // The case was closed after this row was planned: it must not go out (nothing to follow up).
      if (closed.has(row.id)) {
        if (await this.outbox.cancelClaimed(row.id, owner)) result.cancelled++;
        continue;
      }
      const resolved = routes.get(row.id);
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
    return {
      digests: [...groups.values()].flatMap(inDigests),
      stopSendingAt,
      full: rows.length >= batchSize,
    };
  }

  /**
   * One digest: sent, and its rows settled. If no target can be reached, it is handed back
   * (`then`) to be sent to its fallbacks in a turn of their own, counted by their number.
   * Checked against the lease when its turn comes, which may be late in the tick.
   */
  private async deliver(
    send: Sending,
    keepGoing: () => boolean,
    result: Tally,
    then: (next: Sending) => void,
  ): Promise<void> {
    const { digest, stopSendingAt } = send;
    const { owner } = this.options;
    const putBack = async () => {
      for (const row of digest.rows)
        if (await this.outbox.defer(row.id, owner, this.clock.now())) result.deferred++;
    };
    // Late in the lease, or the server stopping: back unsent, for the next tick (or instance).
    if (this.clock.now().getTime() >= stopSendingAt || !keepGoing()) return putBack();
    const delivery = await this.sendToAll(
      send.fallback ? digest.route.fallback : digest.route.targets,
      digest.items,
      new Date(stopSendingAt),
      result,
    );
    if (
      !send.fallback &&
      digest.route.fallback.length > 0 &&
      !delivery.ok &&
      (delivery.failure.kind === 'unreachable' || delivery.failure.kind === 'no-conversation')
    )
      return then({ ...send, fallback: true });
    if (delivery.ok) {
      result.sent += await this.outbox.markSent(
        digest.rows.map((r) => r.id),
        owner,
        delivery,
        this.clock.now(),
      );
    } else {
      const { failure } = delivery;
      if (failure.kind === 'late') return putBack();
      const dead = await this.settleFailure(
        digest.rows,
        failure.kind === 'no-conversation' ? { kind: 'unreachable' } : failure,
        failure.kind,
        result,
      );
      // Refused outright (a 400: the card itself): the
      // people are reachable, so say so in plain text.
      if (failure.kind === 'rejected' && dead.length) {
        const items = digest.items.filter((i) => dead.includes(i.outboxKey));
        for (const to of digest.route.targets)
          if (await this.notifier.tellUndelivered(to, items)) break;
      }
    }
  }

  /**
   * Sends to every recipient; delivered if anyone got it. When nobody did, the answer is the
   * most hopeful failure: a throttle (the longest Retry-After) over a transient error over
   * unreachable, so the row is retried rather than given up too early.
   */
  private async sendToAll(
    recipients: readonly ReminderRecipient[],
    items: readonly ReminderItem[],
    notAfter: Date,
    result: { messages: number },
  ): Promise<ReminderSend> {
    let delivered: ReminderSend | null = null;
    const failures: (SendFailure | NotSent)[] = [];
    for (const to of recipients) {
      const sent = await this.notifier.send(to, items, notAfter);
      // No slot left in the lease: the rest would be late too. Delivered if someone got it.
      if (!sent.ok && sent.failure.kind === 'late') return delivered ?? sent;
      result.messages++;
      if (sent.ok) delivered ??= sent;
      else failures.push(sent.failure);
    }
    if (delivered) return delivered;
    const throttles = failures.filter(
      (f): f is Extract<SendFailure, { kind: 'throttled' }> => f.kind === 'throttled',
    );
    if (throttles.length)
      return {
        ok: false,
        failure: {
          kind: 'throttled',
          retryAfterMs: Math.max(...throttles.map((t) => t.retryAfterMs ?? 0)) || null,
        },
      };
    const rank = ['transient', 'rejected', 'unreachable', 'no-conversation'] as const;
    const worst = failures.sort(
      (a, b) =>
        rank.indexOf(a.kind as (typeof rank)[number]) -
        rank.indexOf(b.kind as (typeof rank)[number]),
    )[0];
    return { ok: false, failure: worst ?? { kind: 'no-conversation' } };
  }

  /**
   * Retry or dead-letter by the delivery policy; returns the keys dead-lettered now. Unreachable
   * everywhere counts as a transient failure: someone may install Husly or link a channel.
   */
  private async settleFailure(
    rows: readonly OutboxRow[],
    failure: SendFailure,
    error: string,
    result: { retried: number; dead: number },
  ): Promise<string[]> {
    const dead: string[] = [];
    for (const row of rows) {
      const step = afterFailure(
        failure.kind === 'unreachable' ? { kind: 'transient' } : failure,
        row.attempts,
        this.clock.now(),
        this.options.retry,
        this.random,
      );
      if (
        step.kind === 'retry' &&
        (await this.outbox.retryLater(
          row.id,
          this.options.owner,
          this.sendableAt(row, step.at),
          error,
        ))
      )
        result.retried++;
      else if (
        step.kind !== 'retry' &&
        (await this.outbox.markDead(row.id, this.options.owner, error))
      ) {
        result.dead++;
        dead.push(row.key);
      }
    }
    return dead;
  }

  private sendableAt(row: OutboxRow, at: Date): Date {
    return nextSendable(at, row, this.options.settings, this.options.timeZone);
  }

  /**
   * A handed-over copy to the colleague it was handed to; otherwise the coordinator personally;
   * without one, the owning unit's channel (reference only) and the unit's leaders; escalations
   * go to the leaders. Fallbacks when no one can be reached. One read for the whole batch, each
   * case and unit looked up once, so a tick's cost follows the number of cases due.
   */
  private resolveAll(
    rows: readonly OutboxRow[],
  ): Promise<{ routes: Map<string, { route: Route; item: ReminderItem }>; closed: Set<string> }> {
    return this.uow.run(async ({ cases, org, handOverProposals }) => {
      const caseById = new Map<string, Promise<CaseRecord | null>>();
      const staffByUnit = new Map<string, Promise<Staff[]>>();
      const resolved = new Map<string, { route: Route; item: ReminderItem }>();
      const closed = new Set<string>();
      for (const row of rows) {
        let found = caseById.get(row.caseId);
        if (!found) caseById.set(row.caseId, (found = cases.findById(row.caseId)));
        const kase = await found;
        if (!kase) continue;
        // Closed meanwhile; or taken meanwhile, for an "untaken" escalation; or a legal
        // checkpoint's channel copy while nobody has the case (the main row goes there already).
        if (
          // A living plan's reminders go on after its case closed (the planner stops them when
          // the plan closes).
          (kase.status === 'closed' && !row.key.startsWith('plan:')) ||
          (isUntakenKind(row.kind) && kase.coordinatorId !== null) ||
          (row.audience === 'unit' && kase.coordinatorId === null && !row.assigneeId)
        ) {
          closed.add(row.id);
          continue;
        }
        // An unanswered hand-over proposal goes to the receiving unit's leaders (its channel if
        // it has none), and not at all once the proposal is answered or withdrawn.
        const proposalId = row.kind === 'handover.unanswered' ? proposalIdOfKey(row.key) : null;
        if (row.kind === 'handover.unanswered') {
          const proposal = proposalId ? await handOverProposals.findById(proposalId) : null;
          if (!proposal || proposal.status !== 'pending') {
            closed.add(row.id);
            continue;
          }
          resolved.set(row.id, {
            route: leadersOf(proposal.toUnitId, await org.listStaffInUnit(proposal.toUnitId)),
            item: reminderItem(row, kase.reference, [], null),
          });
          continue;
        }
        let inUnit = staffByUnit.get(kase.owningUnitId);
        if (!inUnit)
          staffByUnit.set(kase.owningUnitId, (inUnit = org.listStaffInUnit(kase.owningUnitId)));
        const staff = await inUnit;
        const handedBy = await handedById(row, this.outbox);
        const handedByName = handedBy ? ((await org.findStaffById(handedBy))?.name ?? null) : null;
        resolved.set(row.id, {
          route: routeFor(row, kase, staff),
          item: reminderItem(row, kase.reference, colleaguesIn(staff), handedByName),
        });
      }
      return { routes: resolved, closed };
    });
  }
}

/** A unit's leaders personally, its channel if it has none (and as the fallback). */
function leadersOf(unitId: string, staff: readonly Staff[]): Route {
  const leaders = staff
    .filter(isLeader)
    .map((s): ReminderRecipient => ({ kind: 'staff', staffId: s.id }));
  const channel: ReminderRecipient = { kind: 'unit', unitId };
  return leaders.length
    ? { targets: leaders, fallback: [channel] }
    : { targets: [channel], fallback: [] };
}

function routeFor(row: OutboxRow, kase: CaseRecord, staff: readonly Staff[]): Route {
  const leaders = staff
    .filter(isLeader)
    .map((s): ReminderRecipient => ({ kind: 'staff', staffId: s.id }));
  const channel: ReminderRecipient = { kind: 'unit', unitId: kase.owningUnitId };
  if (row.assigneeId)
    return {
      targets: [{ kind: 'staff', staffId: row.assigneeId }],
      fallback: [channel, ...leaders],
    };
  if (row.audience === 'coordinator' && kase.coordinatorId)
    return {
      targets: [{ kind: 'staff', staffId: kase.coordinatorId }],
      fallback: [channel, ...leaders],
    };
  if (row.audience === 'coordinator') return { targets: [channel, ...leaders], fallback: [] };
  if (row.audience === 'unit') return { targets: [channel], fallback: leaders };
  return {
    targets: leaders.length ? leaders : [channel],
    fallback: leaders.length ? [channel] : [],
  };
}

/**
 * The share of a lease a tick may spend sending; the rest
 * is a margin before another instance may take over.
 */
const LEASE_USE = 0.8;

/**
 * At most this many reminders in one digest card: Teams refuses messages over about 28 KB, and
 * a long card is not read anyway. More due at once for one person become several digests.
 */
const DIGEST_MAX_ITEMS = 10;

/** One recipient's reminders as digests of at most DIGEST_MAX_ITEMS. */
function inDigests<G extends { rows: OutboxRow[]; items: ReminderItem[] }>(group: G): G[] {
  const out: G[] = [];
  for (let i = 0; i < group.rows.length; i += DIGEST_MAX_ITEMS)
    out.push({
      ...group,
      rows: group.rows.slice(i, i + DIGEST_MAX_ITEMS),
      items: group.items.slice(i, i + DIGEST_MAX_ITEMS),
    });
  return out;
}

const recipientKey = (r: ReminderRecipient) =>
  r.kind === 'staff' ? `staff:${r.staffId}` : `unit:${r.unitId}`;

const isUntakenKind = (kind: string) => (UNTAKEN_KINDS as readonly string[]).includes(kind);

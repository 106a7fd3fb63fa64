import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../src/domain/reminder/checkpoints.ts';
import { DEFAULT_RETRY_POLICY } from '../../../../src/domain/reminder/delivery-policy.ts';
import { SendRateLimiter, SlotTooLate } from '../../../../src/domain/reminder/rate-limiter.ts';
import type {
  ReminderItem,
  ReminderNotifier,
  ReminderRecipient,
  ReminderSend,
} from '../../../../src/domain/reminder/reminder-notifier.ts';
import type { ReminderOutbox } from '../../../../src/domain/reminder/outbox.ts';
import { ReminderService } from '../../../../src/domain/reminder/reminder.service.ts';
import { InMemoryReminderOutbox } from '../../../fakes/in-memory-outbox.ts';
import { present } from '../../../helpers/assert-present.ts';
import { VirtualTime } from '../../../helpers/virtual-time.ts';
import { reminderFixture, TZ } from './reminder-fixture.ts';

interface Send {
  readonly conversation: string;
  readonly keys: readonly string[];
  readonly start: number;
  readonly end: number;
}

/**
 * Teams as the notifier sees it: each send waits for its slot in the real rate limiter, then
 * takes `latencyMs` of virtual time to be answered. Records when each was in flight.
 */
class SlowNotifier implements ReminderNotifier {
  readonly sends: Send[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Most messages at once sent (or on their way) whose reminders are not yet recorded as sent. */
  maxUnrecorded = 0;
  /** Whether a reminder is recorded as sent: the outbox, once the test has it. */
  recorded: (key: string) => boolean = () => false;

  constructor(
    private readonly time: VirtualTime,
    private readonly limiter: SendRateLimiter,
    private readonly latencyMs: number,
  ) {}

  async send(
    to: ReminderRecipient,
    items: readonly ReminderItem[],
    notAfter: Date,
  ): Promise<ReminderSend> {
    const conversation = `conv-${to.kind === 'staff' ? to.staffId : to.unitId}`;
    const send = async (): Promise<ReminderSend> => {
      const start = this.time.ms();
      this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
      const unrecorded = this.sends.filter((s) => s.keys.some((k) => !this.recorded(k))).length;
      this.maxUnrecorded = Math.max(this.maxUnrecorded, unrecorded + this.inFlight);
      await this.time.wait(this.latencyMs);
      this.inFlight--;
      const keys = items.map((i) => i.outboxKey);
      this.sends.push({ conversation, keys, start, end: this.time.ms() });
      return { ok: true, conversationId: conversation, activityId: `act-${this.sends.length}` };
    };
    try {
      return await this.limiter.inSlot(
        conversation,
        send,
        notAfter.getTime() - this.time.now().getTime(),
      );
    } catch (error) {
      if (error instanceof SlotTooLate) return { ok: false, failure: { kind: 'late' } };
      throw error;
    }
  }

  async tellUndelivered(): Promise<boolean> {
    return true;
  }
}

/**
 * One registered case, and for each entry of `perRecipient` that many legal-deadline reminders
 * due now, handed to their own recipient (`p0`, `p1`, …): each recipient is one conversation.
 */
async function sending(options: {
  perRecipient: readonly number[];
  concurrency: number;
  perSecond: number;
  latencyMs: number;
  leaseMs?: number;
  batchSize?: number;
  /** Reminders with no one assigned on a case without a coordinator: to the unit and leaders. */
  unassigned?: number;
  /** Wraps the outbox the service uses (a database that fails, say). */
  outbox?: (outbox: InMemoryReminderOutbox) => ReminderOutbox;
}) {
  const fixture = await reminderFixture();
  // Owned by NAV, whose leader gets the unassigned reminders beside the unit's channel.
  if (options.unassigned) await fixture.routeEvictionsTo('nav-bolig');
  const caseId = (await fixture.report({}, 'concurrency')).kase.id;
  const time = new VirtualTime(fixture.clock.now().getTime());
  const outbox = new InMemoryReminderOutbox();
  let n = 0;
  for (const [recipient, count] of options.perRecipient.entries())
    for (let i = 0; i < count; i++)
      await outbox.enqueue({
        key: `p${recipient}:${String(i).padStart(2, '0')}`,
        caseId,
        kind: 'F0',
        basis: 'law',
        dueDate: '2026-11-23',
        legalDeadline: '2026-11-23',
        audience: 'coordinator',
        measureId: null,
        assigneeId: `p${recipient}`,
        nextAttemptAt: new Date(time.now().getTime() - 60_000 + n++),
      });
  for (let i = 0; i < (options.unassigned ?? 0); i++)
    await outbox.enqueue({
      key: `unit:${i}`,
      caseId,
      kind: 'F0',
      basis: 'law',
      dueDate: '2026-11-23',
      legalDeadline: '2026-11-23',
      audience: 'coordinator',
      measureId: null,
      assigneeId: null,
      nextAttemptAt: new Date(time.now().getTime() - 120_000 + i),
    });
  const limiter = new SendRateLimiter(1000, options.perSecond, 15, time.timing);
  const notifier = new SlowNotifier(time, limiter, options.latencyMs);
  notifier.recorded = (key) => outbox.rows.some((r) => r.key === key && r.status === 'sent');
  const used = options.outbox?.(outbox) ?? outbox;
  const service = new ReminderService(fixture.husly, used, notifier, time, {
    owner: 'A',
    leaseMs: options.leaseMs ?? 600_000,
    batchSize: options.batchSize ?? 1000,
    retry: DEFAULT_RETRY_POLICY,
    settings: DEFAULT_REMINDER_SETTINGS,
    timeZone: TZ,
    concurrency: options.concurrency,
  });
  return {
    time,
    outbox,
    notifier,
    limiter,
    tick: (keepGoing?: () => boolean) => time.run(service.tick(keepGoing)),
  };
}

const lastEnd = (sends: readonly Send[]) => Math.max(...sends.map((s) => s.end));

describe('sending reminders several at a time', () => {
  it('keeps N in flight: about N per latency, never more than N at once', async () => {
    const many = Array.from({ length: 60 }, () => 1);
    const parallel = await sending({
      perRecipient: many,
      concurrency: 6,
      perSecond: 50,
      latencyMs: 150,
    });
    const result = await parallel.tick();
    assert.deepEqual([result.sent, result.messages], [60, 60]);
    assert.equal(parallel.notifier.maxInFlight, 6);
    // 60 sends of 150 ms, 6 at a time: 1.5 s (6 / 0.15 s = 40/s, inside the budget of 50/s).
    const took = lastEnd(parallel.notifier.sends);
    assert.ok(took >= 1500 && took <= 1700, `${took} ms for 60 sends, 6 at a time`);

    const oneByOne = await sending({
      perRecipient: many,
      concurrency: 1,
      perSecond: 50,
      latencyMs: 150,
    });
    await oneByOne.tick();
    assert.equal(oneByOne.notifier.maxInFlight, 1);
    assert.ok(lastEnd(oneByOne.notifier.sends) >= 60 * 150, 'one at a time: 9 s');
  });

  it('keeps the budget, and each conversation in order, one at a time, 1 s apart', async () => {
    // Four people with 25 reminders each (three digests: 10, 10, 5) and twenty with one.
    const { notifier, tick } = await sending({
      perRecipient: [25, 25, 25, 25, ...Array.from({ length: 20 }, () => 1)],
      concurrency: 8,
      perSecond: 10,
      latencyMs: 150,
    });
    const result = await tick();
    assert.deepEqual([result.sent, result.messages], [120, 32]);
    assert.ok(notifier.maxInFlight <= 8, `${notifier.maxInFlight} in flight`);
    const starts = notifier.sends.map((s) => s.start).sort((a, b) => a - b);
    for (const [i, start] of starts.slice(10).entries())
      assert.ok(start - present(starts[i], 'a start') >= 1000, `11 sends within 1 s at ${start}`);
    // The budget, not the latency, sets the pace: 32 messages at 10/s.
    assert.ok(lastEnd(notifier.sends) <= 4000, `${lastEnd(notifier.sends)} ms`);

    for (const person of ['p0', 'p1', 'p2', 'p3']) {
      const mine = notifier.sends.filter((s) => s.conversation === `conv-${person}`);
      const keys = mine.flatMap((s) => s.keys);
      assert.deepEqual(
        keys,
        Array.from({ length: 25 }, (_, i) => `${person}:${String(i).padStart(2, '0')}`),
        'each reminder once, in order',
      );
      for (const [i, later] of mine.slice(1).entries()) {
        const earlier = present(mine[i], 'the earlier send');
        assert.ok(
          later.start >= earlier.end + 1000,
          `${person}: ${later.start} ≥ ${earlier.end}+1s`,
        );
      }
    }
  });

  it('does not start a send late in the lease: those go back unsent and uncounted', async () => {
    // Two at a time, 10 s each, lease 60 s: sending stops at 48 s (80 %).
    const { notifier, outbox, tick } = await sending({
      perRecipient: Array.from({ length: 20 }, () => 1),
      concurrency: 2,
      perSecond: 50,
      latencyMs: 10_000,
      leaseMs: 60_000,
    });
    const result = await tick();
    assert.deepEqual([result.sent, result.deferred], [10, 10]);
    assert.ok(
      notifier.sends.every((s) => s.start < 48_000),
      `started at ${notifier.sends.map((s) => s.start).join(', ')}`,
    );
    assert.equal(notifier.maxInFlight, 2);
    const back = outbox.rows.filter((r) => r.status === 'pending');
    assert.equal(back.length, 10);
    assert.ok(
      back.every((r) => r.attempts === 0),
      'not counted as an attempt',
    );
  });

  it('claims the next batch while the last of this one are sent: no pause between', async () => {
    const people = Array.from({ length: 60 }, () => 1);
    const whole = await sending({
      perRecipient: people,
      concurrency: 6,
      perSecond: 50,
      latencyMs: 150,
    });
    await whole.tick();
    const inBatches = await sending({
      perRecipient: people,
      concurrency: 6,
      perSecond: 50,
      latencyMs: 150,
      batchSize: 20,
    });
    const result = await inBatches.tick();
    // One tick, three batches of 20, as fast as one batch of 60, and never more than 6 at once.
    assert.deepEqual([result.claimed, result.sent], [60, 60]);
    assert.equal(inBatches.notifier.maxInFlight, 6);
    const [took, tookWhole] = [lastEnd(inBatches.notifier.sends), lastEnd(whole.notifier.sends)];
    assert.ok(took <= tookWhole + 150, `${took} ms in batches of 20, ${tookWhole} ms in one`);
    const starts = inBatches.notifier.sends.map((s) => s.start).sort((a, b) => a - b);
    const gaps = starts.slice(1).map((start, i) => start - present(starts[i], 'a start'));
    assert.ok(Math.max(...gaps) <= 150, `longest pause between sends ${Math.max(...gaps)} ms`);
  });

  it('stops claiming when the scheduler stops, and puts back what it claimed', async () => {
    const { outbox, notifier, tick } = await sending({
      perRecipient: Array.from({ length: 60 }, () => 1),
      concurrency: 6,
      perSecond: 50,
      latencyMs: 150,
      batchSize: 20,
    });
    const result = await tick(() => false);
    assert.deepEqual([result.claimed, result.sent, result.deferred], [20, 0, 20]);
    assert.equal(notifier.sends.length, 0);
    assert.equal(outbox.rows.filter((r) => r.status === 'pending').length, 60);
  });

  it('does not wait past the lease for a slot (Retry-After): back unsent, no attempt', async () => {
    const { notifier, outbox, limiter, time, tick } = await sending({
      perRecipient: [1, 1, 1],
      concurrency: 2,
      perSecond: 50,
      latencyMs: 150,
      leaseMs: 60_000,
    });
    // Teams said to wait an hour before the next message to p0's chat.
    limiter.holdConversation('conv-p0', 3_600_000);
    const result = await tick();
    assert.deepEqual([result.sent, result.deferred], [2, 1]);
    assert.deepEqual(
      notifier.sends.map((s) => s.conversation),
      ['conv-p1', 'conv-p2'],
    );
    assert.ok(time.ms() < 5_000, `the tick took ${time.ms()} ms`);
    const p0 = present(
      outbox.rows.find((r) => r.key.startsWith('p0:')),
      'p0’s row',
    );
    assert.deepEqual([p0.status, p0.attempts], ['pending', 0]);
  });

  it('when the next claim fails, ends only after the sends it started have settled', async () => {
    let claims = 0;
    const { notifier, tick } = await sending({
      perRecipient: Array.from({ length: 30 }, () => 1),
      concurrency: 4,
      perSecond: 50,
      latencyMs: 150,
      batchSize: 10,
      outbox: (inner) =>
        new Proxy(inner, {
          get: (target, name, receiver) =>
            name === 'claimDue'
              ? (...args: Parameters<ReminderOutbox['claimDue']>) =>
                  ++claims === 2
                    ? Promise.reject(new Error('database gone'))
                    : target.claimDue(...args)
              : (Reflect.get(target, name, receiver) as unknown),
        }),
    });
    await assert.rejects(tick(), /database gone/);
    // The first batch's sends have all been answered (and recorded) before the tick ended.
    assert.equal(notifier.inFlight, 0, 'a send still in flight after the tick ended');
    assert.ok(
      notifier.sends.length >= 6 && notifier.sends.length <= 10,
      `${notifier.sends.length}`,
    );
  });

  it('puts back what has not started when the server stops mid-tick', async () => {
    const { notifier, outbox, tick } = await sending({
      perRecipient: Array.from({ length: 40 }, () => 1),
      concurrency: 4,
      perSecond: 50,
      latencyMs: 150,
      batchSize: 1000,
    });
    // Stopping once 8 have been answered.
    const result = await tick(() => notifier.sends.length < 8);
    // At most the four in flight when it was told to stop are finished; the rest wait unsent.
    assert.ok(result.sent >= 8 && result.sent <= 11, `${result.sent} sent`);
    assert.equal(result.sent + result.deferred, 40);
    const pending = outbox.rows.filter((r) => r.status === 'pending');
    assert.equal(pending.length, result.deferred);
    assert.ok(pending.every((r) => r.attempts === 0));
  });

  it('counts a digest to several people as that many messages in the crash bound', async () => {
    // 25 reminders for the unit's channel and its leader (three digests, two messages each), due
    // before 20 single ones; two messages at a time at most, sent or not yet recorded.
    const { notifier, outbox, tick } = await sending({
      perRecipient: Array.from({ length: 20 }, () => 1),
      unassigned: 25,
      concurrency: 2,
      perSecond: 50,
      latencyMs: 150,
    });
    const result = await tick();
    assert.equal(result.sent, 45);
    const shared = notifier.sends.filter((s) => s.keys.some((k) => k.startsWith('unit:')));
    assert.equal(new Set(shared.map((s) => s.conversation)).size, 2, 'the channel and the leader');
    assert.equal(shared.length, 6);
    assert.ok(outbox.rows.every((r) => r.status === 'sent'));
    assert.ok(notifier.maxUnrecorded <= 2, `${notifier.maxUnrecorded} messages unrecorded at once`);
  });
});

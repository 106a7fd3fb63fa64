import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  afterFailure,
  classifyHttpFailure,
  DEFAULT_RETRY_POLICY as P,
  parseRetryAfter,
} from '../../../../src/domain/reminder/delivery-policy.ts';
import { SendRateLimiter } from '../../../../src/domain/reminder/rate-limiter.ts';
import { present } from '../../../helpers/assert-present.ts';
import { VirtualTime } from '../../../helpers/virtual-time.ts';

const now = new Date('2026-11-23T09:00:00Z');

/** Each time in a sorted list, paired with the time `n` places later. */
const apart = (sorted: readonly number[], n: number): [number, number][] =>
  sorted.slice(n).map((later, i) => [present(sorted[i], `time ${i}`), later]);

describe('delivery policy', () => {
  it('classifies Bot Connector answers', () => {
    assert.deepEqual(classifyHttpFailure(429, '3', now), { kind: 'throttled', retryAfterMs: 3000 });
    assert.deepEqual(classifyHttpFailure(429, undefined, now), {
      kind: 'throttled',
      retryAfterMs: null,
    });
    for (const s of [412, 502, 503, 504, undefined])
      assert.deepEqual(classifyHttpFailure(s, null, now), { kind: 'transient' }, String(s));
    for (const s of [403, 404])
      assert.deepEqual(classifyHttpFailure(s, null, now), { kind: 'unreachable' });
    assert.deepEqual(classifyHttpFailure(400, null, now), { kind: 'rejected' });
    assert.equal(parseRetryAfter('Mon, 23 Nov 2026 09:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('soon', now), null);
  });

  it('honours Retry-After: the retry is never earlier than asked', () => {
    for (const r of [0, 0.5, 0.999]) {
      const step = afterFailure({ kind: 'throttled', retryAfterMs: 4000 }, 1, now, P, () => r);
      assert.equal(step.kind, 'retry');
      const delay = (step as { at: Date }).at.getTime() - now.getTime();
      assert.ok(delay >= 4000 && delay <= 4400, String(delay));
    }
  });

  it('5xx: capped exponential backoff with jitter, then dead-letter; 403/404: fall back', () => {
    const delay = (attempts: number, r: number) => {
      const step = afterFailure({ kind: 'transient' }, attempts, now, P, () => r);
      return step.kind === 'retry' ? step.at.getTime() - now.getTime() : -1;
    };
    assert.deepEqual(
      [delay(0, 1), delay(1, 1), delay(2, 1)],
      [P.baseDelayMs, 2 * P.baseDelayMs, 4 * P.baseDelayMs],
    );
    assert.equal(delay(1, 0), P.baseDelayMs, 'jitter never below half');
    const late = afterFailure({ kind: 'transient' }, 10, now, P, () => 1);
    assert.equal(
      late.kind === 'retry' && late.at.getTime() - now.getTime(),
      P.maxDelayMs,
      'capped',
    );
    assert.equal(
      afterFailure({ kind: 'transient' }, 20, now, { ...P, maxAttempts: 50 }, () => 1).kind,
      'retry',
    );
    assert.ok(delay(4, 1) <= P.maxDelayMs);
    assert.deepEqual(afterFailure({ kind: 'transient' }, P.maxAttempts - 1, now, P), {
      kind: 'dead',
    });
    assert.deepEqual(afterFailure({ kind: 'unreachable' }, 0, now, P), { kind: 'fallback' });
    assert.deepEqual(afterFailure({ kind: 'rejected' }, 0, now, P), { kind: 'dead' });
  });
});

describe('SendRateLimiter', () => {
  it('keeps one conversation at one message per second', () => {
    const limiter = new SendRateLimiter(1000, 20);
    assert.deepEqual(
      [0, 1, 2].map(() => limiter.reserve('a', 0)),
      [0, 1000, 2000],
    );
  });

  it('never books more than the global cap in any one-second window, whatever the order', () => {
    const limiter = new SendRateLimiter(1000, 20, 15, { now: () => 0, wait: async () => {} });
    const times: number[] = [];
    limiter.holdConversation('late', 500);
    times.push(limiter.reserve('late', 0));
    for (let i = 0; i < 300; i++)
      times.push(limiter.reserve(`c${i % 120}`, Math.floor(i / 10) * 10));
    times.sort((a, b) => a - b);
    for (const [earlier, later] of apart(times, 20))
      assert.ok(later - earlier >= 1000, `21 sends within a second at ${earlier}`);
    const span = present(times.at(-1), 'the last send') - present(times[0], 'the first send');
    assert.ok(span <= 301 * 50 + 1000, `no capacity wasted: ${span} ms for 301 sends`);
  });

  it('catches up after a pause without ever putting more than the cap in a window', () => {
    const limiter = new SendRateLimiter(1000, 30);
    const first = Array.from({ length: 30 }, (_, i) => limiter.reserve(`a${i}`, i * 34));
    const afterPause = Array.from({ length: 10 }, (_, i) => limiter.reserve(`b${i}`, 1200));
    const all = [...first, ...afterPause].sort((a, b) => a - b);
    for (const [earlier, later] of apart(all, 30))
      assert.ok(later - earlier >= 1000, `31 sends within a second at ${earlier}`);
    const firstAfter = present(afterPause[0], 'the first send after the pause');
    const secondAfter = present(afterPause[1], 'the second send after the pause');
    assert.ok(secondAfter - firstAfter < 1000 / 30, 'faster than even spacing while there is room');
  });

  it('sends one at a time to a conversation, in order, 1 s after the last one ended', async () => {
    const time = new VirtualTime();
    const limiter = new SendRateLimiter(1000, 20, 15, time.timing);
    const sends: { to: string; n: number; start: number; end: number }[] = [];
    const send = (to: string, n: number, takesMs: number) =>
      limiter.inSlot(to, async () => {
        const start = time.ms();
        await time.wait(takesMs);
        sends.push({ to, n, start, end: time.ms() });
      });
    await time.run(
      Promise.all([send('a', 1, 300), send('a', 2, 1500), send('b', 1, 300), send('a', 3, 300)]),
    );
    const a = sends.filter((s) => s.to === 'a');
    assert.deepEqual(
      a.map((s) => s.n),
      [1, 2, 3],
    );
    for (const [earlier, later] of a.slice(1).map((s, i) => [present(a[i], 'a send'), s] as const))
      assert.ok(later.start >= earlier.end + 1000, `${later.start} after ${earlier.end}`);
    assert.ok(
      sends.some((s) => s.to === 'b' && s.start < 100),
      'another conversation does not wait for it',
    );
  });

  it('books again if it wakes too late for its slot, rather than crowd a full second', async () => {
    let now = 0;
    const waiting: (() => void)[] = [];
    const lateness = [400]; // the first wait overruns (a busy event loop); later ones do not
    const limiter = new SendRateLimiter(1000, 2, 15, {
      now: () => now,
      wait: (ms) =>
        new Promise((resolve) =>
          waiting.push(() => {
            now += ms + (lateness.shift() ?? 0);
            resolve();
          }),
        ),
    });
    const times = [limiter.reserve('b', 0), limiter.reserve('c', 0)];
    let sentAt = -1;
    const a = limiter.inSlot('a', async () => {
      sentAt = now;
    });
    await new Promise((resolve) => setImmediate(resolve));
    // While `a` waits for its slot, others book the seconds after it.
    times.push(limiter.reserve('d', now), limiter.reserve('e', now));
    while (sentAt === -1) {
      present(waiting.shift(), 'a waiting send')();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await a;
    const all = [...times, sentAt].sort((x, y) => x - y);
    for (const [earlier, later] of apart(all, 2))
      assert.ok(later - earlier >= 1000, `three within a second: ${all.join(', ')}`);
  });
  it('counts a send again after a stall: those booked after it keep their distance', async () => {
    // 3 a second, a margin of 200 ms: a send may wake up to 67 ms late.
    const time = new VirtualTime();
    const limiter = new SendRateLimiter(1000, 3, 200, time.timing);
    let answerFirst = () => {};
    const first = limiter.inSlot('a', () => new Promise<void>((r) => (answerFirst = r)));
    const started: number[] = [];
    const others = ['b', 'c', 'd', 'e', 'f', 'g'].map((id) =>
      limiter.inSlot(id, async () => {
        started.push(time.ms());
      }),
    );
    // The first send (at 0) has just started when the event loop stalls for 0.7 s: its
    // request may reach Teams only when the stall ends.
    let stallEnded = 0;
    void time.wait(1).then(() => (stallEnded = time.ms()));
    time.stall(700);
    await time.run(Promise.all(others));
    answerFirst();
    await first;
    const all = [stallEnded, ...started].sort((x, y) => x - y);
    for (const [earlier, later] of apart(all, 3))
      assert.ok(later - earlier >= 1000, `four within a second: ${all.join(', ')}`);
  });
});

import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { createLogger } from '../../../src/log.ts';
import { ReminderScheduler } from '../../../src/scheduler/reminder-scheduler.ts';

const HOUR = 3_600_000;
const silent = createLogger('silent');

/** A tick that claims the given counts in turn, then nothing. */
function ticks(claims: number[]) {
  const calls: number[] = [];
  const tick = async () => {
    const claimed = claims[calls.length] ?? 0;
    calls.push(claimed);
    return { claimed };
  };
  return { calls, tick };
}

describe('ReminderScheduler catches up after a full batch', () => {
  it('ticks again at once after a full batch, then waits for the interval', async () => {
    const { calls, tick } = ticks([200, 200, 37]);
    const scheduler = new ReminderScheduler(tick, HOUR, silent, 'reminders', 200);
    scheduler.start();
    await scheduler.tickNow();
    await sleep(50);
    // 10,000 due at 08:00 must not go out at 200 an hour (or a minute): the batches follow
    // each other, and the one that was not full ends the run until the next interval.
    assert.deepEqual(calls, [200, 200, 37]);
    await scheduler.stop();
  });

  it('does not tick again on its own after stop, however full the last batch', async () => {
    const { calls, tick } = ticks([200, 200, 200]);
    const scheduler = new ReminderScheduler(tick, HOUR, silent, 'reminders', 200);
    scheduler.start();
    const first = scheduler.tickNow();
    await scheduler.stop();
    await first;
    await sleep(50);
    assert.deepEqual(calls, [200]);
  });

  it('without a batch size, a tick is followed only by the interval', async () => {
    const { calls, tick } = ticks([500, 500]);
    const scheduler = new ReminderScheduler(tick, HOUR, silent, 'notices');
    scheduler.start();
    await scheduler.tickNow();
    await sleep(50);
    assert.deepEqual(calls, [500]);
    await scheduler.stop();
  });
});

import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import type { RetentionOutcome } from '../../../src/domain/retention/retention.service.ts';
import { createLogger } from '../../../src/log.ts';
import {
  RETENTION_INTERVAL_MS,
  RetentionScheduler,
} from '../../../src/scheduler/retention-scheduler.ts';

const OUTCOME: RetentionOutcome = {
  settings: { closedCaseDays: 730, auditDays: 1825 },
  closedBefore: new Date('2024-11-26T00:00:00Z'),
  auditBefore: new Date('2021-11-27T00:00:00Z'),
  cases: [{ reference: '2024-0001', closedAt: new Date('2024-09-01T00:00:00Z') }],
  residents: 1,
  identityHashes: 0,
  auditEvents: 3,
  pendingLookups: 2,
};

function setup(run: () => Promise<RetentionOutcome>) {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', {
    write: (line: string) => void logs.push(JSON.parse(line)),
  });
  return { logs, scheduler: new RetentionScheduler(run, logger) };
}

describe('RetentionScheduler (the server runs retention itself)', () => {
  it('runs once at start and then every 24 hours, logging counts only', async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    try {
      let runs = 0;
      const { logs, scheduler } = setup(async () => (runs++, OUTCOME));
      scheduler.start();
      scheduler.start();
      await scheduler.runNow();
      assert.equal(runs, 1, 'one run at start (a second start() adds nothing)');
      mock.timers.tick(RETENTION_INTERVAL_MS - 1);
      assert.equal(runs, 1);
      mock.timers.tick(1);
      await scheduler.runNow();
      assert.equal(runs, 2, 'again after 24 hours');
      const lines = logs.filter((l) => l.event === 'retention.run');
      assert.deepEqual(lines[0], {
        ...lines[0],
        cases: 1,
        residents: 1,
        identityHashes: 0,
        auditEvents: 3,
        pendingLookups: 2,
      });
      assert.ok(!JSON.stringify(logs).includes('2024-0001'), 'no case references in the log');
      await scheduler.stop();
      mock.timers.tick(RETENTION_INTERVAL_MS);
      assert.equal(runs, 2, 'nothing after stop()');
    } finally {
      mock.timers.reset();
    }
  });

  it('stop() waits for a run in progress, and start() after stop() does nothing', async () => {
    let finish!: () => void;
    let runs = 0;
    const { scheduler } = setup(
      () => new Promise((resolve) => (runs++, (finish = () => resolve(OUTCOME)))),
    );
    scheduler.start();
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(stopped, false, 'still running');
    finish();
    await stopping;
    assert.equal(stopped, true);
    scheduler.start();
    assert.equal(runs, 1, 'a server stopped during the start-up replan does not begin retention');
  });

  it('logs a failed run by error name only and keeps going', async () => {
    const { logs, scheduler } = setup(async () => {
      throw new TypeError('Kari Nordmann 12879343745');
    });
    assert.equal(await scheduler.runNow(), null);
    assert.deepEqual(
      logs.map((l) => [l.event, l.code]),
      [['retention.run.error', 'TypeError']],
    );
    assert.ok(!JSON.stringify(logs).includes('Kari'));
  });
});

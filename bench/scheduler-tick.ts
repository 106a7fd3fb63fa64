/**
 * bench/scheduler-tick — what one scheduler tick costs when 100 reminders are due, with an
 * almost empty outbox and with 1,000,000 future reminders, measured side by side in one run
 * (and, to show what the indexes buy, once more with them dropped). Not a test: it prints.
 *
 *   npm run bench:tick            (about a minute; a temporary SQLite file)
 *   BENCH_FUTURE=100000 BENCH_RUNS=10 npm run bench:tick   (quicker)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { localDate } from '../src/domain/common/local-date.ts';
import { systemClock } from '../src/domain/common/clock.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../src/domain/reminder/checkpoints.ts';
import { DEFAULT_RETRY_POLICY } from '../src/domain/reminder/delivery-policy.ts';
import type { ReminderNotifier } from '../src/domain/reminder/reminder-notifier.ts';
import { ReminderService } from '../src/domain/reminder/reminder.service.ts';
import { openDatabase } from '../src/persistence/database.ts';
import { seedDemoMunicipality } from '../src/persistence/demo-seed.ts';
import { PrismaReminderOutbox } from '../src/persistence/prisma-reminder-outbox.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';

const FUTURE = Number(process.env.BENCH_FUTURE ?? 1_000_000);
const DUE = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TZ = 'Europe/Oslo';
const WARMUP = 30;

const dir = mkdtempSync(path.join(tmpdir(), 'husly-bench-tick-'));
const db = await openDatabase(`file:${path.join(dir, 'bench.db')}`);
const prisma = db.prisma;
try {
  await seedDemoMunicipality(prisma, 'bench-secret-'.padEnd(40, 'x'), new Date(), TZ);
  const caseIds = (
    await prisma.case.findMany({
      where: { status: 'open', coordinatorId: { not: null } },
      select: { id: true },
    })
  ).map((c) => c.id);
  await prisma.reminderOutbox.deleteMany();

  // Due now: legal deadlines today, so quiet hours never hold them back whatever the hour.
  const today = localDate(new Date(), TZ);
  const past = new Date(Date.now() - 60_000).toISOString();
  const stamp = new Date().toISOString().replace('Z', '+00:00');
  for (let i = 0; i < DUE; i++)
    await prisma.$executeRawUnsafe(
      `INSERT INTO reminder_outbox (id, key, caseId, kind, basis, dueDate, audience, status, ` +
        `attempts, nextAttemptAt, createdAt, updatedAt)
       VALUES (?, ?, ?, 'F0', 'law', ?, 'coordinator', 'pending', 0, ?, ?, ?)`,
      `due-${i}`,
      `bench:due:${i}`,
      caseIds[i % caseIds.length],
      today,
      past,
      stamp,
      stamp,
    );

  const notifier: ReminderNotifier = {
    send: async (to) => ({
      ok: true,
      conversationId: `conv-${to.kind}`,
      activityId: `act-${Math.random()}`,
    }),
    tellUndelivered: async () => true,
  };
  const service = new ReminderService(
    new PrismaUnitOfWork(prisma),
    new PrismaReminderOutbox(prisma),
    notifier,
    systemClock,
    {
      owner: 'bench',
      leaseMs: 300_000,
      batchSize: 200,
      retry: DEFAULT_RETRY_POLICY,
      settings: DEFAULT_REMINDER_SETTINGS,
      timeZone: TZ,
    },
  );
  const outbox = new PrismaReminderOutbox(prisma);
  const reset = () =>
    prisma.$executeRawUnsafe(
      `UPDATE reminder_outbox SET status = 'pending', leaseOwner = NULL, leaseUntil = NULL, ` +
        `nextAttemptAt = ? WHERE key LIKE 'bench:due:%'`,
      past,
    );

  /** Median and 95th percentile of `RUNS` timed runs of `work`, each after an untimed reset. */
  async function measure(work: () => Promise<number>): Promise<{ median: number; p95: number }> {
    const times: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      await reset();
      const start = performance.now();
      const handled = await work();
      const ms = performance.now() - start;
      if (handled !== DUE) throw new Error(`expected ${DUE} rows, handled ${handled}`);
      if (i >= WARMUP) times.push(ms); // the first runs warm the JIT and statement caches
    }
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)] ?? NaN,
      p95: times[Math.floor(times.length * 0.95)] ?? NaN,
    };
  }
  const tick = () => service.tick().then((r) => r.sent);
  const claim = () => outbox.claimDue(new Date(), 'bench', 300_000, 200).then((r) => r.length);

  const small = { tick: await measure(tick), claim: await measure(claim) };

  const started = performance.now();
  await prisma.$executeRawUnsafe(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
     INSERT INTO reminder_outbox (id, key, caseId, kind, basis, dueDate, audience, status, ` +
      `attempts, nextAttemptAt, createdAt, updatedAt)
     SELECT 'future-' || i, 'bench:future:' || i, ?, 'F-7', 'practice', '2027-06-01', ` +
      `'coordinator', 'pending', 0,
            strftime('%Y-%m-%dT%H:%M:%fZ', '2027-01-01', '+' || (i % 5000000) || ' seconds'), ?, ?
     FROM n`,
    FUTURE,
    caseIds[0],
    stamp,
    stamp,
  );
  await prisma.$executeRawUnsafe('ANALYZE');
  const filled = performance.now() - started;
  const large = { tick: await measure(tick), claim: await measure(claim) };
  const plan = (
    await prisma.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT id FROM reminder_outbox WHERE status = 'pending' ` +
        `AND nextAttemptAt <= ? UNION ALL SELECT id FROM reminder_outbox ` +
        `WHERE status = 'claimed' AND leaseUntil < ?`,
      past,
      past,
    )
  ).map((r) => r.detail);

  await prisma.$executeRawUnsafe('DROP INDEX "reminder_outbox_status_nextAttemptAt_idx"');
  await prisma.$executeRawUnsafe('DROP INDEX "reminder_outbox_status_leaseUntil_idx"');
  const unindexed = { tick: await measure(tick) };

  const f = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(
    `scheduler-tick: ${DUE} due, batch 200, ${RUNS} timed runs each (median / p95); ` +
      `SQLite, Node ${process.versions.node}`,
  );
  console.log(
    `  outbox with ${DUE} rows              tick ${f(small.tick.median)} / ${f(small.tick.p95)}` +
      `   claim ${f(small.claim.median)} / ${f(small.claim.p95)}`,
  );
  console.log(
    `  outbox with ${FUTURE.toLocaleString('en')} future rows  ` +
      `tick ${f(large.tick.median)} / ${f(large.tick.p95)}   ` +
      `claim ${f(large.claim.median)} / ${f(large.claim.p95)}   ` +
      `(filled in ${(filled / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  same, indexes dropped            ` +
      `tick ${f(unindexed.tick.median)} / ${f(unindexed.tick.p95)}`,
  );
  console.log(
    `  ratio large/small: tick ${(large.tick.median / small.tick.median).toFixed(2)}, ` +
      `claim ${(large.claim.median / small.claim.median).toFixed(2)}   ` +
      '(goal: about 1 — cost follows what is due)',
  );
  console.log(
    `  ratio unindexed/indexed tick: ${(unindexed.tick.median / large.tick.median).toFixed(1)}`,
  );
  console.log(
    `  goal tick ≤ 10 ms with 1,000,000 future: ${large.tick.median <= 10 ? 'met' : 'NOT met'} ` +
      `(median ${f(large.tick.median)})`,
  );
  console.log(`  claim query plan: ${plan.join(' | ')}`);
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}

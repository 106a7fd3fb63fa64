/**
 * bench/reminder-fanout — 10,000 due reminders to 500 conversations through the real server
 * (restify + CloudAdapter + Prisma/SQLite + the outbox scheduler) against a fake Bot Connector
 * that accepts at most 30 messages in any second (more → 429) and refuses 5 % at random with
 * 429 + Retry-After. Prints the achieved delivery rate against that budget, duplicates and lost
 * reminders. Not a test: it prints. Worst case for digests: each claimed batch has one
 * reminder per conversation, so every reminder is its own message.
 *
 *   npm run bench:fanout                         (about 6 minutes at 30/s)
 *   BENCH_REMINDERS=1000 npm run bench:fanout    (quicker)
 */
import { performance } from 'node:perf_hooks';
import { localDate } from '../src/domain/common/local-date.ts';
import { FakeConnector } from '../tests/helpers/fake-connector.ts';
import { startTestServer } from '../tests/helpers/husly-server.ts';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 500);
const BUDGET = Number(process.env.BENCH_RPS ?? 30);
const RANDOM_429 = Number(process.env.BENCH_429 ?? 0.05);

/** A small seeded generator, so runs are comparable. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const connector = await new FakeConnector().start();
const random = mulberry32(42);
const accepted: { at: number; conversationId: string }[] = [];
let window: number[] = [];
let overLimit = 0;
let randomRefused = 0;
let firstRequest = 0;
connector.answer = (call) => {
  if (call.method !== 'POST') return null;
  const now = performance.now();
  firstRequest ||= now;
  window = window.filter((t) => t > now - 1000);
  if (window.length >= BUDGET) {
    overLimit++;
    return { status: 429, headers: { 'retry-after': '1' } };
  }
  if (random() < RANDOM_429) {
    randomRefused++;
    return { status: 429, headers: { 'retry-after': '1' } };
  }
  window.push(now);
  accepted.push({ at: now, conversationId: call.conversationId });
  return null;
};

const server = await startTestServer({
  HUSLY_REMINDER_MAX_PER_SECOND: String(BUDGET),
  LOG_LEVEL: 'error',
});
try {
  const { prisma } = await server.db();
  // Let the start-up replanning of the demo cases finish, then keep only the bench's rows.
  for (let i = 0; i < 100 && (await prisma.reminderOutbox.count()) === 0; i++)
    await new Promise((r) => setTimeout(r, 50));
  await prisma.reminderOutbox.deleteMany();

  const now = new Date();
  const hex = (i: number) => i.toString(16).padStart(12, '0');
  const unit = await prisma.unit.create({ data: { key: 'bench', name: 'Bench', kind: 'annet' } });
  const resident = await prisma.resident.create({
    data: { name: 'Syntetisk', nameSearch: 'syntetisk' },
  });
  await prisma.staff.createMany({
    data: Array.from({ length: CONVERSATIONS }, (_, i) => ({
      id: `b${i}`,
      aadObjectId: `00000000-0000-4000-9000-${hex(i)}`,
      name: `B ${i}`,
      email: `b${i}@k.no`,
      unitId: unit.id,
      role: 'koordinator',
    })),
  });
  await prisma.conversationRef.createMany({
    data: Array.from({ length: CONVERSATIONS }, (_, i) => ({
      conversationId: `a:bench-${i}`,
      conversationType: 'personal',
      tenantId: 't',
      serviceUrl: connector.url,
      botId: '28:bot',
      aadObjectId: `00000000-0000-4000-9000-${hex(i)}`,
      installedAt: now,
      lastSeenAt: now,
    })),
  });
  await prisma.case.createMany({
    data: Array.from({ length: CONVERSATIONS }, (_, i) => ({
      id: `bk${i}`,
      reference: `2025-${String(i + 1).padStart(4, '0')}`,
      residentId: resident.id,
      category: 'fare-for-a-miste-bolig',
      subcategory: 'hoye-boutgifter',
      level: 2,
      status: 'open',
      owningUnitId: unit.id,
      coordinatorId: `b${i}`,
      openedAt: now,
    })),
  });
  // Legal deadlines due today may go out at any hour, so the run does not depend on the clock.
  const today = localDate(now, 'Europe/Oslo');
  for (let start = 0; start < REMINDERS; start += 1000)
    await prisma.reminderOutbox.createMany({
      data: Array.from({ length: Math.min(1000, REMINDERS - start) }, (_, j) => {
        const i = start + j;
        return {
          key: `bench:${i}`,
          caseId: `bk${i % CONVERSATIONS}`,
          kind: 'F0',
          basis: 'law',
          dueDate: today,
          audience: 'coordinator',
          status: 'pending',
          nextAttemptAt: new Date(now.getTime() - 600_000 + i).toISOString(),
        };
      }),
    });

  const started = performance.now();
  let ticks = 0;
  while (
    (await prisma.reminderOutbox.count({ where: { status: { in: ['pending', 'claimed'] } } })) > 0
  ) {
    const result = (await server.tickReminders()) as { claimed: number } | undefined;
    ticks++;
    if (!result?.claimed) await new Promise((r) => setTimeout(r, 100)); // waiting out a Retry-After
    if (performance.now() - started > 60 * 60_000) throw new Error('gave up after an hour');
  }
  const elapsed = (accepted.at(-1)!.at - firstRequest) / 1000;

  const deliveredKeys = connector.calls
    .filter((c) => c.method === 'POST' && c.status < 300)
    .flatMap((c) => [
      ...new Set(
        [...JSON.stringify(c.body).matchAll(/"reminderKey":"(bench:\d+)"/g)].map((m) => m[1]),
      ),
    ]);
  const distinct = new Set(deliveredKeys);
  const sent = await prisma.reminderOutbox.count({ where: { status: 'sent' } });
  const dead = await prisma.reminderOutbox.count({ where: { status: 'dead' } });
  const lost = REMINDERS - distinct.size;

  let maxWindow = 0;
  let maxPerConversation = 0;
  const perConversation = new Map<string, number[]>();
  let j = 0;
  for (const [i, send] of accepted.entries()) {
    while ((accepted[j]?.at ?? Infinity) <= send.at - 1000) j++;
    maxWindow = Math.max(maxWindow, i - j + 1);
    const times = perConversation.get(send.conversationId) ?? [];
    times.push(send.at);
    perConversation.set(send.conversationId, times);
    maxPerConversation = Math.max(
      maxPerConversation,
      times.filter((t) => t > send.at - 1000).length,
    );
  }
  const requests = connector.calls.filter((c) => c.method === 'POST').length;
  const rate = accepted.length / elapsed;

  console.log(
    `reminder-fanout: ${REMINDERS.toLocaleString('en')} reminders, ` +
      `${CONVERSATIONS} conversations, connector budget ${BUDGET}/s, ` +
      `${(RANDOM_429 * 100).toFixed(0)} % random 429 (Retry-After 1 s); ` +
      `Node ${process.versions.node}`,
  );
  console.log(
    `  delivered messages        ${accepted.length} in ${elapsed.toFixed(1)} s (${ticks} ticks)`,
  );
  console.log(
    `  achieved rate / budget    ${rate.toFixed(2)} / ${BUDGET} = ${(rate / BUDGET).toFixed(3)}` +
      '   (goal ≥ 0.95)',
  );
  console.log(
    `  requests / budget         ${(requests / elapsed).toFixed(2)} / ${BUDGET} = ` +
      `${(requests / elapsed / BUDGET).toFixed(3)}   (${requests} requests incl. refused)`,
  );
  console.log(
    `  429s                      ${randomRefused} random, ` +
      `${overLimit} for exceeding the budget (goal 0)`,
  );
  console.log(
    `  busiest second            ${maxWindow} messages overall, ` +
      `${maxPerConversation} to one conversation (Teams: 7/s per conversation)`,
  );
  console.log(`  duplicates                ${deliveredKeys.length - distinct.size}   (goal 0)`);
  console.log(`  lost                      ${lost}   (goal 0; outbox: ${sent} sent, ${dead} dead)`);
} finally {
  await server.stop();
  await connector.stop();
}

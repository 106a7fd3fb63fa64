/**
 * bench/reminder-fanout — 10,000 due reminders to 500 conversations through the real server
 * (restify + CloudAdapter + Prisma/SQLite + the outbox scheduler) against a fake Bot Connector
 * that accepts at most 30 messages in any second (more → 429) and refuses 5 % at random with
 * 429 + Retry-After. Prints the achieved delivery rate against that budget, duplicates and lost
 * reminders. Not a test: it prints. Worst case for digests: each claimed batch has one
 * reminder per conversation, so every reminder is its own message.
 *
 * `--latency-ms <n>`: the connector answers each message after n ms ± 30 % (Teams takes
 * 100–300 ms), so sends in flight, not the round trip, must keep the budget full.
 * `--concurrency <n>`: HUSLY_SEND_CONCURRENCY (default: the configuration's).
 *
 * The connector runs on a thread of its own, as Teams runs on servers of its own: it stamps a
 * request when it arrives, not when Husly's busy event loop gets round to reading it.
 *
 *   npm run bench:fanout                                  (about 6 minutes at 30/s)
 *   npm run bench:fanout -- --latency-ms 150
 *   BENCH_REMINDERS=1000 npm run bench:fanout             (quicker)
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DEFAULT_SEND_CONCURRENCY } from '../src/config.ts';
import { FakeConnector } from '../tests/helpers/fake-connector.ts';
import { seedDueReminders } from '../tests/helpers/seed-due-reminders.ts';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 500);
const BUDGET = Number(process.env.BENCH_RPS ?? 30);
const RANDOM_429 = Number(process.env.BENCH_429 ?? 0.05);
const LATENCY_MS = option('--latency-ms', 0);
const CONCURRENCY = option('--concurrency', DEFAULT_SEND_CONCURRENCY);

/** A whole number given as `name <n>` on the command line, or `fallback`. */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} wants a whole number`);
  return value;
}

/** A small seeded generator, so runs are comparable. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the connector thread saw, sent back at the end. */
interface ConnectorReport {
  readonly accepted: readonly { at: number; conversationId: string }[];
  readonly requests: number;
  readonly overLimit: number;
  readonly randomRefused: number;
  readonly firstRequest: number;
  /** The reminder keys of each delivered message (a digest carries several). */
  readonly deliveredKeys: readonly string[];
}

/** The fake Bot Connector with the budget, on the worker thread; reports when asked. */
async function connectorThread(port: NonNullable<typeof parentPort>): Promise<void> {
  const { budget, random429, latencyMs } = workerData as {
    budget: number;
    random429: number;
    latencyMs: number;
  };
  const connector = await new FakeConnector().start();
  connector.delayMs = latencyMs;
  connector.delayJitter = 0.3;
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
    if (window.length >= budget) {
      overLimit++;
      return { status: 429, headers: { 'retry-after': '1' } };
    }
    if (random() < random429) {
      randomRefused++;
      return { status: 429, headers: { 'retry-after': '1' } };
    }
    window.push(now);
    accepted.push({ at: now, conversationId: call.conversationId });
    return null;
  };
  port.postMessage(connector.url);
  port.once('message', () => {
    const deliveredKeys = connector.calls
      .filter((c) => c.method === 'POST' && c.status < 300)
      .flatMap((c) => [
        ...new Set(
          [...JSON.stringify(c.body).matchAll(/"reminderKey":"(bench:\d+)"/g)].map(
            (m) => m[1] ?? '',
          ),
        ),
      ]);
    const requests = connector.calls.filter((c) => c.method === 'POST').length;
    const report: ConnectorReport = {
      accepted,
      requests,
      overLimit,
      randomRefused,
      firstRequest,
      deliveredKeys,
    };
    port.postMessage(report);
    void connector.stop();
  });
}

if (isMainThread) await bench();
else await connectorThread(parentPort!);

async function bench(): Promise<void> {
  // Imported here, not above: the connector thread loads this file too, and must not start Husly.
  const { startTestServer } = await import('../tests/helpers/husly-server.ts');
  // A worker does not inherit tsx's loader: it registers it, then loads this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const load =
    `import('${tsx}')` + `.then((t) => { t.register(); return import('${import.meta.url}'); })`;
  const thread = new Worker(load, {
    eval: true,
    workerData: { budget: BUDGET, random429: RANDOM_429, latencyMs: LATENCY_MS },
  });
  const answer = <T>() => new Promise<T>((resolve) => thread.once('message', resolve));
  const connectorUrl = await answer<string>();
  const server = await startTestServer({
    HUSLY_REMINDER_MAX_PER_SECOND: String(BUDGET),
    HUSLY_SEND_CONCURRENCY: String(CONCURRENCY),
    LOG_LEVEL: 'error',
  });
  try {
    const { prisma } = await server.db();
    // Let the start-up replanning of the demo cases finish, then keep only the bench's rows.
    for (let i = 0; i < 100 && (await prisma.reminderOutbox.count()) === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    await prisma.reminderOutbox.deleteMany();

    await seedDueReminders(prisma, {
      prefix: 'bench',
      people: CONVERSATIONS,
      reminders: REMINDERS,
      serviceUrl: connectorUrl,
      firstReference: 1,
    });

    const started = performance.now();
    let ticks = 0;
    while (
      (await prisma.reminderOutbox.count({ where: { status: { in: ['pending', 'claimed'] } } })) > 0
    ) {
      const result = (await server.tickReminders()) as { claimed: number } | undefined;
      ticks++;
      // Nothing due: waiting out a Retry-After.
      if (!result?.claimed) await new Promise((r) => setTimeout(r, 100));
      if (performance.now() - started > 60 * 60_000) throw new Error('gave up after an hour');
    }
    thread.postMessage('report');
    const { accepted, requests, overLimit, randomRefused, firstRequest, deliveredKeys } =
      await answer<ConnectorReport>();
    const elapsed = (accepted.at(-1)!.at - firstRequest) / 1000;
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
    const rate = accepted.length / elapsed;

    console.log(
      `reminder-fanout: ${REMINDERS.toLocaleString('en')} reminders, ` +
        `${CONVERSATIONS} conversations, connector budget ${BUDGET}/s, ` +
        `${(RANDOM_429 * 100).toFixed(0)} % random 429 (Retry-After 1 s), ` +
        `latency ${LATENCY_MS} ms ± 30 %, ${CONCURRENCY} in flight; Node ${process.versions.node}`,
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
    console.log(
      `  lost                      ${lost}   (goal 0; outbox: ${sent} sent, ${dead} dead)`,
    );
  } finally {
    await server.stop();
    await thread.terminate();
  }
}

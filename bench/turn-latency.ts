/**
 * bench/turn-latency — how fast Husly answers a turn, measured from outside against a floor: a
 * bare botbuilder echo bot (bench/lib/echo-bot.ts) on the same restify and CloudAdapter versions.
 * Both run as child processes; the client and a fake Bot Connector (tests/helpers/
 * fake-connector.ts, the activities' serviceUrl) live in this process, so both bots get the same
 * client, the same connector and the same Teams-shaped activities (tests/helpers/
 * teams-activities.ts: personal chat, an installationUpdate 'add' per user first).
 *
 * Load: 20 concurrent conversations, closed loop (each sends its next turn when the previous 200
 * arrives), half "hjelp" and half "hvem eier <ref>" over demo cases 2026-0001 to 0007 (every
 * conversation alternates; Husly answers with the help card and the owner card, which is checked
 * once per conversation before the load starts, so the bench measures real work). The demo has 9
 * staff; 11 more (synthetic "Testansatt NN", spread over the demo's units) are added with
 * `npm run org:import`, so each conversation is its own user's personal chat, as in Teams. Husly
 * seeds the demo on a first start on a fresh temporary SQLite file, is stopped, gets the staff
 * import, and is started again: the measured process is a normal restart (HUSLY_MODE=development,
 * LOG_LEVEL=warn, reminders and other schedulers on as in `npm start`).
 *
 * Rounds alternate so machine noise hits both alike: a warm-up for each, then BENCH_ROUNDS rounds
 * of BENCH_ROUND_SECONDS each, echo, Husly, echo, Husly… Per bot: latency p50/p99 (client-side,
 * POST until the 200's end), throughput (turns/s), the server's CPU per turn (utime + stime of the
 * child from /proc/<pid>/stat over its rounds, divided by their turns) and its memory from
 * /proc/<pid>/status: RSS once started (before any turn), RSS right after its last round (steady)
 * and the peak since start (VmHWM). Also this process's own CPU per turn (client and connector),
 * to show whether the client, not the bot, was the limit.
 *
 * Then the ordering check: the connector answers each send after 40 ms, and for a sample of turns
 * of both bots the time each reply reached the connector is compared with the time the client got
 * the 200. The 200 must come after the connector answered the turn's last send (a turn's sends are
 * the POSTs to /v3/conversations/<id>/activities/<the turn's activity id>); a 200 earlier than
 * half the delay after that send reached the connector is a violation. Turns with no reply at all
 * are counted in every phase.
 *
 * Not a test: it prints, and asserts nothing on time. It exits 1 only if a turn fails (not a 200,
 * no reply, the server logs a turn error) or the ordering check finds a violation.
 *
 *   npm run bench:turns                           (about 1.5 minutes; both bots under tsx)
 *   BENCH_HUSLY=dist npm run bench:turns          (the build, `npm run build`: node
 *                                                 dist/src/main.js, and the echo bot as plain JS)
 *   BENCH_ROUNDS=3 BENCH_ROUND_SECONDS=3 npm run bench:turns   (quicker, noisier)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { DEMO_CASES, DEMO_STAFF, DEMO_UNITS } from '../src/demo/demo-municipality.ts';
import { FakeConnector } from '../tests/helpers/fake-connector.ts';
import {
  demoUser,
  installationUpdate,
  message,
  type TeamsUser,
} from '../tests/helpers/teams-activities.ts';
import { cpuMs, memory, type Memory } from './lib/proc-stats.ts';
import { postMessage, spawnServer, stopServer, type BotServer } from './lib/turn-servers.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONVERSATIONS = 20;
const CHECK_TURNS = 10; // per conversation and bot in the ordering check
const CHECK_DELAY_MS = 40;
const REFERENCES = DEMO_CASES.slice(0, 7).map((c) => c.reference); // 2026-0001 to 0007
const GOALS = { p50: 1.25, p99: 1.5, throughput: 0.8, rssMb: 250 };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const which = process.env.BENCH_HUSLY ?? 'ts';
if (which !== 'ts' && which !== 'dist') {
  console.error(`BENCH_HUSLY must be ts or dist, not ${which}`);
  process.exit(2);
}
if (which === 'dist' && !existsSync(path.join(ROOT, 'dist/src/main.js'))) {
  console.error('BENCH_HUSLY=dist: dist/src/main.js is missing; build Husly first.');
  process.exit(2);
}
const HUSLY_ARGS = which === 'dist' ? ['dist/src/main.js'] : ['--import', 'tsx', 'src/main.ts'];
const ECHO_ARGS =
  which === 'dist' ? [plainEchoBot()] : ['--import', 'tsx', 'bench/lib/echo-bot.ts'];

/**
 * The echo bot as plain JavaScript, to run like the build (no TypeScript loader in the process):
 * transpiled into node_modules/.cache/, where its packages resolve. Returns the path from ROOT.
 */
function plainEchoBot(): string {
  const file = 'node_modules/.cache/husly-bench/echo-bot.mjs';
  const source = readFileSync(path.join(ROOT, 'bench/lib/echo-bot.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
  writeFileSync(path.join(ROOT, file), outputText);
  return file;
}

type Kind = 'hjelp' | 'hvem eier';
const KINDS: readonly Kind[] = ['hjelp', 'hvem eier'];

interface Conversation {
  readonly index: number;
  readonly user: TeamsUser;
  turns: number;
}

/** Synthetic staff, imported like a municipality's own (examples/staff.csv's columns). */
const EXTRA_STAFF = Array.from({ length: CONVERSATIONS - DEMO_STAFF.length }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  const unit = DEMO_UNITS[i % DEMO_UNITS.length]!;
  return {
    aadObjectId: `6e7c1d2a-5b3f-4c8e-9a01-2f3b4c5d60${n}`,
    name: `Testansatt ${n}`,
    email: `testansatt.${n}@demo-kommune.no`,
    unitKey: unit.key,
    role: i % 4 === 3 ? 'koordinator' : 'saksbehandler',
  };
});

const dir = mkdtempSync(path.join(tmpdir(), 'husly-bench-turns-'));
const connector = await new FakeConnector().start();
const users: TeamsUser[] = [
  ...DEMO_STAFF.map((s) => demoUser(s.persona)),
  ...EXTRA_STAFF.map((s, i) => ({
    id: `29:bench-user-${i + 1}`,
    name: s.name,
    aadObjectId: s.aadObjectId,
  })),
];
const conversations: Conversation[] = users.map((user, index) => ({ index, user, turns: 0 }));
const where = (user: TeamsUser) => ({ serviceUrl: connector.url, user });

let activityCounter = 0;
/** A Teams activity with an id unique in the run (the replies are matched to it). */
const withId = <T extends object>(activity: T) => ({
  ...activity,
  id: `bench-${Date.now()}-${++activityCounter}`,
});

/** The conversation's next turn: "hjelp" and "hvem eier <ref>" in turn, refs in rotation. */
function nextTurn(c: Conversation): { id: string; body: string; kind: Kind; text: string } {
  const n = c.turns++;
  const kind = KINDS[(c.index + n) % 2]!;
  const reference = REFERENCES[Math.floor((c.index + n) / 2) % REFERENCES.length]!;
  const text = kind === 'hjelp' ? 'hjelp' : `hvem eier ${reference}`;
  const activity = withId(message(where(c.user), text));
  return { id: activity.id, body: JSON.stringify(activity), kind, text };
}

const failures: string[] = [];
const fail = (what: string) => {
  if (failures.length < 50) failures.push(what);
  else if (failures.length === 50) failures.push('… (more left out)');
};

/** The activity ids the connector got a delivered reply to (POST …/activities/<id>). */
const answeredIds = () =>
  new Set(
    connector.calls
      .filter((c) => c.method === 'POST' && c.status < 300 && c.activityId)
      .map((c) => c.activityId),
  );

/** The texts and cards of the replies to one activity, as one string. */
const replyTo = (id: string) =>
  JSON.stringify(connector.calls.filter((c) => c.method === 'POST' && c.activityId === id));

async function post(server: BotServer, body: string) {
  try {
    const answer = await postMessage(server, body);
    if (answer.status !== 200) fail(`${server.name}: HTTP ${answer.status}`);
    return answer.status === 200 ? answer : null;
  } catch (error) {
    fail(`${server.name}: ${(error as Error).message}`);
    return null;
  }
}

/** The first turns of every conversation, checked: the replies are the real answers. */
async function prepare(server: BotServer, husly: boolean): Promise<void> {
  connector.reset();
  await Promise.all(
    conversations.map(async (c) => {
      await post(server, JSON.stringify(withId(installationUpdate(where(c.user), 'add'))));
      for (let i = 0; i < 2; i++) {
        const turn = nextTurn(c);
        if (!(await post(server, turn.body))) return;
        const reply = replyTo(turn.id);
        const demoCase = DEMO_CASES.find((k) => turn.text.endsWith(k.reference));
        const expected = !husly
          ? [`"text":"${turn.text}"`]
          : turn.kind === 'hjelp'
            ? ['application/vnd.microsoft.card.adaptive', 'hvem eier']
            : [
                'application/vnd.microsoft.card.adaptive',
                demoCase!.reference,
                DEMO_UNITS.find((u) => u.key === demoCase!.owningUnitKey)!.name,
              ];
        for (const part of expected)
          if (!reply.includes(part))
            fail(`${server.name}: the reply to "${turn.text}" lacks ${JSON.stringify(part)}`);
      }
    }),
  );
}

interface Round {
  readonly turns: number;
  readonly ms: number;
  readonly cpuMs: number;
  /** This process's CPU (client and connector) over the round, ms. */
  readonly clientCpuMs: number;
  readonly latencies: number[];
  readonly byKind: Record<Kind, number[]>;
}

/** Closed-loop load from every conversation for `seconds`; waits for the turns in flight. */
async function load(server: BotServer, seconds: number): Promise<Round> {
  connector.reset();
  const latencies: number[] = [];
  const byKind: Record<Kind, number[]> = { hjelp: [], 'hvem eier': [] };
  const ids: string[] = [];
  const cpuBefore = cpuMs(server.pid);
  const clientBefore = process.cpuUsage();
  const began = performance.now();
  const deadline = began + seconds * 1000;
  await Promise.all(
    conversations.map(async (c) => {
      while (performance.now() < deadline) {
        const turn = nextTurn(c);
        const answer = await post(server, turn.body);
        if (!answer) return;
        latencies.push(answer.ms);
        byKind[turn.kind].push(answer.ms);
        ids.push(turn.id);
      }
    }),
  );
  const ms = performance.now() - began;
  const cpu = cpuMs(server.pid) - cpuBefore;
  const client = process.cpuUsage(clientBefore);
  const answered = answeredIds();
  const missing = ids.filter((id) => !answered.has(id)).length;
  if (missing > 0) fail(`${server.name}: ${missing} turns got no reply`);
  return {
    turns: ids.length,
    ms,
    cpuMs: cpu,
    clientCpuMs: (client.user + client.system) / 1000,
    latencies,
    byKind,
  };
}

interface OrderCheck {
  readonly turns: number;
  readonly violations: number;
  readonly missing: number;
  /** The least time from the turn's last send reaching the connector until its 200, ms. */
  readonly minGapMs: number;
}

/** The 200 of each turn against the moments its replies reached the (slow) connector. */
async function checkOrder(server: BotServer): Promise<OrderCheck> {
  connector.reset();
  const received = new Map<string, number[]>();
  connector.delayMs = CHECK_DELAY_MS;
  connector.answer = (call) => {
    if (call.method === 'POST' && call.activityId) {
      const times = received.get(call.activityId) ?? [];
      times.push(performance.now());
      received.set(call.activityId, times);
    }
    return null;
  };
  const turns: { id: string; at: number }[] = [];
  try {
    await Promise.all(
      conversations.map(async (c) => {
        for (let i = 0; i < CHECK_TURNS; i++) {
          const turn = nextTurn(c);
          const answer = await post(server, turn.body);
          if (!answer) return;
          turns.push({ id: turn.id, at: answer.at });
        }
      }),
    );
    // A send that comes after its 200 still has time to arrive (and be counted as one).
    await new Promise((resolve) => setTimeout(resolve, 4 * CHECK_DELAY_MS + 500));
  } finally {
    connector.answer = null;
    connector.delayMs = 0;
  }
  let violations = 0;
  let missing = 0;
  let minGapMs = Infinity;
  for (const turn of turns) {
    const times = received.get(turn.id);
    if (!times?.length) {
      missing++;
      continue;
    }
    const lastSend = Math.max(...times);
    minGapMs = Math.min(minGapMs, turn.at - lastSend);
    if (turn.at < lastSend + CHECK_DELAY_MS / 2) violations++;
  }
  if (missing > 0) fail(`${server.name}: ${missing} turns got no reply (ordering check)`);
  if (violations > 0) fail(`${server.name}: ${violations} turns answered 200 before their sends`);
  return { turns: turns.length, violations, missing, minGapMs };
}

/** Lines a server logged at error level or above (pino: "level":50). */
const errorLines = (server: BotServer) =>
  server.output.filter((line) => /"level":(5|6)\d/.test(line) || /turn error/.test(line));

const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
const sortedOf = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

function importStaff(databaseUrl: string): void {
  const csv = path.join(dir, 'staff.csv');
  writeFileSync(
    csv,
    ['aad_object_id,name,email,unit_key,role']
      .concat(EXTRA_STAFF.map((s) => [s.aadObjectId, s.name, s.email, s.unitKey, s.role].join()))
      .join('\n') + '\n',
  );
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/org-import.ts', '--staff', csv],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_NO_WARNINGS: '1', DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`org import failed:\n${run.stdout}${run.stderr}`);
}

const servers: BotServer[] = [];
let exitCode = 0;
try {
  const databaseUrl = `file:${path.join(dir, 'husly.db')}`;
  const huslyEnv = { HUSLY_MODE: 'development', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl };
  // First start: migrations and the demo seed. Then the extra staff, then the measured restart.
  await stopServer(await spawnServer('Husly (seeding)', HUSLY_ARGS, huslyEnv, ROOT));
  importStaff(databaseUrl);
  const echo = await spawnServer('echo', ECHO_ARGS, {}, ROOT);
  servers.push(echo);
  const husly = await spawnServer('Husly', HUSLY_ARGS, huslyEnv, ROOT);
  servers.push(husly);
  const bots = [echo, husly] as const;
  const idle = new Map<BotServer, Memory>(bots.map((b) => [b, memory(b.pid)]));

  console.log(
    `Turn latency, ${CONVERSATIONS} concurrent conversations (closed loop), half "hjelp", ` +
      `half "hvem eier <ref>"`,
  );
  console.log(
    `${cpus().length} vCPU (${cpus()[0]?.model.trim() ?? '?'}), Node ${process.version}, ` +
      `${ROUNDS} alternating rounds of ${ROUND_SECONDS} s after ${WARMUP_SECONDS} s warm-up each`,
  );
  console.log(`echo:  ${echo.command}`);
  console.log(`Husly: ${husly.command} (BENCH_HUSLY=${which}), SQLite in ${dir}`);

  for (const bot of bots) await prepare(bot, bot === husly);
  if (failures.length === 0)
    console.log('Replies checked: echo repeats; Husly help + owner cards.');
  for (const bot of bots) await load(bot, WARMUP_SECONDS);

  const rounds = new Map<BotServer, Round[]>(bots.map((b) => [b, []]));
  const steady = new Map<BotServer, Memory>();
  console.log('\nround  echo p50/p99 ms  turns/s  | Husly p50/p99 ms  turns/s');
  for (let r = 1; r <= ROUNDS; r++) {
    const cells: string[] = [];
    for (const bot of bots) {
      const round = await load(bot, ROUND_SECONDS);
      rounds.get(bot)!.push(round);
      steady.set(bot, memory(bot.pid));
      const sorted = sortedOf(round.latencies);
      cells.push(
        `${percentile(sorted, 0.5).toFixed(1)}/${percentile(sorted, 0.99).toFixed(1)}`.padStart(
          14,
        ) + `${((round.turns * 1000) / round.ms).toFixed(0)}`.padStart(9),
      );
    }
    console.log(`${String(r).padStart(5)}  ${cells.join('  | ')}`);
  }

  const summary = bots.map((bot) => {
    const all = rounds.get(bot)!;
    const turns = all.reduce((sum, r) => sum + r.turns, 0);
    const sorted = sortedOf(all.flatMap((r) => r.latencies));
    return {
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      throughput: (turns * 1000) / all.reduce((sum, r) => sum + r.ms, 0),
      cpuPerTurn: all.reduce((sum, r) => sum + r.cpuMs, 0) / turns,
      clientCpuPerTurn: all.reduce((sum, r) => sum + r.clientCpuMs, 0) / turns,
      idle: idle.get(bot)!.rssMb,
      rss: steady.get(bot)!.rssMb,
      peak: memory(bot.pid).peakMb,
      byKind: Object.fromEntries(
        KINDS.map((k) => {
          const xs = sortedOf(all.flatMap((r) => r.byKind[k]));
          return [k, `${percentile(xs, 0.5).toFixed(1)}/${percentile(xs, 0.99).toFixed(1)}`];
        }),
      ) as Record<Kind, string>,
    };
  });
  const [e, h] = summary as [(typeof summary)[0], (typeof summary)[0]];
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rows: [string, number, number, number, string][] = [
    [
      'latency p50 (ms)',
      e.p50,
      h.p50,
      h.p50 / e.p50,
      `≤ ${GOALS.p50}×: ${met(h.p50 / e.p50 <= GOALS.p50)}`,
    ],
    [
      'latency p99 (ms)',
      e.p99,
      h.p99,
      h.p99 / e.p99,
      `≤ ${GOALS.p99}×: ${met(h.p99 / e.p99 <= GOALS.p99)}`,
    ],
    [
      'throughput (turns/s)',
      e.throughput,
      h.throughput,
      h.throughput / e.throughput,
      `≥ ${GOALS.throughput}×: ${met(h.throughput / e.throughput >= GOALS.throughput)}`,
    ],
    ['server CPU per turn (ms)', e.cpuPerTurn, h.cpuPerTurn, h.cpuPerTurn / e.cpuPerTurn, ''],
    [
      'client+connector CPU/turn',
      e.clientCpuPerTurn,
      h.clientCpuPerTurn,
      h.clientCpuPerTurn / e.clientCpuPerTurn,
      '(this process)',
    ],
    ['RSS once started (MB)', e.idle, h.idle, h.idle / e.idle, ''],
    [
      'RSS steady (MB)',
      e.rss,
      h.rss,
      h.rss / e.rss,
      `Husly ≤ ${GOALS.rssMb} MB: ${met(h.rss <= GOALS.rssMb)}`,
    ],
    ['RSS peak (MB)', e.peak, h.peak, h.peak / e.peak, ''],
  ];
  const num = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  console.log(
    `\n${'all rounds'.padEnd(26)}${'echo'.padStart(8)}${'Husly'.padStart(8)}` +
      `${'Husly/echo'.padStart(12)}  goal`,
  );
  for (const [label, echoValue, huslyValue, ratio, goal] of rows)
    console.log(
      `${label.padEnd(26)}${num(echoValue).padStart(8)}${num(huslyValue).padStart(8)}` +
        `${`${ratio.toFixed(2)}×`.padStart(12)}  ${goal}`,
    );
  console.log(
    `by message, p50/p99 ms: "hjelp" echo ${e.byKind.hjelp}, Husly ${h.byKind.hjelp}; ` +
      `"hvem eier" echo ${e.byKind['hvem eier']}, Husly ${h.byKind['hvem eier']}`,
  );

  console.log(
    `\n200 after the turn's sends (the connector answers each send after ${CHECK_DELAY_MS} ms; ` +
      `${CHECK_TURNS} turns per conversation):`,
  );
  for (const bot of bots) {
    const check = await checkOrder(bot);
    console.log(
      `  ${bot.name.padEnd(5)} ${check.turns} turns: ${check.violations} violations, ` +
        `${check.missing} without a reply; each 200 came ≥ ${check.minGapMs.toFixed(1)} ms ` +
        `after the turn's last send reached the connector`,
    );
  }
  for (const bot of bots) {
    const errors = errorLines(bot);
    if (errors.length > 0) {
      fail(`${bot.name} logged ${errors.length} errors, first: ${errors[0]!.slice(0, 300)}`);
    }
  }
} catch (error) {
  fail((error as Error).message);
} finally {
  for (const server of servers) await stopServer(server);
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
  if (failures.length > 0) {
    console.error(`\nFAILED:\n  ${failures.join('\n  ')}`);
    exitCode = 1;
  }
}
process.exit(exitCode);

/**
 * bench/scale — fast turns at any size (issue 13): Husly on the demo database and on a large
 * municipality's (100,000 cases, 7.2 % open, 1,000,000 audit events; bench/lib/seed-large.ts),
 * measured from outside, side by side in one run. Husly runs as `npm start` runs it, in a child
 * process (development mode, so the demo municipality's people can log in), talking to a fake
 * Bot Connector in this process; every figure is what a Teams client would wait for: the
 * POST /api/messages round trip, which ends after Husly's replies have reached the connector.
 * Not a test: it prints, and asserts nothing about time.
 *
 *  a) Lookups under load: 20 conversations (the five demo personas, four chats each) ask
 *     "hvem eier <reference>", "hvem eier <11 digits>" and "hvem eier <first name surname>" for
 *     BENCH_SECONDS per kind and line. The ratio compares the same targets, Demo kommune's open
 *     cases, which the 100k database holds too: what an answer shows depends on the asker's
 *     relation to the case, so only the same cases isolate the size. A third line asks the 100k
 *     database about its seeded open cases (names shared by a few residents). Both servers run
 *     side by side, idle but for the one measured; each kind goes demo, 100k, 100k seeded, 100k,
 *     demo, after a 1.5 s warm-up each, so drift on a shared machine falls on both alike. A
 *     person lookup is two turns: the question (Husly asks for a purpose) and the purpose card's
 *     submit, which runs the search and answers; the second is the one compared. p50/p99 per
 *     kind and the ratio 100k/demo. Goals: by name within 1.5×, reference and number ≤ 1.1×.
 *  b) Start-up window: from spawn, /healthz every 25 ms; as soon as the port accepts, the chats
 *     are installed and a "hjelp" turn goes out every 100 ms. Reported: first /healthz 200, the
 *     `started` log line, the longest stretch in which nothing at all was answered (the event
 *     loop blocked), the turns answered while the open cases' reminders were being replanned
 *     (`reminders.replan.started` … `.finished`), and when that ended. Goal: healthy within 3 s,
 *     turns served during replanning.
 *  c) Memory: VmRSS after the load and VmHWM (the peak) of Husly's process, from /proc.
 *
 *   npm run bench:scale                       (about four minutes; seeds a temporary file first)
 *   BENCH_DB=/tmp/husly-100k.db npm run bench:scale   (seeds that file once and keeps it; each
 *                                                       run starts Husly on a copy of it)
 *   BENCH_HUSLY=dist npm run bench:scale      (node dist/src/main.js, after `npm run build`)
 *   BENCH_SECONDS=8 BENCH_REPLAN_WAIT=120 BENCH_CASES=100000 BENCH_AUDIT=1000000   (defaults)
 *   (BENCH_REPLAN_WAIT: seconds the start-up window waits for replanning; the load then begins
 *   anyway, and the output says so.)
 *
 * Reminder ticks are off (HUSLY_REMINDER_INTERVAL_SECONDS=0: only the start-up replanning runs),
 * retention keeps everything (the seeded closed cases go back five years), and the hourly person
 * lookup limit is raised to its maximum (1,000) so the load is not refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { DEMO_RESIDENTS } from '../src/demo/demo-municipality.ts';
import { hashNationalId } from '../src/domain/identity/national-id-hash.ts';
import { parseNationalId } from '../src/domain/identity/national-id.ts';
import { openDatabase } from '../src/persistence/database.ts';
import { FakeConnector, type ConnectorCall } from '../tests/helpers/fake-connector.ts';
import {
  cardSubmit,
  demoUser,
  installationUpdate,
  message,
  personalConversationId,
  type TeamsUser,
} from '../tests/helpers/teams-activities.ts';
import { developmentSettings, seedLarge, syntheticResidents } from './lib/seed-large.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONVERSATIONS = 20;
const REPLAN_WAIT_MS = Number(process.env.BENCH_REPLAN_WAIT ?? 120) * 1000;
const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const AUDIT = Number(process.env.BENCH_AUDIT ?? 1_000_000);
/** The large database's name in the output: '100k' at the default size. */
const LARGE = CASES >= 1000 ? `${Math.round(CASES / 1000)}k` : String(CASES);
const HUSLY = process.env.BENCH_HUSLY ?? 'ts';
const PERSONAS = ['saksbehandler', 'koordinator', 'leder', 'navleder', 'admin'];
const settings = developmentSettings();

const command =
  HUSLY === 'dist'
    ? ['dist/src/main.js']
    : HUSLY === 'ts'
      ? ['--import', 'tsx', 'src/main.ts']
      : null;
if (!command) throw new Error(`BENCH_HUSLY must be ts or dist, not ${HUSLY}`);
if (HUSLY === 'dist' && !existsSync(path.join(ROOT, 'dist/src/main.js')))
  throw new Error('BENCH_HUSLY=dist: dist/src/main.js is missing (npm run build)');

const now = () => performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
};

// --- Husly in a child process --------------------------------------------------------------

interface LogEvent {
  readonly at: number;
  readonly event: string;
  readonly line: Record<string, unknown>;
}

interface Husly {
  readonly child: ChildProcess;
  readonly base: string;
  /** performance.now() at spawn: every other time here is relative to it. */
  readonly spawnedAt: number;
  readonly events: LogEvent[];
  readonly output: string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function spawnHusly(dbFile: string): Promise<Husly> {
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    HUSLY_MODE: 'development',
    LOG_LEVEL: 'info',
    NODE_NO_WARNINGS: '1',
    PORT: String(port),
    DATABASE_URL: `file:${dbFile}`,
    HUSLY_REMINDER_INTERVAL_SECONDS: '0',
    HUSLY_LOOKUP_LIMIT_PER_HOUR: '1000',
    HUSLY_RETENTION_CLOSED_CASE_DAYS: '36500',
    HUSLY_RETENTION_AUDIT_DAYS: '36500',
  };
  for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'HUSLY_ID_SECRET'])
    delete env[name];
  const spawnedAt = now();
  const child = spawn(process.execPath, command!, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: LogEvent[] = [];
  const output: string[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const at = now() - spawnedAt;
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const text of lines) {
      output.push(text);
      try {
        const line = JSON.parse(text) as Record<string, unknown>;
        if (typeof line.event === 'string') events.push({ at, event: line.event, line });
      } catch {
        // Not a log line.
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    spawnedAt,
    events,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

const eventAt = (husly: Husly, ...names: string[]) =>
  husly.events.find((e) => names.includes(e.event))?.at ?? null;
/** The end of the start-up replanning: its own log line, or what only runs after it. */
const REPLAN_END = ['reminders.replan.finished', 'reminders.replan.error', 'retention.run'];

interface Memory {
  readonly rss: number;
  readonly hwm: number;
}

function memoryOf(husly: Husly): Memory {
  const status = readFileSync(`/proc/${husly.child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

// --- Conversations ---------------------------------------------------------------------------

interface Chat {
  readonly user: TeamsUser;
  readonly id: string;
  /** What Husly sent into this chat since it was last emptied. */
  inbox: ConnectorCall[];
  busy: boolean;
}

const connector = await new FakeConnector().start();
const chats: Chat[] = Array.from({ length: CONVERSATIONS }, (_, k) => {
  const user = demoUser(PERSONAS[k % PERSONAS.length] ?? 'saksbehandler');
  return { user, id: `${personalConversationId(user)}-bench-${k}`, inbox: [], busy: false };
});
const chatById = new Map(chats.map((c) => [c.id, c]));
connector.answer = (call) => {
  chatById.get(call.conversationId)?.inbox.push(call);
  if (connector.calls.length > 500) connector.calls.length = 0;
  return null;
};

/** An activity of `chat`'s user, in that chat (each persona has four personal chats here). */
function inChat<T extends { conversation: object }>(chat: Chat, activity: T): T {
  return { ...activity, conversation: { ...activity.conversation, id: chat.id } };
}
const at = (chat: Chat) => ({ serviceUrl: connector.url, user: chat.user });

async function post(husly: Husly, activity: unknown): Promise<number> {
  const res = await fetch(`${husly.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(120_000),
  });
  await res.arrayBuffer();
  return res.status;
}

/** What Husly answered in the chat: the owner answer for `reference`, or what else it said. */
function outcomeOf(chat: Chat, reference: string): string {
  const sent = chat.inbox.filter((c) => c.method === 'POST').map((c) => JSON.stringify(c.body));
  if (sent.some((s) => s.includes(`Sak ${reference}`))) return 'answer';
  if (sent.some((s) => s.includes('"lookup.choose"'))) return 'list of residents';
  const text = chat.inbox
    .map((c) => c.body.text)
    .find((t): t is string => typeof t === 'string' && t.length > 0);
  if (text) return `text: ${text.slice(0, 60)}`;
  return sent.length ? 'another card' : 'nothing';
}

// --- Targets: open cases of the database, by reference, number and name ----------------------

interface Target {
  readonly query: string;
  readonly reference: string;
}

/** One set of lookups: each kind's targets, all open cases. */
interface TargetSet {
  readonly reference: Target[];
  readonly number: Target[];
  readonly name: Target[];
  /** Residents whose name has all of a name target's words (whole words), on average. */
  readonly namesakes: number;
}

interface Targets {
  readonly counts: { cases: number; open: number; audit: number; residents: number };
  /** Demo kommune's own open cases (in either database: the large one holds it too). */
  readonly demo: TargetSet;
  /** The seeded cases ('c-…'), in the large database only. */
  readonly seeded: TargetSet | null;
}

/** Every k-th of a list, `count` of them: spread over the whole list, the same every run. */
const spread = <T>(list: T[], count: number) =>
  list.length <= count
    ? list
    : Array.from({ length: count }, (_, k) => list[Math.floor((k * list.length) / count)] as T);

function targetsOf(dbFile: string): Targets {
  const db = new Sqlite(dbFile, { readonly: true });
  try {
    const counts = db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM cases) AS cases,
                (SELECT COUNT(*) FROM cases WHERE status = 'open') AS open,
                (SELECT COUNT(*) FROM audit_events) AS audit,
                (SELECT COUNT(*) FROM residents) AS residents`,
      )
      .get() as Targets['counts'];
    const open = db
      .prepare(
        `SELECT c.id AS caseId, c.reference, r.id, r.idHash, r.name, r.nameSearch FROM cases c
         JOIN residents r ON r.id = c.residentId WHERE c.status = 'open' ORDER BY c.reference`,
      )
      .all() as {
      caseId: string;
      reference: string;
      id: string;
      idHash: string | null;
      name: string;
      nameSearch: string;
    }[];
    type Open = (typeof open)[number];

    // Numbers: the demo residents' (from the demo data) and the seeded ones' (made again).
    const numbers = new Map<string, string>();
    for (const r of DEMO_RESIDENTS) {
      const parsed = parseNationalId(r.nationalId, { allowSynthetic: true });
      if (parsed.ok) numbers.set(hashNationalId(parsed.value, settings.idSecret), r.nationalId);
    }
    const { seeded } = db
      .prepare(`SELECT COUNT(*) AS seeded FROM residents WHERE id LIKE 'r-%'`)
      .get() as { seeded: number };
    const synthetic = seeded > 0 ? syntheticResidents(seeded) : [];
    const numberOf = (o: Open) => {
      const byHash = o.idHash ? numbers.get(o.idHash) : undefined;
      if (byHash) return byHash;
      const i = /^r-(\d+)$/.exec(o.id)?.[1];
      const person = i === undefined ? undefined : synthetic[Number(i)];
      if (!person) return undefined;
      const parsed = parseNationalId(person.nationalId, { allowSynthetic: true });
      if (!parsed.ok || hashNationalId(parsed.value, settings.idSecret) !== o.idHash)
        throw new Error(
          `${dbFile}: resident ${o.id}'s idHash is not Husly's development hash of its number ` +
            '(seeded with another secret or count?): seed the file again',
        );
      return person.nationalId;
    };

    // Names: a full name that one resident with an open case has (whole words, as Husly
    // matches), however many others share it without an open case.
    const everyone = (db.prepare(`SELECT nameSearch FROM residents`).all() as Open[]).map(
      (r) => r.nameSearch,
    );
    const wordsOf = (folded: string) => new Set(folded.split(/[\s-]+/).filter(Boolean));
    const hasAll = (words: Set<string>, query: string[]) => query.every((w) => words.has(w));
    const openWords = open.map((o) => wordsOf(o.nameSearch));
    const allWords = everyone.map(wordsOf);

    const setOf = (rows: Open[]): TargetSet => {
      const reference = spread(rows, 200).map((o) => ({
        query: o.reference,
        reference: o.reference,
      }));
      const number = spread(
        rows.filter((o) => o.idHash),
        200,
      ).flatMap((o) => {
        const digits = numberOf(o);
        return digits ? [{ query: digits, reference: o.reference }] : [];
      });
      const name: Target[] = [];
      let namesakes = 0;
      for (const o of spread(rows, 400)) {
        const query = o.nameSearch.split(/[\s-]+/).filter(Boolean);
        if (query.length < 2) continue;
        if (openWords.filter((w) => hasAll(w, query)).length !== 1) continue;
        // Not a name hidden among more than 50 others containing its words (a search's first 50).
        if (everyone.filter((r) => query.every((w) => r.includes(w))).length > 50) continue;
        namesakes += allWords.filter((w) => hasAll(w, query)).length;
        name.push({ query: o.name, reference: o.reference });
        if (name.length >= 50) break;
      }
      return { reference, number, name, namesakes: namesakes / Math.max(1, name.length) };
    };
    const seededRows = open.filter((o) => o.caseId.startsWith('c-'));
    return {
      counts,
      demo: setOf(open.filter((o) => !o.caseId.startsWith('c-'))),
      seeded: seededRows.length ? setOf(seededRows) : null,
    };
  } finally {
    db.close();
  }
}

// --- a) Lookups under load -------------------------------------------------------------------

interface LoadResult {
  readonly kind: string;
  readonly p50: number;
  readonly p99: number;
  /** The question turn of a person lookup (Husly asks for the purpose). */
  readonly askP50: number | null;
  readonly perSecond: number;
  readonly turns: number;
  readonly outcomes: Map<string, number>;
}

type Kind = 'reference' | 'number' | 'name';
const KINDS: readonly Kind[] = ['reference', 'number', 'name'];

/** What the timed turns of one kind on one database gave, over all its stretches. */
interface Samples {
  readonly times: number[];
  readonly asks: number[];
  readonly outcomes: Map<string, number>;
  seconds: number;
}

const newSamples = (): Samples => ({ times: [], asks: [], outcomes: new Map(), seconds: 0 });

/** Every chat asks `kind` lookups, one after another, for 1.5 s of warm-up and `seconds`. */
async function lookupLoad(
  husly: Husly,
  kind: Kind,
  targets: Target[],
  seconds: number,
  samples: Samples,
): Promise<void> {
  if (targets.length === 0) throw new Error(`no ${kind} targets in this database`);
  const { times, asks, outcomes } = samples;
  const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  const warmUntil = now() + 1_500;
  const until = warmUntil + seconds * 1000;
  let next = 0;
  await Promise.all(
    chats.map(async (chat) => {
      while (now() < until) {
        const target = targets[next++ % targets.length] as Target;
        chat.inbox = [];
        const began = now();
        let status = await post(
          husly,
          inChat(chat, message(at(chat), `hvem eier ${target.query}`)),
        );
        let answered = now();
        if (kind !== 'reference') {
          const lookupId = chat.inbox
            .map((c) => /"lookupId":"([^"]+)"/.exec(JSON.stringify(c.body))?.[1])
            .find(Boolean);
          if (!lookupId) {
            if (began >= warmUntil) count(`no purpose card (${outcomeOf(chat, target.reference)})`);
            continue;
          }
          if (began >= warmUntil) asks.push(answered - began);
          chat.inbox = [];
          const submitted = now();
          status = await post(
            husly,
            inChat(
              chat,
              cardSubmit(at(chat), {
                action: 'lookup.purpose',
                lookupId,
                purpose: 'henvendelse-beboer',
              }),
            ),
          );
          answered = now();
          if (submitted < warmUntil) continue;
          times.push(answered - submitted);
        } else if (began >= warmUntil) times.push(answered - began);
        else continue;
        count(status === 200 ? outcomeOf(chat, target.reference) : `HTTP ${status}`);
      }
    }),
  );
  samples.seconds += seconds;
}

const summary = (kind: Kind, s: Samples): LoadResult => ({
  kind,
  p50: quantile(s.times, 0.5),
  p99: quantile(s.times, 0.99),
  askP50: s.asks.length ? quantile(s.asks, 0.5) : null,
  perSecond: s.times.length / s.seconds,
  turns: s.times.length,
  outcomes: s.outcomes,
});

// --- b) The start-up window ------------------------------------------------------------------

interface StartupResult {
  readonly firstAnswer: number | null;
  readonly firstHealthy: number | null;
  readonly started: number | null;
  readonly replanStarted: number | null;
  readonly replanEnded: number | null;
  readonly replanEndEvent: string | null;
  readonly replanCases: number | null;
  readonly longestSilence: number;
  readonly turnsSent: number;
  readonly turnsDuringReplan: number;
  readonly sentDuringReplan: number;
  readonly turnP50: number;
  readonly turnP99: number;
  readonly failures: number;
}

async function startupWindow(husly: Husly): Promise<StartupResult> {
  interface Request {
    readonly kind: 'health' | 'turn';
    readonly sent: number;
    answered: number | null;
    status: number | null;
  }
  const requests: Request[] = [];
  const relative = () => now() - husly.spawnedAt;
  const send = (kind: Request['kind'], work: () => Promise<number>) => {
    const request: Request = { kind, sent: relative(), answered: null, status: null };
    requests.push(request);
    return work().then(
      (status) => {
        request.answered = relative();
        request.status = status;
      },
      () => undefined, // Refused (not listening yet) or timed out: no answer.
    );
  };
  const inFlight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  const health = setInterval(
    () =>
      track(
        send('health', async () => {
          const res = await fetch(`${husly.base}/healthz`, { signal: AbortSignal.timeout(60_000) });
          await res.arrayBuffer();
          return res.status;
        }),
      ),
    25,
  );
  let turns: NodeJS.Timeout | null = null;
  let next = 0;
  const deadline = now() + REPLAN_WAIT_MS;
  try {
    while (!requests.some((r) => r.answered !== null)) {
      if (husly.child.exitCode !== null)
        throw new Error(`Husly exited:\n${husly.output.slice(-20).join('\n')}`);
      if (now() > deadline) throw new Error('Husly did not answer /healthz');
      await sleep(5);
    }
    // The port accepts: the chats are installed, then one "hjelp" every 100 ms.
    await Promise.all(
      chats.map((chat) => post(husly, inChat(chat, installationUpdate(at(chat), 'add')))),
    );
    turns = setInterval(() => {
      const free = chats.map((_, k) => chats[(next + k) % chats.length] as Chat);
      const chat = free.find((c) => !c.busy);
      next++;
      if (!chat) return;
      chat.busy = true;
      track(
        send('turn', () => post(husly, inChat(chat, message(at(chat), 'hjelp')))).finally(() => {
          chat.busy = false;
        }),
      );
    }, 100);
    let endedAt: number | null = null;
    while (now() < deadline) {
      if (husly.child.exitCode !== null)
        throw new Error(`Husly exited:\n${husly.output.slice(-20).join('\n')}`);
      if (endedAt === null && eventAt(husly, ...REPLAN_END) !== null) endedAt = now();
      if (endedAt !== null && now() - endedAt > 1_000) break;
      await sleep(20);
    }
  } finally {
    clearInterval(health);
    if (turns) clearInterval(turns);
  }
  await Promise.all(inFlight);

  const answered = requests.filter((r) => r.answered !== null);
  const end = Math.max(...requests.map((r) => r.answered ?? r.sent));
  const firstAnswer = Math.min(...answered.map((r) => r.answered as number));
  const times = [...answered.map((r) => r.answered as number), end].sort((a, b) => a - b);
  let longestSilence = 0;
  for (let k = 1; k < times.length; k++)
    longestSilence = Math.max(longestSilence, (times[k] as number) - (times[k - 1] as number));
  const replanStarted = eventAt(husly, 'reminders.replan.started') ?? eventAt(husly, 'started');
  const endEvent = husly.events.find((e) => REPLAN_END.includes(e.event)) ?? null;
  const replanEnded = endEvent?.at ?? null;
  const during = (r: Request) =>
    replanStarted !== null &&
    r.sent >= replanStarted &&
    (replanEnded === null || r.sent < replanEnded);
  const turnRequests = requests.filter((r) => r.kind === 'turn');
  const replanTurns = turnRequests.filter(during);
  const latencies = turnRequests
    .filter((r) => r.status === 200)
    .map((r) => (r.answered as number) - r.sent);
  const started = husly.events.find((e) => e.event === 'reminders.replan.started');
  return {
    firstAnswer: answered.length ? firstAnswer : null,
    firstHealthy:
      answered
        .filter((r) => r.kind === 'health' && r.status === 200)
        .map((r) => r.answered as number)
        .sort((a, b) => a - b)[0] ?? null,
    started: eventAt(husly, 'started'),
    replanStarted: eventAt(husly, 'reminders.replan.started'),
    replanEnded,
    replanEndEvent: endEvent?.event ?? null,
    replanCases: typeof started?.line.cases === 'number' ? started.line.cases : null,
    longestSilence,
    turnsSent: turnRequests.length,
    turnsDuringReplan: replanTurns.filter((r) => r.status === 200).length,
    sentDuringReplan: replanTurns.length,
    turnP50: quantile(latencies, 0.5),
    turnP99: quantile(latencies, 0.99),
    failures: turnRequests.filter((r) => r.status !== 200).length,
  };
}

// --- One database: start, window, load, memory -----------------------------------------------

interface Running {
  readonly label: string;
  readonly husly: Husly;
  readonly startup: StartupResult;
  readonly targets: Targets;
}

async function start(label: string, dbFile: string): Promise<Running> {
  console.error(`[${label}] starting Husly (${HUSLY}) on ${dbFile}`);
  const husly = await spawnHusly(dbFile);
  try {
    const startup = await startupWindow(husly);
    return { label, husly, startup, targets: targetsOf(dbFile) };
  } catch (error) {
    await husly.stop();
    throw error;
  }
}

/** One line of figures: a server asked about one set of its open cases. */
interface Series {
  readonly run: Running;
  readonly set: TargetSet;
  readonly samples: Map<Kind, Samples>;
}

const series = (run: Running, set: TargetSet): Series => ({
  run,
  set,
  samples: new Map(KINDS.map((k) => [k, newSamples()])),
});

/**
 * Each kind: the demo database, the large one asked about the same (demo kommune's) cases, the
 * large one asked about its seeded cases, the same cases again, the demo database again. The
 * ratio compares the first two, which differ only in what else the database holds; the order
 * lets drift on a shared machine (other work starting or stopping) fall on both alike.
 */
async function measureLoads(demo: Series, large: Series, seeded: Series | null) {
  for (const kind of KINDS) {
    const stretches: [Series, number][] = [
      [demo, SECONDS / 2],
      [large, SECONDS / 2],
      ...(seeded ? [[seeded, SECONDS] as [Series, number]] : []),
      [large, SECONDS / 2],
      [demo, SECONDS / 2],
    ];
    for (const [line, seconds] of stretches) {
      const which = line === seeded ? 'seeded cases' : 'demo cases';
      console.error(`[${line.run.label}] lookups by ${kind} (${which}), ${seconds} s`);
      const into = line.samples.get(kind) ?? newSamples();
      await lookupLoad(line.run.husly, kind, line.set[kind], seconds, into);
    }
  }
}

const loadsOf = (line: Series) => KINDS.map((k) => summary(k, line.samples.get(k) ?? newSamples()));

// --- The run -----------------------------------------------------------------------------------

const dir = mkdtempSync(path.join(tmpdir(), 'husly-bench-scale-'));
const kept = process.env.BENCH_DB;
const largeFile = kept ? path.resolve(kept) : path.join(dir, 'large.db');
const running: Running[] = [];
try {
  let seeded: string;
  if (kept && existsSync(largeFile)) seeded = 'reused (BENCH_DB)';
  else {
    console.error(`seeding ${largeFile} …`);
    const db = await openDatabase(`file:${largeFile}`);
    try {
      const result = await seedLarge(db.prisma, { ...settings, cases: CASES, audit: AUDIT });
      seeded = `seeded in ${result.seconds.toFixed(1)} s`;
    } finally {
      await db.close();
    }
  }
  const size = statSync(largeFile).size / 1024 / 1024;
  const demo = await start('demo', path.join(dir, 'demo.db'));
  running.push(demo);
  const copy = path.join(dir, 'large-run.db');
  copyFileSync(largeFile, copy);
  const large = await start(LARGE, copy);
  running.push(large);
  const replanRunningDuringLoad = eventAt(large.husly, ...REPLAN_END) === null;
  const lines = {
    demo: series(demo, demo.targets.demo),
    large: series(large, large.targets.demo),
    seeded: large.targets.seeded ? series(large, large.targets.seeded) : null,
  };
  await measureLoads(lines.demo, lines.large, lines.seeded);
  await sleep(1_000);
  report({
    demo,
    large,
    loads: {
      demo: loadsOf(lines.demo),
      large: loadsOf(lines.large),
      seeded: lines.seeded ? loadsOf(lines.seeded) : null,
    },
    memory: { demo: memoryOf(demo.husly), large: memoryOf(large.husly) },
    file: `${size.toFixed(0)} MB, ${seeded}`,
    replanRunningDuringLoad,
  });
} finally {
  for (const run of running) await run.husly.stop();
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
}

interface Report {
  readonly demo: Running;
  readonly large: Running;
  readonly loads: {
    readonly demo: LoadResult[];
    /** The large database, asked about demo kommune's cases (the same as `demo`). */
    readonly large: LoadResult[];
    /** The large database, asked about its seeded cases. */
    readonly seeded: LoadResult[] | null;
  };
  readonly memory: { readonly demo: Memory; readonly large: Memory };
  readonly file: string;
  readonly replanRunningDuringLoad: boolean;
}

function report({ demo, large, loads, memory, file, replanRunningDuringLoad }: Report) {
  const ms = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : `${x.toFixed(0)} ms`);
  const ms1 = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(1));
  const ratio = (a: number | null, b: number | null) =>
    a !== null && b !== null && b > 0 && !Number.isNaN(a) ? `${(a / b).toFixed(2)}×` : '—';
  const count = (n: number) => n.toLocaleString('en');
  const describe = (d: Running) =>
    `${count(d.targets.counts.cases)} cases (${count(d.targets.counts.open)} open), ` +
    `${count(d.targets.counts.residents)} residents, ` +
    `${count(d.targets.counts.audit)} audit events`;
  const how = HUSLY === 'dist' ? 'node dist/src/main.js' : 'node --import tsx src/main.ts';
  console.log(
    `scale bench: Husly ${HUSLY} (${how}), Node ${process.versions.node}, ${cpus().length} CPUs`,
  );
  console.log(`  demo: ${describe(demo)}`);
  console.log(`  ${LARGE}: ${describe(large)}; file ${file}`);
  console.log(
    `  ${CONVERSATIONS} conversations at once (${PERSONAS.join(', ')}; ` +
      `${CONVERSATIONS / PERSONAS.length} chats each), ${SECONDS} s per kind and line, in ` +
      'stretches after a 1.5 s warm-up;\n  a turn is the POST /api/messages round trip',
  );

  const cols = (cells: string[]) =>
    cells
      .map((c, k) => (k === 0 ? c.padEnd(28) : c.padStart([0, 20, 20, 14, 18, 20][k] ?? 14)))
      .join('');
  console.log(
    "\na) Lookups under load, p50/p99 ms (turns/s). Same targets, demo kommune's open cases, " +
      `in both;\n   the last column: the ${LARGE} database's seeded cases.\n` +
      cols(['', 'demo', LARGE, 'ratio', 'goal', `${LARGE}, seeded`]),
  );
  const goals: Record<string, number> = { reference: 1.1, number: 1.1, name: 1.5 };
  const figures = (x: LoadResult | undefined) =>
    x ? `${ms1(x.p50)}/${ms1(x.p99)} (${x.perSecond.toFixed(0)})` : '—';
  for (const d of loads.demo) {
    const l = loads.large.find((x) => x.kind === d.kind) as LoadResult;
    const goal = goals[d.kind] ?? 1.1;
    const met50 = l.p50 / d.p50 <= goal;
    const met99 = l.p99 / d.p99 <= goal;
    const verdict = met50 && met99 ? 'met' : met50 ? 'p50 only' : 'NOT MET';
    console.log(
      cols([
        `  ${d.kind === 'reference' ? 'by reference' : `by ${d.kind} (answer turn)`}`,
        figures(d),
        figures(l),
        `${ratio(l.p50, d.p50)}/${ratio(l.p99, d.p99)}`,
        `≤ ${goal}× ${verdict}`,
        figures(loads.seeded?.find((x) => x.kind === d.kind)),
      ]),
    );
  }
  for (const d of loads.demo.filter((x) => x.askP50 !== null)) {
    const l = loads.large.find((x) => x.kind === d.kind) as LoadResult;
    const seeded = loads.seeded?.find((x) => x.kind === d.kind);
    console.log(
      cols([
        `  by ${d.kind}: question turn p50`,
        ms1(d.askP50),
        ms1(l.askP50),
        ratio(l.askP50, d.askP50),
        '',
        ms1(seeded?.askP50 ?? null),
      ]),
    );
  }
  const names = (set: TargetSet | null) =>
    set ? `${set.name.length} (${set.namesakes.toFixed(1)})` : '—';
  console.log(
    '  name targets: full names one resident with an open case has (residents with all of its ' +
      `words, on average):\n    demo ${names(demo.targets.demo)}, ${LARGE} ` +
      `${names(large.targets.demo)}, ${LARGE} seeded ${names(large.targets.seeded)}`,
  );
  for (const [label, list] of [
    ['demo', loads.demo],
    [LARGE, loads.large],
    [`${LARGE} seeded`, loads.seeded ?? []],
  ] as const)
    for (const l of list) {
      const other = [...l.outcomes].filter(([k]) => k !== 'answer');
      if (other.length)
        console.log(
          `  ${label} by ${l.kind}: ${l.outcomes.get('answer') ?? 0} of ${l.turns} answered ` +
            `with the case; otherwise ${other.map(([k, n]) => `${n}× ${k}`).join('; ')}`,
        );
    }
  if (replanRunningDuringLoad)
    console.log(
      `  NOTE: replanning on the ${LARGE} database had not finished after ` +
        `${REPLAN_WAIT_MS / 1000} s: its lookups were measured while it ran.`,
    );

  const row = (name: string, a: string, b: string, goal = '') =>
    console.log(`  ${name.padEnd(42)}${a.padStart(16)}${b.padStart(16)}   ${goal}`);
  console.log('\nb) Start-up window, from spawn');
  row('', 'demo', LARGE, 'goal');
  const [s0, s1] = [demo.startup, large.startup];
  const withCases = (x: StartupResult) =>
    `${ms(x.replanStarted)}${x.replanCases !== null ? ` (${x.replanCases})` : ''}`;
  row('first HTTP answer (port accepts)', ms(s0.firstAnswer), ms(s1.firstAnswer));
  row(
    'first /healthz 200',
    ms(s0.firstHealthy),
    ms(s1.firstHealthy),
    `≤ 3000 ms ${s1.firstHealthy !== null && s1.firstHealthy <= 3000 ? 'met' : 'NOT MET'}`,
  );
  row('`started` log line', ms(s0.started), ms(s1.started));
  row('replanning started (open cases)', withCases(s0), withCases(s1));
  row(
    'replanning finished',
    ms(s0.replanEnded),
    s1.replanEnded === null ? `> ${REPLAN_WAIT_MS / 1000} s` : ms(s1.replanEnded),
  );
  row('longest stretch with no HTTP answer', ms(s0.longestSilence), ms(s1.longestSilence));
  row(
    '"hjelp" turns answered during replanning',
    `${s0.turnsDuringReplan} of ${s0.sentDuringReplan}`,
    `${s1.turnsDuringReplan} of ${s1.sentDuringReplan}`,
    s1.turnsDuringReplan > 0 ? 'served' : 'NONE',
  );
  row(
    '"hjelp" turn p50/p99 in the window, ms',
    `${ms1(s0.turnP50)}/${ms1(s0.turnP99)}`,
    `${ms1(s1.turnP50)}/${ms1(s1.turnP99)}`,
  );
  if (s0.failures + s1.failures > 0)
    row('"hjelp" turns not answered 200', String(s0.failures), String(s1.failures));
  for (const [d, x] of [
    [demo, s0],
    [large, s1],
  ] as const)
    if (x.replanEndEvent && x.replanEndEvent !== 'reminders.replan.finished')
      console.log(`  (${d.label}: end of replanning from the \`${x.replanEndEvent}\` log line)`);

  console.log('\nc) Memory of the Husly process, MB');
  row('', 'demo', LARGE, 'ratio');
  const mb = (x: number) => x.toFixed(0);
  const { demo: m0, large: m1 } = memory;
  row('VmRSS after the load', mb(m0.rss), mb(m1.rss), ratio(m1.rss, m0.rss));
  row('VmHWM (peak)', mb(m0.hwm), mb(m1.hwm), ratio(m1.hwm, m0.hwm));
}

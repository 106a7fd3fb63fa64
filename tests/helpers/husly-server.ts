import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { POSTGRES_SERVER, tempPostgresDatabase } from './temp-postgres.ts';
import { parseConfig } from '../../src/config.ts';
import type { Clock } from '../../src/domain/common/clock.ts';
import { createLogger } from '../../src/log.ts';
import { startHusly } from '../../src/main.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { untilListening } from './until-listening.ts';

/** A temporary directory with a SQLite URL in it; removed by `cleanup()`. */
/**
 * A fresh database for one test, and a directory beside it for its other files: a SQLite file
 * in that directory, or under `npm run test:postgres` a PostgreSQL database of its own.
 */
export function tempDatabase(): { dir: string; url: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'husly-test-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (POSTGRES_SERVER) {
    const database = tempPostgresDatabase(POSTGRES_SERVER);
    return {
      dir,
      url: database.url,
      cleanup: () => {
        database.drop();
        removeDir();
      },
    };
  }
  return { dir, url: `file:${path.join(dir, 'husly.db')}`, cleanup: removeDir };
}

export interface PostResult {
  readonly status: number;
  readonly body: string;
}

export async function postActivity(
  baseUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  return { status: res.status, body: await res.text() };
}

export interface TestServer {
  readonly url: string;
  readonly dbUrl: string;
  /** Every log line the server wrote (JSON). */
  readonly logs: string[];
  post(activity: unknown, headers?: Record<string, string>): Promise<PostResult>;
  tickReminders(): Promise<unknown>;
  /** One tick of the notice outbox (notices that did not go out at once). */
  tickNotices(): Promise<unknown>;
  /** One tick of the weekly worklist posts (units' channels). */
  tickWorklists(): Promise<unknown>;
  /** A second connection to the same database, for looking at what was written. */
  db(): Promise<Database>;
  /** Row counts of the tables a refused request must never touch. */
  rowCounts(): Promise<Record<'refs' | 'state' | 'audit' | 'units', number>>;
  stop(): Promise<void>;
}

/**
 * The real server (restify + CloudAdapter + Prisma) in this process, on an ephemeral port;
 * `clock` (default the system clock) is its "now".
 */
export async function startTestServer(
  env: Record<string, string> = {},
  dbUrl?: string,
  clock?: Clock,
): Promise<TestServer> {
  const temp = dbUrl ? null : tempDatabase();
  const url = dbUrl ?? temp!.url;
  // No background reminder ticks in tests: a test that wants one calls tickReminders().
  const parsed = parseConfig({
    PORT: '0',
    DATABASE_URL: url,
    LOG_LEVEL: 'debug',
    HUSLY_REMINDER_INTERVAL_SECONDS: '0',
    // Each activity's locale counts, as in Teams (development's own default is bokmål for all,
    // for the playground: the browser test asks for that).
    HUSLY_LOCALE: 'teams',
    ...env,
  });
  if (!parsed.ok) throw new Error(`test config invalid: ${parsed.problems.join('; ')}`);
  const logs: string[] = [];
  const husly = await startHusly(
    parsed.config,
    createLogger('debug', { write: (line: string) => void logs.push(line) }),
    clock,
  );
  // Tests look at the reminder plan right away; a real start serves turns while it is made.
  await husly.replanned;
  const base = `http://127.0.0.1:${husly.port}`;
  let inspector: Database | null = null;
  const db = async () => (inspector ??= await openDatabase(url));
  return {
    url: base,
    dbUrl: url,
    logs,
    post: (activity, headers) => postActivity(base, activity, headers),
    tickReminders: () => husly.tickReminders(),
    tickNotices: () => husly.tickNotices(),
    tickWorklists: () => husly.tickWorklists(),
    db,
    async rowCounts() {
      const { prisma } = await db();
      return {
        refs: await prisma.conversationRef.count(),
        state: await prisma.botState.count(),
        audit: await prisma.auditEvent.count(),
        units: await prisma.unit.count(),
      };
    },
    async stop() {
      await inspector?.close();
      await husly.stop();
      temp?.cleanup();
    },
  };
}

export interface ChildHusly {
  readonly process: ChildProcess;
  readonly url: string;
  readonly output: string[];
  exited: Promise<number | null>;
}

/** The real server as `npm start` runs it, in a child process (for restart and signal tests). */
export async function spawnHusly(env: Record<string, string>): Promise<ChildHusly> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'info',
      NODE_NO_WARNINGS: '1',
      HUSLY_REMINDER_INTERVAL_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { port, output, exited } = await untilListening(child);
  return { process: child, url: `http://127.0.0.1:${port}`, output, exited };
}

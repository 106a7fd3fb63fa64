/**
 * bench/overview — the worklist and the overview at the size of a large municipality: 100,000
 * cases (7,000 open) and 1,000,000 audit events, against the demo municipality alone, measured
 * side by side in one run, with the query plans of every statement the calls ran. Not a test:
 * it prints. Goal (issue 12 §4): p99 ≤ 100 ms per domain call at the large size.
 *
 *   npm run bench:overview                     (a few minutes; a temporary SQLite file)
 *   BENCH_CASES=20000 BENCH_RUNS=50 npm run bench:overview   (quicker)
 *   BENCH_DB=/tmp/overview.db npm run bench:overview   (seeds that file once and keeps it:
 *                                                       later runs measure at once)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { AccessGate } from '../src/domain/access/access-gate.ts';
import type { Actor } from '../src/domain/actor/actor.ts';
import { addDays } from '../src/domain/common/calendar-date.ts';
import { systemClock } from '../src/domain/common/clock.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import type { Result } from '../src/domain/common/result.ts';
import { OverviewService } from '../src/domain/overview/overview.service.ts';
import { WorklistService } from '../src/domain/overview/worklist.service.ts';
import { openDatabase } from '../src/persistence/database.ts';
import { PrismaClient } from '../src/persistence/generated/client.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';
import { developmentSettings, seedLarge } from './lib/seed-large.ts';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const OPEN_SHARE = 0.07;
const AUDIT = Number(process.env.BENCH_AUDIT ?? CASES * 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
const TZ = 'Europe/Oslo';

const dir = mkdtempSync(path.join(tmpdir(), 'husly-bench-overview-'));
const kept = process.env.BENCH_DB;
const reuse = kept !== undefined && existsSync(kept);
const url = `file:${kept ?? path.join(dir, 'bench.db')}`;
const db = await openDatabase(url);
const today = localDate(new Date(), TZ);

try {
  const started = performance.now();
  if (!reuse) await seed();
  else await db.prisma.$executeRawUnsafe('ANALYZE'); // indexes added since it was seeded
  const seeded = (performance.now() - started) / 1000;
  await db.close();
  await measureAll(seeded);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function seed() {
  await seedLarge(db.prisma, {
    idSecret: developmentSettings().idSecret,
    timeZone: TZ,
    cases: CASES,
    openShare: OPEN_SHARE,
    audit: AUDIT,
  });
}

async function measureAll(seeded: number) {
  // A client that reports each statement, for the query plans.
  const statements = new Map<string, string>();
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url, timeout: 10_000 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  let capture: string | null = null;
  let timing: string | null = null;
  /** Milliseconds spent in each statement during the timed runs, as Prisma reports them. */
  const spent = new Map<string, { name: string; sql: string; ms: number }>();
  prisma.$on('query', (e) => {
    if (capture && !statements.has(e.query)) statements.set(e.query, `${capture}\t${e.params}`);
    if (timing) {
      const key = `${timing}\t${e.query}`;
      const entry = spent.get(key) ?? { name: timing, sql: e.query, ms: 0 };
      entry.ms += Number(e.duration);
      spent.set(key, entry);
    }
  });
  const uow = new PrismaUnitOfWork(prisma);
  const gate = new AccessGate(systemClock);
  const worklist = new WorklistService(uow, gate, systemClock, TZ);
  const overview = new OverviewService(uow, gate, systemClock, TZ);

  const actorOf = async (role: string, unitKey: string): Promise<Actor> => {
    const unit = await prisma.unit.findUniqueOrThrow({ where: { key: unitKey } });
    const staffRow = await prisma.staff.findFirstOrThrow({ where: { role, unitId: unit.id } });
    return {
      staff: { ...staffRow, role: staffRow.role as Actor['staff']['role'] },
      unit: { ...unit, kind: unit.kind as Actor['unit']['kind'] },
      tenantId: 'bench',
    };
  };
  const coordinator = await actorOf('koordinator', 'tildeling');
  const leader = await actorOf('leder', 'nav-bolig');
  const halfYear = {
    from: `${today.slice(0, 4)}-${today.slice(5, 7) <= '06' ? '01' : '07'}-01`,
    to: today,
  };
  const year = { from: addDays(today, -364), to: today };

  async function measure(name: string, work: () => Promise<unknown>) {
    capture = name;
    await work();
    capture = null;
    const times: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      timing = i >= WARMUP ? name : null;
      const start = performance.now();
      await work();
      if (i >= WARMUP) times.push(performance.now() - start);
    }
    timing = null;
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? NaN;
    return { name, p50: at(0.5), p99: at(0.99) };
  }

  const mustOk = async <T, C extends string>(p: Promise<Result<T, C>>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(r.code);
    return r.value;
  };
  const listed = await mustOk(worklist.forActor(coordinator));
  const results = [
    await measure('worklist (Tildeling koordinator)', () => mustOk(worklist.forActor(coordinator))),
    await measure('worklist for a unit channel', () =>
      worklist.forUnitChannel(coordinator.unit.id),
    ),
    await measure('overview, whole municipality, half-year', () =>
      mustOk(overview.overview(leader, { unitId: null, ...halfYear })),
    ),
    await measure('overview, one unit, last 12 months', () =>
      mustOk(overview.overview(leader, { unitId: coordinator.unit.id, ...year })),
    ),
  ];
  const counts = await prisma.$queryRawUnsafe<{ cases: number; open: number; audit: number }[]>(
    `SELECT (SELECT COUNT(*) FROM cases) AS cases,
            (SELECT COUNT(*) FROM cases WHERE status = 'open') AS open,
            (SELECT COUNT(*) FROM audit_events) AS audit`,
  );
  const c = counts[0];
  console.log(
    `overview bench: ${Number(c?.cases).toLocaleString('en')} cases ` +
      `(${Number(c?.open).toLocaleString('en')} open), ` +
      `${Number(c?.audit).toLocaleString('en')} audit events; seeded in ${seeded.toFixed(1)} s; ` +
      `${RUNS} timed runs each; SQLite, Node ${process.versions.node}`,
  );
  console.log(
    `  worklist rows for the Tildeling koordinator: ${listed.rows.length} shown of ` +
      `${listed.total}`,
  );
  for (const r of results)
    console.log(
      `  ${r.name.padEnd(42)} p50 ${r.p50.toFixed(1).padStart(6)} ms   ` +
        `p99 ${r.p99.toFixed(1).padStart(6)} ms   ${r.p99 <= 100 ? 'goal met' : 'GOAL NOT MET'}`,
    );
  console.log('\nthe slowest statements of each call (mean ms per call, as Prisma times them):');
  for (const r of results) {
    const own = [...spent.values()].filter((e) => e.name === r.name);
    const total = own.reduce((sum, e) => sum + e.ms, 0) / RUNS;
    console.log(`  ${r.name}: ${own.length} statements, ${total.toFixed(1)} ms in SQL`);
    for (const e of own.sort((a, b) => b.ms - a.ms).slice(0, 4)) {
      const sql = e.sql.replace(/\s+/g, ' ').slice(0, 100);
      console.log(`    ${(e.ms / RUNS).toFixed(1).padStart(5)} ms  ${sql}`);
    }
  }
  console.log('\nquery plans (EXPLAIN QUERY PLAN) of every statement the calls ran:');
  for (const [sql, tagged] of statements) {
    if (!/^\s*(SELECT|WITH)/i.test(sql)) continue;
    const [name, params] = tagged.split('\t');
    let plan: string[];
    try {
      const values = JSON.parse(params ?? '[]') as unknown[];
      plan = (
        await prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...values)
      ).map((p) => p.detail);
    } catch (error) {
      plan = [`(could not explain: ${(error as Error).message.split('\n')[0]})`];
    }
    console.log(`\n[${name}] ${sql.replace(/\s+/g, ' ').slice(0, 220)}`);
    for (const line of plan) console.log(`    ${line}`);
  }
  await prisma.$disconnect();
}

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
import { seedDemoMunicipality } from '../src/persistence/demo-seed.ts';
import { PrismaClient } from '../src/persistence/generated/client.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const OPEN = Math.round(CASES * 0.07);
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

/** Inserts `count` rows into `table`, row i (0-based) from `select` over the CTE column i. */
async function fill(table: string, columns: string, count: number, select: string) {
  await db.prisma.$executeRawUnsafe(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${count})
     INSERT INTO ${table} (${columns}) SELECT ${select} FROM n`,
  );
}

/** An ISO instant as Prisma stores DateTime in SQLite, `days` before today (may be an expr). */
const instant = (days: string) =>
  `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '${today}', '-' || (${days}) || ' days', '+10 hours')`;
/** A local date `days` from today (negative: before). */
const day = (days: string) => `date('${today}', (${days}) || ' days')`;

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
  await seedDemoMunicipality(db.prisma, 'bench-secret-'.padEnd(40, 'x'), new Date(), TZ);
  const units = (
    await db.prisma.unit.findMany({ orderBy: { key: 'asc' }, select: { id: true } })
  ).map((u) => `'${u.id}'`);
  const staff = (
    await db.prisma.staff.findMany({ orderBy: { id: 'asc' }, select: { id: true } })
  ).map((s) => `'${s.id}'`);
  const pick = (list: string[], expr: string) =>
    `CASE (${expr}) % ${list.length} ${list.map((v, k) => `WHEN ${k} THEN ${v}`).join(' ')} END`;
  // Caseworkers as a large municipality has them (17 per unit), each coordinating cases of
  // their own unit: about 40 open cases each, a real caseload.
  const perUnit = 17;
  await fill(
    'staff',
    'id, aadObjectId, name, email, unitId, role, createdAt, updatedAt',
    units.length * perUnit,
    `'bs-' || i, 'bench-aad-' || i, 'Bench Staff ' || i, 'bs' || i || '@bench.invalid',
     ${pick(units, 'i')}, 'saksbehandler', ${instant('0')}, ${instant('0')}`,
  );
  const n = units.length;
  const coordinatorOf = `'bs-' || ((i * 13) % ${n} + ${n} * (i % ${perUnit}))`;
  const subcategories = [
    ['fare-for-a-miste-bolig', 'utkastelse-tvangssalg'],
    ['fare-for-a-miste-bolig', 'hoye-boutgifter'],
    ['uten-egen-bolig', 'akutt-midlertidig'],
    ['uegnet-bolig', 'darlig-standard'],
  ];
  const category = pick(
    subcategories.map(([c]) => `'${c}'`),
    'i',
  );
  const subcategory = pick(
    subcategories.map(([, s]) => `'${s}'`),
    'i',
  );
  const open = `i < ${OPEN}`;
  // Opened up to five years ago; closed ones after 30–400 days (never after today).
  const openedDays = `CASE WHEN ${open} THEN (i * 7) % 700 ELSE 400 + (i * 11) % 1400 END`;
  const closedDays = `MAX(0, ${openedDays} - 30 - (i % 370))`;
  // An open case's dates are around today; a closed one's around its first month.
  const anchor = `CASE WHEN ${open} THEN 0 ELSE 30 - (${openedDays}) END`;
  const reasons = [
    "'bolig-sikret'",
    "'leieforhold-avsluttet'",
    "'flyttet'",
    "'utkastet'",
    "'annet'",
  ];

  await fill(
    'residents',
    'id, name, nameSearch, createdAt, updatedAt',
    CASES,
    `'r-' || i, 'Bench Person ' || i, 'bench person ' || i, ${instant('0')}, ${instant('0')}`,
  );
  await fill(
    'cases',
    'id, reference, residentId, category, subcategory, level, status, owningUnitId, ' +
      'coordinatorId, openedAt, closedAt, closedReason, noticeDate, namsmannNoticeDate, ' +
      'namsmannCopyDate, evictionDate, evictionHappened, acuteDate, firstMissedRentDate, ' +
      'landlordNoticeDate, createdAt, updatedAt',
    CASES,
    `'c-' || i, 'B' || i, 'r-' || i, ${category}, ${subcategory}, 1 + (i * 7) % 4,
     CASE WHEN ${open} THEN 'open' ELSE 'closed' END, ${pick(units, '(i * 13)')},
     CASE WHEN i % 5 = 0 THEN NULL ELSE ${coordinatorOf} END,
     ${instant(openedDays)}, CASE WHEN ${open} THEN NULL ELSE ${instant(closedDays)} END,
     CASE WHEN ${open} THEN NULL ELSE ${pick(reasons, 'i / 3')} END,
     CASE WHEN i % 10 = 3 OR (NOT (${open}) AND i % 3 = 0) THEN ${day(`${anchor} - (i % 20)`)} END,
     CASE WHEN i % 10 = 1 THEN ${day(`${anchor} - (i % 20)`)} END,
     CASE WHEN i % 10 = 2 THEN ${day(`${anchor} - (i % 10)`)} END,
     CASE WHEN i % 10 = 0 THEN ${day(`${anchor} + (i % 40)`)} END,
     CASE WHEN NOT (${open}) AND (i / 3) % 5 = 3 THEN 1 ELSE 0 END,
     CASE WHEN ${open} AND i % 10 = 4 THEN ${day('-(i % 3)')} END,
     CASE WHEN i % 10 = 5 THEN ${day(`${anchor} - (i % 60)`)} END,
     CASE WHEN i % 10 = 6 THEN ${day(`${anchor} - (i % 30)`)} END,
     ${instant('0')}, ${instant('0')}`,
  );
  await fill(
    'concerns',
    'id, submissionId, caseId, reporterId, reporterUnitId, createdAt, category, subcategory, ' +
      'landlordType, children, description, sharingBasis, residentInformed',
    CASES,
    `'k-' || i, 's-' || i, 'c-' || i, ${pick(staff, 'i')}, ${pick(units, 'i')},
     ${instant(openedDays)}, ${category}, ${subcategory},
     CASE i % 3 WHEN 0 THEN 'kommunal' WHEN 1 THEN 'privat' END, i % 4, 'x', 'lovhjemmel', 1`,
  );
  await fill(
    'case_changes',
    'id, caseId, at, actorId, field, fromValue, toValue, reason',
    CASES / 2,
    `'ch-' || i, 'c-' || ((i * 2) % ${CASES}), ${instant('(i * 3) % 1800')}, ${pick(staff, 'i')},
     'level', CAST(1 + i % 4 AS TEXT), CAST(1 + (i + 1 + i % 2) % 4 AS TEXT), 'x'`,
  );
  await fill(
    'case_events',
    'id, caseId, type, occurredOn, decision, amountNok, recordedById, recordedAt',
    Math.round(CASES * 0.6),
    `'e-' || i, 'c-' || ((i * 5) % ${CASES}),
     CASE i % 3 WHEN 0 THEN 'kontakt-opprettet' WHEN 1 THEN 'stonad-vedtak' ELSE 'stonad-sokt' END,
     ${day('-((i * 3) % 1800)')}, CASE WHEN i % 3 = 1 THEN 'innvilget' END,
     CASE WHEN i % 3 = 1 THEN 5000 + (i % 20) * 1000 END, ${pick(staff, 'i')}, ${instant('0')}`,
  );
  const plans = Math.round(OPEN * 0.4);
  await fill(
    'goal_plans',
    'id, caseId, evaluationDate, vedtakReference, createdAt, createdById, updatedAt',
    plans,
    `'p-' || i, 'c-' || (i * 2), ${day('(i % 90) - 30')},
     CASE WHEN i % 2 = 0 THEN 'V-' || i END, ${instant('0')}, ${pick(staff, 'i')}, ${instant('0')}`,
  );
  await fill(
    'measures',
    'id, planId, type, description, responsibleUnitId, deadline, status, createdAt, updatedAt',
    plans * 2,
    `'m-' || i, 'p-' || (i / 2), 'booppfolging', 'x', ${pick(units, 'i')}, ${day('(i % 60) - 20')},
     CASE i % 4 WHEN 0 THEN 'done' ELSE 'planned' END, ${instant('0')}, ${instant('0')}`,
  );
  await fill(
    'evaluations',
    'id, planId, at, byId, summary, nextEvaluationDate',
    Math.round(plans / 2),
    `'ev-' || i, 'p-' || (i * 2), ${instant('10')}, ${pick(staff, 'i')}, 'x',
     ${day('(i % 60) - 20')}`,
  );
  await fill(
    'case_involvements',
    'id, caseId, unitId, since, reason',
    Math.round(OPEN * 0.5),
    `'inv-' || i, 'c-' || (i * 2 + 1), ${pick(units, '(i * 17 + 3)')}, ${instant('5')}, 'granted'`,
  );
  await db.prisma.$executeRawUnsafe(
    `DELETE FROM case_involvements WHERE id LIKE 'inv-%' AND unitId = ` +
      `(SELECT owningUnitId FROM cases WHERE cases.id = case_involvements.caseId)`,
  );
  await fill(
    'audit_events',
    'id, at, action, outcome, actorStaffId, caseId',
    AUDIT,
    `'a-' || i, ${instant('i % 1800')},
     CASE i % 4 WHEN 0 THEN 'case.open' WHEN 1 THEN 'case.lookup' WHEN 2 THEN 'case.listMine'
       ELSE 'concern.register' END, 'ok', ${pick(staff, 'i')}, 'c-' || (i % ${CASES})`,
  );
  await db.prisma.$executeRawUnsafe('ANALYZE');
}

async function measureAll(seeded: number) {
  // A client that reports each statement, for the query plans.
  const statements = new Map<string, string>();
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url, timeout: 10_000 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  let capture: string | null = null;
  prisma.$on('query', (e) => {
    if (capture && !statements.has(e.query)) statements.set(e.query, `${capture}\t${e.params}`);
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
      const start = performance.now();
      await work();
      if (i >= WARMUP) times.push(performance.now() - start);
    }
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

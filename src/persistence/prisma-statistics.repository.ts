import type { CasePhase, EvictionTimeline } from '../domain/case/case.ts';
import { addDays, daysBetween } from '../domain/common/calendar-date.ts';
import { localDate } from '../domain/common/local-date.ts';
import { zonedInstant } from '../domain/calendar/zoned-time.ts';
import {
  LANDLORDS,
  LEGAL_STEPS,
  type Landlord,
  type LegalStep,
  type RawFigures,
  type StatisticsFilter,
  type StatisticsRepository,
} from '../domain/overview/statistics.ts';
import type { WorklistCandidate } from '../domain/overview/worklist.ts';
import type { Db } from './database.ts';
import { dialectOf, inDialect } from './sql-dialect.ts';
import { stored, storedSubcategory } from './stored-columns.ts';

/**
 * The whole picture's read model on SQLite: every count is an aggregate query answered from the
 * indexes of migrations 20261127030435_whole_picture and 20261127033315_statistics_indexes, most
 * of them without reading a case row; no case is loaded into memory to be counted. Raw SQL,
 * because Prisma's groupBy can neither group by a CASE expression nor join.
 *
 * DateTime columns hold ISO-8601 UTC text as the Prisma SQLite adapter writes it
 * ('2026-11-23T08:00:00.000+00:00'): one fixed width, so text comparison with a bound in the
 * same form compares instants. Dates ('YYYY-MM-DD') compare as text too.
 */

/** A DateTime bound in the adapter's text form. */
const sqliteDateTime = (at: Date) => at.toISOString().replace('Z', '+00:00');

/** SQLite returns COUNT and SUM as bigint through the adapter, columns as numbers. */
/**
 * A count or sum as a number: SQLite gives numbers (or bigints), PostgreSQL bigints for COUNT and
 * decimals (as text or a Decimal) for SUM.
 */
const num = (value: unknown): number => {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  // PostgreSQL's numeric: text, or Prisma's Decimal, whose toString gives the digits.
  const digits =
    typeof value === 'string' ? value : (value as { toString?: () => string })?.toString?.();
  const parsed = Number(digits);
  return Number.isFinite(parsed) ? parsed : 0;
};

/** A condition's value: 1/0 from SQLite, true/false from PostgreSQL. */
const flag = (value: unknown): boolean => (typeof value === 'boolean' ? value : num(value) !== 0);

/** A declared DateTime column comes back as a Date, an expression (MIN(…)) as its text. */
const instant = (value: unknown): Date | null =>
  value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** JavaScript truthiness of a text column, as casePhase tests it ('' counts as unset). */
const isSet = (column: string) => `COALESCE(c.${column}, '') <> ''`;
const anySet = (...columns: string[]) => `(${columns.map(isSet).join(' OR ')})`;

/**
 * casePhase (src/domain/case/case.ts) as a CASE expression, branch for branch, with `today` as
 * its one parameter. tests/persistence/statistics.test.ts holds the two equal.
 */
const PHASE_BRANCHES: readonly (readonly [CasePhase, string])[] = [
  [
    'akutt',
    `${isSet('acuteDate')} AND NOT (c.temporaryAccommodationSince IS NOT NULL
       AND c.acuteDate IS NOT NULL AND c.temporaryAccommodationSince >= c.acuteDate)`,
  ],
  ['dato-satt', `${isSet('evictionDate')} AND NOT c.evictionHappened AND c.evictionDate >= ?`],
  ['etter-utkastelse', `c.evictionHappened`],
  ['begjaert', anySet('namsmannNoticeDate', 'namsmannCopyDate', 'objectionDeadline')],
  ['varsel', anySet('noticeDate', 'noticeReceivedDate', 'landlordNoticeDate', 'terminationDate')],
  ['for-varsel', anySet('firstMissedRentDate', 'arrearsReportedDate', 'leaseEndDate')],
];
export const CASE_PHASE_SQL = `CASE ${PHASE_BRANCHES.map(
  ([phase, when]) => `WHEN ${when} THEN '${phase}'`,
).join(' ')} ELSE 'uten-frist' END`;
const PHASES: readonly CasePhase[] = [...PHASE_BRANCHES.map(([phase]) => phase), 'uten-frist'];

/** The landlord of case `c`: its latest concern that named one, else 'ukjent'. */
const LANDLORD_SQL = `COALESCE((SELECT k.landlordType FROM concerns k
  WHERE k.caseId = c.id AND k.landlordType IS NOT NULL
  ORDER BY k.createdAt DESC LIMIT 1), 'ukjent')`;

const landlordOf = (value: unknown): Landlord =>
  value === 'ukjent' ? 'ukjent' : stored('concerns.landlordType', value);

/**
 * Each legal step by its own date (the § 4-18 notice's date, else the day it was received; the
 * day the tenant was served the namsmann's letter, else the day NAV got its copy), as arms that
 * are each one index range (migration statistics_indexes), never a scan of every case.
 */
const STEP_ARMS: readonly (readonly [LegalStep, string])[] = [
  ['varsel-4-18', 'c.noticeDate BETWEEN ? AND ?'],
  ['varsel-4-18', 'c.noticeDate IS NULL AND c.noticeReceivedDate BETWEEN ? AND ?'],
  ['varsel-9-11', 'c.landlordNoticeDate BETWEEN ? AND ?'],
  ['begjaering', 'c.namsmannNoticeDate BETWEEN ? AND ?'],
  ['begjaering', 'c.namsmannNoticeDate IS NULL AND c.namsmannCopyDate BETWEEN ? AND ?'],
  ['utkastelse', 'c.evictionDate BETWEEN ? AND ? AND c.evictionHappened'],
];

const TIMELINE_COLUMNS = [
  'firstMissedRentDate',
  'noticeDate',
  'noticeReceivedDate',
  'namsmannNoticeDate',
  'namsmannCopyDate',
  'objectionDeadline',
  'evictionDate',
  'belongingsDeadline',
  'arrearsReportedDate',
  'landlordNoticeDate',
  'leaseEndDate',
  'terminationDate',
  'releaseDate',
  'temporaryAccommodationSince',
  'acuteDate',
] as const satisfies readonly Exclude<keyof EvictionTimeline, 'evictionHappened'>[];

/**
 * One query for the worklist: each open case chosen by `where` (on `c`), with its owning unit's
 * name, its plan, vedtak, earliest open measure deadline, next evaluation and first contact.
 */
const CANDIDATES_SQL = (where: string) => `
  SELECT c.id, c.reference, c.owningUnitId, u.name AS owningUnitName, c.coordinatorId, c.level,
    c.openedAt, c.evictionHappened, ${TIMELINE_COLUMNS.map((col) => `c.${col}`).join(', ')},
    gp.id IS NOT NULL AS hasPlan,
    COALESCE(TRIM(gp.vedtakReference), '') <> '' AS hasVedtak,
    (SELECT MIN(m.deadline) FROM measures m
      WHERE m.planId = gp.id AND m.status NOT IN ('done', 'cancelled'))
      AS earliestOpenMeasureDeadline,
    COALESCE((SELECT e.nextEvaluationDate FROM evaluations e WHERE e.planId = gp.id
      ORDER BY e.at DESC LIMIT 1), gp.evaluationDate) AS nextEvaluationDate,
    (SELECT MIN(ev.occurredOn) FROM case_events ev
      WHERE ev.caseId = c.id AND ev.type = 'kontakt-opprettet') AS firstContactOn
  FROM cases c
  JOIN units u ON u.id = c.owningUnitId
  LEFT JOIN goal_plans gp ON gp.caseId = c.id AND gp.status = 'active'
  WHERE c.status = 'open' AND ${where}
  ORDER BY c.reference`;

type Row = Record<string, unknown>;

export class PrismaStatisticsRepository implements StatisticsRepository {
  constructor(
    private readonly db: Db,
    /** The municipality's time zone: a case's `openedOn` is the local date it was opened. */
    private readonly timeZone: string,
  ) {}

  private query(sql: string, ...params: unknown[]): Promise<Row[]> {
    return this.db.$queryRawUnsafe<Row[]>(inDialect(sql, dialectOf(this.db)), ...params);
  }

  async worklistCandidates(staffId: string, unitId: string) {
    // Three index lookups, merged here: SQLite answers an OR (or an IN over a UNION) of them with
    // a slower plan than the three apart (bench/overview.ts).
    const [owned, coordinated, involved] = [
      await this.query(CANDIDATES_SQL('c.owningUnitId = ?'), unitId),
      await this.query(
        CANDIDATES_SQL('c.coordinatorId = ? AND c.owningUnitId <> ?'),
        staffId,
        unitId,
      ),
      await this.query(
        CANDIDATES_SQL(`c.owningUnitId <> ? AND c.id IN (SELECT caseId FROM case_involvements
          WHERE unitId = ? AND endedAt IS NULL)`),
        unitId,
        unitId,
      ),
    ];
    const byId = new Map([...owned, ...coordinated, ...involved].map((r) => [text(r.id), r]));
    return [...byId.values()]
      .map((r) => this.toCandidate(r))
      .sort((a, b) => a.reference.localeCompare(b.reference));
  }

  async worklistCandidatesOwnedBy(unitId: string) {
    const rows = await this.query(CANDIDATES_SQL(`c.owningUnitId = ?`), unitId);
    return rows.map((r) => this.toCandidate(r));
  }

  private toCandidate(r: Row): WorklistCandidate {
    const timeline = Object.fromEntries(TIMELINE_COLUMNS.map((col) => [col, text(r[col])]));
    const openedAt = instant(r.openedAt) ?? new Date(0);
    return {
      caseId: String(r.id),
      reference: String(r.reference),
      owningUnitId: String(r.owningUnitId),
      owningUnitName: String(r.owningUnitName),
      coordinatorId: text(r.coordinatorId),
      level: stored('cases.level', num(r.level)),
      openedOn: localDate(openedAt, this.timeZone),
      timeline: {
        ...(timeline as Omit<EvictionTimeline, 'evictionHappened'>),
        evictionHappened: Boolean(r.evictionHappened),
      },
      hasPlan: flag(r.hasPlan),
      hasVedtak: flag(r.hasVedtak),
      earliestOpenMeasureDeadline: text(r.earliestOpenMeasureDeadline),
      nextEvaluationDate: text(r.nextEvaluationDate),
      firstContactOn: text(r.firstContactOn),
    };
  }

  async figures(filter: StatisticsFilter): Promise<RawFigures> {
    const { from, to } = filter.period;
    // Local days → instants: [start of `from`, start of the day after `to`).
    const bounds: Bounds = {
      from,
      to,
      fromAt: sqliteDateTime(zonedInstant(from, '00:00', filter.timeZone)),
      toAt: sqliteDateTime(zonedInstant(addDays(to, 1), '00:00', filter.timeZone)),
      // The unit filter as SQL on `c` (cases), its parameter given last. Unary + keeps SQLite
      // from answering it with the owningUnitId index: the period's index range is narrower
      // than every case a unit ever owned.
      onUnit: filter.unitId === null ? '' : 'AND +c.owningUnitId = ?',
      unit: filter.unitId === null ? [] : [filter.unitId],
    };
    // One after another: SQLite answers one statement at a time anyway.
    return {
      ...openFigures(await this.openCases(filter.today, filter.unitId)),
      newCases: await this.newCases(bounds),
      levelMoves: await this.levelMoves(bounds),
      outcomes: await this.outcomes(bounds),
      legalSteps: await this.legalSteps(bounds),
      daysToFirstContact: await this.daysToFirstContact(bounds, filter.timeZone),
      moneyGranted: await this.moneyGranted(bounds),
      children: await this.children(bounds),
    };
  }

  /** Open cases today by level, category, unit and phase: one pass over the open cases. */
  private openCases(today: string, unitId: string | null) {
    return this.query(
      `SELECT c.level, c.category, c.subcategory, c.owningUnitId, ${CASE_PHASE_SQL} AS phase,
         COUNT(*) AS n
       FROM cases c WHERE c.status = 'open' ${unitId === null ? '' : 'AND c.owningUnitId = ?'}
       GROUP BY 1, 2, 3, 4, 5`,
      today,
      ...(unitId === null ? [] : [unitId]),
    );
  }

  private async newCases(b: Bounds) {
    const [row] = await this.query(
      `SELECT COUNT(*) AS n FROM cases c WHERE c.openedAt >= ? AND c.openedAt < ? ${b.onUnit}`,
      b.fromAt,
      b.toAt,
      ...b.unit,
    );
    return num(row?.n);
  }

  private async levelMoves(b: Bounds): Promise<RawFigures['levelMoves']> {
    const rows = await this.query(
      `SELECT ch.fromValue, ch.toValue, COUNT(*) AS n
       FROM case_changes ch JOIN cases c ON c.id = ch.caseId
       WHERE ch.field = 'level' AND ch.at >= ? AND ch.at < ? ${b.onUnit}
       GROUP BY 1, 2`,
      b.fromAt,
      b.toAt,
      ...b.unit,
    );
    return rows
      .map((r) => ({ fromLevel: Number(r.fromValue), toLevel: Number(r.toValue), count: num(r.n) }))
      .filter((m) => Number.isInteger(m.fromLevel) && Number.isInteger(m.toLevel))
      .sort((x, y) => x.fromLevel - y.fromLevel || x.toLevel - y.toLevel);
  }

  /** Closed in the period after a § 4-18 notice or a request: housing secured or evicted. */
  private async outcomes(b: Bounds): Promise<RawFigures['outcomes']> {
    const rows = await this.query(
      `SELECT landlord, outcome, COUNT(*) AS n FROM (
         SELECT ${LANDLORD_SQL} AS landlord,
           CASE WHEN c.closedReason = 'utkastet' OR c.evictionHappened THEN 'evicted'
                WHEN c.closedReason = 'bolig-sikret' THEN 'prevented' END AS outcome
         FROM cases c
         WHERE c.closedAt >= ? AND c.closedAt < ? ${b.onUnit}
           AND (c.noticeDate IS NOT NULL OR c.noticeReceivedDate IS NOT NULL
             OR c.namsmannNoticeDate IS NOT NULL OR c.namsmannCopyDate IS NOT NULL))
       WHERE outcome IS NOT NULL
       GROUP BY 1, 2`,
      b.fromAt,
      b.toAt,
      ...b.unit,
    );
    return rows
      .map((r) => ({
        landlord: landlordOf(r.landlord),
        outcome: r.outcome === 'evicted' ? ('evicted' as const) : ('prevented' as const),
        count: num(r.n),
      }))
      .sort(
        (x, y) =>
          LANDLORDS.indexOf(x.landlord) - LANDLORDS.indexOf(y.landlord) ||
          x.outcome.localeCompare(y.outcome),
      );
  }

  /** Each legal step by its own date, whatever the case's status. */
  private async legalSteps(b: Bounds): Promise<RawFigures['legalSteps']> {
    const arms = STEP_ARMS.map(
      ([step, when]) =>
        `SELECT '${step}' AS step, ${LANDLORD_SQL} AS landlord FROM cases c
         WHERE ${when} ${b.onUnit}`,
    );
    const rows = await this.query(
      `SELECT step, landlord, COUNT(*) AS n FROM (${arms.join(' UNION ALL ')}) GROUP BY 1, 2`,
      ...STEP_ARMS.flatMap(() => [b.from, b.to, ...b.unit]),
    );
    return rows
      .map((r) => ({
        step: LEGAL_STEPS.find((s) => s === r.step) ?? 'varsel-4-18',
        landlord: landlordOf(r.landlord),
        count: num(r.n),
      }))
      .sort(
        (x, y) =>
          LEGAL_STEPS.indexOf(x.step) - LEGAL_STEPS.indexOf(y.step) ||
          LANDLORDS.indexOf(x.landlord) - LANDLORDS.indexOf(y.landlord),
      );
  }

  /** Cases whose first contact falls in the period (contacts in it, none before it). */
  private async daysToFirstContact(b: Bounds, timeZone: string): Promise<number[]> {
    const rows = await this.query(
      `SELECT ev.caseId, MIN(ev.occurredOn) AS firstContactOn,
         (SELECT MIN(k.createdAt) FROM concerns k WHERE k.caseId = ev.caseId) AS firstConcernAt
       FROM case_events ev JOIN cases c ON c.id = ev.caseId
       WHERE ev.type = 'kontakt-opprettet' AND ev.occurredOn BETWEEN ? AND ? ${b.onUnit}
         AND NOT EXISTS (SELECT 1 FROM case_events e2 WHERE e2.caseId = ev.caseId
           AND e2.type = 'kontakt-opprettet' AND e2.occurredOn < ?)
       GROUP BY ev.caseId`,
      b.from,
      b.to,
      ...b.unit,
      b.from,
    );
    // The first concern's local date needs the time zone, which SQLite does not know.
    return rows
      .flatMap((r) => {
        const concernAt = instant(r.firstConcernAt);
        const contactOn = text(r.firstContactOn);
        return concernAt && contactOn
          ? // A walk-in may be met before the concern is registered: 0 days, not fewer.
            [Math.max(0, daysBetween(localDate(concernAt, timeZone), contactOn))]
          : [];
      })
      .sort((x, y) => x - y);
  }

  private async moneyGranted(b: Bounds): Promise<RawFigures['moneyGranted']> {
    const [row] = await this.query(
      `SELECT COUNT(DISTINCT ev.caseId) AS cases, COALESCE(SUM(ev.amountNok), 0) AS total
       FROM case_events ev JOIN cases c ON c.id = ev.caseId
       WHERE ev.type = 'stonad-vedtak' AND ev.occurredOn BETWEEN ? AND ?
         AND ev.decision = 'innvilget' ${b.onUnit}`,
      b.from,
      b.to,
      ...b.unit,
    );
    return { cases: num(row?.cases), totalNok: num(row?.total) };
  }

  /** Open at some time in the period, and the latest concern that counted children had some. */
  private async children(b: Bounds): Promise<RawFigures['children']> {
    const [row] = await this.query(
      `SELECT COUNT(*) AS households, COALESCE(SUM(kids), 0) AS children FROM (
         SELECT (SELECT k.children FROM concerns k
                 WHERE k.caseId = c.id AND k.children IS NOT NULL
                 ORDER BY k.createdAt DESC LIMIT 1) AS kids
         FROM cases c
         WHERE (c.closedAt IS NULL OR c.closedAt >= ?) AND c.openedAt < ? ${b.onUnit})
       WHERE kids > 0`,
      b.fromAt,
      b.toAt,
      ...b.unit,
    );
    return { households: num(row?.households), children: num(row?.children) };
  }
}

/** The period's bounds and the unit filter, as query parameters. */
interface Bounds {
  /** Local dates, for 'YYYY-MM-DD' columns. */
  readonly from: string;
  readonly to: string;
  /** Instants, for DateTime columns: [fromAt, toAt). */
  readonly fromAt: string;
  readonly toAt: string;
  /** '' or 'AND c.owningUnitId = ?', with `unit` its parameter. */
  readonly onUnit: string;
  readonly unit: readonly string[];
}

/** The open-case breakdowns from the one grouped query. */
function openFigures(
  rows: readonly Row[],
): Pick<RawFigures, 'openByLevel' | 'openByPhase' | 'openByCategory' | 'openByUnit'> {
  const byLevel = new Map<RawFigures['openByLevel'][number]['level'], number>();
  const byPhase = new Map<CasePhase, number>();
  const byCategory = new Map<string, RawFigures['openByCategory'][number]>();
  const byUnit = new Map<string, number>();
  for (const r of rows) {
    const n = num(r.n);
    const level = stored('cases.level', num(r.level));
    byLevel.set(level, (byLevel.get(level) ?? 0) + n);
    const phase = PHASES.find((p) => p === r.phase) ?? 'uten-frist';
    byPhase.set(phase, (byPhase.get(phase) ?? 0) + n);
    const category = stored('cases.category', r.category);
    const subcategory = storedSubcategory(category, r.subcategory, 'cases.subcategory');
    const key = `${category}/${subcategory}`;
    byCategory.set(key, { category, subcategory, count: (byCategory.get(key)?.count ?? 0) + n });
    const unitId = String(r.owningUnitId);
    byUnit.set(unitId, (byUnit.get(unitId) ?? 0) + n);
  }
  return {
    openByLevel: [...byLevel]
      .map(([level, count]) => ({ level, count }))
      .sort((a, b) => a.level - b.level),
    openByPhase: PHASES.flatMap((phase) => {
      const count = byPhase.get(phase);
      return count ? [{ phase, count }] : [];
    }),
    openByCategory: [...byCategory.values()].sort(
      (a, b) => a.category.localeCompare(b.category) || a.subcategory.localeCompare(b.subcategory),
    ),
    openByUnit: [...byUnit]
      .map(([unitId, count]) => ({ unitId, count }))
      .sort((a, b) => a.unitId.localeCompare(b.unitId)),
  };
}

import {
  CASE_LEVELS,
  type CaseLevel,
  type CasePhase,
  type Category,
  type Subcategory,
} from '../case/case.ts';
import { daysBetween, isIsoDate } from '../common/calendar-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import { exact, suppressBreakdown, suppressed, type Shown } from './shown.ts';
import {
  LANDLORDS,
  LEGAL_STEPS,
  levelColour,
  type Landlord,
  type LegalStep,
  type LevelColour,
  type Period,
  type RawFigures,
} from './statistics.ts';

/** The longest period an overview or report covers. */
const MAX_PERIOD_DAYS = 5 * 366;

export type PeriodError = 'STATISTICS.INVALID_PERIOD' | 'STATISTICS.PERIOD_TOO_LONG';

/** Checks a period typed or chosen by a user. */
export function checkPeriod(from: string, to: string): Result<Period, PeriodError> {
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return fail('STATISTICS.INVALID_PERIOD');
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) return fail('STATISTICS.PERIOD_TOO_LONG');
  return ok({ from, to });
}

/** The colour transitions counted as level movement, in the order they are shown. */
const LEVEL_MOVES: readonly { readonly from: LevelColour; readonly to: LevelColour }[] = [
  { from: 'rod', to: 'gul' },
  { from: 'gul', to: 'gronn' },
  { from: 'rod', to: 'gronn' },
  { from: 'gronn', to: 'gul' },
  { from: 'gul', to: 'rod' },
  { from: 'gronn', to: 'rod' },
];

/** The overview as it may be shown: every figure already suppressed where it must be. */
export interface OverviewFigures {
  readonly period: Period;
  /** Local date the open-case figures are as of. */
  readonly asOf: string;
  /** The unit filtered on, or null for the whole municipality. */
  readonly unit: { readonly id: string; readonly name: string } | null;
  readonly openTotal: Shown;
  readonly openByLevel: readonly { readonly level: CaseLevel; readonly shown: Shown }[];
  readonly openByPhase: readonly { readonly phase: CasePhase; readonly shown: Shown }[];
  readonly openByCategory: readonly {
    readonly category: Category;
    readonly subcategory: Subcategory;
    readonly shown: Shown;
  }[];
  readonly openByUnit: readonly {
    readonly unitId: string;
    readonly unitName: string;
    readonly shown: Shown;
  }[];
  readonly newCases: Shown;
  readonly levelMovement: readonly {
    readonly from: LevelColour;
    readonly to: LevelColour;
    readonly shown: Shown;
  }[];
  /** Evictions prevented against carried out, by landlord, then the totals. */
  readonly outcomes: readonly {
    readonly landlord: Landlord;
    readonly prevented: Shown;
    readonly evicted: Shown;
  }[];
  readonly outcomesTotal: { readonly prevented: Shown; readonly evicted: Shown };
  readonly legalSteps: readonly {
    readonly step: LegalStep;
    readonly total: Shown;
    readonly byLandlord: readonly { readonly landlord: Landlord; readonly shown: Shown }[];
  }[];
  /** Days from the first concern to the first contact: median, only when 5 or more cases. */
  readonly firstContact: { readonly cases: Shown; readonly medianDays: number | null };
  /** Kroner granted under sosialtjenesteloven §§ 18–19: only when 5 or more cases. */
  readonly moneyGranted: { readonly cases: Shown; readonly totalNok: number | null };
  readonly children: { readonly households: Shown; readonly children: Shown };
}

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Applies statistical disclosure control to raw figures. For the whole municipality the totals
 * are exact and every breakdown is suppressed (1–4 → "< 5", with complementary suppression
 * against the exact total); for one unit, everything is a breakdown below the municipality.
 */
export function shownFigures(
  raw: RawFigures,
  context: {
    readonly period: Period;
    readonly asOf: string;
    readonly unit: { readonly id: string; readonly name: string } | null;
    readonly unitNames: ReadonlyMap<string, string>;
  },
): OverviewFigures {
  const whole = context.unit === null;
  const total = (n: number) => (whole ? exact(n) : suppressed(n));
  // Complementary suppression wherever the breakdown's total is shown exactly: always for the
  // whole municipality, and for one unit when its total is 0 or 5 or more.
  const breakdown = (counts: readonly number[]) =>
    suppressBreakdown(counts, 'exact' in total(sum(counts)));
  const small = (n: number) => n < 5;

  const levels = CASE_LEVELS.map(
    (level) => raw.openByLevel.find((r) => r.level === level)?.count ?? 0,
  );
  const openTotal = sum(levels);
  const levelShown = breakdown(levels);
  const phases = raw.openByPhase.filter((r) => r.count > 0);
  const phaseShown = breakdown(phases.map((r) => r.count));
  const categories = raw.openByCategory.filter((r) => r.count > 0);
  const categoryShown = breakdown(categories.map((r) => r.count));
  const units = raw.openByUnit.filter((r) => r.count > 0);
  const unitShown = breakdown(units.map((r) => r.count));

  const moves = LEVEL_MOVES.map(({ from, to }) =>
    sum(
      raw.levelMoves
        .filter((m) => levelColour(m.fromLevel) === from && levelColour(m.toLevel) === to)
        .map((m) => m.count),
    ),
  );
  const movesShown = breakdown(moves);

  const outcomeCount = (landlord: Landlord, outcome: 'prevented' | 'evicted') =>
    sum(
      raw.outcomes
        .filter((o) => o.landlord === landlord && o.outcome === outcome)
        .map((o) => o.count),
    );
  const prevented = LANDLORDS.map((l) => outcomeCount(l, 'prevented'));
  const evicted = LANDLORDS.map((l) => outcomeCount(l, 'evicted'));
  const preventedShown = breakdown(prevented);
  const evictedShown = breakdown(evicted);

  const contactCases = raw.daysToFirstContact.length;
  const grantedCases = raw.moneyGranted.cases;

  return {
    period: context.period,
    asOf: context.asOf,
    unit: context.unit,
    openTotal: total(openTotal),
    openByLevel: CASE_LEVELS.map((level, i) => ({ level, shown: levelShown[i] ?? exact(0) })),
    openByPhase: phases.map((r, i) => ({ phase: r.phase, shown: phaseShown[i] ?? exact(0) })),
    openByCategory: categories.map((r, i) => ({
      category: r.category,
      subcategory: r.subcategory,
      shown: categoryShown[i] ?? exact(0),
    })),
    openByUnit: units.map((r, i) => ({
      unitId: r.unitId,
      unitName: context.unitNames.get(r.unitId) ?? '',
      shown: unitShown[i] ?? exact(0),
    })),
    newCases: total(raw.newCases),
    levelMovement: LEVEL_MOVES.map((m, i) => ({ ...m, shown: movesShown[i] ?? exact(0) })),
    outcomes: LANDLORDS.map((landlord, i) => ({
      landlord,
      prevented: preventedShown[i] ?? exact(0),
      evicted: evictedShown[i] ?? exact(0),
    })),
    outcomesTotal: { prevented: total(sum(prevented)), evicted: total(sum(evicted)) },
    legalSteps: LEGAL_STEPS.map((step) => {
      const counts = LANDLORDS.map((landlord) =>
        sum(
          raw.legalSteps
            .filter((s) => s.step === step && s.landlord === landlord)
            .map((s) => s.count),
        ),
      );
      const shown = breakdown(counts);
      return {
        step,
        total: total(sum(counts)),
        byLandlord: LANDLORDS.map((landlord, i) => ({ landlord, shown: shown[i] ?? exact(0) })),
      };
    }),
    firstContact: {
      cases: total(contactCases),
      medianDays: small(contactCases) ? null : median(raw.daysToFirstContact),
    },
    moneyGranted: {
      cases: total(grantedCases),
      // Rounded (thousands for the municipality, ten thousands below it): two periods a day
      // apart must not give one household's grant away.
      totalNok: small(grantedCases)
        ? null
        : Math.round(raw.moneyGranted.totalNok / (whole ? 1000 : 10_000)) * (whole ? 1000 : 10_000),
    },
    children: {
      households: total(raw.children.households),
      // A count of children in fewer than 5 households could point at a family.
      children: small(raw.children.households)
        ? suppressed(Math.min(raw.children.children, 1))
        : total(raw.children.children),
    },
  };
}

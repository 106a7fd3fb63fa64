import { CASE_LEVELS } from '../case/case.ts';
import { addDays, addMonths } from '../common/calendar-date.ts';
import type { OverviewFigures } from './overview.ts';
import {
  ABOUT_WORDS,
  ALL_UNITS_KEY,
  asOfLabel,
  COLUMNS,
  FEWER_THAN_FIVE,
  HIDDEN,
  HUSBANKEN_WORDS,
  INDICATOR_WORDS,
  KOSTRA_WORDS,
  SHEETS,
  WHOLE_MUNICIPALITY,
  WHOLE_PERIOD,
  type ReportLabels,
} from './report-words.ts';
import type { Shown } from './shown.ts';
import {
  LANDLORDS,
  LEGAL_STEPS,
  type Landlord,
  type LegalStep,
  type Period,
  type RawFigures,
} from './statistics.ts';

/**
 * The report file's content (issue 12 §3), format-neutral: sheets of string and number cells,
 * written as XLSX or CSV by src/report. Every figure has gone through `shownFigures`, the same
 * disclosure control as the overview: no name, identity number, case reference or free text —
 * only codes, unit names, months and counts.
 */

export type ReportCell = string | number;

interface ReportSheet {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
}

export interface Report {
  readonly period: Period;
  /** A file name without its extension: `husly-rapport-2026-01-01-2026-06-30`. */
  readonly fileStem: string;
  readonly sheets: readonly ReportSheet[];
}

export const REPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (value: string): value is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(value);

/** A unit as the report names it: its key from the org import and its name. */
export interface ReportUnit {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

/** The figures of one period (a month, or the whole period) for the municipality and each unit. */
export interface ReportBlock {
  readonly period: Period;
  readonly municipality: OverviewFigures;
  /**
   * The municipality's legal steps, exact: KOSTRA asks the municipality for exact counts (SSB
   * publishes them per municipality and applies its own disclosure control).
   */
  readonly municipalityLegalSteps: RawFigures['legalSteps'];
  readonly units: readonly { readonly unit: ReportUnit; readonly figures: OverviewFigures }[];
}

export interface ReportInput {
  readonly period: Period;
  /** Local date the open-case figures are as of. */
  readonly asOf: string;
  /** Local date and time the report was made: 'YYYY-MM-DD HH:MM'. */
  readonly madeAt: string;
  readonly timeZone: string;
  /** One block per calendar month the period touches, in order. */
  readonly months: readonly ReportBlock[];
  readonly whole: ReportBlock;
}

/** The calendar months a period touches, each cut to the period. */
export function periodMonths(period: Period): Period[] {
  const months: Period[] = [];
  for (let from = period.from; from <= period.to;) {
    const next = addMonths(`${from.slice(0, 7)}-01`, 1);
    const last = addDays(next, -1);
    months.push({ from, to: last < period.to ? last : period.to });
    from = next;
  }
  return months;
}

const year = (day: string) => Number(day.slice(0, 4));
const firstHalf = (day: string) => Number(day.slice(5, 7)) <= 6;

/** The last half-year that has ended: 1 January – 30 June or 1 July – 31 December. */
export function lastFullHalfYear(today: string): Period {
  const y = year(today);
  return firstHalf(today)
    ? { from: `${y - 1}-07-01`, to: `${y - 1}-12-31` }
    : { from: `${y}-01-01`, to: `${y}-06-30` };
}

/** The half-year we are in, from its first day to today. */
export function halfYearSoFar(today: string): Period {
  return { from: `${year(today)}-${firstHalf(today) ? '01' : '07'}-01`, to: today };
}

/** Last calendar year: what KOSTRA is reported for. */
export function lastCalendarYear(today: string): Period {
  const y = year(today) - 1;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** A shown figure as a cell: the number, "< 5", or ":" when hidden. */
function shownCell(shown: Shown): ReportCell {
  if ('exact' in shown) return shown.exact;
  if ('rounded' in shown) return shown.rounded;
  return 'fewerThan' in shown ? FEWER_THAN_FIVE : HIDDEN;
}

/** A median or an amount that is withheld when fewer than five cases lie behind it. */
function withheldCell(value: number | null, cases: Shown): ReportCell {
  if (value !== null) return value;
  return 'exact' in cases && cases.exact === 0 ? '' : HIDDEN;
}

interface Indicator {
  readonly code: string;
  readonly label: string;
  readonly value: ReportCell;
}

const byLandlord = (
  landlord: Landlord,
  list: readonly { readonly landlord: Landlord; readonly shown: Shown }[],
): Shown => list.find((x) => x.landlord === landlord)?.shown ?? { exact: 0 };

function stepOf(f: OverviewFigures, step: LegalStep) {
  return f.legalSteps.find((s) => s.step === step);
}

/** The indicators counted in a period, in the order they are listed. */
function periodIndicators(f: OverviewFigures): Indicator[] {
  const w = INDICATOR_WORDS;
  const rows: Indicator[] = [
    { code: 'nye-saker', label: w.newCases, value: shownCell(f.newCases) },
  ];
  for (const move of f.levelMovement)
    rows.push({
      code: `nivaflytting-${move.from}-${move.to}`,
      label: w.levelMove(move.from, move.to),
      value: shownCell(move.shown),
    });
  for (const step of LEGAL_STEPS) {
    const s = stepOf(f, step);
    rows.push({
      code: `${step}-i-alt`,
      label: w.legalStep(step, null),
      value: shownCell(s?.total ?? { exact: 0 }),
    });
    for (const landlord of LANDLORDS)
      rows.push({
        code: `${step}-${landlord}`,
        label: w.legalStep(step, landlord),
        value: shownCell(byLandlord(landlord, s?.byLandlord ?? [])),
      });
  }
  for (const [outcome, label] of [
    ['prevented', w.prevented],
    ['evicted', w.evicted],
  ] as const) {
    const code = outcome === 'prevented' ? 'forhindret' : 'utkastet';
    rows.push({
      code: `${code}-i-alt`,
      label: label(null),
      value: shownCell(f.outcomesTotal[outcome]),
    });
    for (const o of f.outcomes)
      rows.push({
        code: `${code}-${o.landlord}`,
        label: label(o.landlord),
        value: shownCell(o[outcome]),
      });
  }
  rows.push(
    {
      code: 'forste-kontakt-saker',
      label: w.firstContactCases,
      value: shownCell(f.firstContact.cases),
    },
    {
      code: 'forste-kontakt-median-dager',
      label: w.firstContactMedianDays,
      value: withheldCell(f.firstContact.medianDays, f.firstContact.cases),
    },
    { code: 'stonad-saker', label: w.moneyCases, value: shownCell(f.moneyGranted.cases) },
    {
      code: 'stonad-kroner',
      label: w.moneyNok,
      value: withheldCell(f.moneyGranted.totalNok, f.moneyGranted.cases),
    },
    {
      code: 'barn-husstander',
      label: w.childHouseholds,
      value: shownCell(f.children.households),
    },
    { code: 'barn-antall', label: w.children, value: shownCell(f.children.children) },
  );
  return rows;
}

/** The open cases as of the day the report was made. */
function statusIndicators(f: OverviewFigures, labels: ReportLabels): Indicator[] {
  const w = INDICATOR_WORDS;
  return [
    { code: 'apne-saker', label: w.openTotal, value: shownCell(f.openTotal) },
    ...CASE_LEVELS.map((level) => ({
      code: `apne-niva-${level}`,
      label: w.openLevel(level),
      value: shownCell(f.openByLevel.find((l) => l.level === level)?.shown ?? { exact: 0 }),
    })),
    ...f.openByPhase.map((p) => ({
      code: `apne-fase-${p.phase}`,
      label: w.openPhase(p.phase),
      value: shownCell(p.shown),
    })),
    ...f.openByCategory.map((c) => ({
      code: `apne-${c.category}-${c.subcategory}`,
      label: w.openSubcategory(labels.category(c.category), labels.subcategory(c.subcategory)),
      value: shownCell(c.shown),
    })),
  ];
}

/** Every row of a block: the municipality first, then each unit. */
function blockRows(
  block: ReportBlock,
  periodLabel: string,
  indicators: (f: OverviewFigures) => Indicator[],
): ReportCell[][] {
  const who = [
    { name: WHOLE_MUNICIPALITY, key: ALL_UNITS_KEY, figures: block.municipality },
    ...block.units.map((u) => ({ name: u.unit.name, key: u.unit.key, figures: u.figures })),
  ];
  return who.flatMap(({ name, key, figures }) =>
    indicators(figures).map((i) => [periodLabel, name, key, i.code, i.label, i.value]),
  );
}

const monthLabel = (month: Period) => month.from.slice(0, 7);

function indicatorSheet(input: ReportInput, labels: ReportLabels): ReportSheet {
  return {
    name: SHEETS.indicators,
    columns: COLUMNS.indicators,
    rows: [
      ...input.months.flatMap((m) => blockRows(m, monthLabel(m.period), periodIndicators)),
      ...blockRows(input.whole, WHOLE_PERIOD, periodIndicators),
      ...blockRows(input.whole, asOfLabel(input.asOf), (f) => statusIndicators(f, labels)),
    ],
  };
}

/** The half-year report to Husbanken: the whole municipality, the whole period. */
function husbankenSheet(f: OverviewFigures): ReportSheet {
  const w = HUSBANKEN_WORDS;
  const rows: ReportCell[][] = [];
  let nr = 0;
  const item = (label: string, value: ReportCell, source: string) =>
    rows.push([String(++nr), label, value, source]);
  const split = (shown: (l: Landlord) => Shown, source: string) => {
    for (const landlord of ['kommunal', 'privat'] as const)
      rows.push(['', w.split(landlord), shownCell(shown(landlord)), source]);
  };
  item(w.newCases, shownCell(f.newCases), w.sources.newCases);
  for (const [step, label] of [
    ['varsel-4-18', w.notices],
    ['varsel-9-11', w.landlordNotices],
    ['begjaering', w.requests],
    ['utkastelse', w.evictions],
  ] as const) {
    const s = stepOf(f, step);
    item(label, shownCell(s?.total ?? { exact: 0 }), w.sources.legalStep);
    split((l) => byLandlord(l, s?.byLandlord ?? []), w.sources.legalStep);
  }
  const outcome = (l: Landlord, which: 'prevented' | 'evicted') =>
    f.outcomes.find((o) => o.landlord === l)?.[which] ?? { exact: 0 };
  item(w.prevented, shownCell(f.outcomesTotal.prevented), w.sources.outcome);
  split((l) => outcome(l, 'prevented'), w.sources.outcome);
  item(w.evicted, shownCell(f.outcomesTotal.evicted), w.sources.outcome);
  split((l) => outcome(l, 'evicted'), w.sources.outcome);
  item(w.moneyCases, shownCell(f.moneyGranted.cases), w.sources.money);
  item(w.moneyNok, withheldCell(f.moneyGranted.totalNok, f.moneyGranted.cases), w.sources.money);
  item(
    w.firstContactMedian,
    withheldCell(f.firstContact.medianDays, f.firstContact.cases),
    w.sources.firstContact,
  );
  item(w.childHouseholds, shownCell(f.children.households), w.sources.children);
  item(w.children, shownCell(f.children.children), w.sources.children);
  for (const move of f.levelMovement)
    item(w.levelMove(move.from, move.to), shownCell(move.shown), w.sources.levelMove);
  return { name: SHEETS.husbanken, columns: COLUMNS.husbanken, rows };
}

/** KOSTRA skjema 13: requests for eviction and evictions from municipal housing. */
function kostraSheet(steps: RawFigures['legalSteps'], period: Period): ReportSheet {
  const w = KOSTRA_WORDS;
  const count = (step: LegalStep, landlord: Landlord) =>
    steps
      .filter((s) => s.step === step && s.landlord === landlord)
      .reduce((n, s) => n + s.count, 0);
  const wholeYear =
    period.from.endsWith('-01-01') && period.to === `${period.from.slice(0, 4)}-12-31`;
  return {
    name: SHEETS.kostra,
    columns: COLUMNS.kostra,
    rows: [
      ['1', w.requests, count('begjaering', 'kommunal'), w.requestsNote],
      ['2', w.evictions, count('utkastelse', 'kommunal'), w.evictionsNote],
      ['', w.requestsUnknown, count('begjaering', 'ukjent'), w.unknownNote],
      ['', w.evictionsUnknown, count('utkastelse', 'ukjent'), w.unknownNote],
      ...(wholeYear ? [] : [['', w.calendarYear(period.from, period.to), '', '']]),
      ['', w.itemNumbers, '', ''],
    ],
  };
}

function aboutSheet(input: ReportInput): ReportSheet {
  const w = ABOUT_WORDS;
  return {
    name: SHEETS.about,
    columns: COLUMNS.about,
    rows: [
      [...w.title],
      [w.period, `${input.period.from} – ${input.period.to}`],
      [w.madeAt, input.madeAt],
      [w.asOf, input.asOf],
      [w.timeZone, input.timeZone],
      ...w.rows.map(([field, text]) => [field, text]),
    ],
  };
}

/** The report: indicators per month and unit, Husbanken's half-year report, KOSTRA, and how. */
export function buildReport(input: ReportInput, labels: ReportLabels): Report {
  return {
    period: input.period,
    fileStem: `husly-rapport-${input.period.from}-${input.period.to}`,
    sheets: [
      indicatorSheet(input, labels),
      husbankenSheet(input.whole.municipality),
      kostraSheet(input.whole.municipalityLegalSteps, input.period),
      aboutSheet(input),
    ],
  };
}

import type { OverviewCardInput } from '../../dialogs/cards/overview.card.ts';
import type { Worklist } from '../../src/domain/overview/worklist.service.ts';
import type { WorklistRow } from '../../src/domain/overview/worklist.ts';
import { shownFigures } from '../../src/domain/overview/overview.ts';
import type { RawFigures } from '../../src/domain/overview/statistics.ts';

/** Samples for the worklist and overview cards (issue 12): every reason, every figure. */

const TODAY = '2026-11-23';
export const UNITS = [
  { id: 'u-nav', name: 'NAV boligsosialt team' },
  { id: 'u-til', name: 'Tildelingsteam' },
  { id: 'u-rop', name: 'Psykisk helse og rus' },
] as const;

const row = (n: number, reasons: WorklistRow['reasons'], sortDate: string | null): WorklistRow => ({
  caseId: `0b5f7a52-4c1e-4a43-9a1e-6f1d2b3c4d${String(n).padStart(2, '0')}`,
  reference: `2026-${String(n).padStart(4, '0')}`,
  owningUnitId: 'u-nav',
  owningUnitName: 'NAV boligsosialt team',
  reasons,
  sortDate,
  hasLegalDeadline: sortDate !== null,
});

/** One row for each reason a case can be on the list for, in the domain's order. */
export const WORKLIST_ROWS: readonly WorklistRow[] = [
  row(1, [{ code: 'acute', due: TODAY }], TODAY),
  row(2, [{ code: 'objection-open', due: '2026-12-01' }], '2026-12-01'),
  row(3, [{ code: 'request-soon', due: '2026-12-02' }], '2026-12-02'),
  row(
    4,
    [
      { code: 'eviction-soon', due: '2026-12-03' },
      { code: 'objection-open', due: '2026-11-30' },
    ],
    '2026-11-30',
  ),
  row(5, [{ code: 'objection-unknown', due: '2026-11-20' }], '2026-11-20'),
  row(6, [{ code: 'untaken', due: '2026-11-19' }], null),
  row(7, [{ code: 'no-vedtak-or-plan', due: null, missing: 'vedtak-and-plan' }], null),
  row(8, [{ code: 'no-vedtak-or-plan', due: null, missing: 'plan' }], null),
  row(9, [{ code: 'measure-overdue', due: '2026-11-15' }], null),
  row(10, [{ code: 'evaluation-overdue', due: '2026-11-10' }], null),
  row(11, [{ code: 'never-contacted', due: '2026-11-20' }], null),
];

export const sampleWorklist = (total = 40): Worklist => ({
  today: TODAY,
  rows: WORKLIST_ROWS,
  total,
});

export const EMPTY_WORKLIST: Worklist = { today: TODAY, rows: [], total: 0 };

/** Raw figures with small cells in every breakdown (3 at nivå 4, 2 privat evicted, …). */
export const RAW_FIGURES: RawFigures = {
  openByLevel: [
    { level: 1, count: 12 },
    { level: 2, count: 20 },
    { level: 3, count: 9 },
    { level: 4, count: 3 },
  ],
  openByPhase: [
    { phase: 'akutt', count: 2 },
    { phase: 'dato-satt', count: 6 },
    { phase: 'varsel', count: 15 },
    { phase: 'uten-frist', count: 21 },
  ],
  openByCategory: [
    { category: 'fare-for-a-miste-bolig', subcategory: 'utkastelse-tvangssalg', count: 30 },
    { category: 'uten-egen-bolig', subcategory: 'uten-tak-over-hodet', count: 4 },
    { category: 'uegnet-bolig', subcategory: 'darlig-standard', count: 10 },
  ],
  openByUnit: [
    { unitId: 'u-nav', count: 30 },
    { unitId: 'u-til', count: 11 },
    { unitId: 'u-rop', count: 3 },
  ],
  newCases: 17,
  levelMoves: [
    { fromLevel: 3, toLevel: 2, count: 8 },
    { fromLevel: 4, toLevel: 2, count: 1 },
    { fromLevel: 2, toLevel: 1, count: 6 },
    { fromLevel: 1, toLevel: 3, count: 2 },
  ],
  outcomes: [
    { landlord: 'kommunal', outcome: 'prevented', count: 14 },
    { landlord: 'kommunal', outcome: 'evicted', count: 5 },
    { landlord: 'privat', outcome: 'prevented', count: 9 },
    { landlord: 'privat', outcome: 'evicted', count: 2 },
  ],
  legalSteps: [
    { step: 'varsel-4-18', landlord: 'kommunal', count: 22 },
    { step: 'varsel-4-18', landlord: 'privat', count: 7 },
    { step: 'begjaering', landlord: 'kommunal', count: 6 },
    { step: 'begjaering', landlord: 'privat', count: 3 },
    { step: 'utkastelse', landlord: 'privat', count: 2 },
  ],
  daysToFirstContact: [1, 2, 2, 3, 5, 8],
  moneyGranted: { cases: 7, totalNok: 184_500 },
  children: { households: 11, children: 19 },
};

/** Nothing at all: a new municipality. */
export const EMPTY_FIGURES: RawFigures = {
  openByLevel: [],
  openByPhase: [],
  openByCategory: [],
  openByUnit: [],
  newCases: 0,
  levelMoves: [],
  outcomes: [],
  legalSteps: [],
  daysToFirstContact: [],
  moneyGranted: { cases: 0, totalNok: 0 },
  children: { households: 0, children: 0 },
};

/** The overview card's input: for the whole municipality, or for one unit (NAV). */
export function sampleOverview(
  unit: 'whole' | 'nav' = 'whole',
  raw: RawFigures = RAW_FIGURES,
  period = { from: '2026-07-01', to: TODAY },
): OverviewCardInput {
  const chosen = unit === 'nav' ? UNITS[0] : null;
  return {
    figures: shownFigures(raw, {
      period,
      asOf: TODAY,
      unit: chosen ? { id: chosen.id, name: chosen.name } : null,
      unitNames: new Map(UNITS.map((u) => [u.id, u.name])),
    }),
    units: UNITS,
    today: TODAY,
  };
}

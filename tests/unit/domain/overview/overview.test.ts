import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPeriod, shownFigures } from '../../../../src/domain/overview/overview.ts';
import { exact, SUPPRESS_BELOW } from '../../../../src/domain/overview/shown.ts';
import type { RawFigures } from '../../../../src/domain/overview/statistics.ts';

const about = (n: number) => ({ rounded: n });
const LESS = { fewerThan: SUPPRESS_BELOW };
const HIDDEN = { hidden: true };
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

describe('checkPeriod', () => {
  it('accepts a period of real dates, from not after to', () => {
    assert.deepEqual(checkPeriod('2026-01-01', '2026-06-30'), { ok: true, value: PERIOD });
    assert.deepEqual(checkPeriod('2026-03-01', '2026-03-01'), {
      ok: true,
      value: { from: '2026-03-01', to: '2026-03-01' },
    });
  });

  it('refuses what is not a period', () => {
    for (const [from, to] of [
      ['2026-06-30', '2026-01-01'],
      ['2026-02-30', '2026-03-01'],
      ['1.1.2026', '2026-03-01'],
      ['2026-01-01', ''],
    ] as const)
      assert.deepEqual(checkPeriod(from, to), {
        ok: false,
        code: 'STATISTICS.INVALID_PERIOD',
      });
  });

  it('refuses more than five years', () => {
    // 5 × 366 days between the two dates is the longest.
    assert.equal(checkPeriod('2021-01-01', '2026-01-05').ok, true);
    assert.deepEqual(checkPeriod('2021-01-01', '2026-01-06'), {
      ok: false,
      code: 'STATISTICS.PERIOD_TOO_LONG',
    });
  });
});

const RAW: RawFigures = {
  openByLevel: [
    { level: 1, count: 3 },
    { level: 2, count: 10 },
    { level: 3, count: 7 },
  ],
  openByPhase: [
    { phase: 'akutt', count: 2 },
    { phase: 'varsel', count: 18 },
    { phase: 'for-varsel', count: 0 },
  ],
  openByCategory: [
    { category: 'fare-for-a-miste-bolig', subcategory: 'utkastelse-tvangssalg', count: 20 },
  ],
  openByUnit: [
    { unitId: 'u-1', count: 16 },
    { unitId: 'u-2', count: 4 },
  ],
  newCases: 3,
  levelMoves: [
    { fromLevel: 3, toLevel: 2, count: 4 },
    { fromLevel: 4, toLevel: 2, count: 2 },
    { fromLevel: 2, toLevel: 1, count: 6 },
    { fromLevel: 2, toLevel: 3, count: 1 },
    { fromLevel: 3, toLevel: 4, count: 9 },
  ],
  outcomes: [
    { landlord: 'kommunal', outcome: 'prevented', count: 8 },
    { landlord: 'privat', outcome: 'prevented', count: 2 },
    { landlord: 'kommunal', outcome: 'evicted', count: 1 },
  ],
  legalSteps: [
    { step: 'varsel-4-18', landlord: 'kommunal', count: 12 },
    { step: 'varsel-4-18', landlord: 'privat', count: 6 },
    { step: 'begjaering', landlord: 'privat', count: 3 },
  ],
  daysToFirstContact: [10, 2, 4, 1, 3],
  moneyGranted: { cases: 5, totalNok: 50_000 },
  children: { households: 4, children: 9 },
};

const context = (unit: { id: string; name: string } | null) => ({
  period: PERIOD,
  asOf: '2026-07-01',
  unit,
  unitNames: new Map([
    ['u-1', 'NAV boligsosialt team'],
    ['u-2', 'Tildelingsteam'],
  ]),
});

describe('shownFigures for the whole municipality', () => {
  const shown = shownFigures(RAW, context(null));

  it('shows totals exactly, however small', () => {
    assert.deepEqual(shown.openTotal, exact(20));
    assert.deepEqual(shown.newCases, exact(3));
    assert.deepEqual(shown.outcomesTotal, { prevented: exact(10), evicted: exact(1) });
    assert.deepEqual(shown.children.households, exact(4));
    assert.equal(shown.unit, null);
    assert.deepEqual(shown.period, PERIOD);
    assert.equal(shown.asOf, '2026-07-01');
  });

  it('suppresses 1–4 in every breakdown and hides the cell that would give it away', () => {
    assert.deepEqual(
      shown.openByLevel.map((l) => [l.level, l.shown]),
      [
        [1, LESS],
        [2, about(10)],
        [3, HIDDEN],
        [4, exact(0)],
      ],
    );
    // Phases and categories without cases are left out.
    assert.deepEqual(
      shown.openByPhase.map((p) => [p.phase, p.shown]),
      [
        ['akutt', LESS],
        ['varsel', HIDDEN],
      ],
    );
    assert.deepEqual(shown.openByCategory, [
      {
        category: 'fare-for-a-miste-bolig',
        subcategory: 'utkastelse-tvangssalg',
        shown: about(20),
      },
    ]);
    assert.deepEqual(shown.openByUnit, [
      { unitId: 'u-1', unitName: 'NAV boligsosialt team', shown: HIDDEN },
      { unitId: 'u-2', unitName: 'Tildelingsteam', shown: LESS },
    ]);
  });

  it('counts level movement by colour: rødt 3–4, gult 2, grønt 1', () => {
    assert.deepEqual(
      shown.levelMovement.map((m) => [`${m.from}→${m.to}`, m.shown]),
      [
        // 6 and 6: the first of the smallest is hidden.
        ['rod→gul', HIDDEN],
        ['gul→gronn', about(5)],
        ['rod→gronn', exact(0)],
        ['gronn→gul', exact(0)],
        ['gul→rod', LESS],
        ['gronn→rod', exact(0)],
      ],
    );
  });

  it('splits outcomes and legal steps by landlord, suppressed against their totals', () => {
    assert.deepEqual(shown.outcomes, [
      { landlord: 'kommunal', prevented: HIDDEN, evicted: LESS },
      // The only evicted are "< 5": an empty cell is hidden too, so which landlord stays unknown.
      { landlord: 'privat', prevented: LESS, evicted: HIDDEN },
      { landlord: 'ukjent', prevented: exact(0), evicted: exact(0) },
    ]);
    assert.deepEqual(
      shown.legalSteps.map((s) => [s.step, s.total, s.byLandlord.map((l) => l.shown)]),
      [
        ['varsel-4-18', exact(18), [about(10), about(5), exact(0)]],
        ['varsel-9-11', exact(0), [exact(0), exact(0), exact(0)]],
        ['begjaering', exact(3), [HIDDEN, LESS, exact(0)]],
        ['utkastelse', exact(0), [exact(0), exact(0), exact(0)]],
      ],
    );
  });

  it('gives the median days to first contact and the kroner only for 5 cases or more', () => {
    assert.deepEqual(shown.firstContact, { cases: exact(5), medianDays: 3 });
    assert.deepEqual(shown.moneyGranted, { cases: exact(5), totalNok: 50_000 });
    const fewer = shownFigures(
      { ...RAW, daysToFirstContact: [1, 2, 3, 9], moneyGranted: { cases: 4, totalNok: 9_000 } },
      context(null),
    );
    assert.deepEqual(fewer.firstContact, { cases: exact(4), medianDays: null });
    assert.deepEqual(fewer.moneyGranted, { cases: exact(4), totalNok: null });
    const even = shownFigures({ ...RAW, daysToFirstContact: [1, 2, 3, 9, 10, 12] }, context(null));
    assert.equal(even.firstContact.medianDays, 6);
  });

  it('withholds the number of children in fewer than 5 households', () => {
    assert.deepEqual(shown.children, { households: exact(4), children: LESS });
    assert.deepEqual(
      shownFigures({ ...RAW, children: { households: 6, children: 14 } }, context(null)).children,
      { households: exact(6), children: exact(14) },
    );
    assert.deepEqual(
      shownFigures({ ...RAW, children: { households: 0, children: 0 } }, context(null)).children,
      { households: exact(0), children: exact(0) },
    );
  });
});

describe('shownFigures for one unit', () => {
  const unit = { id: 'u-1', name: 'NAV boligsosialt team' };

  it('suppresses the totals too: 1–4 as "< 5", the rest rounded to the nearest 5', () => {
    const shown = shownFigures(RAW, context(unit));
    assert.deepEqual(shown.unit, unit);
    assert.deepEqual(shown.openTotal, about(20));
    assert.deepEqual(shown.newCases, LESS);
    assert.deepEqual(shown.outcomesTotal, { prevented: about(10), evicted: LESS });
    assert.deepEqual(shown.children, { households: LESS, children: LESS });
    assert.deepEqual(shown.firstContact, { cases: about(5), medianDays: 3 });
    const fewer = shownFigures(
      { ...RAW, moneyGranted: { cases: 4, totalNok: 9_000 } },
      context(unit),
    );
    assert.deepEqual(fewer.moneyGranted, { cases: LESS, totalNok: null });
    // Below the municipality kroner are rounded to ten thousands (whole thousands above it).
    const many = { ...RAW, moneyGranted: { cases: 6, totalNok: 61_500 } };
    assert.equal(shownFigures(many, context(unit)).moneyGranted.totalNok, 60_000);
    assert.equal(shownFigures(many, context(null)).moneyGranted.totalNok, 62_000);
  });

  it('hides nothing more where the unit’s total is rounded: nothing can be worked out', () => {
    const shown = shownFigures(RAW, context(unit));
    // About 20 − about 10 − about 5 leaves anything from 0 to 9: the 3 stays unknown.
    assert.deepEqual(
      shown.openByLevel.map((l) => l.shown),
      [LESS, about(10), about(5), exact(0)],
    );
    assert.deepEqual(
      shown.legalSteps.find((s) => s.step === 'begjaering')?.byLandlord.map((l) => l.shown),
      [exact(0), LESS, exact(0)],
    );
  });

  it('hides nothing more where the unit’s total is itself "fewer than 5"', () => {
    const shown = shownFigures(
      {
        ...RAW,
        openByLevel: [
          { level: 1, count: 1 },
          { level: 2, count: 2 },
        ],
      },
      context(unit),
    );
    assert.deepEqual(shown.openTotal, LESS);
    assert.deepEqual(
      shown.openByLevel.map((l) => l.shown),
      [LESS, LESS, exact(0), exact(0)],
    );
  });
});

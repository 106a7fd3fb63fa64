import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import type { UnitOfWork } from '../../../../src/domain/common/unit-of-work.ts';
import {
  halfYearSoFar,
  lastCalendarYear,
  lastFullHalfYear,
  periodMonths,
  type Report,
  type ReportCell,
} from '../../../../src/domain/overview/report.ts';
import { ReportService } from '../../../../src/domain/overview/report.service.ts';
import type {
  RawFigures,
  StatisticsFilter,
  StatisticsRepository,
} from '../../../../src/domain/overview/statistics.ts';
import { REPORT_LABELS } from '../../../../src/report/report-labels.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { FakeClock } from '../../../fakes/in-memory-repositories.ts';
import { present } from '../../../helpers/assert-present.ts';

const EMPTY: RawFigures = {
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

/**
 * Figures chosen per call: `figuresFor` sees the filter (unit and period) Husly asked with, and
 * every filter is kept, so the months and units asked for can be checked.
 */
class ScriptedStatistics implements StatisticsRepository {
  readonly asked: StatisticsFilter[] = [];
  constructor(private readonly figuresFor: (filter: StatisticsFilter) => Partial<RawFigures>) {}
  async worklistCandidates() {
    return [];
  }
  async worklistCandidatesOwnedBy() {
    return [];
  }
  async figures(filter: StatisticsFilter): Promise<RawFigures> {
    this.asked.push(filter);
    return { ...EMPTY, ...this.figuresFor(filter) };
  }
}

/** Nov 27 2026, 09:00 in Oslo. */
const NOW = new Date('2026-11-27T08:00:00Z');

async function setUp(figuresFor: (filter: StatisticsFilter) => Partial<RawFigures>) {
  const org = await smallMunicipality();
  const statistics = new ScriptedStatistics(figuresFor);
  const uow: UnitOfWork = {
    run: (work) => org.husly.run((repos) => work({ ...repos, statistics })),
    read: (work) => org.husly.read((repos) => work({ ...repos, statistics })),
  };
  const clock = new FakeClock(NOW);
  const service = new ReportService(
    uow,
    new AccessGate(clock),
    clock,
    'Europe/Oslo',
    REPORT_LABELS,
  );
  const navId = (await org.actor('navLeder')).unit.id;
  return { ...org, statistics, service, navId };
}

const sheet = (report: Report, name: string) =>
  present(
    report.sheets.find((s) => s.name === name),
    `sheet ${name}`,
  );

/** The value in "Indikatorer" for a period label, a unit key and an indicator code. */
function indicator(report: Report, period: string, unitKey: string, code: string): ReportCell {
  const row = sheet(report, 'Indikatorer').rows.find(
    (r) => r[0] === period && r[2] === unitKey && r[3] === code,
  );
  return present(row, `${period} ${unitKey} ${code}`)[5] ?? '';
}

describe('report periods', () => {
  it('splits a period into the calendar months it touches, cut to the period', () => {
    assert.deepEqual(periodMonths({ from: '2026-01-15', to: '2026-03-10' }), [
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-10' },
    ]);
    assert.deepEqual(periodMonths({ from: '2028-02-01', to: '2028-02-29' }), [
      { from: '2028-02-01', to: '2028-02-29' },
    ]);
    assert.deepEqual(periodMonths({ from: '2026-12-31', to: '2027-01-01' }), [
      { from: '2026-12-31', to: '2026-12-31' },
      { from: '2027-01-01', to: '2027-01-01' },
    ]);
    assert.equal(periodMonths({ from: '2026-01-01', to: '2026-06-30' }).length, 6);
  });

  it('knows the last full half-year, this half-year so far and last year', () => {
    assert.deepEqual(lastFullHalfYear('2026-11-27'), { from: '2026-01-01', to: '2026-06-30' });
    assert.deepEqual(lastFullHalfYear('2026-07-01'), { from: '2026-01-01', to: '2026-06-30' });
    assert.deepEqual(lastFullHalfYear('2026-06-30'), { from: '2025-07-01', to: '2025-12-31' });
    assert.deepEqual(lastFullHalfYear('2026-01-01'), { from: '2025-07-01', to: '2025-12-31' });
    assert.deepEqual(halfYearSoFar('2026-11-27'), { from: '2026-07-01', to: '2026-11-27' });
    assert.deepEqual(halfYearSoFar('2026-02-03'), { from: '2026-01-01', to: '2026-02-03' });
    assert.deepEqual(lastCalendarYear('2026-11-27'), { from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('ReportService', () => {
  it('asks for each month and each unit, with the whole period and today', async () => {
    const { service, statistics, husly } = await setUp(() => ({}));
    const units = await husly.run(({ org }) => org.listUnits());
    const report = await service.forOperator({ from: '2026-01-15', to: '2026-03-10' });
    assert.ok(report.ok);
    // 3 months and the whole period, each for the municipality and every unit.
    assert.equal(statistics.asked.length, 4 * (units.length + 1));
    const periods = new Set(statistics.asked.map((f) => `${f.period.from}..${f.period.to}`));
    assert.deepEqual(
      [...periods],
      [
        '2026-01-15..2026-01-31',
        '2026-02-01..2026-02-28',
        '2026-03-01..2026-03-10',
        '2026-01-15..2026-03-10',
      ],
    );
    assert.ok(statistics.asked.every((f) => f.today === '2026-11-27'));
    assert.ok(statistics.asked.every((f) => f.timeZone === 'Europe/Oslo'));
    assert.equal(statistics.asked.filter((f) => f.unitId === null).length, 4);
  });

  it('suppresses 1–4 in unit rows and keeps the municipality exact, month by month', async () => {
    const { service, navId } = await setUp((f) => {
      const january = f.period.from.startsWith('2026-01');
      const whole = f.period.from === '2026-01-01' && f.period.to === '2026-06-30';
      if (f.unitId === null)
        return { newCases: whole ? 10 : january ? 3 : 7, openByLevel: [{ level: 3, count: 2 }] };
      if (f.unitId === navId) return { newCases: whole ? 10 : january ? 3 : 7 };
      return {};
    });
    const report = await service.forOperator({ from: '2026-01-01', to: '2026-06-30' });
    assert.ok(report.ok);
    const r = report.value;
    assert.equal(indicator(r, '2026-01', 'alle', 'nye-saker'), 3);
    assert.equal(indicator(r, '2026-01', 'nav-bolig', 'nye-saker'), '< 5');
    assert.equal(indicator(r, '2026-02', 'alle', 'nye-saker'), 7);
    // Below the municipality 5 or more is rounded to the nearest 5: 7 − 3 … cannot be undone.
    assert.equal(indicator(r, '2026-02', 'nav-bolig', 'nye-saker'), 5);
    assert.equal(indicator(r, '2026-01', 'rop', 'nye-saker'), 0, '0 is shown');
    assert.equal(indicator(r, 'Hele perioden', 'alle', 'nye-saker'), 10);
    // Open cases are as of today, once, not per month.
    assert.equal(indicator(r, 'Status per 2026-11-27', 'alle', 'apne-saker'), 2);
    // A breakdown of the municipality's open cases is suppressed as in the overview.
    assert.equal(indicator(r, 'Status per 2026-11-27', 'alle', 'apne-niva-3'), '< 5');
    assert.equal(
      sheet(r, 'Indikatorer').rows.filter((row) => row[0] === '2026-03' && row[3] === 'apne-saker')
        .length,
      0,
    );
    assert.deepEqual(
      [...new Set(sheet(r, 'Indikatorer').rows.map((row) => row[0]))],
      [
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        'Hele perioden',
        'Status per 2026-11-27',
      ],
    );
  });

  it('fills Husbanken and KOSTRA from the whole municipality over the whole period', async () => {
    const { service } = await setUp((f) =>
      f.unitId === null
        ? {
            newCases: 40,
            legalSteps: [
              { step: 'begjaering', landlord: 'kommunal', count: 12 },
              { step: 'begjaering', landlord: 'privat', count: 9 },
              { step: 'utkastelse', landlord: 'kommunal', count: 6 },
              { step: 'utkastelse', landlord: 'privat', count: 8 },
              { step: 'utkastelse', landlord: 'ukjent', count: 5 },
              { step: 'begjaering', landlord: 'ukjent', count: 2 },
            ],
            outcomes: [
              { landlord: 'kommunal', outcome: 'prevented', count: 11 },
              { landlord: 'privat', outcome: 'prevented', count: 5 },
            ],
            moneyGranted: { cases: 6, totalNok: 91_500 },
            daysToFirstContact: [1, 2, 3, 4, 10],
          }
        : {},
    );
    const report = await service.forOperator({ from: '2025-01-01', to: '2025-12-31' });
    assert.ok(report.ok);
    const kostra = sheet(report.value, 'KOSTRA').rows;
    assert.deepEqual(kostra[0]?.slice(0, 3), [
      '1',
      'Begjæringer om utkastelse fra kommunalt disponerte boliger',
      12,
    ]);
    assert.deepEqual(kostra[1]?.slice(0, 3), [
      '2',
      'Gjennomførte utkastelser fra kommunalt disponerte boliger',
      6,
    ]);
    assert.equal(kostra[3]?.[2], 5);
    // KOSTRA counts are exact: the municipality reports them to SSB, which publishes them.
    assert.equal(kostra[2]?.[2], 2);
    // Elsewhere the same 2 of 23 is "< 5", and next to the exact total the smallest other
    // landlord (privat, 9) is hidden so the 2 cannot be worked out from the indicators.
    assert.equal(indicator(report.value, 'Hele perioden', 'alle', 'begjaering-privat'), ':');
    assert.ok(
      !kostra.some((row) => String(row[1]).startsWith('KOSTRA rapporteres for et kalenderår')),
      'a calendar year needs no note',
    );
    const husbanken = sheet(report.value, 'Husbanken halvår').rows;
    const value = (label: RegExp) =>
      present(
        husbanken.find((row) => label.test(String(row[1]))),
        String(label),
      )[2];
    assert.equal(value(/^Nye saker/), 40);
    assert.equal(value(/^Begjæringer om utkastelse/), 23);
    assert.equal(value(/^Gjennomførte utkastelser/), 19);
    assert.equal(value(/^Utkastelser forhindret/), 16);
    // Kroner rounded to whole thousands, so two periods cannot give one grant away.
    assert.equal(value(/^Innvilget økonomisk stønad, kroner/), 92_000);
    assert.equal(value(/^Dager fra første bekymring/), 3);
  });

  it('says that KOSTRA is yearly when the period is not a calendar year', async () => {
    const { service } = await setUp(() => ({}));
    const report = await service.forOperator({ from: '2026-01-01', to: '2026-06-30' });
    assert.ok(report.ok);
    assert.ok(
      sheet(report.value, 'KOSTRA').rows.some((r) =>
        String(r[1]).includes('2026-01-01 – 2026-06-30'),
      ),
    );
    const about = sheet(report.value, 'Om rapporten').rows;
    assert.deepEqual(about[1], ['Periode', '2026-01-01 – 2026-06-30']);
    assert.deepEqual(about[2], ['Laget', '2026-11-27 09:00']);
  });

  it('refuses a bad or too long period', async () => {
    const { service } = await setUp(() => ({}));
    const bad = await service.forOperator({ from: '2026-06-30', to: '2026-01-01' });
    assert.deepEqual(bad, { ok: false, code: 'STATISTICS.INVALID_PERIOD' });
    const long = await service.forOperator({ from: '2016-01-01', to: '2026-01-01' });
    assert.deepEqual(long, { ok: false, code: 'STATISTICS.PERIOD_TOO_LONG' });
    const notADate = await service.forOperator({ from: '2026-02-30', to: '2026-03-01' });
    assert.deepEqual(notADate, { ok: false, code: 'STATISTICS.INVALID_PERIOD' });
  });

  it('gives the report to leaders and admins only, and audits both answers', async () => {
    const { service, actor, husly } = await setUp(() => ({}));
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const refused = await service.forActor(await actor('navSaks'), period);
    assert.deepEqual(refused, { ok: false, code: 'ACCESS.DENIED' });
    assert.deepEqual(await service.mayRequest(await actor('navKoord')), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.ok((await service.forActor(await actor('navLeder'), period)).ok);
    assert.ok((await service.forActor(await actor('admin'), period)).ok);
    const requested = await service.request(await actor('navLeder'), { ...period, format: 'csv' });
    assert.deepEqual(requested, { ok: true, value: period });
    const trail = husly.state.audit.filter((e) => e.action === 'statistics.report');
    assert.deepEqual(
      trail.map((e) => e.outcome),
      ['denied', 'denied', 'ok', 'ok', 'ok'],
    );
    assert.equal(trail.at(-1)?.detail?.format, 'csv');
  });

  it('checks a download link’s staff member again: still active, still allowed', async () => {
    const { service, people, husly } = await setUp(() => ({}));
    const request = { from: '2026-01-01', to: '2026-06-30', format: 'xlsx' } as const;
    const tenantId = 'tenant';
    const leader = present(people.navLeder, 'navLeder');
    assert.ok((await service.download({ staffId: leader, tenantId }, request)).ok);
    // Moved to a caseworker role: refused.
    await husly.run(async ({ org }) => {
      const s = present((await org.findStaffById(leader)) ?? undefined, 'leader');
      const { aadObjectId, name, email } = s;
      await org.upsertStaff({
        aadObjectId,
        name,
        email,
        unitKey: 'nav-bolig',
        role: 'saksbehandler',
      });
    });
    assert.deepEqual(await service.download({ staffId: leader, tenantId }, request), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    const admin = present(people.admin, 'admin');
    await husly.run(({ org }) => org.deactivateStaff(admin, NOW));
    assert.deepEqual(await service.download({ staffId: admin, tenantId }, request), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await service.download({ staffId: 'nobody', tenantId }, request), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    const trail = husly.state.audit.filter((e) => e.action === 'statistics.download');
    assert.deepEqual(
      trail.map((e) => [e.outcome, e.actorStaffId]),
      [
        ['ok', leader],
        ['denied', leader],
        ['denied', admin],
        ['denied', 'nobody'],
      ],
    );
  });
});

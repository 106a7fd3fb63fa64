import { EVALUATION_DEFAULTS, MEASURE_DEFAULTS, PLAN_DEFAULTS } from '../helpers/plan-fixtures.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  casePhase,
  EMPTY_TIMELINE,
  type CaseLevel,
  type CloseReason,
  type EvictionTimeline,
} from '../../src/domain/case/case.ts';
import type { CaseEventType, NewCaseEvent } from '../../src/domain/case-event/case-event.ts';
import { NOTHING_REPORTED, type LandlordType } from '../../src/domain/concern/concern.ts';
import type { Repositories, UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import type { RawFigures, StatisticsFilter } from '../../src/domain/overview/statistics.ts';
import type { WorklistCandidate } from '../../src/domain/overview/worklist.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { CASE_PHASE_SQL } from '../../src/persistence/prisma-statistics.repository.ts';
import { dialectOf, inDialect } from '../../src/persistence/sql-dialect.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/**
 * The statistics read model: the Prisma repository's aggregate SQL and the in-memory fake give
 * the same, exact figures on one seeded municipality. The period is March 2026 in Oslo (the
 * clocks go forward on 29 March), and cases sit a millisecond either side of its bounds and in
 * another unit, so a wrong boundary, time zone or filter changes a number.
 */

const TZ = 'Europe/Oslo';
const TODAY = '2026-04-10';
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
/** Local 2026-03-01 00:00 (UTC+1) and 2026-04-01 00:00 (UTC+2). */
const START = '2026-02-28T23:00:00.000Z';
const END = '2026-03-31T22:00:00.000Z';
const justBefore = (iso: string) => new Date(new Date(iso).getTime() - 1);
const KONTAKT: CaseEventType = 'kontakt-opprettet';

interface Seeded {
  readonly unitA: string;
  readonly unitB: string;
  readonly s1: string;
  /** Case ids by the names below. */
  readonly ids: Record<string, string>;
  readonly refs: Record<string, string>;
}

interface CaseSpec {
  readonly unit: 'A' | 'B';
  readonly level: CaseLevel;
  readonly category?: 'fare/utkastelse' | 'fare/hoye' | 'uegnet' | 'uten-tak';
  readonly openedAt?: Date | string;
  readonly closedAt?: Date | string;
  readonly closedReason?: CloseReason;
  readonly timeline?: Partial<EvictionTimeline>;
  /** Concerns: createdAt, landlord (rent arrears) and children. */
  readonly concerns?: readonly {
    readonly at: string;
    readonly landlord?: LandlordType;
    readonly children?: number;
  }[];
}

const CATEGORY = {
  'fare/utkastelse': {
    category: 'fare-for-a-miste-bolig',
    subcategory: 'utkastelse-tvangssalg',
  },
  'fare/hoye': { category: 'fare-for-a-miste-bolig', subcategory: 'hoye-boutgifter' },
  uegnet: { category: 'uegnet-bolig', subcategory: 'for-liten' },
  'uten-tak': { category: 'uten-egen-bolig', subcategory: 'uten-tak-over-hodet' },
} as const;

/** The municipality: open cases O1–O15, closed C1–C9 (see the expectations below). */
const CASES: Record<string, CaseSpec> = {
  O1: {
    unit: 'A',
    level: 1,
    category: 'uegnet',
    concerns: [
      // Local 1 March: 3 days to the contact on 4 March (4 by the UTC date).
      { at: '2026-02-28T23:30:00Z', children: 2 },
      { at: '2026-03-05T10:00:00Z' },
    ],
  },
  O2: {
    unit: 'A',
    level: 2,
    category: 'fare/hoye',
    timeline: { firstMissedRentDate: '2026-01-01' },
    concerns: [
      { at: '2026-03-01T10:00:00Z', children: 3 },
      { at: '2026-03-02T10:00:00Z', children: 0 },
    ],
  },
  O3: {
    unit: 'A',
    level: 3,
    timeline: { noticeDate: '2026-03-05' },
    concerns: [{ at: '2026-03-01T10:00:00Z', landlord: 'privat' }],
  },
  O4: {
    unit: 'A',
    level: 4,
    timeline: { namsmannNoticeDate: '2026-03-31' },
    concerns: [{ at: '2026-03-01T10:00:00Z', landlord: 'privat' }],
  },
  O5: { unit: 'A', level: 2, category: 'uten-tak', timeline: { acuteDate: '2026-04-09' } },
  O6: { unit: 'A', level: 3, timeline: { evictionDate: '2026-04-20' } },
  O7: {
    unit: 'B',
    level: 2,
    openedAt: '2026-03-15T09:00:00Z',
    timeline: { evictionDate: '2026-03-10', evictionHappened: true },
    concerns: [{ at: '2026-03-15T10:00:00Z', landlord: 'kommunal', children: 3 }],
  },
  O8: {
    unit: 'B',
    level: 1,
    category: 'uten-tak',
    timeline: {
      acuteDate: '2026-03-01',
      temporaryAccommodationSince: '2026-03-02',
      landlordNoticeDate: '2026-02-28',
    },
  },
  O9: {
    unit: 'A',
    level: 2,
    timeline: { evictionDate: '2026-04-09', namsmannCopyDate: '2026-02-15' },
  },
  O10: { unit: 'A', level: 3, timeline: { evictionDate: TODAY } },
  O11: {
    unit: 'A',
    level: 1,
    openedAt: START,
    timeline: { noticeReceivedDate: '2026-03-01' },
    concerns: [{ at: START, landlord: 'kommunal' }],
  },
  O12: {
    unit: 'A',
    level: 1,
    openedAt: justBefore(START),
    timeline: { noticeDate: '2026-02-27', noticeReceivedDate: '2026-03-02' },
  },
  O13: {
    unit: 'A',
    level: 2,
    category: 'fare/hoye',
    openedAt: justBefore(END),
    timeline: { landlordNoticeDate: '2026-03-20' },
  },
  O14: {
    unit: 'A',
    level: 2,
    openedAt: END,
    timeline: { namsmannCopyDate: '2026-03-10' },
    concerns: [{ at: END, children: 5 }],
  },
  O15: { unit: 'B', level: 1, category: 'uegnet' },
  C1: {
    unit: 'A',
    level: 2,
    closedAt: '2026-03-15T10:00:00Z',
    closedReason: 'bolig-sikret',
    timeline: { noticeDate: '2026-01-10' },
    concerns: [{ at: '2026-01-10T10:00:00Z', landlord: 'kommunal', children: 1 }],
  },
  C2: {
    unit: 'A',
    level: 3,
    closedAt: START,
    closedReason: 'utkastet',
    timeline: { namsmannCopyDate: '2026-02-01' },
    concerns: [
      { at: '2026-01-10T10:00:00Z', landlord: 'kommunal' },
      { at: '2026-01-20T10:00:00Z', landlord: 'privat', children: 2 },
      { at: '2026-01-30T10:00:00Z' },
    ],
  },
  C3: {
    unit: 'A',
    level: 2,
    closedAt: justBefore(START),
    closedReason: 'bolig-sikret',
    timeline: { noticeDate: '2026-02-01' },
    concerns: [{ at: '2026-01-10T10:00:00Z', children: 4 }],
  },
  C4: {
    unit: 'A',
    level: 4,
    closedAt: justBefore(END),
    closedReason: 'bolig-sikret',
    timeline: {
      noticeReceivedDate: '2026-01-05',
      evictionDate: '2026-03-20',
      evictionHappened: true,
    },
  },
  C5: {
    unit: 'A',
    level: 2,
    closedAt: END,
    closedReason: 'utkastet',
    timeline: { noticeDate: '2026-02-01' },
  },
  C6: {
    unit: 'A',
    level: 2,
    closedAt: '2026-03-10T10:00:00Z',
    closedReason: 'bolig-sikret',
    timeline: { landlordNoticeDate: '2026-02-01' },
  },
  C7: {
    unit: 'A',
    level: 2,
    closedAt: '2026-03-10T10:00:00Z',
    closedReason: 'flyttet',
    timeline: { noticeDate: '2026-02-10' },
  },
  C8: {
    unit: 'B',
    level: 2,
    closedAt: '2026-03-10T10:00:00Z',
    closedReason: 'bolig-sikret',
    timeline: { noticeDate: '2026-02-01' },
    concerns: [{ at: '2026-01-10T10:00:00Z', landlord: 'kommunal' }],
  },
  C9: {
    unit: 'A',
    level: 2,
    closedAt: '2026-01-20T10:00:00Z',
    closedReason: 'annet',
    timeline: { evictionDate: '2026-03-12' },
  },
};

const DEFAULT_OPENED = '2026-01-15T10:00:00Z';

async function seed(repos: Repositories): Promise<Seeded> {
  const { org, residents, cases, concerns, caseEvents, plans } = repos;
  const a = await org.upsertUnit({ key: 'nav-bolig', name: 'NAV boligsosialt team', kind: 'nav' });
  const b = await org.upsertUnit({ key: 'tildeling', name: 'Tildelingsteam', kind: 'tildeling' });
  const staff = async (n: number, unitKey: string) =>
    org.upsertStaff({
      aadObjectId: `aaaaaaaa-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
      name: `Syntetisk ${n}`,
      email: `s${n}@k.no`,
      unitKey,
      role: 'koordinator',
    });
  const s1 = await staff(1, 'nav-bolig');
  const s2 = await staff(2, 'tildeling');
  const ids: Record<string, string> = {};
  const residentIds: Record<string, string> = {};
  const refs: Record<string, string> = {};
  let n = 0;
  for (const [name, spec] of Object.entries(CASES)) {
    n++;
    const resident = await residents.create({
      idHash: null,
      maskedId: null,
      name: `Syntetisk beboer ${n}`,
      birthDate: null,
    });
    const kase = await cases.create(await cases.nextReference(2026), {
      residentId: resident.id,
      ...CATEGORY[spec.category ?? 'fare/utkastelse'],
      level: spec.level,
      owningUnitId: spec.unit === 'A' ? a.id : b.id,
      openedAt: new Date(spec.openedAt ?? DEFAULT_OPENED),
      timeline: { ...EMPTY_TIMELINE, ...spec.timeline },
    });
    ids[name] = kase.id;
    residentIds[name] = resident.id;
    refs[name] = kase.reference;
    if (spec.closedAt)
      await cases.update(kase.id, {
        status: 'closed',
        closedAt: new Date(spec.closedAt),
        closedReason: spec.closedReason ?? 'annet',
      });
    let k = 0;
    for (const concern of spec.concerns ?? [])
      await concerns.add({
        ...NOTHING_REPORTED,
        source: 'tjeneste',
        submissionId: `${name}-${k++}`,
        caseId: kase.id,
        reporterId: s2.id,
        reporterUnitId: b.id,
        createdAt: new Date(concern.at),
        ...CATEGORY[spec.category ?? 'fare/utkastelse'],
        rentArrears: concern.landlord
          ? {
              amountNok: 10_000,
              months: 2,
              landlord: concern.landlord,
              firstMissedRentDate: '2026-01-01',
            }
          : null,
        children: concern.children ?? null,
        description: 'syntetisk',
        sharingBasis: 'lovhjemmel',
        residentInformed: true,
        consentId: null,
      });
  }
  const id = (name: string) => ids[name] ?? assert.fail(name);
  const residentOf = (name: string) => residentIds[name] ?? assert.fail(name);

  // Saksansvarlig and involvement: O7 is s1's; unit A is involved in O8, no longer in O15.
  await cases.update(id('O7'), { coordinatorId: s1.id });
  await cases.update(id('O15'), { coordinatorId: s2.id });
  await cases.addInvolvement(id('O8'), {
    unitId: a.id,
    since: new Date('2026-03-01T10:00:00Z'),
    reason: 'granted',
  });
  await cases.addInvolvement(id('O15'), {
    unitId: a.id,
    since: new Date('2026-03-01T10:00:00Z'),
    reason: 'granted',
  });
  await cases.endInvolvements(id('O15'), new Date('2026-03-05T10:00:00Z'), a.id);
  await cases.addInvolvement(id('C8'), {
    unitId: a.id,
    since: new Date('2026-03-01T10:00:00Z'),
    reason: 'granted',
  });

  // Level moves (and a category change, which is no level move).
  const change = async (name: string, at: Date | string, from: number, to: number) =>
    cases.recordChange({
      caseId: id(name),
      at: new Date(at),
      actorId: s1.id,
      field: 'level',
      fromValue: String(from),
      toValue: String(to),
      reason: 'vurdert',
    });
  await change('O3', '2026-03-10T10:00:00Z', 2, 3);
  await change('O4', START, 3, 4);
  await change('O2', justBefore(END), 3, 2);
  await change('O1', END, 2, 1);
  await change('O7', '2026-03-05T10:00:00Z', 1, 2);
  await cases.recordChange({
    caseId: id('O1'),
    at: new Date('2026-03-10T10:00:00Z'),
    actorId: s1.id,
    field: 'category',
    fromValue: 'fare-for-a-miste-bolig',
    toValue: 'uegnet-bolig',
    reason: 'vurdert',
  });

  const event = (name: string, type: CaseEventType, occurredOn: string, more = {}) =>
    caseEvents.add({
      caseId: id(name),
      type,
      occurredOn,
      decision: null,
      amountNok: null,
      coversArrears: null,
      dateValue: null,
      recordedById: s1.id,
      recordedAt: new Date(`${occurredOn}T12:00:00Z`),
      ...more,
    } satisfies NewCaseEvent);
  // First contacts.
  await event('O1', KONTAKT, '2026-03-04');
  await event('O2', KONTAKT, '2026-02-25');
  await event('O2', KONTAKT, '2026-03-02');
  await event('O3', KONTAKT, '2026-03-31');
  await event('O3', KONTAKT, '2026-03-10');
  await event('O4', KONTAKT, '2026-04-01');
  await event('O7', KONTAKT, '2026-03-15');
  // Økonomisk stønad.
  await event('O3', 'stonad-vedtak', '2026-03-05', { decision: 'innvilget', amountNok: 10_000 });
  await event('O3', 'stonad-vedtak', '2026-03-31', { decision: 'innvilget', amountNok: 5_000 });
  await event('O4', 'stonad-vedtak', '2026-03-01', { decision: 'innvilget' });
  await event('O5', 'stonad-vedtak', '2026-03-10', { decision: 'avslatt', amountNok: 8_000 });
  await event('O6', 'stonad-vedtak', '2026-02-28', { decision: 'innvilget', amountNok: 7_000 });
  await event('O6', 'stonad-utbetalt', '2026-03-10', { amountNok: 9_000 });
  await event('O7', 'stonad-vedtak', '2026-03-20', { decision: 'innvilget', amountNok: 4_000 });

  // Plans: O3 with a vedtak, measures and two evaluations recorded out of order; O4 with a
  // blank vedtak and no evaluation.
  const p3 = await plans.create({
    ...PLAN_DEFAULTS,
    residentId: residentOf('O3'),
    caseId: id('O3'),
    evaluationDate: '2026-05-01',
    periodStart: null,
    periodEnd: null,
    vedtakReference: 'V-2026-17',
    ipNeeded: false,
    createdAt: new Date('2026-02-01T10:00:00Z'),
    createdById: s1.id,
  });
  const measure = (deadline: string, status: 'planned' | 'in-progress' | 'done' | 'cancelled') =>
    plans.addMeasure(p3.id, {
      ...MEASURE_DEFAULTS,
      type: 'booppfolging',
      description: 'syntetisk',
      responsibleUnitId: a.id,
      responsibleStaffId: null,
      deadline,
      status,
      createdAt: new Date('2026-02-01T10:00:00Z'),
    });
  await measure('2026-03-01', 'done');
  await measure('2026-03-20', 'cancelled');
  await measure('2026-04-05', 'in-progress');
  await measure('2026-04-01', 'planned');
  await plans.addEvaluation(p3.id, {
    at: new Date('2026-03-20T10:00:00Z'),
    byId: s1.id,
    ...EVALUATION_DEFAULTS,
    summary: 'syntetisk',
    nextEvaluationDate: '2026-06-01',
  });
  await plans.addEvaluation(p3.id, {
    at: new Date('2026-03-01T10:00:00Z'),
    byId: s1.id,
    ...EVALUATION_DEFAULTS,
    summary: 'syntetisk',
    nextEvaluationDate: '2026-04-01',
  });
  await plans.create({
    ...PLAN_DEFAULTS,
    residentId: residentOf('O4'),
    caseId: id('O4'),
    evaluationDate: '2026-05-15',
    periodStart: null,
    periodEnd: null,
    vedtakReference: '  ',
    ipNeeded: null,
    createdAt: new Date('2026-02-01T10:00:00Z'),
    createdById: s1.id,
  });
  return { unitA: a.id, unitB: b.id, s1: s1.id, ids, refs };
}

/** The figures in a fixed order, so two implementations compare with deepEqual. */
function normalised(f: RawFigures) {
  const by = <T>(list: readonly T[]) =>
    [...list].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  return {
    ...f,
    openByLevel: by(f.openByLevel),
    openByPhase: by(f.openByPhase),
    openByCategory: by(f.openByCategory),
    openByUnit: by(f.openByUnit),
    levelMoves: by(f.levelMoves),
    outcomes: by(f.outcomes),
    legalSteps: by(f.legalSteps),
    daysToFirstContact: [...f.daysToFirstContact].sort((x, y) => x - y),
  };
}

function expectedFor(unitA: string, unitB: string, whole: boolean): RawFigures {
  const fare = CATEGORY['fare/utkastelse'];
  return normalised({
    openByLevel: [
      { level: 1, count: whole ? 5 : 3 },
      { level: 2, count: whole ? 6 : 5 },
      { level: 3, count: 3 },
      { level: 4, count: 1 },
    ],
    openByPhase: [
      { phase: 'akutt', count: 1 },
      { phase: 'dato-satt', count: 2 },
      { phase: 'begjaert', count: 3 },
      { phase: 'varsel', count: whole ? 5 : 4 },
      ...(whole ? [{ phase: 'etter-utkastelse' as const, count: 1 }] : []),
      { phase: 'for-varsel', count: 1 },
      { phase: 'uten-frist', count: whole ? 2 : 1 },
    ],
    openByCategory: [
      { ...CATEGORY['fare/hoye'], count: 2 },
      { ...fare, count: whole ? 9 : 8 },
      { ...CATEGORY.uegnet, count: whole ? 2 : 1 },
      { ...CATEGORY['uten-tak'], count: whole ? 2 : 1 },
    ],
    openByUnit: [{ unitId: unitA, count: 12 }, ...(whole ? [{ unitId: unitB, count: 3 }] : [])],
    newCases: whole ? 3 : 2,
    levelMoves: [
      { fromLevel: 2, toLevel: 3, count: 1 },
      { fromLevel: 3, toLevel: 4, count: 1 },
      { fromLevel: 3, toLevel: 2, count: 1 },
      ...(whole ? [{ fromLevel: 1, toLevel: 2, count: 1 }] : []),
    ],
    outcomes: [
      { landlord: 'kommunal', outcome: 'prevented', count: whole ? 2 : 1 },
      { landlord: 'privat', outcome: 'evicted', count: 1 },
      { landlord: 'ukjent', outcome: 'evicted', count: 1 },
    ],
    legalSteps: [
      { step: 'varsel-4-18', landlord: 'privat', count: 1 },
      { step: 'varsel-4-18', landlord: 'kommunal', count: 1 },
      { step: 'varsel-9-11', landlord: 'ukjent', count: 1 },
      { step: 'begjaering', landlord: 'privat', count: 1 },
      { step: 'begjaering', landlord: 'ukjent', count: 1 },
      { step: 'utkastelse', landlord: 'ukjent', count: 1 },
      ...(whole ? [{ step: 'utkastelse' as const, landlord: 'kommunal' as const, count: 1 }] : []),
    ],
    daysToFirstContact: whole ? [0, 3, 9] : [3, 9],
    moneyGranted: whole ? { cases: 3, totalNok: 19_000 } : { cases: 2, totalNok: 15_000 },
    children: whole ? { households: 4, children: 8 } : { households: 3, children: 5 },
  });
}

function contract(
  name: string,
  open: () => Promise<{ uow: UnitOfWork; close: () => Promise<void> }>,
) {
  describe(`statistics repository contract: ${name}`, () => {
    let uow: UnitOfWork;
    let close: () => Promise<void>;
    let seeded: Seeded;
    before(async () => {
      ({ uow, close } = await open());
      seeded = await uow.run(seed);
    });
    after(() => close());

    const filter = (unitId: string | null, period = MARCH): StatisticsFilter => ({
      unitId,
      period,
      today: TODAY,
      timeZone: TZ,
    });

    it('counts every figure for the whole municipality', async () => {
      const figures = await uow.run(({ statistics }) => statistics.figures(filter(null)));
      assert.deepEqual(normalised(figures), expectedFor(seeded.unitA, seeded.unitB, true));
    });

    it('counts only the owning unit’s cases under the unit filter', async () => {
      const figures = await uow.run(({ statistics }) => statistics.figures(filter(seeded.unitA)));
      assert.deepEqual(normalised(figures), expectedFor(seeded.unitA, seeded.unitB, false));
    });

    it('takes a period of one day, bounded by the local day', async () => {
      // 1 March: O11 opened at local midnight; C2 closed then; O4's move at START.
      const figures = await uow.run(({ statistics }) =>
        statistics.figures(filter(seeded.unitA, { from: '2026-03-01', to: '2026-03-01' })),
      );
      assert.equal(figures.newCases, 1);
      assert.deepEqual(figures.levelMoves, [{ fromLevel: 3, toLevel: 4, count: 1 }]);
      assert.deepEqual(figures.outcomes, [{ landlord: 'privat', outcome: 'evicted', count: 1 }]);
      assert.deepEqual(figures.legalSteps, [
        { step: 'varsel-4-18', landlord: 'kommunal', count: 1 },
      ]);
      assert.deepEqual(figures.moneyGranted, { cases: 1, totalNok: 0 });
      assert.deepEqual(figures.daysToFirstContact, []);
    });

    it('finds a staff member’s worklist candidates with every field', async () => {
      const { s1, unitA, unitB, refs, ids } = seeded;
      const candidates = await uow.run(({ statistics }) =>
        statistics.worklistCandidates(s1, unitA),
      );
      const names = (list: readonly WorklistCandidate[]) =>
        list.map((c) => Object.entries(ids).find(([, caseId]) => caseId === c.caseId)?.[0]).sort();
      // Every open case unit A owns, O7 (s1 is saksansvarlig) and O8 (A involved); not O15
      // (the involvement ended) nor C8 (closed).
      assert.deepEqual(names(candidates), [
        'O1',
        'O10',
        'O11',
        'O12',
        'O13',
        'O14',
        'O2',
        'O3',
        'O4',
        'O5',
        'O6',
        'O7',
        'O8',
        'O9',
      ]);
      const of = (name: string) =>
        candidates.find((c) => c.caseId === ids[name]) ?? assert.fail(name);
      assert.deepEqual(of('O3'), {
        caseId: ids.O3,
        reference: refs.O3,
        owningUnitId: unitA,
        owningUnitName: 'NAV boligsosialt team',
        coordinatorId: null,
        level: 3,
        openedOn: '2026-01-15',
        timeline: { ...EMPTY_TIMELINE, noticeDate: '2026-03-05' },
        hasPlan: true,
        hasVedtak: true,
        // Done and cancelled measures do not count.
        earliestOpenMeasureDeadline: '2026-04-01',
        // The latest evaluation by its time, not the last one recorded.
        nextEvaluationDate: '2026-06-01',
        firstContactOn: '2026-03-10',
      });
      assert.deepEqual(
        { ...of('O4'), caseId: '', reference: '' },
        {
          caseId: '',
          reference: '',
          owningUnitId: unitA,
          owningUnitName: 'NAV boligsosialt team',
          coordinatorId: null,
          level: 4,
          openedOn: '2026-01-15',
          timeline: { ...EMPTY_TIMELINE, namsmannNoticeDate: '2026-03-31' },
          hasPlan: true,
          // A blank vedtak reference is no vedtak.
          hasVedtak: false,
          earliestOpenMeasureDeadline: null,
          nextEvaluationDate: '2026-05-15',
          firstContactOn: '2026-04-01',
        },
      );
      assert.deepEqual(
        { ...of('O7'), caseId: '', reference: '' },
        {
          caseId: '',
          reference: '',
          owningUnitId: unitB,
          owningUnitName: 'Tildelingsteam',
          coordinatorId: s1,
          level: 2,
          openedOn: '2026-03-15',
          timeline: { ...EMPTY_TIMELINE, evictionDate: '2026-03-10', evictionHappened: true },
          hasPlan: false,
          hasVedtak: false,
          earliestOpenMeasureDeadline: null,
          nextEvaluationDate: null,
          firstContactOn: '2026-03-15',
        },
      );
      // Opened at local midnight on 1 March (23:00 UTC the day before).
      assert.equal(of('O11').openedOn, '2026-03-01');
      assert.equal(of('O12').openedOn, '2026-02-28');
      // Opened at local midnight on 1 April (UTC+2 after the change to summer time).
      assert.equal(of('O14').openedOn, '2026-04-01');
      assert.deepEqual(of('O8').timeline, {
        ...EMPTY_TIMELINE,
        acuteDate: '2026-03-01',
        temporaryAccommodationSince: '2026-03-02',
        landlordNoticeDate: '2026-02-28',
      });
    });

    it('lists the open cases a unit owns for its channel', async () => {
      const { unitB, ids } = seeded;
      const owned = await uow.run(({ statistics }) => statistics.worklistCandidatesOwnedBy(unitB));
      assert.deepEqual(owned.map((c) => c.caseId).sort(), [ids.O7, ids.O8, ids.O15].sort());
      assert.deepEqual(
        await uow.run(({ statistics }) => statistics.worklistCandidatesOwnedBy('no-such-unit')),
        [],
      );
    });
  });
}

contract('in-memory', async () => ({ uow: new InMemoryHusly(), close: async () => {} }));

contract('Prisma on SQLite', async () => {
  const temp = tempDatabase();
  const db: Database = await openDatabase(temp.url);
  return {
    uow: new PrismaUnitOfWork(db.prisma, TZ),
    close: async () => {
      await db.close();
      temp.cleanup();
    },
  };
});

describe('the phase in SQL is casePhase', () => {
  let db: Database;
  let temp: ReturnType<typeof tempDatabase>;
  before(async () => {
    temp = tempDatabase();
    db = await openDatabase(temp.url);
  });
  after(async () => {
    await db.close();
    temp.cleanup();
  });

  /** Timelines that reach every phase and every branch's edges, and many mixed ones. */
  function timelines(): EvictionTimeline[] {
    const days = ['2026-04-09', TODAY, '2026-04-11', ''];
    const fields = [
      'firstMissedRentDate',
      'noticeDate',
      'noticeReceivedDate',
      'namsmannNoticeDate',
      'namsmannCopyDate',
      'objectionDeadline',
      'evictionDate',
      'arrearsReportedDate',
      'landlordNoticeDate',
      'leaseEndDate',
      'terminationDate',
      'releaseDate',
      'temporaryAccommodationSince',
      'acuteDate',
    ] as const;
    const list: EvictionTimeline[] = [EMPTY_TIMELINE];
    for (const field of fields)
      for (const day of days) list.push({ ...EMPTY_TIMELINE, [field]: day });
    for (const evictionDate of ['2026-04-09', TODAY, '2026-04-11', null])
      for (const evictionHappened of [false, true])
        for (const namsmannCopyDate of [null, '2026-03-01'])
          list.push({ ...EMPTY_TIMELINE, evictionDate, evictionHappened, namsmannCopyDate });
    for (const acuteDate of ['2026-04-01', '2026-04-05', null])
      for (const temporaryAccommodationSince of ['2026-04-01', '2026-04-05', '2026-04-03', null])
        list.push({
          ...EMPTY_TIMELINE,
          acuteDate,
          temporaryAccommodationSince,
          evictionDate: '2026-04-20',
        });
    // Mixed: a deterministic walk over the fields.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 150; i++) {
      const t: Record<string, string | boolean | null> = { ...EMPTY_TIMELINE };
      for (const field of fields) if (next() % 4 === 0) t[field] = days[next() % 3] ?? null;
      t.evictionDate = next() % 3 === 0 ? (days[next() % 3] ?? null) : null;
      t.evictionHappened = next() % 5 === 0;
      list.push(t as unknown as EvictionTimeline);
    }
    return list;
  }

  it('gives each case the phase casePhase gives it, every phase among them', async () => {
    const list = timelines();
    const ids = await new PrismaUnitOfWork(db.prisma).run(async ({ org, residents, cases }) => {
      const unit = await org.upsertUnit({ key: 'nav-bolig', name: 'NAV', kind: 'nav' });
      const resident = await residents.create({
        idHash: null,
        maskedId: null,
        name: 'Syntetisk',
        birthDate: null,
      });
      const made: string[] = [];
      for (const timeline of list)
        made.push(
          (
            await cases.create(await cases.nextReference(2026), {
              residentId: resident.id,
              category: 'fare-for-a-miste-bolig',
              subcategory: 'utkastelse-tvangssalg',
              level: 2,
              owningUnitId: unit.id,
              openedAt: new Date(DEFAULT_OPENED),
              timeline,
            })
          ).id,
        );
      return made;
    });
    const rows = await db.prisma.$queryRawUnsafe<{ id: string; phase: string }[]>(
      inDialect(`SELECT c.id, ${CASE_PHASE_SQL} AS phase FROM cases c`, dialectOf(db.prisma)),
      TODAY,
    );
    const sqlPhase = new Map(rows.map((r) => [r.id, r.phase]));
    const seen = new Set<string>();
    list.forEach((timeline, i) => {
      const expected = casePhase(timeline, TODAY);
      seen.add(expected);
      assert.equal(sqlPhase.get(ids[i] ?? ''), expected, JSON.stringify(timeline));
    });
    assert.deepEqual([...seen].sort(), [
      'akutt',
      'begjaert',
      'dato-satt',
      'etter-utkastelse',
      'for-varsel',
      'uten-frist',
      'varsel',
    ]);
  });
});

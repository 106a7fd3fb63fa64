import { MEASURE_DEFAULTS, planOf } from '../../../helpers/plan-fixtures.ts';
import {
  EMPTY_TIMELINE,
  nextLegalDeadline,
  objectionDeadlineOf,
  type EvictionTimeline,
} from '../../../../src/domain/case/case.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  easterSunday,
  isWorkingDay,
  onOrBeforeWorkingDay,
  publicHolidays,
  workingDaysAfter,
} from '../../../../src/domain/calendar/norwegian-calendar.ts';
import { localTime, zonedInstant } from '../../../../src/domain/calendar/zoned-time.ts';
import type { GoalPlan } from '../../../../src/domain/goal-plan/goal-plan.ts';
import {
  CHECKPOINTS,
  DEFAULT_REMINDER_SETTINGS as S,
  type CheckpointId,
} from '../../../../src/domain/reminder/checkpoints.ts';
import { afterWorkingHours } from '../../../../src/domain/reminder/working-hours.ts';
import {
  evictionFollowUp,
  nextSendable,
  planFollowUp,
  type CaseFollowUp,
  type PlannedReminder,
} from '../../../../src/domain/reminder/follow-up-plan.ts';
import { localDate } from '../../../../src/domain/common/local-date.ts';

const OSLO = 'Europe/Oslo';
const oslo = (d: Date) => localDate(d, OSLO);

describe('Norwegian calendar', () => {
  it('computes Easter and the twelve public holidays', () => {
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
    assert.deepEqual([...publicHolidays(2026)].sort(), [
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('knows working days: weekends, 17 May on a Monday, Christmas; Christmas Eve is one', () => {
    assert.equal(isWorkingDay('2026-11-23'), true);
    assert.equal(isWorkingDay('2026-11-22'), false, 'Sunday');
    assert.equal(isWorkingDay('2027-05-17'), false, 'Monday, grunnlovsdag');
    assert.equal(isWorkingDay('2026-12-25'), false);
    assert.equal(isWorkingDay('2026-12-24'), true);
    assert.equal(
      onOrBeforeWorkingDay('2026-04-06'),
      '2026-04-01',
      'Easter Monday 2026 → Wednesday before',
    );
    assert.equal(
      onOrBeforeWorkingDay('2027-03-29'),
      '2027-03-24',
      'Easter Monday 2027 → Wednesday before',
    );
    assert.equal(workingDaysAfter('2026-12-23', 1), '2026-12-24');
    assert.equal(workingDaysAfter('2026-12-24', 1), '2026-12-28');
  });

  it('turns Oslo wall-clock time into the right instant across DST changes', () => {
    assert.equal(
      zonedInstant('2026-01-15', '07:30', OSLO).toISOString(),
      '2026-01-15T06:30:00.000Z',
    );
    assert.equal(
      zonedInstant('2026-07-15', '07:30', OSLO).toISOString(),
      '2026-07-15T05:30:00.000Z',
    );
    assert.equal(
      zonedInstant('2026-03-29', '07:30', OSLO).toISOString(),
      '2026-03-29T05:30:00.000Z',
      'first day of summer time',
    );
    assert.equal(
      zonedInstant('2026-10-25', '07:30', OSLO).toISOString(),
      '2026-10-25T06:30:00.000Z',
      'first day of winter time',
    );
    assert.equal(
      zonedInstant('2026-03-28', '07:30', OSLO).toISOString(),
      '2026-03-28T06:30:00.000Z',
      'the day before',
    );
    assert.equal(localTime(zonedInstant('2026-10-24', '16:00', OSLO), OSLO), '16:00');
  });
});

const timeline = {
  ...EMPTY_TIMELINE,
  firstMissedRentDate: '2026-10-01', // D (Thursday)
  noticeDate: '2026-10-10', // the § 4-18 notice sent (Saturday)
  noticeReceivedDate: '2026-10-12', // V (Monday)
  namsmannNoticeDate: '2026-11-02', // B: the tenant served (Monday)
  evictionDate: '2026-12-01', // F (Tuesday)
};
const kase: CaseFollowUp = { caseId: 'c1', timeline, arrearsPaid: false, closed: false };
const plan = (c = kase, today = '2026-09-30', settings = S) =>
  evictionFollowUp(c, settings, today, OSLO);
const withDates = (dates: Partial<EvictionTimeline>, more: Partial<CaseFollowUp> = {}) => ({
  ...kase,
  ...more,
  timeline: { ...EMPTY_TIMELINE, ...dates },
});
const LAW_IDS = new Set(CHECKPOINTS.filter((c) => c.basis === 'law').map((c) => c.id));
/** The main rows (to the saksansvarlig, on their own day): kind → [due, basis, deadline]. */
const byKind = (list: PlannedReminder[]) =>
  Object.fromEntries(
    list
      .filter((r) => r.audience === 'coordinator')
      .filter((r) => !(LAW_IDS.has(r.kind as CheckpointId) && r.basis !== 'law'))
      .map((r) => [r.kind, [r.dueDate, r.basis, r.legalDeadline]]),
  );
const rowsOf = (list: PlannedReminder[], kind: string) =>
  list.filter((r) => r.kind === kind).map((r) => `${r.audience} ${r.dueDate} ${r.basis}`);

describe('eviction follow-up plan', () => {
  it('plans every checkpoint from its anchor: law exact, practice on a working day', () => {
    assert.deepEqual(byKind(plan()), {
      D0: ['2026-10-01', 'info', null], // a § 4-18 notice may come from the due date itself
      D3: ['2026-10-02', 'practice', null], // Sunday 4 Oct → Friday
      D7: ['2026-10-08', 'practice', null],
      D1M: ['2026-10-30', 'practice', null], // 1 Nov (same day next month) is a Sunday
      // The notice was sent Saturday 10 Oct: the landlord may request from Saturday 24 Oct.
      V0: ['2026-10-12', 'law', '2026-10-24'],
      'R-7': ['2026-10-16', 'practice', '2026-10-24'], // Saturday 17 Oct → Friday
      'R-2': ['2026-10-22', 'practice', '2026-10-24'], // two working days before: Thursday
      R0: ['2026-10-24', 'law', '2026-10-24'],
      B0: ['2026-11-02', 'law', '2026-11-16'],
      'O-4': ['2026-11-12', 'practice', '2026-11-16'],
      O0: ['2026-11-16', 'law', '2026-11-16'],
      'F-14': ['2026-11-17', 'practice', '2026-12-01'],
      'F-7': ['2026-11-24', 'practice', '2026-12-01'],
      'F-2': ['2026-11-27', 'practice', '2026-12-01'], // Sunday 29 Nov → Friday
      'F-1': ['2026-11-30', 'practice', '2026-12-01'],
      F0: ['2026-12-01', 'law', '2026-12-01'],
      F14: ['2026-12-15', 'law', '2026-12-15'],
      F28: ['2026-12-29', 'info', null], // "about four weeks" until the second notice
    });
  });

  it('runs the 14 days from the day the § 4-18 notice was sent, not from its receipt', () => {
    // Dated (sent) Saturday 21 November, received Sunday 22 November: the landlord may request
    // eviction from Saturday 5 December, so Husly must warn on the 5th, not the 6th.
    const november = plan(
      withDates({ noticeDate: '2026-11-21', noticeReceivedDate: '2026-11-22' }),
      '2026-11-22',
    );
    assert.deepEqual(byKind(november).R0, ['2026-12-05', 'law', '2026-12-05']);
    assert.deepEqual(byKind(november)['R-2'], ['2026-12-03', 'practice', '2026-12-05']);
    assert.equal(
      nextLegalDeadline(
        { ...EMPTY_TIMELINE, noticeDate: '2026-11-21', noticeReceivedDate: '2026-11-22' },
        '2026-11-22',
      ),
      '2026-12-05',
    );
    // Only the day it arrived is known: the notice was sent that day at the latest.
    const receivedOnly = plan(withDates({ noticeReceivedDate: '2026-10-15' }));
    assert.equal(byKind(receivedOnly).R0?.[0], '2026-10-29');
  });

  it('also reminds a weekend deadline on the working day before, and tells the channel', () => {
    const november = plan(
      withDates({ noticeDate: '2026-11-21', noticeReceivedDate: '2026-11-22' }),
      '2026-11-22',
    );
    assert.deepEqual(rowsOf(november, 'R0'), [
      'coordinator 2026-12-04 practice', // Friday, in working hours
      'unit 2026-12-04 practice',
      'coordinator 2026-12-05 law', // Saturday itself, at any hour
      'unit 2026-12-05 law',
    ]);
    // Received on Sunday 22 Nov, registered that day: the Friday copy is past, the day is not.
    assert.deepEqual(rowsOf(november, 'V0'), ['coordinator 2026-11-22 law', 'unit 2026-11-22 law']);
    assert.ok(
      november.filter((r) => r.audience === 'unit').every((r) => LAW_IDS.has(r.kind as never)),
      'only legal checkpoints are copied to the channel',
    );
    assert.equal(new Set(november.map((r) => r.key)).size, november.length, 'keys are unique');
  });

  it('objections run from the tenant’s date or the printed one; NAV’s copy is uncertain', () => {
    const served = plan(withDates({ namsmannNoticeDate: '2026-11-02' }), '2026-11-01');
    assert.deepEqual(byKind(served).O0, ['2026-11-16', 'law', '2026-11-16']);
    const printed = plan(
      withDates({ namsmannNoticeDate: '2026-11-02', objectionDeadline: '2026-11-18' }),
      '2026-11-01',
    );
    assert.deepEqual(byKind(printed).O0, ['2026-11-18', 'law', '2026-11-18']);
    assert.deepEqual(byKind(printed)['O-4'], ['2026-11-13', 'practice', '2026-11-18']);
    // Only NAV's copy: the tenant may have been served days earlier — no date is guessed.
    const copy = byKind(plan(withDates({ namsmannCopyDate: '2026-11-05' }), '2026-11-01'));
    assert.deepEqual(copy, { Bnav0: ['2026-11-05', 'law', null] });
    assert.deepEqual(objectionDeadlineOf({ ...EMPTY_TIMELINE, namsmannCopyDate: '2026-11-05' }), {
      uncertain: true,
    });
  });

  it('takes the second belongings deadline from the namsmann’s letter once it is known', () => {
    const evicted = { evictionDate: '2026-12-01', evictionHappened: true };
    assert.deepEqual(Object.keys(byKind(plan(withDates(evicted), '2026-12-02'))), ['F14', 'F28']);
    const letter = plan(withDates({ ...evicted, belongingsDeadline: '2027-01-04' }), '2026-12-02');
    assert.deepEqual(byKind(letter), {
      F14: ['2026-12-15', 'law', '2026-12-15'],
      E0: ['2027-01-04', 'law', '2027-01-04'],
    });
  });

  it('innfordring’s report, a § 9-11 notice, a lease end, an oppsigelse', () => {
    assert.deepEqual(byKind(plan(withDates({ arrearsReportedDate: '2026-11-26' }), '2026-11-26')), {
      P0: ['2026-11-26', 'practice', null],
      P5: ['2026-12-03', 'practice', null], // five working days later
    });
    assert.deepEqual(byKind(plan(withDates({ landlordNoticeDate: '2026-11-26' }), '2026-11-26')), {
      N0: ['2026-11-26', 'practice', null],
      N10: ['2026-12-04', 'practice', null], // Sunday 6 Dec → Friday
    });
    assert.deepEqual(byKind(plan(withDates({ leaseEndDate: '2027-03-31' }), '2026-11-26')), {
      'K-90': ['2026-12-31', 'practice', null],
      K0: ['2027-03-31', 'practice', null],
      K90: ['2027-06-29', 'law', null],
    });
    // One month from 31 January is the last day of February.
    assert.deepEqual(byKind(plan(withDates({ terminationDate: '2027-01-31' }), '2027-01-31')), {
      S0: ['2027-01-31', 'law', '2027-02-28'],
      'Sp-7': ['2027-02-19', 'practice', '2027-02-28'], // Sunday 21 Feb → Friday
      Sp0: ['2027-02-28', 'law', '2027-02-28'],
    });
  });

  it('uses a municipality’s own practice offsets, never changes legal ones', () => {
    const custom = plan(kase, '2026-09-30', { ...S, practiceOffsets: { D3: 5, 'O-4': -6 } });
    assert.equal(byKind(custom).D3?.[0], '2026-10-06');
    assert.equal(byKind(custom)['O-4']?.[0], '2026-11-10');
    assert.equal(byKind(custom).O0?.[0], '2026-11-16');
  });

  it('on recomputation keeps the keys of unchanged checkpoints, so nothing is sent twice', () => {
    const before = plan(kase, '2026-11-20');
    const moved = plan(withDates({ ...timeline, evictionDate: '2026-12-15' }), '2026-11-20');
    const keysBefore = new Set(before.map((r) => r.key));
    const kept = moved.filter((r) => keysBefore.has(r.key)).map((r) => r.kind);
    assert.deepEqual(kept.sort(), [], 'only F checkpoints are ahead, and all moved');
    assert.deepEqual(
      plan(kase, '2026-11-20').map((r) => r.key),
      before.map((r) => r.key),
      'same inputs, same keys',
    );
    const movedKinds = moved.map((r) => `${r.kind}@${r.dueDate}`);
    assert.ok(movedKinds.includes('F0@2026-12-15') && movedKinds.includes('F-14@2026-12-01'));
  });

  it('leaves out checkpoints already past', () => {
    assert.deepEqual(Object.keys(byKind(plan(kase, '2026-11-17'))), [
      'F-14',
      'F-7',
      'F-2',
      'F-1',
      'F0',
      'F14',
      'F28',
    ]);
  });

  it('paying stops the arrears route, not an eviction, belongings, lease end or oppsigelse', () => {
    const paid = withDates(
      {
        ...timeline,
        arrearsReportedDate: '2026-09-30',
        landlordNoticeDate: '2026-10-05',
        leaseEndDate: '2027-03-31',
        terminationDate: '2026-11-01',
      },
      { arrearsPaid: true },
    );
    assert.deepEqual(Object.keys(byKind(plan(paid))), [
      'S0',
      'F-14',
      'F-7',
      'Sp-7',
      'F-2',
      'F-1',
      'F0',
      'Sp0', // 1 Nov + one month: the same day as F0
      // Belongings: paying does not withdraw the request, so they stay until it is withdrawn.
      'F14',
      'F28',
      'K-90',
      'K0',
      'K90',
    ]);
    assert.deepEqual(plan({ ...kase, closed: true }), []);
  });
});

describe('a case that arrives late', () => {
  it('turns the missed arrears actions into one task on the day Husly heard of them', () => {
    const late = plan(
      withDates({ firstMissedRentDate: '2026-10-01' }, { knownSince: { D: '2026-11-26' } }),
      '2026-11-26',
    );
    assert.deepEqual(byKind(late), { 'D-catchup': ['2026-11-26', 'practice', null] });
    const early = plan(
      withDates({ firstMissedRentDate: '2026-11-25' }, { knownSince: { D: '2026-11-26' } }),
      '2026-11-26',
    );
    assert.ok(!('D-catchup' in byKind(early)), 'D3 and D7 are still ahead: nothing to catch up');
    assert.deepEqual(byKind(early).D3, ['2026-11-27', 'practice', null]);
  });

  it('warns at once of an eviction less than 14 days ahead', () => {
    const soon = plan(
      withDates({ evictionDate: '2026-12-04' }, { knownSince: { F: '2026-11-26' } }),
      '2026-11-26',
    );
    assert.deepEqual(byKind(soon)['F-soon'], ['2026-11-26', 'law', '2026-12-04']);
    assert.deepEqual(byKind(soon)['F-7'], ['2026-11-27', 'practice', '2026-12-04']);
    const inTime = plan(
      withDates({ evictionDate: '2026-12-20' }, { knownSince: { F: '2026-11-26' } }),
      '2026-11-26',
    );
    assert.ok(!('F-soon' in byKind(inTime)));
  });
});

describe('a case nobody has taken', () => {
  it('to the leaders after two working hours when acute, else after a working day', () => {
    const friday = zonedInstant('2026-11-27', '15:30', OSLO);
    const list = plan(
      withDates(
        { acuteDate: '2026-11-27' },
        { untaken: { openedAt: friday, acuteReportedAt: friday } },
      ),
      '2026-11-27',
    );
    const acute = list.find((r) => r.kind === 'case.acuteUntaken');
    assert.equal(acute?.audience, 'leader');
    // Half an hour left on Friday, ninety minutes from Monday's 07:30.
    assert.equal(
      acute.sendAt.toISOString(),
      zonedInstant('2026-11-30', '09:00', OSLO).toISOString(),
    );
    assert.deepEqual(rowsOf(list, 'case.untaken'), ['leader 2026-11-30 practice']);
    assert.deepEqual(
      plan(withDates({}, { untaken: null }), '2026-11-27').filter((r) => r.audience === 'leader'),
      [],
      'taken: no escalation',
    );
  });

  it('counts working time across a weekday too', () => {
    const tuesday = zonedInstant('2026-12-01', '10:00', OSLO);
    assert.equal(
      afterWorkingHours(tuesday, 120, S.quietHours, OSLO).toISOString(),
      zonedInstant('2026-12-01', '12:00', OSLO).toISOString(),
    );
    const night = zonedInstant('2026-12-01', '22:00', OSLO);
    assert.equal(
      afterWorkingHours(night, 120, S.quietHours, OSLO).toISOString(),
      zonedInstant('2026-12-02', '09:30', OSLO).toISOString(),
    );
  });
});

describe('quiet hours', () => {
  const friday1700 = zonedInstant('2026-11-27', '17:00', OSLO);
  it('holds practice reminders till the next working morning; legal deadlines go that day', () => {
    assert.equal(
      nextSendable(friday1700, { basis: 'practice', dueDate: '2026-11-27' }, S, OSLO).toISOString(),
      zonedInstant('2026-11-30', '07:30', OSLO).toISOString(),
    );
    const sunday0300 = zonedInstant('2026-12-27', '03:00', OSLO);
    assert.equal(
      nextSendable(sunday0300, { basis: 'law', dueDate: '2026-12-27' }, S, OSLO),
      sunday0300,
    );
    const early = zonedInstant('2026-11-30', '06:00', OSLO);
    assert.equal(
      nextSendable(early, { basis: 'practice', dueDate: '2026-11-30' }, S, OSLO).toISOString(),
      zonedInstant('2026-11-30', '07:30', OSLO).toISOString(),
    );
    const beforeHoliday = zonedInstant('2026-12-24', '18:00', OSLO);
    assert.equal(
      oslo(nextSendable(beforeHoliday, { basis: 'practice', dueDate: '2026-12-24' }, S, OSLO)),
      '2026-12-28',
    );
    const inside = zonedInstant('2026-11-30', '10:00', OSLO);
    assert.equal(
      nextSendable(inside, { basis: 'practice', dueDate: '2026-11-30' }, S, OSLO),
      inside,
    );
  });
});

describe('målplan follow-up', () => {
  const goalPlan: GoalPlan = planOf({
    id: 'p1',
    caseId: 'c1',
    evaluationDate: '2027-01-10',
    periodStart: null,
    periodEnd: null,
    vedtakReference: null,
    ipNeeded: null,
    goals: [],
    measures: [
      {
        id: 'm1',
        type: 'bostotte',
        description: 'x',
        responsibleUnitId: 'u',
        responsibleStaffId: null,
        deadline: '2026-12-15',
        status: 'planned',
        ...MEASURE_DEFAULTS,
      },
      {
        id: 'm2',
        type: 'startlan',
        description: 'y',
        responsibleUnitId: 'u',
        responsibleStaffId: null,
        deadline: '2026-12-01',
        status: 'done',
        ...MEASURE_DEFAULTS,
      },
    ],
    evaluations: [],
  });
  it('reminds before/on a measure\u2019s deadline, escalates when overdue; evaluations too', () => {
    const list = planFollowUp('c1', goalPlan, S, '2026-11-23', OSLO);
    assert.deepEqual(
      list.map((r) => [r.kind, r.dueDate, r.audience, r.measureId ?? null]),
      [
        ['measure.soon', '2026-12-10', 'coordinator', 'm1'], // 3 working days before
        ['measure.due', '2026-12-15', 'coordinator', 'm1'],
        ['measure.overdue', '2026-12-16', 'coordinator', 'm1'],
        ['measure.escalated', '2026-12-23', 'leader', 'm1'], // 5 working days later
        // a week before (3 Jan, Sunday) → 31 Dec
        ['evaluation.soon', '2026-12-31', 'coordinator', null],
        ['evaluation.due', '2027-01-08', 'coordinator', null], // 10 Jan is a Sunday → Friday
      ],
    );
    assert.ok(list.every((r) => r.key.startsWith('plan:p1:')));
    assert.equal(new Set(list.map((r) => r.key)).size, list.length);
  });
});

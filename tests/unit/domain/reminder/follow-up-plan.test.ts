import { EMPTY_TIMELINE } from '../../../../src/domain/case/case.ts';
import { nextLegalDeadline } from '../../../../src/domain/case/case.ts';
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
import { DEFAULT_REMINDER_SETTINGS as S } from '../../../../src/domain/reminder/checkpoints.ts';
import {
  evictionFollowUp,
  nextSendable,
  planFollowUp,
  type CaseFollowUp,
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
  noticeDate: '2026-10-10',
  noticeReceivedDate: '2026-10-12', // V (Monday)
  namsmannNoticeDate: '2026-11-02', // B (Monday)
  evictionDate: '2026-12-01', // F (Tuesday)
  evictionHappened: false,
};
const kase: CaseFollowUp = { caseId: 'c1', timeline, arrearsPaid: false, closed: false };
const plan = (c = kase, today = '2026-09-30', settings = S) =>
  evictionFollowUp(c, settings, today, OSLO);
const byKind = (list: ReturnType<typeof plan>) =>
  Object.fromEntries(list.map((r) => [r.kind, [r.dueDate, r.basis, r.legalDeadline]]));

describe('eviction follow-up plan', () => {
  it('generates every checkpoint of the brief: law exact, practice a working day before', () => {
    assert.deepEqual(byKind(plan()), {
      D1: ['2026-10-02', 'law', null],
      D3: ['2026-10-02', 'practice', null], // Sunday 4 Oct → Friday
      D7: ['2026-10-08', 'practice', null],
      D30: ['2026-10-30', 'practice', null], // Saturday 31 Oct → Friday
      // The notice is dated (sent) Saturday 10 Oct: the landlord may request from 24 Oct.
      V0: ['2026-10-12', 'law', '2026-10-24'],
      V7: ['2026-10-19', 'practice', '2026-10-24'],
      V12: ['2026-10-23', 'practice', '2026-10-24'], // Saturday 24 Oct → Friday
      V14: ['2026-10-24', 'law', '2026-10-24'], // earliest lawful request
      B0: ['2026-11-02', 'law', '2026-11-16'],
      B10: ['2026-11-12', 'practice', '2026-11-16'],
      B14: ['2026-11-16', 'law', '2026-11-16'], // objection window closes
      'F-14': ['2026-11-17', 'practice', '2026-12-01'],
      'F-7': ['2026-11-24', 'practice', '2026-12-01'],
      'F-2': ['2026-11-27', 'practice', '2026-12-01'], // Sunday 29 Nov → Friday
      F0: ['2026-12-01', 'law', '2026-12-01'],
      F14: ['2026-12-15', 'law', '2026-12-15'],
      F28: ['2026-12-29', 'law', '2026-12-29'],
    });
  });

  it('runs the 14 days from the day the § 4-18 notice was sent, not from its receipt', () => {
    // Dated (sent) Saturday 21 November, received Sunday 22 November: the landlord may request
    // eviction from Saturday 5 December, so Husly must warn on the 5th, not the 6th.
    const november = plan(
      {
        ...kase,
        timeline: { ...timeline, noticeDate: '2026-11-21', noticeReceivedDate: '2026-11-22' },
      },
      '2026-11-22',
    );
    assert.deepEqual(byKind(november).V14, ['2026-12-05', 'law', '2026-12-05']);
    assert.equal(
      nextLegalDeadline(
        {
          ...timeline,
          evictionDate: null,
          namsmannNoticeDate: null,
          noticeDate: '2026-11-21',
          noticeReceivedDate: '2026-11-22',
        },
        '2026-11-22',
      ),
      '2026-12-05',
    );
    // Only the day it arrived is known: the notice was sent that day at the latest.
    const receivedOnly = plan({
      ...kase,
      timeline: { ...timeline, noticeDate: null, noticeReceivedDate: '2026-10-15' },
    });
    assert.equal(receivedOnly.find((r) => r.kind === 'V14')?.dueDate, '2026-10-29');
  });

  it('sends at 07:30 Oslo time on the due date, in winter and summer time', () => {
    const r = plan().find((x) => x.kind === 'F0')!;
    assert.equal(r.sendAt.toISOString(), '2026-12-01T06:30:00.000Z');
    const summer = plan(
      { ...kase, timeline: { ...timeline, evictionDate: '2026-06-15' } },
      '2026-05-01',
    ).find((x) => x.kind === 'F0')!;
    assert.equal(summer.sendAt.toISOString(), '2026-06-15T05:30:00.000Z');
  });

  it('moves practice reminders off Christmas and Easter, keeps legal ones exact', () => {
    const christmas = plan(
      { ...kase, timeline: { ...timeline, evictionDate: '2026-12-27' } },
      '2026-12-01',
    );
    assert.equal(
      christmas.find((r) => r.kind === 'F-2')?.dueDate,
      '2026-12-24',
      '25 Dec → Christmas Eve',
    );
    assert.equal(
      christmas.find((r) => r.kind === 'F0')?.dueDate,
      '2026-12-27',
      'legal: the Sunday itself',
    );
    const easter = plan(
      { ...kase, timeline: { ...timeline, evictionDate: '2027-03-31' } },
      '2027-03-01',
    );
    assert.equal(
      easter.find((r) => r.kind === 'F-2')?.dueDate,
      '2027-03-24',
      'Easter Monday 29 March 2027 → 24 March',
    );
  });

  it('uses a municipality\u2019s own practice offsets, never changes legal ones', () => {
    const custom = plan(kase, '2026-09-30', { ...S, practiceOffsets: { D3: 5, B10: 8 } });
    assert.equal(custom.find((r) => r.kind === 'D3')?.dueDate, '2026-10-06');
    assert.equal(custom.find((r) => r.kind === 'B10')?.dueDate, '2026-11-10');
    assert.equal(custom.find((r) => r.kind === 'B14')?.dueDate, '2026-11-16');
  });

  it('on recomputation keeps the keys of unchanged checkpoints, so nothing is sent twice', () => {
    const before = plan(kase, '2026-11-20');
    const moved = plan(
      { ...kase, timeline: { ...timeline, evictionDate: '2026-12-15' } },
      '2026-11-20',
    );
    const keysBefore = new Set(before.map((r) => r.key));
    const kept = moved.filter((r) => keysBefore.has(r.key)).map((r) => r.kind);
    assert.deepEqual(kept.sort(), [], 'only F checkpoints are ahead, and all moved');
    const same = plan(kase, '2026-11-20');
    assert.deepEqual(
      same.map((r) => r.key),
      before.map((r) => r.key),
      'same inputs, same keys',
    );
    const movedKinds = moved.map((r) => `${r.kind}@${r.dueDate}`);
    assert.ok(movedKinds.includes('F0@2026-12-15') && movedKinds.includes('F-14@2026-12-01'));
  });

  it('leaves out checkpoints already past', () => {
    assert.deepEqual(
      plan(kase, '2026-11-17').map((r) => r.kind),
      ['F-14', 'F-7', 'F-2', 'F0', 'F14', 'F28'],
    );
  });

  it('arrears paid: eviction track stops, warns until an eviction date; none when closed', () => {
    assert.deepEqual(
      plan({ ...kase, arrearsPaid: true }).map((r) => r.kind),
      ['F-14', 'F-7', 'F-2', 'F0'],
    );
    assert.deepEqual(plan({ ...kase, closed: true }), []);
    assert.deepEqual(
      plan({ ...kase, timeline: { ...timeline, evictionHappened: true } })
        .filter((r) => r.kind.startsWith('F'))
        .map((r) => r.kind),
      ['F14', 'F28'],
      'after the eviction: the belongings deadlines only',
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
  const goalPlan: GoalPlan = {
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
      },
      {
        id: 'm2',
        type: 'startlan',
        description: 'y',
        responsibleUnitId: 'u',
        responsibleStaffId: null,
        deadline: '2026-12-01',
        status: 'done',
      },
    ],
    evaluations: [],
  };
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

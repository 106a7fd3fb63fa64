import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isoWeek,
  isoWeekday,
  isWeeklySchedule,
  worklistPostDue,
  worklistPostEvent,
} from '../../../../src/domain/overview/worklist-week.ts';
import type { WeeklySchedule } from '../../../../src/domain/org/org.ts';

const OSLO = 'Europe/Oslo';
const MONDAY_0830: WeeklySchedule = { weekday: 1, time: '08:30' };

/** Due now? `at` is UTC. */
const due = (schedule: WeeklySchedule | null, at: string, postedThisWeek = false) =>
  worklistPostDue({ schedule, now: new Date(at), timeZone: OSLO, postedThisWeek });

describe('ISO weeks and weekdays', () => {
  it('weekday 1 is Monday, 7 Sunday', () => {
    assert.equal(isoWeekday('2026-11-23'), 1);
    assert.equal(isoWeekday('2026-11-29'), 7);
    assert.equal(isoWeekday('2026-11-27'), 5);
  });

  it('the week belongs to the year of its Thursday', () => {
    assert.equal(isoWeek('2026-11-23'), '2026-W48');
    assert.equal(isoWeek('2026-11-29'), '2026-W48');
    assert.equal(isoWeek('2026-11-30'), '2026-W49');
    assert.equal(isoWeek('2026-01-01'), '2026-W01');
    assert.equal(isoWeek('2027-01-01'), '2026-W53');
    assert.equal(isoWeek('2027-01-04'), '2027-W01');
    assert.equal(isoWeek('2024-12-30'), '2025-W01');
    assert.equal(isoWeek('2021-01-03'), '2020-W53');
  });

  it('one outbox event per unit and week', () => {
    assert.equal(worklistPostEvent('u1', '2026-W48'), 'worklist:u1:2026-W48');
  });
});

describe('a weekly time is a weekday 1–7 and a real HH:MM', () => {
  it('accepts', () => {
    for (const s of [{ weekday: 1, time: '00:00' }, { weekday: 7, time: '23:59' }, MONDAY_0830])
      assert.ok(isWeeklySchedule(s), JSON.stringify(s));
  });
  it('refuses', () => {
    for (const s of [
      { weekday: 0, time: '08:30' },
      { weekday: 8, time: '08:30' },
      { weekday: 1.5, time: '08:30' },
      { weekday: 1, time: '24:00' },
      { weekday: 1, time: '08:60' },
      { weekday: 1, time: '8:30' },
      { weekday: 1, time: '' },
    ])
      assert.ok(!isWeeklySchedule(s), JSON.stringify(s));
  });
});

describe('is the weekly worklist due now', () => {
  it('Monday 08:30 Oslo in winter is 07:30Z: not a minute before', () => {
    assert.equal(due(MONDAY_0830, '2026-11-23T07:29:59Z'), null);
    assert.deepEqual(due(MONDAY_0830, '2026-11-23T07:30:00Z'), {
      week: '2026-W48',
      dueAt: new Date('2026-11-23T07:30:00Z'),
    });
  });

  it('in summer the wall-clock time counts: 08:30 is 06:30Z', () => {
    assert.equal(due(MONDAY_0830, '2026-03-30T06:29:00Z'), null);
    assert.equal(due(MONDAY_0830, '2026-03-30T06:30:00Z')?.week, '2026-W14');
    // The week before the change: 07:30Z.
    assert.equal(due(MONDAY_0830, '2026-03-23T07:29:00Z'), null);
    assert.equal(due(MONDAY_0830, '2026-03-23T07:30:00Z')?.week, '2026-W13');
  });

  it('a time the spring change skips (Sunday 02:30) falls an hour on, that Sunday', () => {
    const sunday = { weekday: 7, time: '02:30' };
    // 29 March 2026: 02:00 CET → 03:00 CEST. 03:30 CEST is 01:30Z.
    assert.equal(due(sunday, '2026-03-29T01:29:00Z'), null);
    assert.deepEqual(due(sunday, '2026-03-29T01:30:00Z'), {
      week: '2026-W13',
      dueAt: new Date('2026-03-29T01:30:00Z'),
    });
  });

  it('a time the autumn change repeats (Sunday 02:30) is due once, by the later one', () => {
    const sunday = { weekday: 7, time: '02:30' };
    // 25 October 2026: 03:00 CEST → 02:00 CET; 02:30 comes at 00:30Z and again at 01:30Z.
    assert.equal(due(sunday, '2026-10-25T01:29:00Z'), null);
    assert.equal(due(sunday, '2026-10-25T01:30:00Z')?.week, '2026-W43');
    assert.equal(due(sunday, '2026-10-25T01:30:00Z', true), null, 'posted: not again');
  });

  it('already posted this week: nothing, the rest of the week', () => {
    for (const at of ['2026-11-23T07:30:00Z', '2026-11-25T12:00:00Z', '2026-11-29T22:59:00Z'])
      assert.equal(due(MONDAY_0830, at, true), null, at);
  });

  it('the rest of the week, until posted, it is still due (an outage catches up)', () => {
    assert.equal(due(MONDAY_0830, '2026-11-25T12:00:00Z')?.week, '2026-W48');
    // Sunday 23:59 Oslo is still week 48 …
    assert.equal(due(MONDAY_0830, '2026-11-29T22:59:00Z')?.week, '2026-W48');
    // … Monday 00:00 Oslo (Sunday 23:00Z) is week 49, and 08:30 has not come yet.
    assert.equal(due(MONDAY_0830, '2026-11-29T23:00:00Z'), null);
  });

  it('the week is the municipality’s, not UTC’s: Monday 00:00 Oslo is Sunday 23:00Z', () => {
    const midnight = { weekday: 1, time: '00:00' };
    assert.equal(due(midnight, '2026-11-29T22:59:00Z')?.week, '2026-W48', 'last week’s, late');
    assert.deepEqual(due(midnight, '2026-11-29T23:00:00Z'), {
      week: '2026-W49',
      dueAt: new Date('2026-11-29T23:00:00Z'),
    });
  });

  it('set for later in the week than now: waits for that day and time', () => {
    const friday = { weekday: 5, time: '14:00' };
    assert.equal(due(friday, '2026-11-23T09:00:00Z'), null, 'Monday');
    assert.equal(due(friday, '2026-11-27T12:59:00Z'), null, 'Friday 13:59');
    assert.equal(due(friday, '2026-11-27T13:00:00Z')?.week, '2026-W48', 'Friday 14:00');
  });

  it('set on Wednesday for Monday: this week’s time has passed, so it goes now', () => {
    assert.equal(due(MONDAY_0830, '2026-11-25T10:00:00Z')?.week, '2026-W48');
  });

  it('no schedule, or one that is not a real time: never', () => {
    assert.equal(due(null, '2026-11-25T10:00:00Z'), null);
    assert.equal(due({ weekday: 9, time: '08:30' }, '2026-11-25T10:00:00Z'), null);
    assert.equal(due({ weekday: 1, time: '25:00' }, '2026-11-25T10:00:00Z'), null);
  });
});

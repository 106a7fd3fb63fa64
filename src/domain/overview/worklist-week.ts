import { noticeKey } from '../notify/notice-outbox.ts';
import { zonedInstant } from '../calendar/zoned-time.ts';
import { addDays } from '../common/calendar-date.ts';
import { localDate } from '../common/local-date.ts';
import type { WeeklySchedule } from '../org/org.ts';

/**
 * The weekly worklist post in a unit's channel (issue 12 §1): when it falls due. Pure: the
 * scheduler asks, the notice outbox keeps it to once a week (its key names the ISO week).
 */

/** ISO weekday of a 'YYYY-MM-DD' date: 1 (Monday) – 7 (Sunday). */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The ISO 8601 week of a 'YYYY-MM-DD' date, '2026-W48' (the week's year is its Thursday's). */
export function isoWeek(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = thursday.slice(0, 4);
  const dayOfYear = Math.round(
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000,
  );
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** A weekday 1–7 and a real 'HH:MM' (00:00–23:59). */
export function isWeeklySchedule(value: {
  readonly weekday: number;
  readonly time: string;
}): value is WeeklySchedule {
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.time);
  return Number.isInteger(value.weekday) && value.weekday >= 1 && value.weekday <= 7 && !!time;
}

/** The post of one ISO week: which week, and when it fell due. */
export interface WorklistPostDue {
  readonly week: string;
  readonly dueAt: Date;
}

/**
 * When this week's post falls due: the schedule's weekday and time in the ISO week that holds
 * `now` in `timeZone` (the municipality's). Across a daylight-saving change the wall-clock time
 * counts (08:30 is 08:30 in winter and summer); a time the spring change skips falls an hour on.
 */
function worklistDueAt(schedule: WeeklySchedule, now: Date, timeZone: string): Date {
  const today = localDate(now, timeZone);
  const day = addDays(today, schedule.weekday - isoWeekday(today));
  return zonedInstant(day, schedule.time, timeZone);
}

/**
 * Whether a unit's worklist is to be posted now: it has a schedule, this week's day and time
 * have passed, and this week's list has not been posted (or handed to the notice outbox) yet.
 * A schedule set later in the week than the time it names posts that week's list at once (the
 * time has passed); one set for later this week waits for it. Null when nothing is due.
 */
export function worklistPostDue(input: {
  readonly schedule: WeeklySchedule | null | undefined;
  readonly now: Date;
  readonly timeZone: string;
  /** This week's list is already in the notice outbox (posted, or being posted). */
  readonly postedThisWeek: boolean;
}): WorklistPostDue | null {
  const { schedule, now, timeZone } = input;
  if (!schedule || !isWeeklySchedule(schedule) || input.postedThisWeek) return null;
  const dueAt = worklistDueAt(schedule, now, timeZone);
  if (now.getTime() < dueAt.getTime()) return null;
  return { week: isoWeek(localDate(now, timeZone)), dueAt };
}

/** The ISO week `now` is in, in `timeZone`. */
export function currentWeek(now: Date, timeZone: string): string {
  return isoWeek(localDate(now, timeZone));
}

/**
 * The event a week's post announces, for the notice outbox's idempotency key: one post per
 * unit and ISO week, however many ticks, restarts or instances ask.
 */
export const worklistPostEvent = (unitId: string, week: string): string =>
  `worklist:${unitId}:${week}`;

/** The notice outbox row of a unit's post in a week: present once it was posted (or queued). */
export const worklistPostKey = (unitId: string, week: string): string =>
  noticeKey(worklistPostEvent(unitId, week), 'unit.worklist', { kind: 'unit', id: unitId });

import { isWorkingDay, workingDaysAfter } from '../calendar/norwegian-calendar.ts';
import { zonedInstant } from '../calendar/zoned-time.ts';
import { localDate } from '../common/local-date.ts';

/**
 * The instant `minutes` of working time after `from`: only working days between the opening and
 * closing times count. Reported at 15:30 with a 16:00 close, two hours end at 09:00 the next
 * working day (with a 07:30 opening); reported on a Saturday, they run from Monday's opening.
 */
export function afterWorkingHours(
  from: Date,
  minutes: number,
  hours: { readonly start: string; readonly end: string },
  timeZone: string,
): Date {
  let day = localDate(from, timeZone);
  let at = from;
  let left = minutes * 60_000;
  for (;;) {
    const opens = zonedInstant(day, hours.start, timeZone);
    const closes = zonedInstant(day, hours.end, timeZone);
    if (isWorkingDay(day) && at < closes) {
      const start = at > opens ? at : opens;
      if (start.getTime() + left <= closes.getTime()) return new Date(start.getTime() + left);
      left -= closes.getTime() - start.getTime();
    }
    day = workingDaysAfter(day, 1);
    at = zonedInstant(day, hours.start, timeZone);
  }
}

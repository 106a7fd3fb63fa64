import { dateTimeFormat } from '../common/intl-cache.ts';

/**
 * Wall-clock time in a time zone → instant, correct across daylight-saving changes, with only
 * Intl (no time-zone library). 07:30 in Oslo is 06:30Z in winter and 05:30Z in summer.
 */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant when it is `time` ('HH:MM') on `date` ('YYYY-MM-DD') in `timeZone`. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, m);
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  let instant = new Date(guess - offsetMinutes(new Date(guess), timeZone) * 60_000);
  instant = new Date(guess - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
}

/** 'HH:MM' wall-clock time of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/**
 * An instant as local ISO 8601 with its offset in `timeZone`, to the second
 * ('2026-03-29T03:00:00+02:00').
 */
export function isoInZone(at: Date, timeZone: string): string {
  const whole = new Date(Math.floor(at.getTime() / 1000) * 1000);
  const offset = offsetMinutes(whole, timeZone);
  const local = new Date(whole.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

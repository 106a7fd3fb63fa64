import { addDays } from '../common/calendar-date.ts';

/**
 * Norwegian public holidays (helligdager) and working days, computed — no table to keep up to
 * date. Dates are 'YYYY-MM-DD' calendar dates.
 */

/** Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, ReadonlySet<string>>();

/**
 * The twelve public holidays of a year (lov om helligdager og helligdagsfred, plus 1 and 17 May).
 */
export function publicHolidays(year: number): ReadonlySet<string> {
  let holidays = cache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    holidays = new Set([
      `${year}-01-01`, // nyttårsdag
      addDays(easter, -3), // skjærtorsdag
      addDays(easter, -2), // langfredag
      easter, // første påskedag
      addDays(easter, 1), // andre påskedag
      `${year}-05-01`, // offentlig høytidsdag
      `${year}-05-17`, // grunnlovsdag
      addDays(easter, 39), // Kristi himmelfartsdag
      addDays(easter, 49), // første pinsedag
      addDays(easter, 50), // andre pinsedag
      `${year}-12-25`, // første juledag
      `${year}-12-26`, // andre juledag
    ]);
    cache.set(year, holidays);
  }
  return holidays;
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && !publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date itself if it is a working day, else the nearest working day before it. */
export function onOrBeforeWorkingDay(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** `n` working days before a date (n ≥ 0); 0 gives the date moved back to a working day. */
export function workingDaysBefore(date: string, n: number): string {
  let d = onOrBeforeWorkingDay(date);
  for (let i = 0; i < n; i++) d = onOrBeforeWorkingDay(addDays(d, -1));
  return d;
}

/** `n` working days after a date. */
export function workingDaysAfter(date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) i++;
  }
  return d;
}

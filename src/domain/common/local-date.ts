import { dateTimeFormat } from './intl-cache.ts';

/**
 * The calendar date ('YYYY-MM-DD') of an instant in
 * a time zone: what "today" means to a caseworker.
 */
export function localDate(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

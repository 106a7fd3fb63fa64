/**
 * Dates in cards. Teams reads TextBlocks and FactSet values as Markdown, where "2. mars 2026" at
 * the start is an ordered list (item 2, "mars 2026") and the day is lost: the space after the
 * day's dot is a no-break space, which Markdown does not read as a list marker (and which
 * Norwegian typography wants there anyway).
 */
const keepDay = (text: string) => text.replace(/^(\d{1,2})\. /, '$1.\u00a0');

/**
 * '2026-12-04' → '4. desember 2026' (bokmål and nynorsk), '4 December 2026' (English). Dates
 * without time are shown as the calendar date they are. `locale` is the catalogue's
 * (`texts.locale`).
 */
export function formatDate(isoDate: string, locale: string): string {
  return keepDay(
    new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  );
}

/** An instant as the date it was in Oslo. */
export function formatInstant(instant: Date, timeZone: string, locale: string): string {
  return keepDay(
    instant.toLocaleDateString(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    }),
  );
}

/** An instant as day, month and time of day in Oslo: '27. november kl. 14:05'. */
export function formatMoment(instant: Date, timeZone: string, locale: string): string {
  return keepDay(
    instant.toLocaleString(locale, {
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }),
  );
}

/** 38400 → '38 400' (the currency is in the message catalogue). */
export const formatAmount = (amount: number, locale: string): string =>
  amount.toLocaleString(locale);

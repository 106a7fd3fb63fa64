/** '2026-12-04' → '4. desember 2026'. Dates without time are shown as the calendar date they are. */
export function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** An instant as the date it was in Oslo. */
export function formatInstant(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}

export const formatNok = (amount: number): string => `${amount.toLocaleString('nb-NO')} kr`;

/**
 * Small numbers are suppressed (statistical disclosure control, as Statistics Norway and other
 * official statistics do): a count from 1 to 4 broken down below the whole municipality is
 * shown as "< 5", so a chart or a report cell cannot point at a person. 0 is shown: it tells
 * nothing about anyone. Every other count below the whole municipality is rounded to the
 * nearest 5: with exact counts, the municipality's exact total minus the other units (or a
 * period minus its other months) would give a "< 5" away.
 */
export const SUPPRESS_BELOW = 5;
const ROUND_TO = 5;

/**
 * A figure as it may be shown: exact; only "fewer than 5"; or hidden because, next to an exact
 * total, it would give a suppressed cell away (complementary suppression).
 */
export type Shown =
  | { readonly exact: number }
  | { readonly rounded: number }
  | { readonly fewerThan: typeof SUPPRESS_BELOW }
  | { readonly hidden: true };

export const exact = (n: number): Shown => ({ exact: n });

/** A count broken down below the whole municipality: 0, "< 5", or rounded to the nearest 5. */
export function suppressed(n: number): Shown {
  if (n <= 0) return { exact: 0 };
  if (n < SUPPRESS_BELOW) return { fewerThan: SUPPRESS_BELOW };
  return { rounded: Math.round(n / ROUND_TO) * ROUND_TO };
}

/** The number to draw in a chart or sum: suppressed and hidden cells have none. */
export const drawable = (s: Shown): number | null =>
  'exact' in s ? s.exact : 'rounded' in s ? s.rounded : null;

/**
 * A breakdown below the whole municipality. When its total is shown exactly and exactly one cell
 * is suppressed, the total minus the others would give that cell away, so the smallest other
 * non-zero cell is hidden too; with no other non-zero cell (the "< 5" is the whole total), an
 * empty cell is hidden instead, so the reader cannot tell which one holds the few.
 */
export function suppressBreakdown(counts: readonly number[], totalShown: boolean): Shown[] {
  const shown = counts.map(suppressed);
  if (!totalShown || shown.filter((s) => 'fewerThan' in s).length !== 1) return shown;
  const visible = (s: Shown | undefined) => s !== undefined && drawable(s) !== null;
  let smallest = -1;
  counts.forEach((n, i) => {
    if (visible(shown[i]) && n > 0 && (smallest < 0 || n < (counts[smallest] ?? 0))) smallest = i;
  });
  if (smallest < 0) smallest = shown.findIndex(visible);
  if (smallest >= 0) shown[smallest] = { hidden: true };
  return shown;
}

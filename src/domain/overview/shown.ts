/**
 * Small numbers are suppressed (statistical disclosure control, as Statistics Norway and other
 * official statistics do): a count from 1 to 4 broken down below the whole municipality is
 * shown as "< 5", so a chart or a report cell cannot point at a person. 0 is shown: it tells
 * nothing about anyone.
 */
export const SUPPRESS_BELOW = 5;

/**
 * A figure as it may be shown: exact; only "fewer than 5"; or hidden because, next to an exact
 * total, it would give a suppressed cell away (complementary suppression).
 */
export type Shown =
  | { readonly exact: number }
  | { readonly fewerThan: typeof SUPPRESS_BELOW }
  | { readonly hidden: true };

export const exact = (n: number): Shown => ({ exact: n });

/** A count broken down below the whole municipality. */
export function suppressed(n: number): Shown {
  return n > 0 && n < SUPPRESS_BELOW ? { fewerThan: SUPPRESS_BELOW } : { exact: n };
}

/** The number to draw in a chart or sum: suppressed and hidden cells have none. */
export const drawable = (s: Shown): number | null => ('exact' in s ? s.exact : null);

/**
 * A breakdown below the whole municipality. When its total is shown exactly and exactly one cell
 * is suppressed, the total minus the others would give that cell away, so the smallest other
 * non-zero cell is hidden too; with no other non-zero cell (the "< 5" is the whole total), an
 * empty cell is hidden instead, so the reader cannot tell which one holds the few.
 */
export function suppressBreakdown(counts: readonly number[], totalShown: boolean): Shown[] {
  const shown = counts.map(suppressed);
  if (!totalShown || shown.filter((s) => !('exact' in s)).length !== 1) return shown;
  let smallest = -1;
  counts.forEach((n, i) => {
    const isExact = 'exact' in (shown[i] ?? exact(0));
    if (isExact && n > 0 && (smallest < 0 || n < (counts[smallest] ?? 0))) smallest = i;
  });
  if (smallest < 0) smallest = shown.findIndex((s) => 'exact' in s);
  if (smallest >= 0) shown[smallest] = { hidden: true };
  return shown;
}

/**
 * Corrects one- and two-letter typos in the words a user types ("bekymirng", "påminelser")
 * against the words of the training corpus, so the intent model sees words it knows. Short
 * words are left alone: at three letters, one edit turns most words into another word.
 */
export class SpellingCorrector {
  private readonly known: Map<string, number>;
  private readonly byLength = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    this.known = counts;
    this.indexByLength();
  }

  /** A corrector from the counts another one kept (`counts()`), as a trained snapshot has them. */
  static fromCounts(counts: Iterable<readonly [string, number]>): SpellingCorrector {
    const corrector = new SpellingCorrector([]);
    for (const [word, count] of counts) corrector.known.set(word, count);
    corrector.indexByLength();
    return corrector;
  }

  /** Each corpus word with how often the corpus uses it. */
  counts(): [string, number][] {
    return [...this.known];
  }

  private indexByLength(): void {
    this.byLength.clear();
    for (const [word, count] of this.known) {
      // A word the corpus uses once is no target for a correction: "været" is not a typo of
      // "vært", nor "liker" of "like".
      if (count < 2) continue;
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
  }

  /** How often the corpus uses `word`. */
  count(word: string): number {
    return this.known.get(word) ?? 0;
  }

  /** The known word closest to `word`, or `word` itself when none is close enough. */
  correct(word: string): string {
    if (word.length < 4 || this.known.has(word) || /\d/.test(word)) return word;
    const allowed = word.length >= 8 ? 2 : 1;
    let best: { word: string; distance: number; count: number } | null = null;
    for (let length = word.length - allowed; length <= word.length + allowed; length += 1) {
      for (const candidate of this.byLength.get(length) ?? []) {
        const distance = editDistance(word, candidate, allowed);
        if (distance > allowed) continue;
        const count = this.known.get(candidate) ?? 0;
        if (!best || distance < best.distance || (distance === best.distance && count > best.count))
          best = { word: candidate, distance, count };
      }
    }
    return best?.word ?? word;
  }
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps: "bekymirng" is one
 * edit from "bekymring"). Stops early once every path exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Rows of the table, read with `at` (Infinity outside it, which never wins a minimum).
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  const at = (row: readonly number[], j: number) => row[j] ?? Infinity;
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, at(previous, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(previousPrevious, j - 2) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return at(previous, b.length);
}

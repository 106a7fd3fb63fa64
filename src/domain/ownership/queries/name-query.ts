import { isIsoDate } from '../../common/calendar-date.ts';
import { foldText } from '../../common/fold-text.ts';

/** A name search: whole name words (folded) and, optionally, a birth date. */
export interface NameQuery {
  readonly words: readonly string[];
  readonly birthDate: string | null;
}

/**
 * Reads "Kari Nordmann", "Kari Nordmann 12.07.1987" or "Nordmann f. 1987-07-12". A search needs
 * a first and a last name, or a name and a birth date: two letters of a name would list
 * strangers (red-team finding 2). Returns null when the query is not specific enough.
 */
export function parseNameQuery(text: string): NameQuery | null {
  let birthDate: string | null = null;
  const rest = foldText(text).replace(
    /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g,
    (_m, d, m, y, iy, im, id) => {
      const iso = d
        ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        : `${iy}-${im}-${id}`;
      if (isIsoDate(iso)) birthDate = iso;
      return ' ';
    },
  );
  const words = rest
    .replace(/\b(?:f|fodt|fodd|fdt)\b\.?/g, ' ')
    .split(/[\s,.;:()]+/)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter((w) => w.length > 0);
  if (words.some((w) => !/^[\p{L}'-]+$/u.test(w))) return null;
  // Distinct words: "Ola Ola" is one name, not a first and a last name.
  const named = [...new Set(words.filter((w) => w.length >= 2))];
  if (words.some((w) => w.length < 2)) return null;
  if (named.length >= 2 || (named.length === 1 && birthDate)) return { words: named, birthDate };
  return null;
}

import { findCaseReference } from '../../src/domain/case/case.ts';
import { addDays } from '../../src/domain/common/calendar-date.ts';
import { parseNationalId } from '../../src/domain/identity/national-id.ts';

/**
 * What a sentence names besides the task: a case reference, an identity number, dates. Found
 * anywhere in the sentence, in any of Husly's languages, and cut out of the text before the
 * intent model sees it (the model is trained on the same masked text), so "2026-0004" or a
 * date never sways which task is meant.
 */
export interface Entities {
  /** 'YYYY-NNNN' */
  readonly reference: string | null;
  /** Eleven digits as typed, without spaces or hyphens. Personal data: never log it. */
  readonly nationalId: { readonly digits: string; readonly valid: boolean } | null;
  /** 'YYYY-MM-DD', in the order they were written. */
  readonly dates: readonly string[];
}

export interface Extraction {
  readonly entities: Entities;
  /** The text with each entity replaced by its mask token. */
  readonly masked: string;
}

/** Mask tokens: words no user writes, the same in training and at run time. */
export const MASKS = { reference: 'xsaksnr', nationalId: 'xfnr', date: 'xdato' } as const;

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

/** Weekday words (bokmål, nynorsk, English, and without å/ø) → 1 = Monday … 7 = Sunday. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  mandag: 1,
  mandagen: 1,
  måndag: 1,
  mondag: 1,
  monday: 1,
  tirsdag: 2,
  tysdag: 2,
  tuesday: 2,
  onsdag: 3,
  wednesday: 3,
  torsdag: 4,
  thursday: 4,
  fredag: 5,
  friday: 5,
  lørdag: 6,
  lordag: 6,
  laurdag: 6,
  saturday: 6,
  søndag: 7,
  sondag: 7,
  sundag: 7,
  sunday: 7,
};

const RELATIVE: readonly [RegExp, number][] = [
  [/\b(?:i\s+overmorgen|i\s+overmorgon|the\s+day\s+after\s+tomorrow)\b/giu, 2],
  [/\b(?:i\s+morgen|i\s+morgon|imorgen|imorgon|tomorrow)\b/giu, 1],
  [/\b(?:i\s+dag|idag|today)\b/giu, 0],
];

const MONTH_WORDS = Object.keys(MONTHS).join('|');
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).join('|');

/**
 * Finds the entities in `text`. `today` ('YYYY-MM-DD', Oslo) resolves "i morgen", "fredag" and
 * dates written without a year (the next such day, today included: deadlines lie ahead).
 */
export function extractEntities(text: string, today: string): Extraction {
  let rest = text.normalize('NFC');
  const found: { at: number; date: string }[] = [];
  /** Masks every match of `pattern` that `toDate` reads as a date (`g(i)`: group i or ''). */
  const take = (pattern: RegExp, toDate: (g: (i: number) => string) => string | null): void => {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const groups = args.slice(0, -2).map((x) => (typeof x === 'string' ? x : ''));
      const at = Number(args[args.length - 2]);
      const g = (i: number) => groups[i] ?? '';
      const date = toDate(g);
      if (!date) return g(0);
      found.push({ at, date });
      return ` ${MASKS.date} `;
    });
  };

  // An identity number first: its digits could otherwise read as a date or a reference.
  let nationalId: Entities['nationalId'] = null;
  rest = rest.replace(/(?<![\d-])\d(?:[ .-]?\d){10}(?![\d-])/gu, (digitsTyped) => {
    if (nationalId) return digitsTyped;
    const digits = digitsTyped.replace(/\D/g, '');
    // Valid as to form: synthetic numbers are accepted here; registration checks production.
    nationalId = { digits, valid: parseNationalId(digits, { allowSynthetic: true }).ok };
    return ` ${MASKS.nationalId} `;
  });

  // Year-first dates (2026-12-03, 2026/3/14, 2026 12 01) before references: "2026/3/14" is not
  // case 2026-0003.
  take(/\b(20\d{2})([-/. ])(\d{1,2})\2(\d{1,2})\b/gu, (g) => isoDate(+g(1), +g(3), +g(4)));
  // "2026 12500 kr" is an amount: a reference written with a space has four digits.
  const reference = findCaseReference(rest.replace(/\b(20\d{2}) (\d{5})\b/gu, '$1·$2'));
  if (reference) rest = maskReference(rest);

  take(/\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b/gu, (g) => isoDate(fullYear(g(3)), +g(2), +g(1)));
  take(/(?<![\d.])(\d{1,2})[./](\d{1,2})(?![\d/]|\.\d)/gu, (g) => nextDate(today, +g(2), +g(1)));
  take(
    new RegExp(`\\b(\\d{1,2})\\.?\\s*(?:of\\s+)?(${MONTH_WORDS})\\b\\.?(?:\\s+(20\\d{2}))?`, 'giu'),
    (g) => dated(today, g(3), monthOf(g(2)), +g(1)),
  );
  take(
    new RegExp(`\\b(${MONTH_WORDS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(20\\d{2}))?`, 'giu'),
    (g) => dated(today, g(3), monthOf(g(1)), +g(2)),
  );
  for (const [pattern, days] of RELATIVE) take(pattern, () => addDays(today, days));
  take(
    new RegExp(
      `(?<![\\p{L}])(?:(?:på|pa|on|neste|next)\\s+)?(${WEEKDAY_WORDS})(?![\\p{L}])`,
      'giu',
    ),
    (g) => nextWeekday(today, WEEKDAYS[g(1).toLowerCase()] ?? 1),
  );

  const dates = found.sort((a, b) => a.at - b.at).map((f) => f.date);
  return {
    entities: { reference, nationalId, dates },
    masked: rest.replace(/\s+/g, ' ').trim(),
  };
}

function maskReference(text: string): string {
  const yearFirst = /\b(?:(?:saken|sak|saka|case)\s+)?(?:nr\.?\s*)?20\d{2}\s*[-/ ]\s*\d{1,5}\b/iu;
  if (yearFirst.test(text)) return text.replace(yearFirst, ` ${MASKS.reference} `);
  return text.replace(
    /\bsak(?:en)?\s+(?:nr\.?\s*)?\d{1,5}\s*\/\s*20\d{2}\b/iu,
    ` ${MASKS.reference} `,
  );
}

function fullYear(written: string): number {
  return written.length === 2 ? 2000 + Number(written) : Number(written);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

const monthOf = (word: string): number => MONTHS[word.toLowerCase()] ?? 0;

function dated(today: string, year: string, month: number, day: number) {
  return year ? isoDate(Number(year), month, day) : nextDate(today, month, day);
}

/** The next `day`.`month` on or after today. */
function nextDate(today: string, month: number, day: number): string | null {
  const year = Number(today.slice(0, 4));
  const thisYear = isoDate(year, month, day);
  if (!thisYear) return isoDate(year + 1, month, day);
  return thisYear >= today ? thisYear : isoDate(year + 1, month, day);
}

/** The next such weekday, today included. */
function nextWeekday(today: string, weekday: number): string {
  const todayWeekday = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return addDays(today, (weekday - todayWeekday + 7) % 7);
}

import { fail, ok, type Result } from '../common/result.ts';

/**
 * Norwegian national identity numbers (fødselsnummer and D-nummer), per the domain brief §4
 * (navikt/fnrvalidator, Skatteetaten). Gender is never derived from the number.
 */
type NationalIdKind = 'fodselsnummer' | 'd-nummer';

/**
 * Test-number ranges: the month is offset by 40 (NAV/Dolly),
 * 65 (Norsk helsenett) or 80 (Skatteetaten Tenor).
 */
type SyntheticRange = 'month+40' | 'month+65' | 'month+80';

export interface NationalId {
  /** Exactly 11 digits. Personal data: never log it, never store it unhashed. */
  readonly digits: string;
  readonly kind: NationalIdKind;
  readonly synthetic: SyntheticRange | null;
  /** 'YYYY-MM-DD' */
  readonly birthDate: string;
}

export type NationalIdError =
  | 'NATIONAL_ID.EMPTY'
  | 'NATIONAL_ID.FORMAT'
  | 'NATIONAL_ID.LENGTH'
  | 'NATIONAL_ID.CHECKSUM'
  | 'NATIONAL_ID.DATE'
  | 'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION';

export interface ParseOptions {
  /** False in production: test numbers must never be registered as real residents. */
  readonly allowSynthetic: boolean;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Accepts what people type: surrounding space, and one space or hyphen after the birth date. */
function normaliseNationalIdInput(input: string): string {
  const trimmed = input.trim();
  const match = /^(\d{6})[\s-]?(\d{5})$/.exec(trimmed);
  return match ? `${match[1]}${match[2]}` : trimmed;
}

export function parseNationalId(
  input: string,
  options: ParseOptions,
): Result<NationalId, NationalIdError> {
  const digits = normaliseNationalIdInput(input);
  if (digits === '') return fail('NATIONAL_ID.EMPTY');
  if (!/^[\d\s-]+$/.test(digits)) return fail('NATIONAL_ID.FORMAT');
  if (!/^\d{11}$/.test(digits)) return fail('NATIONAL_ID.LENGTH');
  const d = digitsOf(digits);
  if (!checkDigitsValid(d)) return fail('NATIONAL_ID.CHECKSUM');

  let day = d[0] * 10 + d[1];
  let month = d[2] * 10 + d[3];
  const kind: NationalIdKind = day > 40 ? 'd-nummer' : 'fodselsnummer';
  if (kind === 'd-nummer') day -= 40;
  let synthetic: SyntheticRange | null = null;
  if (month > 80) [month, synthetic] = [month - 80, 'month+80'];
  else if (month > 65) [month, synthetic] = [month - 65, 'month+65'];
  else if (month > 40) [month, synthetic] = [month - 40, 'month+40'];

  const year = centuryOf(d);
  if (year === null || !isCalendarDate(year, month, day)) return fail('NATIONAL_ID.DATE');
  if (synthetic && !options.allowSynthetic) return fail('NATIONAL_ID.SYNTHETIC_IN_PRODUCTION');
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  return ok({ digits, kind, synthetic, birthDate });
}

/** The eleven digits of a number already checked to be eleven digits long. */
type Digits = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

function digitsOf(elevenDigits: string): Digits {
  return [...elevenDigits].map(Number) as unknown as Digits;
}

/**
 * k2 is always the classic mod-11 digit. From 2032 k1 may be any of four values
 * (Skatteetaten's new rule: (11 + r) − (sum mod 11), r ∈ 0..3, never 10); numbers issued
 * before then all use r = 0, which is the first of those values.
 */
function checkDigitsValid(d: Digits): boolean {
  const s1 = weighted(d, K1_WEIGHTS) % 11;
  const k1 = d[9];
  const k1Valid = k1 !== 10 && [0, 1, 2, 3].some((r) => (11 + r - s1) % 11 === k1);
  if (!k1Valid) return false;
  const k2 = (11 - (weighted(d, K2_WEIGHTS) % 11)) % 11;
  return k2 !== 10 && k2 === d[10];
}

function weighted(d: Digits, weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (d[i] ?? 0), 0);
}

/** Century from the individual number (digits 7–9) and the two-digit year. */
function centuryOf(d: Digits): number | null {
  const yy = d[4] * 10 + d[5];
  const individual = d[6] * 100 + d[7] * 10 + d[8];
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  if (yy < 40) return 2000 + yy;
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Display form 'DDMMYY*****': enough for a colleague to recognise, useless to anyone else. */
export function maskNationalId(id: NationalId): string {
  return `${id.digits.slice(0, 6)}*****`;
}

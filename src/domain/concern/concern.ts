import type { Category, Subcategory } from '../case/case.ts';

/** What a concern reports; the most serious one decides routing and the suggested level. */
export const CONCERN_TYPES = [
  'husleierestanse',
  'varsel',
  'namsmann',
  'utkastelsesdato',
  'annet',
] as const;
export type ConcernType = (typeof CONCERN_TYPES)[number];

/**
 * What allows the description to be shared beyond the owning unit (domain review §2.4): the
 * resident's consent (to the units it names); a specific legal basis (NAV-loven § 7 /
 * sosialtjenesteloven § 44 within NAV's tasks); averting danger to life or health
 * (forvaltningsloven § 13 b nr. 7); the duty to report to barnevernet; or not clarified — then
 * only the owning unit (and the reporter) reads it. Every involved unit still sees the dates.
 */
export const SHARING_BASES = [
  'samtykke',
  'lovhjemmel',
  'avverge-fare',
  'meldeplikt-barnevern',
  'ikke-avklart',
] as const;
export type SharingBasis = (typeof SHARING_BASES)[number];

export const LANDLORD_TYPES = ['kommunal', 'privat'] as const;
export type LandlordType = (typeof LANDLORD_TYPES)[number];

export interface RentArrears {
  readonly amountNok: number;
  readonly months: number;
  readonly landlord: LandlordType;
  /** D */
  readonly firstMissedRentDate: string;
}

/** A validated concern, ready to register. */
export interface ConcernReport {
  readonly category: Category;
  readonly subcategory: Subcategory;
  readonly rentArrears: RentArrears | null;
  /** § 4-18 notice: the date on it and the date it was received (V). */
  readonly notice: { readonly noticeDate: string; readonly receivedDate: string } | null;
  /** B */
  readonly namsmannNoticeDate: string | null;
  /** F, and whether it has already happened. */
  readonly eviction: { readonly date: string; readonly happened: boolean } | null;
  readonly other: boolean;
  /** Confidential free text: never logged, never sent in a notification. */
  readonly description: string;
  readonly sharingBasis: SharingBasis;
  readonly residentInformed: boolean;
}

export interface StoredConcern extends ConcernReport {
  /** With "samtykke": the consent recorded with it (its units may read the description). */
  readonly consentId: string | null;
  readonly id: string;
  /** The form's idempotency key: a second press of "Send" finds the first concern. */
  readonly submissionId: string;
  readonly caseId: string;
  readonly reporterId: string;
  readonly reporterUnitId: string;
  readonly createdAt: Date;
}

export function concernTypes(c: ConcernReport): ConcernType[] {
  const types: ConcernType[] = [];
  if (c.eviction) types.push('utkastelsesdato');
  if (c.namsmannNoticeDate) types.push('namsmann');
  if (c.notice) types.push('varsel');
  if (c.rentArrears) types.push('husleierestanse');
  if (c.other || types.length === 0) types.push('annet');
  return types;
}

/** The most serious thing reported (first of concernTypes). */
export const mainConcernType = (c: ConcernReport): ConcernType => concernTypes(c)[0] ?? 'annet';

/**
 * The level a new case starts at, from what was reported: an eviction date or a namsmann's
 * request means services for a period (3); a § 4-18 notice or arrears needs follow-up (2).
 */
export function suggestedLevel(c: ConcernReport): 1 | 2 | 3 {
  if (c.eviction || c.namsmannNoticeDate) return 3;
  if (c.notice || c.rentArrears) return 2;
  return 1;
}

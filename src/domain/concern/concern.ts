import type { Category, Subcategory } from '../case/case.ts';

/**
 * What a concern reports, most urgent first; the most urgent one decides routing. "akutt" is
 * "uten tak over hodet i natt"; "utleiervarsel" the landlord's husleieloven § 9-11 notice;
 * "kontraktslutt" a time-limited lease ending.
 */
export const CONCERN_TYPES = [
  'akutt',
  'utkastelsesdato',
  'namsmann',
  'varsel',
  'oppsigelse',
  'utleiervarsel',
  'husleierestanse',
  'kontraktslutt',
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

/**
 * Who knew first and told us (domain review §2.3 item 4): it decides the legal basis for having
 * the information and the right first step. 'ikke-oppgitt' only for concerns stored before the
 * form asked.
 */
export const CONCERN_SOURCES = [
  'beboer',
  'utleier',
  'namsmann',
  'innfordring',
  'tjeneste',
  'parorende',
  'kriminalomsorg-helse',
  'ikke-oppgitt',
] as const;
export type ConcernSource = (typeof CONCERN_SOURCES)[number];

/** How far innfordring's own chain has come when it reports arrears. */
export const ARREARS_REMINDERS = ['ingen', 'purring', 'inkassovarsel'] as const;
export type ArrearsReminder = (typeof ARREARS_REMINDERS)[number];

/** How the person lives now. */
export const TENURES = ['kommunal', 'privat', 'eid', 'midlertidig', 'institusjon'] as const;
export type Tenure = (typeof TENURES)[number];

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
  /** B: the day the tenant was served the namsmann's letter. */
  readonly namsmannNoticeDate: string | null;
  /** The day NAV/the municipality got its copy of the namsmann's letter. */
  readonly namsmannCopyDate: string | null;
  /** The objection deadline printed in the namsmann's letter. */
  readonly objectionDeadline: string | null;
  /** F, and whether it has already happened. */
  readonly eviction: { readonly date: string; readonly happened: boolean } | null;
  /** The belongings deadline from the namsmann's second notice. */
  readonly belongingsDeadline: string | null;
  /** P: innfordring or the landlord unit reports the arrears, and how far its chain has come. */
  readonly arrearsReport: {
    readonly reportedDate: string;
    readonly reminderSent: ArrearsReminder;
  } | null;
  /** N: the day NAV got the landlord's husleieloven § 9-11 notice. */
  readonly landlordNoticeDate: string | null;
  /** The tenant has reserved against § 9-11 notices (null: not known). */
  readonly tenantReservedAgainstNotice: boolean | null;
  /** K: a time-limited lease ends. */
  readonly leaseEndDate: string | null;
  /** The landlord's oppsigelse reached the tenant. */
  readonly terminationDate: string | null;
  /** Leaving prison or an institution on this date. */
  readonly releaseDate: string | null;
  /** In temporary accommodation since. */
  readonly temporaryAccommodationSince: string | null;
  /** "Uten tak over hodet i natt". */
  readonly acute: boolean;
  readonly other: boolean;
  readonly source: ConcernSource;
  readonly children: number | null;
  readonly tenure: Tenure | null;
  /** The person's contact details and own wishes: personal data, never logged or in a channel. */
  readonly contact: string | null;
  readonly wishes: string | null;
  /** Confidential free text (optional, may be ''): never logged, never sent in a notification. */
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
  if (c.acute) types.push('akutt');
  if (c.eviction) types.push('utkastelsesdato');
  if (c.namsmannNoticeDate || c.namsmannCopyDate || c.objectionDeadline) types.push('namsmann');
  if (c.notice) types.push('varsel');
  if (c.terminationDate) types.push('oppsigelse');
  if (c.landlordNoticeDate) types.push('utleiervarsel');
  if (c.rentArrears || c.arrearsReport) types.push('husleierestanse');
  if (c.leaseEndDate) types.push('kontraktslutt');
  if (c.other || types.length === 0) types.push('annet');
  return types;
}

/** The most serious thing reported (first of concernTypes). */
export const mainConcernType = (c: ConcernReport): ConcernType => concernTypes(c)[0] ?? 'annet';

/**
 * The level a new case starts at, until the owner sets it. The level is the person's need for
 * help and how long it lasts (Kongsvinger's model), not the legal stage: a namsmann's letter to
 * someone who needs one payment is still nivå 1. So the suggestion is only 1 or 2: follow-up
 * for a period (2) when the person has no roof tonight or a legal process has started, else
 * advice in the reporting unit (1). Urgency is the case's phase, computed from the dates.
 */
export function suggestedLevel(c: ConcernReport): 1 | 2 {
  return c.acute || c.eviction || c.namsmannNoticeDate || c.namsmannCopyDate || c.notice ? 2 : 1;
}

/**
 * A report that says nothing beyond what is spread over it: the starting point for builders
 * (the restansemelding, the arrears import) that fill in only their own facts.
 */
export const NOTHING_REPORTED = {
  rentArrears: null,
  notice: null,
  namsmannNoticeDate: null,
  namsmannCopyDate: null,
  objectionDeadline: null,
  eviction: null,
  belongingsDeadline: null,
  arrearsReport: null,
  landlordNoticeDate: null,
  tenantReservedAgainstNotice: null,
  leaseEndDate: null,
  terminationDate: null,
  releaseDate: null,
  temporaryAccommodationSince: null,
  acute: false,
  other: false,
  children: null,
  tenure: null,
  contact: null,
  wishes: null,
} as const satisfies Partial<ConcernReport>;

import { addDays, addMonths } from '../common/calendar-date.ts';

/**
 * Cases (saker) and their classification: the three main categories of vanskeligstilte on the
 * housing market with their subcategories (domain brief §3), and the KV 4-level model.
 * Codes are stored; the Norwegian labels live in the message catalogue.
 */
export const CATEGORIES = {
  'uten-egen-bolig': [
    'uten-tak-over-hodet',
    'akutt-midlertidig',
    'institusjon-uten-bolig',
    'hos-venner-familie',
    'asylmottak',
  ],
  'fare-for-a-miste-bolig': ['utkastelse-tvangssalg', 'uten-gyldig-kontrakt', 'hoye-boutgifter'],
  'uegnet-bolig': [
    'darlig-standard',
    'ikke-tilpasset',
    'for-liten',
    'uonsket-hos-foreldre',
    'vanskelig-bomiljo',
  ],
} as const;

export type Category = keyof typeof CATEGORIES;
export type Subcategory = (typeof CATEGORIES)[Category][number];

/** 1 grønt, 2 gult, 3–4 rødt. */
export type CaseLevel = 1 | 2 | 3 | 4;
export const CASE_LEVELS: readonly CaseLevel[] = [1, 2, 3, 4];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Why a case was closed. Every one of them ends the follow-up: the lease or the risk is gone. */
export const CLOSE_REASONS = [
  'bolig-sikret',
  'leieforhold-avsluttet',
  'flyttet',
  'utkastet',
  'annet',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export function isCloseReason(value: string): value is CloseReason {
  return (CLOSE_REASONS as readonly string[]).includes(value);
}

export function isCategory(value: string): value is Category {
  return Object.hasOwn(CATEGORIES, value);
}

/** The category codes as a list, in the order of CATEGORIES. */
export const CATEGORY_CODES: readonly Category[] = Object.keys(CATEGORIES).filter(isCategory);

export function isSubcategoryOf(category: Category, value: string): value is Subcategory {
  return (CATEGORIES[category] as readonly string[]).includes(value);
}

/** The eviction timeline (domain brief §1), dates as 'YYYY-MM-DD'. */
export interface EvictionTimeline {
  /** D: first missed rent. */
  readonly firstMissedRentDate: string | null;
  /** The date written on the § 4-18 notice: the day it was sent (the 14 days run from it). */
  readonly noticeDate: string | null;
  /** V: the § 4-18 notice received. */
  readonly noticeReceivedDate: string | null;
  /**
   * B: the day the tenant was served the namsmann's letter about the landlord's request for
   * eviction (tvangsfullbyrdelsesloven § 13-6): the 14 days to object run from it.
   */
  readonly namsmannNoticeDate: string | null;
  /** The day NAV or the municipality got its copy of that letter (§ 13-6 third paragraph). */
  readonly namsmannCopyDate: string | null;
  /** The objection deadline printed in the namsmann's letter, when it was read off the letter. */
  readonly objectionDeadline: string | null;
  /** F: the eviction date. */
  readonly evictionDate: string | null;
  readonly evictionHappened: boolean;
  /** The deadline for fetching belongings given in the namsmann's second notice after F. */
  readonly belongingsDeadline: string | null;
  /** P: the day innfordring or the landlord unit reported the arrears (restansemelding). */
  readonly arrearsReportedDate: string | null;
  /** N: the day NAV got the landlord's notice under husleieloven § 9-11. */
  readonly landlordNoticeDate: string | null;
  /** K: the end of a time-limited lease. */
  readonly leaseEndDate: string | null;
  /** The day the landlord's oppsigelse reached the tenant (protest within a month, § 9-8). */
  readonly terminationDate: string | null;
  /** Release from prison or discharge from an institution. */
  readonly releaseDate: string | null;
  /** In temporary accommodation (midlertidig botilbud) since. */
  readonly temporaryAccommodationSince: string | null;
  /** The day "uten tak over hodet i natt" was reported. */
  readonly acuteDate: string | null;
}

export const EMPTY_TIMELINE: EvictionTimeline = {
  firstMissedRentDate: null,
  noticeDate: null,
  noticeReceivedDate: null,
  namsmannNoticeDate: null,
  namsmannCopyDate: null,
  objectionDeadline: null,
  evictionDate: null,
  evictionHappened: false,
  belongingsDeadline: null,
  arrearsReportedDate: null,
  landlordNoticeDate: null,
  leaseEndDate: null,
  terminationDate: null,
  releaseDate: null,
  temporaryAccommodationSince: null,
  acuteDate: null,
};

/** The timeline's date fields (every field but `evictionHappened`). */
export type TimelineDateField = Exclude<keyof EvictionTimeline, 'evictionHappened'>;
export const TIMELINE_DATE_FIELDS = (
  Object.keys(EMPTY_TIMELINE) as (keyof EvictionTimeline)[]
).filter((k): k is TimelineDateField => k !== 'evictionHappened');

export interface CaseRecord {
  readonly id: string;
  readonly reference: string;
  readonly residentId: string;
  readonly category: Category;
  readonly subcategory: Subcategory;
  readonly level: CaseLevel;
  readonly status: CaseStatus;
  readonly owningUnitId: string;
  readonly coordinatorId: string | null;
  readonly openedAt: Date;
  readonly closedAt: Date | null;
  readonly closedReason: CloseReason | null;
  readonly timeline: EvictionTimeline;
  /**
   * 'YYYY-MM-DD' the whole arrears were reported paid, or null while they are (or may be) unpaid.
   */
  readonly arrearsPaidDate: string | null;
}

export interface Resident {
  readonly id: string;
  /** 'DDMMYY*****', or null when the number is unknown. */
  readonly maskedId: string | null;
  readonly name: string;
  readonly birthDate: string | null;
}

export interface OwnershipPeriod {
  readonly unitId: string;
  readonly coordinatorId: string | null;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly note: string | null;
}

/** 'YYYY-NNNN': the year the case was opened and its number that year. */
export function formatCaseReference(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

/** Finds a case reference in text: "2026-0004", "2026 0004", "2026/4". */
export function findCaseReference(text: string): string | null {
  const match = /\b(20\d{2})\s*[-/ ]\s*(\d{1,5})\b/.exec(text);
  if (match) return formatCaseReference(Number(match[1]), Number(match[2]));
  // "sak 4/2026": number before year, as some case systems write it.
  const numberFirst = /\bsak(?:en)?\s+(?:nr\.?\s*)?(\d{1,5})\s*\/\s*(20\d{2})\b/i.exec(text);
  return numberFirst ? formatCaseReference(Number(numberFirst[2]), Number(numberFirst[1])) : null;
}

/** The eviction date, while it is still ahead (today included) and has not happened. */
export function upcomingEviction(t: EvictionTimeline, today: string): string | null {
  return t.evictionDate && !t.evictionHappened && t.evictionDate >= today ? t.evictionDate : null;
}

/**
 * The day the § 4-18 notice was sent: the landlord may request eviction two weeks after it
 * (tvangsfullbyrdelsesloven § 4-18 first paragraph; Lovavdelingen: "to uker etter at saksøkeren
 * har sendt skriftlig varsel"), not after the tenant received it. The date on the notice is taken
 * as its sending date; when only the day it was received is known, that day stands in for it
 * (the notice cannot have been sent later than it arrived).
 */
function noticeSentDate(t: EvictionTimeline): string | null {
  return t.noticeDate ?? t.noticeReceivedDate;
}

/** The earliest day the landlord may request eviction: the § 4-18 notice sent + 14 days. */
export function earliestRequestDate(t: EvictionTimeline): string | null {
  const sent = noticeSentDate(t);
  return sent ? addDays(sent, 14) : null;
}

/**
 * The deadline for objecting to the namsmann (tvangsfullbyrdelsesloven § 13-6): the one printed
 * in the letter, else 14 days from when the tenant was served it. With only the day NAV got its
 * copy, it is unknown — the tenant may have been served earlier — so `uncertain` and no date.
 */
export function objectionDeadlineOf(
  t: EvictionTimeline,
): { readonly date: string } | { readonly uncertain: true } | null {
  if (t.objectionDeadline) return { date: t.objectionDeadline };
  if (t.namsmannNoticeDate) return { date: addDays(t.namsmannNoticeDate, 14) };
  return t.namsmannCopyDate ? { uncertain: true } : null;
}

/** The tenant's deadline to protest an oppsigelse: one month (husleieloven § 9-8). */
export function protestDeadline(t: EvictionTimeline): string | null {
  return t.terminationDate ? addMonths(t.terminationDate, 1) : null;
}

/**
 * The next deadline that matters in the timeline, for a channel card: the eviction date, the
 * objection deadline, the earliest lawful request, the protest deadline of an oppsigelse, or
 * the belongings deadline after an eviction. Legal offsets are fixed by law.
 */
export function nextLegalDeadline(t: EvictionTimeline, today: string): string | null {
  const objection = objectionDeadlineOf(t);
  const candidates = [
    upcomingEviction(t, today),
    objection && 'date' in objection ? objection.date : null,
    earliestRequestDate(t),
    protestDeadline(t),
    t.evictionHappened ? t.belongingsDeadline : null,
  ].filter((d): d is string => d !== null && d >= today);
  return candidates.sort()[0] ?? null;
}

/**
 * How urgent a case is, computed from its dates, most urgent first (domain review §2.2: urgency
 * is not level). "akutt": reported without a roof tonight and not yet in temporary accommodation.
 */
const CASE_PHASES = [
  'akutt',
  'dato-satt',
  'begjaert',
  'varsel',
  'etter-utkastelse',
  'for-varsel',
  'uten-frist',
] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

export function casePhase(t: EvictionTimeline, today: string): CasePhase {
  const sheltered =
    t.temporaryAccommodationSince !== null &&
    t.acuteDate !== null &&
    t.temporaryAccommodationSince >= t.acuteDate;
  if (t.acuteDate && !sheltered) return 'akutt';
  if (upcomingEviction(t, today)) return 'dato-satt';
  if (t.evictionHappened) return 'etter-utkastelse';
  if (t.namsmannNoticeDate || t.namsmannCopyDate || t.objectionDeadline) return 'begjaert';
  if (noticeSentDate(t) || t.landlordNoticeDate || t.terminationDate) return 'varsel';
  if (t.firstMissedRentDate || t.arrearsReportedDate || t.leaseEndDate) return 'for-varsel';
  return 'uten-frist';
}

/** Sorts cases by phase (most urgent first), then by the nearest legal deadline. */
export function byUrgency(
  a: { readonly phase: CasePhase; readonly nextDeadline: string | null },
  b: { readonly phase: CasePhase; readonly nextDeadline: string | null },
): number {
  return (
    CASE_PHASES.indexOf(a.phase) - CASE_PHASES.indexOf(b.phase) ||
    (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999')
  );
}

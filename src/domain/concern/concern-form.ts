import { isConsentForm, type ConsentForm } from '../access/consent.ts';
import { addMonths, isIsoDate } from '../common/calendar-date.ts';
import { stripInvisible } from '../common/fold-text.ts';
import {
  CATEGORIES,
  EMPTY_TIMELINE,
  isCategory,
  isSubcategoryOf,
  type EvictionTimeline,
} from '../case/case.ts';
import { parseNationalId, type NationalId, type NationalIdError } from '../identity/national-id.ts';
import {
  CONCERN_SOURCES,
  LANDLORD_TYPES,
  SHARING_BASES,
  TENURES,
  type ConcernReport,
  type ConcernSource,
  type LandlordType,
  type SharingBasis,
  type Tenure,
} from './concern.ts';

/**
 * The concern form as typed, every field a string (toggles 'true'/'false'): exactly what a
 * card can send, which is why every rule is checked here and nothing is trusted.
 */
export const CONCERN_FIELDS = [
  'nationalId',
  'name',
  'birthDate',
  'source',
  'category',
  'acute',
  'rentArrears',
  'arrearsAmount',
  'arrearsMonths',
  'landlord',
  'firstMissedRentDate',
  'noticeReceived',
  'noticeDate',
  'noticeReceivedDate',
  'landlordNotice',
  'landlordNoticeDate',
  'tenantReserved',
  'namsmannNotice',
  'namsmannNoticeDate',
  'namsmannCopyDate',
  'objectionDeadline',
  'evictionDateSet',
  'evictionDate',
  'evictionHappened',
  'belongingsDeadline',
  'terminated',
  'terminationDate',
  'timeLimitedLease',
  'leaseEndDate',
  'other',
  'releaseDate',
  'temporaryAccommodationSince',
  'children',
  'tenure',
  'contact',
  'wishes',
  'description',
  'sharingBasis',
  'consentUnitKeys',
  'consentForm',
  'residentInformed',
] as const;
export type ConcernField = (typeof CONCERN_FIELDS)[number];
export type ConcernDraft = Partial<Record<ConcernField, string>>;

type FieldError =
  | NationalIdError
  | 'REQUIRED'
  | 'WHO_REQUIRED'
  | 'TOO_LONG'
  | 'CHOICE'
  | 'DATE_FORMAT'
  | 'DATE_IN_FUTURE'
  | 'DATE_TOO_OLD'
  | 'EVICTION_IN_PAST'
  | 'EVICTION_HAPPENED_IN_FUTURE'
  | 'RECEIVED_BEFORE_NOTICE'
  | 'NOTICE_BEFORE_ARREARS'
  | 'AMOUNT_RANGE'
  | 'MONTHS_RANGE'
  | 'WHAT_HAPPENED_REQUIRED'
  | 'DATE_TOO_FAR'
  | 'ACUTE_CATEGORY'
  | 'NAMSMANN_DATE_REQUIRED'
  | 'OBJECTION_BEFORE_LETTER'
  | 'BELONGINGS_BEFORE_EVICTION'
  | 'CHILDREN_RANGE'
  | 'DETAILS_NOT_TICKED';

/**
 * Each event's box and the fields that describe it. The form shows the fields below the box;
 * they count only with the box ticked, so fields filled under a box left empty are refused
 * rather than dropped without a word.
 */
export const EVENT_DETAILS = {
  rentArrears: ['arrearsAmount', 'arrearsMonths', 'landlord', 'firstMissedRentDate'],
  noticeReceived: ['noticeDate', 'noticeReceivedDate'],
  // The tenant's reservation is read with or without the box (it may be known alone).
  landlordNotice: ['landlordNoticeDate'],
  namsmannNotice: ['namsmannNoticeDate', 'namsmannCopyDate', 'objectionDeadline'],
  evictionDateSet: ['evictionDate', 'evictionHappened', 'belongingsDeadline'],
  terminated: ['terminationDate'],
  timeLimitedLease: ['leaseEndDate'],
} as const satisfies Partial<Record<ConcernField, readonly ConcernField[]>>;

export type FieldErrors = Partial<Record<ConcernField, FieldError>>;

/** Who the concern is about: a validated number, or name and birth date when it is unknown. */
export type ConcernSubject =
  | { readonly kind: 'nationalId'; readonly id: NationalId; readonly name: string | null }
  | { readonly kind: 'nameAndBirthDate'; readonly name: string; readonly birthDate: string };

export interface ValidConcern {
  readonly subject: ConcernSubject;
  readonly report: ConcernReport;
  /** With sharing basis "samtykke": the units the resident consented to, and how. */
  readonly consent: { readonly unitKeys: readonly string[]; readonly form: ConsentForm } | null;
}

export const MAX_DESCRIPTION = 2000;
export const MAX_NAME = 100;
export const MAX_CONTACT = 200;
export const MAX_WISHES = 1000;
const MAX_CHILDREN = 20;

/** The sources a form may name: 'ikke-oppgitt' is only for concerns stored before it asked. */
export const FORM_SOURCES = CONCERN_SOURCES.filter(
  (s): s is Exclude<ConcernSource, 'ikke-oppgitt'> => s !== 'ikke-oppgitt',
);

/** "Har leietaker reservert seg mot slike varsler?" (husleieloven § 9-11): yes, no, not known. */
export const RESERVATION_ANSWERS = ['ja', 'nei', 'vet-ikke'] as const;

/** "Uten tak over hodet i natt" is this category, whatever else the form says. */
const ACUTE_CATEGORY = 'uten-egen-bolig/uten-tak-over-hodet';

/**
 * The longest value each field can hold; a longer one is refused and never echoed back in a card.
 */
export const CONCERN_FIELD_MAX: Readonly<Record<ConcernField, number>> = {
  nationalId: 20,
  name: MAX_NAME,
  birthDate: 10,
  source: 30,
  category: 80,
  acute: 5,
  rentArrears: 5,
  arrearsAmount: 20,
  arrearsMonths: 5,
  landlord: 20,
  firstMissedRentDate: 10,
  noticeReceived: 5,
  noticeDate: 10,
  noticeReceivedDate: 10,
  landlordNotice: 5,
  landlordNoticeDate: 10,
  tenantReserved: 10,
  namsmannNotice: 5,
  namsmannNoticeDate: 10,
  namsmannCopyDate: 10,
  objectionDeadline: 10,
  evictionDateSet: 5,
  evictionDate: 10,
  evictionHappened: 5,
  belongingsDeadline: 10,
  terminated: 5,
  terminationDate: 10,
  timeLimitedLease: 5,
  leaseEndDate: 10,
  other: 5,
  releaseDate: 10,
  temporaryAccommodationSince: 10,
  children: 5,
  tenure: 20,
  contact: MAX_CONTACT,
  wishes: MAX_WISHES,
  description: MAX_DESCRIPTION,
  sharingBasis: 30,
  consentUnitKeys: 1000,
  consentForm: 20,
  residentInformed: 5,
};
const MAX_AMOUNT_NOK = 10_000_000;
const MAX_MONTHS = 60;
/** Dates more than this many years back are typos, not rent history. */
const MAX_YEARS_BACK = 10;
/**
 * How far ahead a deadline read off a letter may lie (the objection deadline, the new deadline
 * for belongings): weeks in practice, so three months catches a mistyped year.
 */
const LETTER_DEADLINE_MONTHS_AHEAD = 3;
/** A time-limited lease ends at most this many years from today, either way (often 3 or 5). */
const LEASE_YEARS = 5;
/** A release date: up to a year ahead, or recent (up to three months back). */
const RELEASE_MONTHS_AHEAD = 12;
const RELEASE_MONTHS_BACK = 3;

export type ConcernValidation =
  { ok: true; value: ValidConcern } | { ok: false; errors: FieldErrors };

/** `today` is the municipality's date ('YYYY-MM-DD' in Europe/Oslo), not the server's. */
export function validateConcernDraft(
  draft: ConcernDraft,
  today: string,
  options: { allowSyntheticIds: boolean; unitKeys: readonly string[] },
): ConcernValidation {
  const errors: FieldErrors = {};
  const text = (f: ConcernField) => (typeof draft[f] === 'string' ? draft[f].trim() : '');
  // Names lose invisible characters, so a zero-width space cannot make a second resident.
  const name = () => stripInvisible(text('name'));
  const on = (f: ConcernField) => text(f) === 'true';
  const oldest = addMonths(today, -12 * MAX_YEARS_BACK);
  /**
   * A date between `earliest` and `latest` (today unless said). Empty is REQUIRED, or null when
   * `optional`; after `latest` it is "in the future" when that is today, else "too far ahead".
   */
  const dateField = (
    f: ConcernField,
    range: { earliest?: string; latest?: string; optional?: boolean } = {},
  ): string | null => {
    const { earliest = oldest, latest = today, optional = false } = range;
    const value = text(f);
    if (!value) return optional ? null : ((errors[f] = 'REQUIRED'), null);
    if (!isIsoDate(value)) return ((errors[f] = 'DATE_FORMAT'), null);
    if (value > latest)
      return ((errors[f] = latest === today ? 'DATE_IN_FUTURE' : 'DATE_TOO_FAR'), null);
    if (value < earliest) return ((errors[f] = 'DATE_TOO_OLD'), null);
    return value;
  };
  const pastDate = (f: ConcernField, earliest = oldest) => dateField(f, { earliest });
  const choice = <T extends string>(f: ConcernField, allowed: readonly T[]): T | null => {
    const value = text(f);
    if (!value) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    errors[f] = 'CHOICE';
    return null;
  };
  const optionalText = (f: ConcernField, max: number): string | null => {
    const value = text(f);
    if (value.length > max) errors[f] = 'TOO_LONG';
    return value && value.length <= max ? value : null;
  };

  // Who
  let subject: ConcernSubject | null = null;
  if (text('nationalId')) {
    const id = parseNationalId(text('nationalId'), { allowSynthetic: options.allowSyntheticIds });
    const given = name();
    if (given.length > MAX_NAME) errors.name = 'TOO_LONG';
    if (!id.ok) errors.nationalId = id.code;
    else if (given.length <= MAX_NAME)
      subject = { kind: 'nationalId', id: id.value, name: given || null };
  } else if (name() || text('birthDate')) {
    const given = name();
    if (!given) errors.name = 'REQUIRED';
    else if (given.length > MAX_NAME) errors.name = 'TOO_LONG';
    const birthDate = pastDate('birthDate', '1900-01-01');
    if (birthDate && given && given.length <= MAX_NAME)
      subject = { kind: 'nameAndBirthDate', name: given, birthDate };
  } else errors.nationalId = 'WHO_REQUIRED';

  // Who told us
  const source = choice('source', FORM_SOURCES);
  if (!text('source')) errors.source = 'REQUIRED';

  // Category. "Uten tak over hodet i natt" is its own category: left empty, it is set; another
  // category contradicts it.
  const acute = on('acute');
  const categoryCode = text('category') || (acute ? ACUTE_CATEGORY : '');
  const [category, subcategory] = categoryCode.split('/');
  if (!categoryCode) errors.category = 'REQUIRED';
  else if (
    !isCategory(category ?? '') ||
    !isSubcategoryOf(category as keyof typeof CATEGORIES, subcategory ?? '')
  )
    errors.category = 'CHOICE';
  else if (acute && categoryCode !== ACUTE_CATEGORY) errors.category = 'ACUTE_CATEGORY';

  // What happened
  let rentArrears: ConcernReport['rentArrears'] = null;
  if (on('rentArrears')) {
    const amount = wholeNumber(text('arrearsAmount'));
    if (!text('arrearsAmount')) errors.arrearsAmount = 'REQUIRED';
    else if (amount === null || amount < 1 || amount > MAX_AMOUNT_NOK)
      errors.arrearsAmount = 'AMOUNT_RANGE';
    const months = wholeNumber(text('arrearsMonths'));
    if (!text('arrearsMonths')) errors.arrearsMonths = 'REQUIRED';
    else if (months === null || months < 1 || months > MAX_MONTHS)
      errors.arrearsMonths = 'MONTHS_RANGE';
    const landlord = text('landlord');
    if (!landlord) errors.landlord = 'REQUIRED';
    else if (!(LANDLORD_TYPES as readonly string[]).includes(landlord)) errors.landlord = 'CHOICE';
    const d = pastDate('firstMissedRentDate');
    if (amount && months && d && !errors.arrearsAmount && !errors.arrearsMonths && !errors.landlord)
      rentArrears = {
        amountNok: amount,
        months,
        landlord: landlord as LandlordType,
        firstMissedRentDate: d,
      };
  }
  let notice: ConcernReport['notice'] = null;
  if (on('noticeReceived')) {
    const dated = pastDate('noticeDate');
    const received = pastDate('noticeReceivedDate');
    if (dated && received && received < dated) errors.noticeReceivedDate = 'RECEIVED_BEFORE_NOTICE';
    else if (dated && rentArrears && dated < rentArrears.firstMissedRentDate)
      errors.noticeDate = 'NOTICE_BEFORE_ARREARS';
    else if (dated && received) notice = { noticeDate: dated, receivedDate: received };
  }
  // The landlord's notice to NAV (husleieloven § 9-11). Whether the tenant has reserved against
  // such notices is worth knowing without one too (it explains why none came).
  const landlordNoticeDate = on('landlordNotice') ? pastDate('landlordNoticeDate') : null;
  const reserved = choice('tenantReserved', RESERVATION_ANSWERS);
  const tenantReservedAgainstNotice = reserved === 'ja' ? true : reserved === 'nei' ? false : null;
  // The namsmann's letter (tvangsfullbyrdelsesloven § 13-6): any of its three dates will do.
  let namsmann: { served: string | null; copy: string | null; deadline: string | null } = {
    served: null,
    copy: null,
    deadline: null,
  };
  if (on('namsmannNotice')) {
    const served = dateField('namsmannNoticeDate', { optional: true });
    const copy = dateField('namsmannCopyDate', { optional: true });
    const deadline = dateField('objectionDeadline', {
      optional: true,
      latest: addMonths(today, LETTER_DEADLINE_MONTHS_AHEAD),
    });
    if (!text('namsmannNoticeDate') && !text('namsmannCopyDate') && !text('objectionDeadline'))
      errors.namsmannNoticeDate = 'NAMSMANN_DATE_REQUIRED';
    else if (served && deadline && deadline < served)
      errors.objectionDeadline = 'OBJECTION_BEFORE_LETTER';
    else namsmann = { served, copy, deadline };
  }
  let eviction: ConcernReport['eviction'] = null;
  let belongingsDeadline: string | null = null;
  if (on('evictionDateSet')) {
    const date = text('evictionDate');
    const happened = on('evictionHappened');
    if (!date) errors.evictionDate = 'REQUIRED';
    else if (!isIsoDate(date)) errors.evictionDate = 'DATE_FORMAT';
    else if (date < today && !happened) errors.evictionDate = 'EVICTION_IN_PAST';
    else if (date > today && happened) errors.evictionHappened = 'EVICTION_HAPPENED_IN_FUTURE';
    else if (date < oldest) errors.evictionDate = 'DATE_TOO_OLD';
    else eviction = { date, happened };
    // The namsmann's second notice after an eviction gives a new deadline for belongings.
    if (eviction?.happened) {
      const deadline = dateField('belongingsDeadline', {
        optional: true,
        latest: addMonths(today, LETTER_DEADLINE_MONTHS_AHEAD),
      });
      if (deadline && deadline < eviction.date)
        errors.belongingsDeadline = 'BELONGINGS_BEFORE_EVICTION';
      else belongingsDeadline = deadline;
    }
  }
  const terminationDate = on('terminated') ? pastDate('terminationDate') : null;
  const leaseEndDate = on('timeLimitedLease')
    ? dateField('leaseEndDate', {
        earliest: addMonths(today, -12 * LEASE_YEARS),
        latest: addMonths(today, 12 * LEASE_YEARS),
      })
    : null;
  const other = on('other');
  // Without a home or in an institution: dates of their own, no toggle.
  const releaseDate = dateField('releaseDate', {
    optional: true,
    earliest: addMonths(today, -RELEASE_MONTHS_BACK),
    latest: addMonths(today, RELEASE_MONTHS_AHEAD),
  });
  const temporaryAccommodationSince = dateField('temporaryAccommodationSince', { optional: true });
  const toggles: ConcernField[] = [
    'acute',
    'rentArrears',
    'noticeReceived',
    'landlordNotice',
    'namsmannNotice',
    'evictionDateSet',
    'terminated',
    'timeLimitedLease',
    'other',
  ];
  if (!toggles.some(on) && !text('releaseDate') && !text('temporaryAccommodationSince'))
    errors.other = 'WHAT_HAPPENED_REQUIRED';

  // The household and the person's own voice: all optional.
  let children: number | null = null;
  if (text('children')) {
    const n = /^\d{1,2}$/.test(text('children')) ? Number(text('children')) : null;
    if (n === null || n > MAX_CHILDREN) errors.children = 'CHILDREN_RANGE';
    else children = n;
  }
  const tenure = choice<Tenure>('tenure', TENURES);
  const contact = optionalText('contact', MAX_CONTACT);
  const wishes = optionalText('wishes', MAX_WISHES);

  // The description is optional: structured fields first, free text only when it adds something.
  const description = optionalText('description', MAX_DESCRIPTION) ?? '';
  const sharingBasis = text('sharingBasis');
  if (!sharingBasis) errors.sharingBasis = 'REQUIRED';
  else if (!(SHARING_BASES as readonly string[]).includes(sharingBasis))
    errors.sharingBasis = 'CHOICE';
  let consent: ValidConcern['consent'] = null;
  if (sharingBasis === 'samtykke') {
    // Consent names the units that may read the description; without them it shares nothing.
    const keys = [
      ...new Set(
        text('consentUnitKeys')
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      ),
    ];
    const form = text('consentForm');
    if (keys.length === 0) errors.consentUnitKeys = 'REQUIRED';
    else if (!keys.every((k) => options.unitKeys.includes(k))) errors.consentUnitKeys = 'CHOICE';
    if (!form) errors.consentForm = 'REQUIRED';
    else if (!isConsentForm(form)) errors.consentForm = 'CHOICE';
    if (!errors.consentUnitKeys && !errors.consentForm)
      consent = { unitKeys: keys, form: form as ConsentForm };
  }
  const informed = text('residentInformed');
  if (!informed) errors.residentInformed = 'REQUIRED';
  else if (informed !== 'ja' && informed !== 'nei') errors.residentInformed = 'CHOICE';

  // Details typed under a box left empty: the user meant something; ask rather than drop it.
  for (const [event, fields] of Object.entries(EVENT_DETAILS) as [
    ConcernField,
    readonly ConcernField[],
  ][])
    if (!on(event) && fields.some((f) => !['', 'false'].includes(text(f))))
      errors[event] = 'DETAILS_NOT_TICKED';

  if (Object.keys(errors).length > 0 || !subject || !source) return { ok: false, errors };
  return {
    ok: true,
    value: {
      subject,
      report: {
        category: category as ConcernReport['category'],
        subcategory: subcategory as ConcernReport['subcategory'],
        rentArrears,
        notice,
        namsmannNoticeDate: namsmann.served,
        namsmannCopyDate: namsmann.copy,
        objectionDeadline: namsmann.deadline,
        eviction,
        belongingsDeadline,
        arrearsReport: null,
        landlordNoticeDate,
        tenantReservedAgainstNotice,
        leaseEndDate,
        terminationDate,
        releaseDate,
        temporaryAccommodationSince,
        acute,
        other,
        source,
        children,
        tenure,
        contact,
        wishes,
        description,
        sharingBasis: sharingBasis as SharingBasis,
        residentInformed: informed === 'ja',
      },
      consent,
    },
  };
}

/**
 * The dates one report gives, as a timeline of their own ("uten tak over hodet" dated today):
 * what the receipt repeats and computes the legal deadlines from, so a mistyped date shows at
 * once. Registering merges the same dates into the case's timeline.
 */
export function reportedTimeline(r: ConcernReport, today: string): EvictionTimeline {
  return {
    ...EMPTY_TIMELINE,
    firstMissedRentDate: r.rentArrears?.firstMissedRentDate ?? null,
    noticeDate: r.notice?.noticeDate ?? null,
    noticeReceivedDate: r.notice?.receivedDate ?? null,
    namsmannNoticeDate: r.namsmannNoticeDate,
    namsmannCopyDate: r.namsmannCopyDate,
    objectionDeadline: r.objectionDeadline,
    evictionDate: r.eviction?.date ?? null,
    evictionHappened: r.eviction?.happened ?? false,
    belongingsDeadline: r.belongingsDeadline,
    arrearsReportedDate: r.arrearsReport?.reportedDate ?? null,
    landlordNoticeDate: r.landlordNoticeDate,
    leaseEndDate: r.leaseEndDate,
    terminationDate: r.terminationDate,
    releaseDate: r.releaseDate,
    temporaryAccommodationSince: r.temporaryAccommodationSince,
    acuteDate: r.acute ? today : null,
  };
}

/** Digits only (spaces and a trailing ",-" allowed, as in "12 500,-"); no decimals. */
function wholeNumber(value: string): number | null {
  const cleaned = value.replace(/[\s\u00a0]/g, '').replace(/,-$/, '');
  return /^\d{1,9}$/.test(cleaned) ? Number(cleaned) : null;
}

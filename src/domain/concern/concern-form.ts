import { isConsentForm, type ConsentForm } from '../access/consent.ts';
import { isIsoDate } from '../common/calendar-date.ts';
import { stripInvisible } from '../common/fold-text.ts';
import { CATEGORIES, isCategory, isSubcategoryOf } from '../case/case.ts';
import { parseNationalId, type NationalId, type NationalIdError } from '../identity/national-id.ts';
import {
  LANDLORD_TYPES,
  SHARING_BASES,
  type ConcernReport,
  type LandlordType,
  type SharingBasis,
} from './concern.ts';

/**
 * The concern form as typed, every field a string (toggles 'true'/'false'): exactly what a
 * card can send, which is why every rule is checked here and nothing is trusted.
 */
export const CONCERN_FIELDS = [
  'nationalId',
  'name',
  'birthDate',
  'category',
  'rentArrears',
  'arrearsAmount',
  'arrearsMonths',
  'landlord',
  'firstMissedRentDate',
  'noticeReceived',
  'noticeDate',
  'noticeReceivedDate',
  'namsmannNotice',
  'namsmannNoticeDate',
  'evictionDateSet',
  'evictionDate',
  'evictionHappened',
  'other',
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
  | 'WHAT_HAPPENED_REQUIRED';

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

/**
 * The longest value each field can hold; a longer one is refused and never echoed back in a card.
 */
export const CONCERN_FIELD_MAX: Readonly<Record<ConcernField, number>> = {
  nationalId: 20,
  name: MAX_NAME,
  birthDate: 10,
  category: 80,
  rentArrears: 5,
  arrearsAmount: 20,
  arrearsMonths: 5,
  landlord: 20,
  firstMissedRentDate: 10,
  noticeReceived: 5,
  noticeDate: 10,
  noticeReceivedDate: 10,
  namsmannNotice: 5,
  namsmannNoticeDate: 10,
  evictionDateSet: 5,
  evictionDate: 10,
  evictionHappened: 5,
  other: 5,
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
  const oldest = `${Number(today.slice(0, 4)) - MAX_YEARS_BACK}${today.slice(4)}`;
  const pastDate = (f: ConcernField, earliest = oldest): string | null => {
    const value = text(f);
    if (!value) return ((errors[f] = 'REQUIRED'), null);
    if (!isIsoDate(value)) return ((errors[f] = 'DATE_FORMAT'), null);
    if (value > today) return ((errors[f] = 'DATE_IN_FUTURE'), null);
    if (value < earliest) return ((errors[f] = 'DATE_TOO_OLD'), null);
    return value;
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

  // Category
  const [category, subcategory] = text('category').split('/');
  if (!text('category')) errors.category = 'REQUIRED';
  else if (
    !isCategory(category ?? '') ||
    !isSubcategoryOf(category as keyof typeof CATEGORIES, subcategory ?? '')
  )
    errors.category = 'CHOICE';

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
  const namsmannNoticeDate = on('namsmannNotice') ? pastDate('namsmannNoticeDate') : null;
  let eviction: ConcernReport['eviction'] = null;
  if (on('evictionDateSet')) {
    const date = text('evictionDate');
    const happened = on('evictionHappened');
    if (!date) errors.evictionDate = 'REQUIRED';
    else if (!isIsoDate(date)) errors.evictionDate = 'DATE_FORMAT';
    else if (date < today && !happened) errors.evictionDate = 'EVICTION_IN_PAST';
    else if (date > today && happened) errors.evictionHappened = 'EVICTION_HAPPENED_IN_FUTURE';
    else if (date < oldest) errors.evictionDate = 'DATE_TOO_OLD';
    else eviction = { date, happened };
  }
  const other = on('other');
  if (
    !on('rentArrears') &&
    !on('noticeReceived') &&
    !on('namsmannNotice') &&
    !on('evictionDateSet') &&
    !other
  )
    errors.other = 'WHAT_HAPPENED_REQUIRED';

  const description = text('description');
  if (!description) errors.description = 'REQUIRED';
  else if (description.length > MAX_DESCRIPTION) errors.description = 'TOO_LONG';
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

  if (Object.keys(errors).length > 0 || !subject) return { ok: false, errors };
  return {
    ok: true,
    value: {
      subject,
      report: {
        category: category as ConcernReport['category'],
        subcategory: subcategory as ConcernReport['subcategory'],
        rentArrears,
        notice,
        namsmannNoticeDate,
        namsmannCopyDate: null,
        objectionDeadline: null,
        eviction,
        belongingsDeadline: null,
        arrearsReport: null,
        landlordNoticeDate: null,
        tenantReservedAgainstNotice: null,
        leaseEndDate: null,
        terminationDate: null,
        releaseDate: null,
        temporaryAccommodationSince: null,
        acute: false,
        other,
        source: 'ikke-oppgitt',
        children: null,
        tenure: null,
        contact: null,
        wishes: null,
        description,
        sharingBasis: sharingBasis as SharingBasis,
        residentInformed: informed === 'ja',
      },
      consent,
    },
  };
}

/** Digits only (spaces and a trailing ",-" allowed, as in "12 500,-"); no decimals. */
function wholeNumber(value: string): number | null {
  const cleaned = value.replace(/[\s\u00a0]/g, '').replace(/,-$/, '');
  return /^\d{1,9}$/.test(cleaned) ? Number(cleaned) : null;
}

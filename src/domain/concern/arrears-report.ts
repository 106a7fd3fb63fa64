import { createHmac } from 'node:crypto';
import { addMonths, isIsoDate } from '../common/calendar-date.ts';
import { hashNationalId } from '../identity/national-id-hash.ts';
import type { NationalId } from '../identity/national-id.ts';
import type { Unit } from '../org/org.ts';
import {
  ARREARS_REMINDERS,
  NOTHING_REPORTED,
  type ArrearsReminder,
  type ConcernReport,
} from './concern.ts';
import {
  MAX_NAME,
  validateConcernDraft,
  type ConcernDraft,
  type ConcernField,
  type FieldErrors,
  type ValidConcern,
} from './concern-form.ts';

/**
 * The restansemelding (domain review 2026-11 §1.2 a, §1.3 item 1, §6 item 1): innfordring or the
 * municipal housing unit tells Husly that rent was not paid, the day they know, so the follow-up
 * starts at the cheapest point to act and not when the namsmann writes. Short on purpose (under a
 * minute): who, how much, the due date of the first unpaid rent, how far innfordring's own chain
 * has come, the landlord type, and whether the lease lets them tell NAV. Used by the card
 * ("meld restanse") and by the monthly arrears list (`npm run import:restanser`), so both build
 * the same report.
 */
export const ARREARS_FIELDS = [
  'nationalId',
  'name',
  'birthDate',
  'amount',
  'dueDate',
  'reminderSent',
  'landlord',
  'consentClause',
] as const;
export type ArrearsField = (typeof ARREARS_FIELDS)[number];
/** Every field as typed (a card and a CSV line both give strings). */
export type ArrearsDraft = Partial<Record<ArrearsField, string>>;

/** Does the lease have the consent clause? */
export const CONSENT_CLAUSE_ANSWERS = ['ja', 'nei'] as const;

/** The concern form's codes, for the fields checked by the concern form's own rules. */
type ConcernFieldError = NonNullable<FieldErrors[ConcernField]>;
/**
 * Stable field error codes: the concern form's (REQUIRED, CHOICE, DATE_IN_FUTURE, AMOUNT_RANGE,
 * NATIONAL_ID.*, …) and one of its own: NO_CONSENT_CLAUSE, the lease has no consent clause, so
 * this route may not tell NAV (the import counts such lines as skipped instead).
 */
export type ArrearsFieldError = ConcernFieldError | 'NO_CONSENT_CLAUSE';
export type ArrearsFieldErrors = Partial<Record<ArrearsField, ArrearsFieldError>>;

export type ArrearsValidation =
  { ok: true; value: ValidConcern } | { ok: false; errors: ArrearsFieldErrors };

/** The longest value each field can hold; a longer one is refused and never echoed back. */
export const ARREARS_FIELD_MAX: Readonly<Record<ArrearsField, number>> = {
  nationalId: 20,
  name: MAX_NAME,
  birthDate: 10,
  amount: 20,
  dueDate: 10,
  reminderSent: 20,
  landlord: 20,
  consentClause: 5,
};

/**
 * Category 'fare-for-a-miste-bolig' (the person has a home and may lose it), subcategory
 * 'hoye-boutgifter' ("boutgifter i misforhold til inntekt"): at this stage the rent has simply
 * not been paid. 'utkastelse-tvangssalg' means a request for eviction has been filed, which is
 * later (the demo's misclassification in review §2.1 point 3), and 'uten-gyldig-kontrakt' does
 * not apply to a tenant with a lease. The owning unit changes it with "endre nivå" once it knows
 * more.
 */
const ARREARS_CATEGORY = 'fare-for-a-miste-bolig/hoye-boutgifter';

/** The concern form's limit on months of arrears. */
const MAX_MONTHS = 60;

/**
 * Where the consent clause lets innfordring and bolig tell: NAV. The units Husly knows of kind
 * 'nav' are named in the consent record the report carries (see `validateArrearsReport`).
 */
export function consentClauseUnitKeys(units: readonly Pick<Unit, 'key' | 'kind'>[]): string[] {
  return units.filter((u) => u.kind === 'nav').map((u) => u.key);
}

/**
 * Checks a restansemelding field by field and builds the concern it reports. `today` is the
 * municipality's date ('YYYY-MM-DD' in Europe/Oslo).
 *
 * Who, the amount, the due date and the landlord are checked by the concern form's own rules
 * (`validateConcernDraft`): the report is handed to it as the arrears part of an ordinary concern,
 * so a fødselsnummer, a name and birth date, an amount or a date means the same here as there.
 *
 * The consent clause, mapped onto the sharing model (src/domain/access/consent.ts): a municipal
 * lease may hold the tenant's written consent that the landlord unit or innfordring tells NAV
 * when rent is not paid (review §1.2 g). That is consent under forvaltningsloven § 13 a nr. 1,
 * given in writing and scoped to NAV, so the report carries sharing basis 'samtykke' and a
 * consent record { units: NAV's units (`consentUnitKeys`), form: 'skriftlig' }, recorded with
 * the concern (source 'concern': it opens this concern's facts to those units, never the case).
 * Without the clause this short route has no basis for telling NAV at all, so the report is
 * refused (NO_CONSENT_CLAUSE); a tenant who consented otherwise, or another legal basis, goes
 * through the full concern form, where the basis is chosen. Not "lovhjemmel": the clause is the
 * tenant's consent, and withdrawing it must be possible (`samtykke 2026-0004`).
 */
export function validateArrearsReport(
  draft: ArrearsDraft,
  today: string,
  options: { readonly allowSyntheticIds: boolean; readonly consentUnitKeys: readonly string[] },
): ArrearsValidation {
  const text = (f: ArrearsField) => (typeof draft[f] === 'string' ? draft[f].trim() : '');
  const errors: ArrearsFieldErrors = {};

  const dueDate = text('dueDate');
  const concern = validateConcernDraft(
    {
      nationalId: text('nationalId'),
      name: text('name'),
      birthDate: text('birthDate'),
      source: 'innfordring',
      category: ARREARS_CATEGORY,
      rentArrears: 'true',
      arrearsAmount: text('amount'),
      arrearsMonths: String(isIsoDate(dueDate) ? rentsDueSince(dueDate, today) : 1),
      landlord: text('landlord'),
      firstMissedRentDate: dueDate,
      // The sharing basis is set below; these only satisfy the form.
      sharingBasis: 'ikke-avklart',
      residentInformed: 'nei',
    } satisfies ConcernDraft,
    today,
    { allowSyntheticIds: options.allowSyntheticIds, unitKeys: [] },
  );
  if (!concern.ok)
    for (const [field, code] of Object.entries(concern.errors) as [
      ConcernField,
      ConcernFieldError,
    ][])
      errors[fieldFor(field)] = code;

  const reminder = text('reminderSent');
  if (!reminder) errors.reminderSent = 'REQUIRED';
  else if (!(ARREARS_REMINDERS as readonly string[]).includes(reminder))
    errors.reminderSent = 'CHOICE';

  const clause = text('consentClause');
  if (!clause) errors.consentClause = 'REQUIRED';
  else if (!(CONSENT_CLAUSE_ANSWERS as readonly string[]).includes(clause))
    errors.consentClause = 'CHOICE';
  else if (clause === 'nei') errors.consentClause = 'NO_CONSENT_CLAUSE';

  if (!concern.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const { subject, report } = concern.value;
  const rentArrears = report.rentArrears;
  if (!rentArrears) throw new Error('validateConcernDraft accepted arrears without rentArrears');
  const arrearsReport: ConcernReport = {
    ...NOTHING_REPORTED,
    category: report.category,
    subcategory: report.subcategory,
    rentArrears,
    // P: reported today; the due date is D (rentArrears.firstMissedRentDate).
    arrearsReport: { reportedDate: today, reminderSent: reminder as ArrearsReminder },
    // The landlord type says how the person lives; nothing else about them is asked.
    tenure: rentArrears.landlord,
    source: 'innfordring',
    // Structured fields only: no free text travels with a restansemelding.
    description: '',
    sharingBasis: 'samtykke',
    // Not asked, to stay short: the person learns of it at the contact attempt (P0).
    residentInformed: false,
  };
  return {
    ok: true,
    value: {
      subject,
      report: arrearsReport,
      consent:
        options.consentUnitKeys.length > 0
          ? { unitKeys: [...options.consentUnitKeys], form: 'skriftlig' }
          : null,
    },
  };
}

/** The form's field each concern form field was checked for. */
function fieldFor(field: ConcernField): ArrearsField {
  switch (field) {
    case 'nationalId':
    case 'name':
    case 'birthDate':
    case 'landlord':
      return field;
    case 'arrearsAmount':
      return 'amount';
    case 'firstMissedRentDate':
      return 'dueDate';
    default:
      // Every other concern field is filled in above with a valid value.
      throw new Error(`validateConcernDraft refused a field the restansemelding sets: ${field}`);
  }
}

/**
 * How many rents have fallen due from the first unpaid one to today, the first included: the
 * months of arrears the concern records (at most the form's 60). The restansemelding does not ask,
 * to stay short; the amount says the rest.
 */
export function rentsDueSince(dueDate: string, today: string): number {
  let months = 0;
  while (months < MAX_MONTHS && addMonths(dueDate, months) <= today) months++;
  return Math.max(months, 1);
}

/**
 * The idempotency key of a reported arrears episode: a keyed hash (HUSLY_ID_SECRET, as
 * national-id-hash.ts) of the person's number and the due date of the first unpaid rent. The
 * same line in next month's list (still unpaid since the same due date) registers nothing new;
 * new arrears after a payment have a new due date and do. Never the number itself: submission ids
 * are stored in the clear.
 */
export function arrearsSubmissionId(id: NationalId, dueDate: string, secret: string): string {
  const digest = createHmac('sha256', secret)
    .update(`husly:restanse:v1:${hashNationalId(id, secret)}:${dueDate}`)
    .digest('hex');
  return `restanse-${digest.slice(0, 32)}`;
}

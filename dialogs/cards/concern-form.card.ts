import { z } from 'zod';
import { CONSENT_FORMS } from '../../src/domain/access/consent.ts';
import { CATEGORIES } from '../../src/domain/case/case.ts';
import { LANDLORD_TYPES, SHARING_BASES, TENURES } from '../../src/domain/concern/concern.ts';
import type {
  ConcernDraft,
  ConcernField,
  FieldErrors,
} from '../../src/domain/concern/concern-form.ts';
import {
  CONCERN_FIELDS,
  FORM_SOURCES,
  MAX_CONTACT,
  MAX_DESCRIPTION,
  MAX_NAME,
  MAX_WISHES,
  RESERVATION_ANSWERS,
} from '../../src/domain/concern/concern-form.ts';
import type { Unit } from '../../src/domain/org/org.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  heading,
  paragraph,
  submit,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { fieldsOf, submitVerb } from './card-verb.ts';
import { formHint, formInputs, formSection, formSentCard, withErrorBanner } from './form-inputs.ts';

/**
 * "Send bekymring". Every field is text the domain validates field by field (its messages go
 * under the fields), so the schema only insists on text; a value too long for its field is
 * refused there and not echoed back.
 */
export const CONCERN_SUBMIT = submitVerb(
  'concern.submit',
  z.object({
    submissionId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/)
      .optional(),
    ...fieldsOf(CONCERN_FIELDS, z.string().optional()),
  }),
);

/**
 * The bekymring form. Shown again with the user's values and a message under each refused
 * field when the server finds a problem. `submissionId` makes a double press harmless.
 *
 * Compact: each event is one toggle, its fields in a container that its "Fyll inn" button shows
 * (Action.ToggleVisibility; hidden inputs are still sent). A container opens by itself when the
 * form comes back with the event ticked, a value or a message in it.
 */
export function concernFormCard(
  texts: Texts,
  input: {
    submissionId: string;
    units: readonly Unit[];
    values?: ConcernDraft;
    errors?: FieldErrors;
  },
): AdaptiveCard {
  const t = texts.concern;
  const v = input.values ?? {};
  const { error, text, date, toggle, choice } = formInputs(v, (f) => {
    const code = input.errors?.[f];
    return code ? texts.fieldErrors[code] : undefined;
  });
  const categoryChoices = Object.entries(CATEGORIES).flatMap(([category, subs]) =>
    subs.map((sub): [string, string] => [
      `${category}/${sub}`,
      `${texts.labels.categories[category as keyof typeof CATEGORIES]}: ` +
        `${texts.labels.subcategories[sub]}`,
    ]),
  );
  // A toggle left off comes back as 'false': that is nothing filled in.
  const filled = (value: string | undefined) =>
    value !== undefined && !['', 'false'].includes(value);
  /** Inputs in a container of their own, open when the form came back with something in it. */
  const details = (id: string, fields: ConcernField[], items: CardElement[], open = false) => ({
    type: 'Container',
    id,
    isVisible: open || fields.some((f) => filled(v[f]) || input.errors?.[f] !== undefined),
    items,
  });
  const showHide = (title: string, target: string): CardElement => ({
    type: 'ActionSet',
    actions: [{ type: 'Action.ToggleVisibility', title, targetElements: [target] }],
  });
  /**
   * An event: its toggle with a "Fyll inn" button beside it, and its inputs below, hidden. Teams
   * cannot show them when the box is ticked (a toggle runs no action), so the button does, and
   * the first line says the fields count only with the box ticked (the server ignores them
   * otherwise).
   */
  const event = (
    id: ConcernField,
    title: string,
    fields: ConcernField[],
    items: CardElement[],
  ): CardElement[] => [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: toggle(id, title) },
        {
          type: 'Column',
          width: 'auto',
          verticalContentAlignment: 'Center',
          items: [showHide(t.fillIn, `${id}-details`)],
        },
      ],
    },
    details(
      `${id}-details`,
      fields,
      [formHint(t.detailsNeedTick(title)), ...items],
      v[id] === 'true',
    ),
  ];
  /** A section hidden behind a button that carries its title. */
  const folded = (id: string, title: string, fields: ConcernField[], items: CardElement[]) => [
    { ...showHide(title, id), spacing: 'Medium' },
    details(id, fields, items),
  ];

  const body: CardElement[] = [
    heading(t.title),
    paragraph(t.intro, { isSubtle: true, size: 'Small' }),
    formSection(t.who),
    ...text('nationalId', t.nationalId, { maxLength: 13, placeholder: t.nationalIdPlaceholder }),
    ...text('name', t.nameHint, { maxLength: MAX_NAME }),
    ...date('birthDate', t.birthDate),
    ...choice(
      'source',
      t.source,
      FORM_SOURCES.map((s) => [s, texts.labels.sources[s]]),
    ),
    formSection(t.category),
    ...choice('category', t.category, categoryChoices),
    formSection(t.whatHappened),
    ...error('other'),
    ...toggle('acute', t.acute),
    formHint(t.acuteHint),
    ...event(
      'rentArrears',
      t.rentArrears,
      ['arrearsAmount', 'arrearsMonths', 'landlord', 'firstMissedRentDate'],
      [
        ...text('arrearsAmount', t.arrearsAmount, { maxLength: 12 }),
        ...text('arrearsMonths', t.arrearsMonths, { maxLength: 3 }),
        ...choice(
          'landlord',
          t.landlord,
          LANDLORD_TYPES.map((l) => [l, texts.labels.landlords[l]]),
        ),
        ...date('firstMissedRentDate', t.firstMissedRentDate),
      ],
    ),
    ...event(
      'noticeReceived',
      t.noticeReceived,
      ['noticeDate', 'noticeReceivedDate'],
      [...date('noticeDate', t.noticeDate), ...date('noticeReceivedDate', t.noticeReceivedDate)],
    ),
    ...event(
      'landlordNotice',
      t.landlordNotice,
      ['landlordNoticeDate', 'tenantReserved'],
      [
        ...date('landlordNoticeDate', t.landlordNoticeDate),
        ...choice(
          'tenantReserved',
          t.tenantReserved,
          RESERVATION_ANSWERS.map((r) => [r, texts.labels.reservations[r]]),
        ),
      ],
    ),
    ...event(
      'namsmannNotice',
      t.namsmannNotice,
      ['namsmannNoticeDate', 'namsmannCopyDate', 'objectionDeadline'],
      [
        formHint(t.namsmannHint),
        ...date('namsmannNoticeDate', t.namsmannNoticeDate),
        ...date('namsmannCopyDate', t.namsmannCopyDate),
        ...date('objectionDeadline', t.objectionDeadline),
      ],
    ),
    ...event(
      'evictionDateSet',
      t.evictionDateSet,
      ['evictionDate', 'evictionHappened', 'belongingsDeadline'],
      [
        ...date('evictionDate', t.evictionDate),
        ...toggle('evictionHappened', t.evictionHappened),
        ...date('belongingsDeadline', t.belongingsDeadline),
      ],
    ),
    ...event(
      'terminated',
      t.terminated,
      ['terminationDate'],
      date('terminationDate', t.terminationDate),
    ),
    ...event(
      'timeLimitedLease',
      t.timeLimitedLease,
      ['leaseEndDate'],
      date('leaseEndDate', t.leaseEndDate),
    ),
    ...toggle('other', t.other),
    ...folded(
      'situation-details',
      t.situation,
      ['releaseDate', 'temporaryAccommodationSince'],
      [
        ...date('releaseDate', t.releaseDate),
        ...date('temporaryAccommodationSince', t.temporaryAccommodationSince),
      ],
    ),
    ...folded(
      'household-details',
      t.household,
      ['children', 'tenure', 'contact', 'wishes'],
      [
        ...text('children', t.children, { maxLength: 2 }),
        ...choice(
          'tenure',
          t.tenure,
          TENURES.map((k) => [k, texts.labels.tenures[k]]),
        ),
        ...text('contact', t.contact, { maxLength: MAX_CONTACT }),
        ...text('wishes', t.wishes, { isMultiline: true, maxLength: MAX_WISHES }),
      ],
    ),
    formSection(t.descriptionSection),
    ...text('description', t.description, {
      isMultiline: true,
      maxLength: MAX_DESCRIPTION,
      placeholder: t.descriptionPlaceholder,
    }),
    ...choice(
      'sharingBasis',
      t.sharingBasis,
      SHARING_BASES.map((b) => [b, texts.labels.sharingBases[b]]),
      { style: 'expanded' },
    ),
    ...choice(
      'consentUnitKeys',
      t.consentUnits,
      input.units.map((u) => [u.key, u.name]),
      { isMultiSelect: true },
    ),
    ...choice(
      'consentForm',
      t.consentForm,
      CONSENT_FORMS.map((f) => [f, texts.labels.consentForms[f]]),
      { style: 'expanded' },
    ),
    ...choice(
      'residentInformed',
      t.residentInformed,
      [
        ['ja', t.yes],
        ['nei', t.no],
      ],
      { style: 'expanded' },
    ),
  ];
  return adaptiveCard(withErrorBanner(body, input.errors, t.fixErrors), [
    submit(t.submit, CONCERN_SUBMIT, { submissionId: input.submissionId }),
  ]);
}

/** Replaces the submitted form, so it cannot be mistaken for an unsent one. No personal data. */
export function concernSentCard(
  texts: Texts,
  receipt: { reference: string; unitName: string; coordinator: string | null },
): AdaptiveCard {
  return formSentCard(
    texts.concern.title,
    texts.concern.sent(receipt.reference),
    texts.concern.ownerLine(receipt.unitName, receipt.coordinator),
  );
}

import { z } from 'zod';
import { ARREARS_REMINDERS, LANDLORD_TYPES } from '../../src/domain/concern/concern.ts';
import {
  ARREARS_FIELDS,
  CONSENT_CLAUSE_ANSWERS,
  type ArrearsDraft,
  type ArrearsField,
  type ArrearsFieldError,
  type ArrearsFieldErrors,
} from '../../src/domain/concern/arrears-report.ts';
import { MAX_NAME } from '../../src/domain/concern/concern-form.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  fieldError,
  heading,
  paragraph,
  submit,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { fieldsOf, submitVerb } from './card-verb.ts';

/**
 * "Send restansemelding". Every field is text the domain checks field by field (its messages go
 * under the fields), so the schema only insists on text.
 */
export const ARREARS_SUBMIT = submitVerb(
  'arrears.submit',
  z.object({
    submissionId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/)
      .optional(),
    ...fieldsOf(ARREARS_FIELDS, z.string().optional()),
  }),
);

/**
 * The restansemelding: who, how much, since when, how far innfordring has come, the landlord and
 * the lease's consent clause. Shown again with the user's values and a message under each refused
 * field; `submissionId` makes a double press harmless.
 */
export function arrearsReportCard(
  texts: Texts,
  input: { submissionId: string; values?: ArrearsDraft; errors?: ArrearsFieldErrors },
): AdaptiveCard {
  const t = texts.arrearsReport;
  const v = input.values ?? {};
  const message = (code: ArrearsFieldError) =>
    code === 'NO_CONSENT_CLAUSE' ? t.fieldErrors[code] : texts.fieldErrors[code];
  const error = (f: ArrearsField) => {
    const code = input.errors?.[f];
    return fieldError(code ? message(code) : undefined);
  };
  const text = (id: ArrearsField, label: string, extra: Record<string, unknown> = {}) => [
    { type: 'Input.Text', id, label, value: v[id] ?? '', ...extra },
    ...error(id),
  ];
  const date = (id: ArrearsField, label: string) => [
    { type: 'Input.Date', id, label, value: v[id] ?? '' },
    ...error(id),
  ];
  const choice = (id: ArrearsField, label: string, choices: readonly [string, string][]) => [
    {
      type: 'Input.ChoiceSet',
      id,
      label,
      style: 'expanded',
      value: v[id] ?? '',
      choices: choices.map(([value, title]) => ({ title, value })),
    },
    ...error(id),
  ];
  const section = (title: string): CardElement =>
    paragraph(title, { weight: 'Bolder', spacing: 'Medium', separator: true });

  const body: CardElement[] = [
    heading(t.title),
    paragraph(t.intro, { isSubtle: true, size: 'Small' }),
    section(t.who),
    ...text('nationalId', t.nationalId, { maxLength: 13, placeholder: t.nationalIdPlaceholder }),
    ...text('name', t.name, { maxLength: MAX_NAME }),
    ...date('birthDate', t.birthDate),
    section(t.arrears),
    ...text('amount', t.amount, { maxLength: 12 }),
    ...date('dueDate', t.dueDate),
    ...choice(
      'reminderSent',
      t.reminderSent,
      ARREARS_REMINDERS.map((r) => [r, texts.labels.arrearsReminders[r]]),
    ),
    ...choice(
      'landlord',
      t.landlord,
      LANDLORD_TYPES.map((l) => [l, texts.labels.landlords[l]]),
    ),
    ...choice(
      'consentClause',
      t.consentClause,
      CONSENT_CLAUSE_ANSWERS.map((a) => [a, t.consentClauses[a]]),
    ),
  ];
  if (input.errors && Object.keys(input.errors).length > 0)
    body.splice(1, 0, paragraph(t.fixErrors, { color: 'Attention', weight: 'Bolder' }));
  return adaptiveCard(body, [
    submit(t.submit, ARREARS_SUBMIT, { submissionId: input.submissionId }),
  ]);
}

/** Replaces the submitted form, so it cannot be sent twice by mistake. No personal data. */
export function arrearsReportSentCard(
  texts: Texts,
  receipt: { reference: string; unitName: string; coordinator: string | null },
): AdaptiveCard {
  return adaptiveCard([
    heading(texts.arrearsReport.title),
    paragraph(texts.arrearsReport.sent(receipt.reference), { color: 'Good', weight: 'Bolder' }),
    paragraph(texts.concern.ownerLine(receipt.unitName, receipt.coordinator), { spacing: 'None' }),
  ]);
}

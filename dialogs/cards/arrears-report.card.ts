import { z } from 'zod';
import { ARREARS_REMINDERS, LANDLORD_TYPES } from '../../src/domain/concern/concern.ts';
import {
  ARREARS_FIELDS,
  CONSENT_CLAUSE_ANSWERS,
  type ArrearsDraft,
  type ArrearsFieldErrors,
} from '../../src/domain/concern/arrears-report.ts';
import { MAX_NAME } from '../../src/domain/concern/concern-form.ts';
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
import { formInputs, formSection, formSentCard, withErrorBanner } from './form-inputs.ts';

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
  const { text, date, choice } = formInputs(v, (f) => {
    const code = input.errors?.[f];
    if (!code) return undefined;
    return code === 'NO_CONSENT_CLAUSE' ? t.fieldErrors[code] : texts.fieldErrors[code];
  });
  const body: CardElement[] = [
    heading(t.title),
    paragraph(t.intro, { isSubtle: true, size: 'Small' }),
    formSection(t.who),
    ...text('nationalId', t.nationalId, { maxLength: 13, placeholder: t.nationalIdPlaceholder }),
    ...text('name', t.name, { maxLength: MAX_NAME }),
    ...date('birthDate', t.birthDate),
    formSection(t.arrears),
    ...text('amount', t.amount, { maxLength: 12 }),
    ...date('dueDate', t.dueDate),
    ...choice(
      'reminderSent',
      t.reminderSent,
      ARREARS_REMINDERS.map((r) => [r, texts.labels.arrearsReminders[r]]),
      { style: 'expanded' },
    ),
    ...choice(
      'landlord',
      t.landlord,
      LANDLORD_TYPES.map((l) => [l, texts.labels.landlords[l]]),
      { style: 'expanded' },
    ),
    ...choice(
      'consentClause',
      t.consentClause,
      CONSENT_CLAUSE_ANSWERS.map((a) => [a, t.consentClauses[a]]),
      { style: 'expanded' },
    ),
  ];
  return adaptiveCard(withErrorBanner(body, input.errors, t.fixErrors), [
    submit(t.submit, ARREARS_SUBMIT, { submissionId: input.submissionId }),
  ]);
}

/** Replaces the submitted form, so it cannot be sent twice by mistake. No personal data. */
export function arrearsReportSentCard(
  texts: Texts,
  receipt: { reference: string; unitName: string; coordinator: string | null },
): AdaptiveCard {
  return formSentCard(
    texts.arrearsReport.title,
    texts.arrearsReport.sent(receipt.reference),
    texts.concern.ownerLine(receipt.unitName, receipt.coordinator),
  );
}

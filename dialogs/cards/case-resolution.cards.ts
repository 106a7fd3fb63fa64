import { z } from 'zod';
import { CLOSE_REASONS } from '../../src/domain/case/case.ts';
import type { Texts } from '../texts/index.ts';
import { adaptiveCard, fieldError, heading, paragraph, submit } from './adaptive-card.ts';
import { caseId, choice, submitVerb, typed } from './card-verb.ts';

/** "Registrer betaling": the date the arrears were paid (the service checks the date). */
export const PAID_SUBMIT = submitVerb(
  'resolution.paid',
  z.object({
    caseId,
    paidDate: z
      .string()
      .transform((date) => date.trim().slice(0, 10))
      .default(''),
  }),
);
/** "Avslutt saken": why, and a note (required for "annet", at most 500, checked by the service). */
export const CLOSE_SUBMIT = submitVerb(
  'resolution.close',
  z.object({
    caseId,
    reason: choice(CLOSE_REASONS, 'RESOLUTION.REASON_REQUIRED'),
    note: typed(2000),
  }),
);

/** "Restansen er betalt": the date it was paid, and what that stops (and what it does not). */
export function arrearsPaidCard(
  texts: Texts,
  input: { caseId: string; reference: string; paidDate: string; today: string; problem?: string },
) {
  const t = texts.resolution;
  return adaptiveCard(
    [
      heading(t.paidTitle(input.reference)),
      paragraph(t.paidExplain),
      ...fieldError(input.problem),
      {
        type: 'Input.Date',
        id: 'paidDate',
        label: t.paidDate,
        value: input.paidDate,
        max: input.today,
        isRequired: true,
        errorMessage: texts.errors['RESOLUTION.INVALID_DATE'],
      },
    ],
    [submit(t.paidSubmit, PAID_SUBMIT, { caseId: input.caseId })],
  );
}

/** "Avslutt sak": why, with a note required for "annet". Every pending reminder stops. */
export function closeCaseCard(
  texts: Texts,
  input: { caseId: string; reference: string; reason?: string; note?: string; problem?: string },
) {
  const t = texts.resolution;
  return adaptiveCard(
    [
      heading(t.closeTitle(input.reference)),
      paragraph(t.closeExplain),
      ...fieldError(input.problem),
      {
        type: 'Input.ChoiceSet',
        id: 'reason',
        label: t.closeReason,
        isRequired: true,
        errorMessage: texts.errors['RESOLUTION.REASON_REQUIRED'],
        value: input.reason ?? '',
        choices: CLOSE_REASONS.map((r) => ({ title: texts.labels.closeReasons[r], value: r })),
      },
      {
        type: 'Input.Text',
        id: 'note',
        label: t.closeNote,
        isMultiline: true,
        maxLength: 500,
        value: input.note ?? '',
      },
    ],
    [submit(t.closeSubmit, CLOSE_SUBMIT, { caseId: input.caseId })],
  );
}

import { z } from 'zod';
import {
  ALL_OUTCOMES,
  CASE_EVENT_TYPES,
  eventRule,
  STONAD_DECISIONS,
  type CaseEventType,
  type OfferedOutcome,
} from '../../src/domain/case-event/case-event.ts';
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
import { caseId, choice, onCase, submitVerb, typed } from './card-verb.ts';

/** "Registrer hendelse" on the owner answer: every outcome, for the case. */
export const EVENT_START = submitVerb('event.start', onCase);
/**
 * One tap on an outcome: recorded at once dated today, or (for one that needs a decision, an
 * amount or a date) a small form. Action.Submit, so it is answered in the presser's personal chat.
 */
export const EVENT_PICK = submitVerb(
  'event.pick',
  z.object({ caseId, type: choice(ALL_OUTCOMES, 'CASE_EVENT.UNKNOWN_TYPE') }),
);
/** The small form: every value as typed text; the domain checks each. */
export const EVENT_SUBMIT = submitVerb(
  'event.submit',
  z.object({
    caseId,
    type: choice(CASE_EVENT_TYPES, 'CASE_EVENT.UNKNOWN_TYPE'),
    decision: typed(20),
    amount: typed(40),
    covers: typed(10),
    date: typed(20),
  }),
);

/** Teams shows a handful of buttons in a row: more go in rows of their own. */
const PER_ROW = 3;

/** The outcomes as buttons, in rows (each an ActionSet): pressing one records or asks for more. */
export function outcomeButtons(
  texts: Texts,
  caseIdValue: string,
  outcomes: readonly OfferedOutcome[],
): CardElement[] {
  const rows: CardElement[] = [];
  for (let i = 0; i < outcomes.length; i += PER_ROW)
    rows.push({
      type: 'ActionSet',
      spacing: 'Small',
      actions: outcomes
        .slice(i, i + PER_ROW)
        .map((type) =>
          submit(texts.events.labels[type], EVENT_PICK, { caseId: caseIdValue, type }),
        ),
    });
  return rows;
}

/** "hendelse 2026-0004": every outcome that can be recorded on the case. */
export function caseEventCard(
  texts: Texts,
  input: { caseId: string; reference: string; outcomes?: readonly OfferedOutcome[] },
): AdaptiveCard {
  const t = texts.events;
  return adaptiveCard([
    heading(t.title(input.reference)),
    paragraph(t.explain, { isSubtle: true }),
    ...outcomeButtons(texts, input.caseId, input.outcomes ?? ALL_OUTCOMES),
  ]);
}

export interface EventFormValues {
  readonly decision?: string;
  readonly amount?: string;
  readonly covers?: string;
  readonly date?: string;
}

/** The small form for an outcome that needs a decision, an amount, a date or its day. */
export function caseEventFormCard(
  texts: Texts,
  input: {
    caseId: string;
    reference: string;
    type: CaseEventType;
    today: string;
    values?: EventFormValues;
    problem?: string;
  },
): AdaptiveCard {
  const t = texts.events;
  const v = input.values ?? {};
  const value = eventRule(input.type).value;
  const body: CardElement[] = [
    heading(t.formTitle(t.labels[input.type], input.reference)),
    ...fieldError(input.problem),
  ];
  if (value === 'decision')
    body.push({
      type: 'Input.ChoiceSet',
      id: 'decision',
      label: t.decision,
      style: 'expanded',
      isRequired: true,
      errorMessage: texts.errors['CASE_EVENT.DECISION_REQUIRED'],
      value: v.decision ?? '',
      choices: STONAD_DECISIONS.map((d) => ({ title: t.decisions[d], value: d })),
    });
  if (value === 'decision' || value === 'payment')
    body.push({
      type: 'Input.Text',
      id: 'amount',
      label: t.amount,
      maxLength: 20,
      value: (v.amount ?? '').slice(0, 20),
    });
  if (value === 'payment')
    body.push({
      type: 'Input.Toggle',
      id: 'covers',
      title: t.covers,
      value: v.covers === 'true' ? 'true' : 'false',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    });
  if (value === 'date') {
    const eviction = input.type === 'ny-utkastelsesdato';
    body.push({
      type: 'Input.Date',
      id: 'date',
      label: eviction ? t.newEvictionDate : t.accommodationFrom,
      isRequired: true,
      errorMessage: texts.errors['CASE_EVENT.INVALID_DATE'],
      value: (v.date ?? (eviction ? '' : input.today)).slice(0, 10),
      ...(eviction ? { min: input.today } : {}),
    });
  }
  if (value === 'day')
    body.push({
      type: 'Input.Date',
      id: 'date',
      label: t.contactDay,
      isRequired: true,
      errorMessage: texts.errors['CASE_EVENT.INVALID_DATE'],
      value: (v.date ?? input.today).slice(0, 10),
      max: input.today,
    });
  return adaptiveCard(body, [
    submit(t.submit, EVENT_SUBMIT, { caseId: input.caseId, type: input.type }),
  ]);
}

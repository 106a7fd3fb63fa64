import { z } from 'zod';
import { CASE_LEVELS, CATEGORIES } from '../../src/domain/case/case.ts';
import type { MyCase } from '../../src/domain/ownership/queries/ownership.queries.ts';
import { MAX_HANDOVER_NOTE } from '../../src/domain/ownership/commands/case-ownership.service.ts';
import type { Staff, Unit } from '../../src/domain/org/org.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  fieldError,
  heading,
  paragraph,
  submit,
  userText,
  withButton,
  type CardElement,
} from './adaptive-card.ts';
import { caseId, chosenKey, numberChoice, oneOf, submitVerb, typed } from './card-verb.ts';
import { formatDate } from './format.ts';
import { openCaseButton } from './reminder.cards.ts';

/** "Overfør": the unit, a coordinator or '' for none, and why (checked by the service). */
export const HANDOVER_SUBMIT = submitVerb(
  'handover.submit',
  z.object({
    caseId,
    unitKey: chosenKey('UNIT.NOT_FOUND'),
    coordinatorId: chosenKey('STAFF.NOT_FOUND'),
    note: typed(2000),
  }),
);

export interface HandOverFormInput {
  readonly caseId: string;
  readonly reference: string;
  readonly units: readonly Unit[];
  readonly staff: readonly (Staff & { unitName: string })[];
  readonly values?: { unitKey?: string; coordinatorId?: string; note?: string };
  readonly problem?: string;
}

export function handOverCard(texts: Texts, input: HandOverFormInput) {
  const t = texts.handOver;
  const v = input.values ?? {};
  // A chosen unit that is no longer offered would show an empty "Til enhet": show the choice
  // prompt instead, never a value that is not in the list.
  const unitKey = input.units.some((u) => u.key === v.unitKey) ? v.unitKey : undefined;
  const coordinatorId = input.staff.some((s) => s.id === v.coordinatorId)
    ? v.coordinatorId
    : undefined;
  const body: CardElement[] = [
    heading(t.title(input.reference)),
    paragraph(t.intro, { isSubtle: true }),
    ...fieldError(input.problem),
    {
      type: 'Input.ChoiceSet',
      id: 'unitKey',
      label: t.unit,
      placeholder: t.chooseUnit,
      ...(unitKey ? { value: unitKey } : {}),
      choices: input.units.map((u) => ({ title: u.name, value: u.key })),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'coordinatorId',
      label: t.coordinator,
      placeholder: t.chooseCoordinator,
      ...(coordinatorId ? { value: coordinatorId } : {}),
      choices: input.staff.map((s) => ({ title: `${s.name} – ${s.unitName}`, value: s.id })),
    },
    {
      type: 'Input.Text',
      id: 'note',
      label: t.note,
      isMultiline: true,
      maxLength: MAX_HANDOVER_NOTE,
      value: v.note ?? '',
    },
  ];
  return adaptiveCard(body, [submit(t.submit, HANDOVER_SUBMIT, { caseId: input.caseId })]);
}

export function myCasesCard(
  texts: Texts,
  cases: readonly MyCase[],
  options: { isAdmin?: boolean } = {},
) {
  const t = texts.myCases;
  if (cases.length === 0)
    return adaptiveCard([heading(t.title), paragraph(options.isAdmin ? t.adminEmpty : t.empty)]);
  // Each case its own "Åpne sak" (the owner answer, in personal chat, as the service allows).
  return adaptiveCard([
    heading(t.title),
    ...cases.map((m): CardElement => ({
      ...withButton(
        {
          type: 'Container',
          items: [
            userText([
              { text: m.kase.reference, weight: 'Bolder' },
              ` · ${texts.labels.levels[m.kase.level]} · ${m.residentName || '–'}`,
            ]),
            paragraph(
              `${texts.labels.subcategories[m.kase.subcategory]}` +
                (m.nextDeadline
                  ? ` · ${texts.notices.deadline.toLowerCase()} ` +
                    formatDate(m.nextDeadline, texts.locale)
                  : '') +
                ` · ${m.iAmCoordinator ? t.asCoordinator : t.asUnit}`,
              { isSubtle: true, spacing: 'None' },
            ),
          ],
        },
        openCaseButton(texts, m.kase.id, m.kase.reference),
      ),
      separator: true,
      spacing: 'Medium',
    })),
  ]);
}

/** "category/subcategory", as the classification form offers them. */
export const CATEGORY_CHOICES: readonly string[] = Object.entries(CATEGORIES).flatMap(
  ([category, subs]) => subs.map((sub) => `${category}/${sub}`),
);

/** "Lagre" on "endre nivå": the level and category chosen, and why (checked by the service). */
export const CLASSIFY_SUBMIT = submitVerb(
  'classification.submit',
  z.object({
    caseId,
    level: numberChoice(CASE_LEVELS, 'CLASSIFICATION.INVALID'),
    category: oneOf(CATEGORY_CHOICES, 'CLASSIFICATION.INVALID'),
    reason: typed(2000),
  }),
);

/** Change level and/or category, with the reason recorded. */
export function classificationCard(
  texts: Texts,
  input: {
    caseId: string;
    reference: string;
    level: number;
    categoryChoice: string;
    problem?: string;
    categoryChoices: readonly (readonly [string, string])[];
  },
) {
  const t = texts.classification;
  return adaptiveCard(
    [
      heading(t.title(input.reference)),
      ...fieldError(input.problem),
      {
        type: 'Input.ChoiceSet',
        id: 'level',
        label: t.level,
        value: String(input.level),
        choices: CASE_LEVELS.map((l) => ({
          title: texts.labels.levels[l],
          value: String(l),
        })),
      },
      {
        type: 'Input.ChoiceSet',
        id: 'category',
        label: texts.concern.category,
        value: input.categoryChoice,
        choices: input.categoryChoices.map(([value, title]) => ({ title, value })),
      },
      { type: 'Input.Text', id: 'reason', label: t.reason, isMultiline: true, maxLength: 500 },
    ],
    [submit(t.submit, CLASSIFY_SUBMIT, { caseId: input.caseId })],
  );
}

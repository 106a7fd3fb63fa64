import { z } from 'zod';
import type { CaseLevel } from '../../src/domain/case/case.ts';
import { MEASURE_STATUSES, MEASURE_TYPES } from '../../src/domain/goal-plan/goal-plan.ts';
import type {
  PlanDraft,
  PlanErrors,
  PlanField,
} from '../../src/domain/goal-plan/goal-plan-form.ts';
import type { PlanView } from '../../src/domain/goal-plan/goal-plan.service.ts';
import { CONSENT_FORMS } from '../../src/domain/access/consent.ts';
import type { Unit } from '../../src/domain/org/org.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  facts,
  fieldError,
  heading,
  paragraph,
  submit,
  userText,
  type CardAction,
  type CardElement,
} from './adaptive-card.ts';
import { caseId, cardId, clipped, fieldsOf, submitVerb, withNamedInput } from './card-verb.ts';
import { formatDate } from './format.ts';
import { formInputs, formSection } from './form-inputs.ts';

/** The plan forms' text inputs hold at most this (their maxLength). */
export const MAX_PLAN_TEXT = 500;

/** Every field of the plan forms (the domain checks each: plan, goal, measure, evaluation). */
const PLAN_FIELDS = [
  'goalText',
  'goalTargetDate',
  'measureType',
  'measureDescription',
  'measureUnitKey',
  'measureStaffId',
  'measureDeadline',
  'measureStatus',
  'evaluationDate',
  'periodStart',
  'periodEnd',
  'consentGiven',
  'consentDate',
  'consentUnitKeys',
  'consentForm',
  'vedtakReference',
  'ipNeeded',
  'evaluationSummary',
  'nextEvaluationDate',
] as const satisfies readonly PlanField[];
// A PlanField missing above would be dropped from every form without a word: the compiler names it.
type MissingPlanField = Exclude<PlanField, (typeof PLAN_FIELDS)[number]>;
const _noPlanFieldMissing: [MissingPlanField] extends [never] ? true : MissingPlanField = true;

/** The typed fields, cut one past the limit: the domain refuses them and they are not echoed. */
const planDraft = fieldsOf(PLAN_FIELDS, clipped(MAX_PLAN_TEXT + 1).optional());
const planId = cardId('PLAN.NOT_FOUND');

export const PLAN_CREATE = submitVerb('plan.create', z.object({ caseId, ...planDraft }));
export const PLAN_ADD_GOAL = submitVerb('plan.addGoal', z.object({ planId, ...planDraft }));
export const PLAN_ADD_MEASURE = submitVerb('plan.addMeasure', z.object({ planId, ...planDraft }));
export const PLAN_EVALUATE = submitVerb('plan.evaluate', z.object({ planId, ...planDraft }));

/** "Lagre status" beside each measure names the measure, so its own status choice is read. */
const statusInput = (measureId: string) => `status-${measureId}`;
export const PLAN_STATUS = submitVerb(
  'plan.measureStatus',
  withNamedInput(
    (data) => (typeof data.measureId === 'string' ? statusInput(data.measureId) : undefined),
    z.object({
      measureId: cardId('PLAN.NOT_FOUND'),
      input: z.enum(MEASURE_STATUSES, { error: 'PLAN.INVALID' }),
    }),
  ),
);

type Field = (id: PlanField, label: string, extra?: Record<string, unknown>) => CardElement[];

/** Input helpers bound to one form's values and errors; texts are capped at MAX_PLAN_TEXT. */
function inputs(texts: Texts, values: PlanDraft = {}, errors: PlanErrors = {}) {
  const bound = formInputs(values, (f) => {
    const code = errors[f];
    return code ? texts.fieldErrors[code] : undefined;
  });
  const text: Field = (id, label, extra = {}) =>
    bound.text(id, label, { maxLength: MAX_PLAN_TEXT, ...extra });
  return { text, date: bound.date, choice: bound.choice };
}

type StaffChoice = { readonly id: string; readonly name: string; readonly unitName: string };

function measureFields(
  texts: Texts,
  units: readonly Unit[],
  staff: readonly StaffChoice[],
  values?: PlanDraft,
  errors?: PlanErrors,
): CardElement[] {
  const t = texts.plan;
  const { text, date, choice } = inputs(texts, values, errors);
  return [
    ...choice(
      'measureType',
      t.measureType,
      MEASURE_TYPES.map((m) => [m, texts.labels.measureTypes[m]] as const),
    ),
    ...text('measureDescription', t.measureDescription, { isMultiline: true }),
    ...choice(
      'measureUnitKey',
      t.measureUnit,
      units.map((u) => [u.key, u.name] as const),
    ),
    // Naming a unit or person outside the consent gives them their own measures, not the plan.
    paragraph(t.measureWarning, { isSubtle: true, size: 'Small', spacing: 'None' }),
    ...(staff.length
      ? choice(
          'measureStaffId',
          t.measureStaff,
          staff.map((s) => [s.id, `${s.name} (${s.unitName})`] as const),
        )
      : []),
    ...date('measureDeadline', t.measureDeadline),
  ];
}

/** "start målplan 2026-0004": the nine IP points, condensed to what a first plan needs. */
export function planFormCard(
  texts: Texts,
  input: {
    caseId: string;
    reference: string;
    level: CaseLevel;
    units: readonly Unit[];
    staff: readonly StaffChoice[];
    values?: PlanDraft;
    errors?: PlanErrors;
  },
) {
  const t = texts.plan;
  const { text, date, choice } = inputs(texts, input.values, input.errors);
  const body: CardElement[] = [
    heading(t.createTitle(input.reference)),
    paragraph(t.intro, { isSubtle: true, size: 'Small' }),
    ...(input.errors && Object.keys(input.errors).length
      ? [paragraph(texts.errors['PLAN.INVALID'], { color: 'Attention', weight: 'Bolder' })]
      : []),
    ...(input.level >= 3 ? [paragraph(t.level3, { color: 'Attention' })] : []),
    formSection(t.goal),
    ...text('goalText', t.goalText, { isMultiline: true }),
    ...date('goalTargetDate', t.goalTargetDate),
    formSection(t.measure),
    ...measureFields(texts, input.units, input.staff, input.values, input.errors),
    formSection(t.evaluationDate),
    ...date('evaluationDate', t.evaluationDate),
    ...date('periodStart', t.periodStart),
    ...date('periodEnd', t.periodEnd),
    formSection(t.consent),
    ...choice(
      'consentGiven',
      t.consentGiven,
      [
        ['ja', texts.concern.yes],
        ['nei', texts.concern.no],
      ],
      { style: 'expanded' },
    ),
    ...date('consentDate', t.consentDate),
    ...choice(
      'consentUnitKeys',
      t.consentUnits,
      input.units.map((u) => [u.key, u.name] as const),
      { isMultiSelect: true },
    ),
    ...choice(
      'consentForm',
      t.consentForm,
      CONSENT_FORMS.map((f) => [f, texts.labels.consentForms[f]] as const),
      { style: 'expanded' },
    ),
  ];
  if (input.level >= 3)
    body.push(
      formSection(t.vedtakReference),
      ...text('vedtakReference', t.vedtakReference),
      ...choice(
        'ipNeeded',
        t.ipNeeded,
        [
          ['ja', texts.concern.yes],
          ['nei', texts.concern.no],
        ],
        { style: 'expanded' },
      ),
    );
  return adaptiveCard(body, [submit(t.create, PLAN_CREATE, { caseId: input.caseId })]);
}

/**
 * The plan as a card; with the right to change it, actions to add goals and measures, set
 * status, evaluate.
 */
export function planCard(texts: Texts, view: PlanView, units: readonly Unit[], problem?: string) {
  const t = texts.plan;
  const { plan, kase } = view;
  const unit = (id: string | null) => (id ? (view.unitNames[id] ?? '') : '');
  const staff = (id: string | null) => (id ? (view.staffNames[id] ?? '') : '');
  const consents = view.consents.map((c) =>
    t.consentYes(formatDate(c.givenDate, texts.locale), c.unitIds.map(unit).join(', ')),
  );
  const body: CardElement[] = [
    heading(t.title(kase.reference)),
    ...fieldError(problem),
    ...(view.scope === 'own-measures' ? [paragraph(t.ownMeasuresOnly, { weight: 'Bolder' })] : []),
  ];
  if (view.scope === 'all')
    body.push(
      facts([
        [t.level, texts.labels.levels[kase.level]],
        [
          t.coordinator,
          view.coordinatorId ? staff(view.coordinatorId) : texts.lookup.noCoordinator,
        ],
        [t.evaluationDate, formatDate(plan.evaluationDate, texts.locale)],
        ...(plan.periodStart || plan.periodEnd
          ? [
              [
                t.period,
                `${plan.periodStart ? formatDate(plan.periodStart, texts.locale) : ''} – ` +
                  `${plan.periodEnd ? formatDate(plan.periodEnd, texts.locale) : ''}`,
              ] as const,
            ]
          : []),
        [t.consent, consents.length ? consents.join('; ') : t.consentNo],
        ...(plan.ipNeeded !== null
          ? [[t.ip, plan.ipNeeded ? texts.concern.yes : texts.concern.no] as const]
          : []),
      ]),
      ...(plan.vedtakReference
        ? [userText([{ text: t.vedtak, weight: 'Bolder' }, plan.vedtakReference])]
        : []),
      paragraph(t.goals, { weight: 'Bolder', spacing: 'Medium' }),
      ...plan.goals.map((g) =>
        userText(
          `• ${g.text}${g.targetDate ? ` (${formatDate(g.targetDate, texts.locale)})` : ''}`,
          {
            spacing: 'Small',
          },
        ),
      ),
    );
  // Goals are part of the whole plan only: a unit outside the consent sees its own measures.
  body.push(paragraph(t.measures, { weight: 'Bolder', spacing: 'Medium' }));
  for (const m of plan.measures) {
    const who = [unit(m.responsibleUnitId), staff(m.responsibleStaffId)].filter(Boolean).join(', ');
    body.push(
      paragraph(
        `**${texts.labels.measureTypes[m.type]}** · ` +
          `${texts.labels.measureStatuses[m.status]} · ` +
          `${t.deadline} ${formatDate(m.deadline, texts.locale)}`,
        { spacing: 'Small', separator: true },
      ),
      userText(
        [
          {
            text: `${m.description}${who ? ` — ${t.responsible.toLowerCase()}: ${who}` : ''}`,
            isSubtle: true,
          },
        ],
        { spacing: 'None' },
      ),
    );
    if (view.mayChangeMeasures)
      body.push({
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'stretch',
            items: [
              {
                type: 'Input.ChoiceSet',
                id: statusInput(m.id),
                value: m.status,
                choices: MEASURE_STATUSES.map((s) => ({
                  title: texts.labels.measureStatuses[s],
                  value: s,
                })),
              },
            ],
          },
          {
            type: 'Column',
            width: 'auto',
            items: [
              {
                type: 'ActionSet',
                actions: [submit(t.saveStatus, PLAN_STATUS, { measureId: m.id })],
              },
            ],
          },
        ],
      });
  }
  if (plan.evaluations.length) {
    body.push(paragraph(t.evaluations, { weight: 'Bolder', spacing: 'Medium' }));
    for (const e of plan.evaluations)
      body.push(
        userText(`${formatDate(e.at.toISOString().slice(0, 10), texts.locale)}: ${e.summary}`, {
          spacing: 'Small',
        }),
      );
  }
  if (!view.mayChange) return adaptiveCard(body);
  const form = (
    title: string,
    items: CardElement[],
    verb: typeof PLAN_ADD_GOAL | typeof PLAN_ADD_MEASURE | typeof PLAN_EVALUATE,
  ): CardAction => ({
    type: 'Action.ShowCard',
    title,
    card: {
      type: 'AdaptiveCard',
      version: '1.5',
      body: items,
      actions: [submit(title, verb, { planId: plan.id })],
    },
  });
  const { text, date } = inputs(texts);
  return adaptiveCard(body, [
    form(
      t.addGoal,
      [
        ...text('goalText', t.goalText, { isMultiline: true }),
        ...date('goalTargetDate', t.goalTargetDate),
      ],
      PLAN_ADD_GOAL,
    ),
    form(t.addMeasure, measureFields(texts, units, view.staff), PLAN_ADD_MEASURE),
    form(
      t.evaluate,
      [
        ...text('evaluationSummary', t.evaluationSummary, { isMultiline: true }),
        ...date('nextEvaluationDate', t.nextEvaluationDate),
      ],
      PLAN_EVALUATE,
    ),
  ]);
}

import { z } from 'zod';
import type { CaseLevel } from '../../src/domain/case/case.ts';
import {
  CLOSE_REASONS,
  GOAL_OUTCOMES,
  latestOutcome,
  levelHistory,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  ORGANISATIONS,
  PARTICIPATION,
  type Goal,
  type Measure,
  type Participant,
} from '../../src/domain/goal-plan/goal-plan.ts';
import type {
  GoalOutcomeField,
  PlanDraft,
  PlanErrors,
  PlanField,
} from '../../src/domain/goal-plan/goal-plan-form.ts';
import type { PlanView } from '../../src/domain/goal-plan/goal-plan.service.ts';
import type { MeasureTypeSetting } from '../../src/domain/goal-plan/plan-settings.ts';
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
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Run,
} from './adaptive-card.ts';
import {
  caseId,
  cardId,
  chosenKey,
  clipped,
  fieldsOf,
  isRecord,
  submitVerb,
  withNamedInput,
  type CardVerb,
} from './card-verb.ts';
import { formatDate } from './format.ts';
import { formHint, formInputs, formSection, withErrorBanner } from './form-inputs.ts';
import { PLAN_SHOW } from './owner-answer.card.ts';

/** The plan forms' text inputs hold at most this (their maxLength). */
export const MAX_PLAN_TEXT = 500;

/** Every field of the plan forms (the domain checks each: plan, goal, measure, evaluation …). */
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
  'whatMatters',
  'resources',
  'residentParticipation',
  'goalResidentWords',
  'measureGoalId',
  'measureScope',
  'measureResident',
  'measureParticipantId',
  'template',
  'evaluationLevel',
  'evaluationParticipation',
  'participantKind',
  'participantName',
  'participantOrganisation',
  'participantUnitKey',
  'participantStaffId',
  'participantRole',
  'closeReason',
  'closeNote',
  'isIp',
  'ipCoordinatorId',
] as const satisfies readonly PlanField[];
// A PlanField missing above would be dropped from every form without a word: the compiler names it.
type MissingPlanField = Exclude<PlanField, (typeof PLAN_FIELDS)[number]>;
const _noPlanFieldMissing: [MissingPlanField] extends [never] ? true : MissingPlanField = true;

/** The typed fields, cut one past the limit: the domain refuses them and they are not echoed. */
const planDraft = fieldsOf(PLAN_FIELDS, clipped(MAX_PLAN_TEXT + 1).optional());
const planId = cardId('PLAN.NOT_FOUND');
/**
 * The case the plan card was drawn on: only to draw a refused form again with its messages
 * (every change is decided by the plan id). Cards drawn before it was added lack it.
 */
const drawnOn = cardId('CASE.NOT_FOUND').optional();
const onPlan = { planId, caseId: drawnOn, ...planDraft };

export const PLAN_CREATE = submitVerb('plan.create', z.object({ caseId, ...planDraft }));
export const PLAN_ADD_GOAL = submitVerb('plan.addGoal', z.object(onPlan));
export const PLAN_ADD_MEASURE = submitVerb('plan.addMeasure', z.object(onPlan));
export const PLAN_ADD_PARTICIPANT = submitVerb('plan.addParticipant', z.object(onPlan));
export const PLAN_DETAILS = submitVerb('plan.details', z.object(onPlan));
export const PLAN_CLOSE = submitVerb('plan.close', z.object(onPlan));
export const PLAN_REMOVE_PARTICIPANT = submitVerb(
  'plan.removeParticipant',
  z.object({ planId, caseId: drawnOn, participantId: chosenKey('PLAN.INVALID') }),
);
/** "Skriv ut (PDF)": the answer is a link, made after the service has checked the plan again. */
export const PLAN_PRINT = submitVerb('plan.print', z.object({ planId, caseId }));
/** "Flytt planen til sak …": to the person's newer case; `caseId` is that case. */
export const PLAN_MOVE = submitVerb('plan.move', z.object({ planId, caseId, ...planDraft }));

/** A goal's outcome input, `goalOutcome.<goal id>` (the domain's field name). */
const GOAL_OUTCOME_FIELD = /^goalOutcome\.[A-Za-z0-9-]{1,64}$/;
/** More goals than a plan could hold: a payload with more was never drawn by Husly. */
const MAX_GOALS = 100;
const outcomeField = (goalId: string): GoalOutcomeField => `goalOutcome.${goalId}`;

/**
 * "Evaluer": the plan fields and one outcome per goal. The goals' inputs are gathered into
 * `goalOutcomes` (their names come from the plan, so the schema cannot list them).
 */
export const PLAN_EVALUATE = submitVerb(
  'plan.evaluate',
  z.preprocess(
    (data) =>
      isRecord(data)
        ? {
            ...data,
            goalOutcomes: Object.fromEntries(
              Object.entries(data).filter(([k]) => GOAL_OUTCOME_FIELD.test(k)),
            ),
          }
        : data,
    z.object({
      ...onPlan,
      goalOutcomes: z
        .record(z.string(), clipped(MAX_PLAN_TEXT + 1))
        .refine((outcomes) => Object.keys(outcomes).length <= MAX_GOALS, {
          error: 'PLAN.INVALID',
        }),
    }),
  ),
);

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

/** The changes made from the plan card, each a form of its own. */
export type PlanChange =
  'goal' | 'measure' | 'evaluation' | 'participant' | 'removeParticipant' | 'details' | 'close';

const CHANGE_VERBS = {
  goal: PLAN_ADD_GOAL,
  measure: PLAN_ADD_MEASURE,
  evaluation: PLAN_EVALUATE,
  participant: PLAN_ADD_PARTICIPANT,
  removeParticipant: PLAN_REMOVE_PARTICIPANT,
  details: PLAN_DETAILS,
  close: PLAN_CLOSE,
} as const;

/** The button that sends a change's form. */
function changeButton(
  title: string,
  change: PlanChange,
  data: { planId: string; caseId: string },
): CardAction {
  const verb: CardVerb<'submit'> = CHANGE_VERBS[change];
  return submit(title, verb, data);
}

/** The button (and form title) of each change. */
const changeTitle = (texts: Texts, change: PlanChange): string =>
  ({
    goal: texts.plan.addGoal,
    measure: texts.plan.addMeasure,
    evaluation: texts.plan.evaluate,
    participant: texts.plan.addParticipant,
    removeParticipant: texts.plan.removeParticipant,
    details: texts.plan.change,
    close: texts.plan.closePlan,
  })[change];

type FormField = PlanField | GoalOutcomeField | 'participantId';
type FormValues = Partial<Record<FormField, string>>;
/** What a change form was sent with, to show it again. */
export type PlanFormValues = FormValues;
type FormErrors = Partial<Record<FormField, string>>;
type Field = (id: FormField, label: string, extra?: Record<string, unknown>) => CardElement[];
type Choices = readonly (readonly [string, string])[];

/** Input helpers bound to one form's values and errors; texts are capped at MAX_PLAN_TEXT. */
function inputs(texts: Texts, values: FormValues = {}, errors: FormErrors = {}) {
  const bound = formInputs<FormField>(values, (f) => errors[f]);
  const text: Field = (id, label, extra = {}) =>
    bound.text(id, label, { maxLength: MAX_PLAN_TEXT, ...extra });
  /** Ja/nei as a switch, sent as the domain reads it ('ja' or 'nei'). */
  const yesNo = (id: FormField, title: string): CardElement[] => [
    {
      type: 'Input.Toggle',
      id,
      title,
      value: values[id] === 'ja' ? 'ja' : 'nei',
      valueOn: 'ja',
      valueOff: 'nei',
      wrap: true,
    },
    ...bound.error(id),
  ];
  const yesNoChoice = (id: FormField, label: string): CardElement[] =>
    bound.choice(
      id,
      label,
      [
        ['ja', texts.concern.yes],
        ['nei', texts.concern.no],
      ],
      { style: 'expanded' },
    );
  return { text, date: bound.date, choice: bound.choice, yesNo, yesNoChoice };
}

/** Each refused field's message, in the reader's language. */
const messages = (texts: Texts, errors: PlanErrors = {}): FormErrors => {
  const shown: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors))
    if (code) shown[field] = texts.fieldErrors[code];
  return shown;
};

/** A measure type's label: built in, or the municipality's own in the reader's language. */
export function measureTypeLabel(
  texts: Texts,
  extra: readonly MeasureTypeSetting[],
  code: string,
): string {
  const builtIn = texts.labels.measureTypes;
  if (Object.hasOwn(builtIn, code)) return builtIn[code as keyof typeof builtIn];
  const own = extra.find((t) => t.code === code);
  if (!own) return code;
  const language = texts.locale.slice(0, 2);
  const translated = language === 'nn' ? own.label.nn : language === 'en' ? own.label.en : null;
  return translated ?? own.label.nb;
}

/** The built-in measure types, then the municipality's own. */
const measureTypeChoices = (texts: Texts, extra: readonly MeasureTypeSetting[]): Choices => [
  ...MEASURE_TYPES.map((m) => [m, texts.labels.measureTypes[m]] as const),
  ...extra.map((t) => [t.code, measureTypeLabel(texts, extra, t.code)] as const),
];

/** A choice title from a user's text: one line, short. */
const short = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

type StaffChoice = { readonly id: string; readonly name: string; readonly unitName: string };

/** What the measure fields may offer. */
interface MeasureChoices {
  readonly units: readonly Unit[];
  readonly staff: readonly StaffChoice[];
  readonly extraMeasureTypes: readonly MeasureTypeSetting[];
  /** On an existing plan: its goals, and the relatives and agencies that can hold a measure. */
  readonly goals?: readonly Goal[];
  readonly participants?: readonly (readonly [string, string])[];
}

function measureFields(
  texts: Texts,
  choices: MeasureChoices,
  values?: FormValues,
  errors?: FormErrors,
): CardElement[] {
  const t = texts.plan;
  const { text, date, choice, yesNo } = inputs(texts, values, errors);
  const goals = choices.goals ?? [];
  const participants = choices.participants ?? [];
  return [
    ...(goals.length
      ? choice(
          'measureGoalId',
          t.measureGoal,
          goals.map((g) => [g.id, short(g.text)] as const),
        )
      : []),
    ...choice('measureType', t.measureType, measureTypeChoices(texts, choices.extraMeasureTypes)),
    ...text('measureDescription', t.measureDescription, { isMultiline: true }),
    ...text('measureScope', t.measureScope),
    paragraph(t.responsibleHint, { weight: 'Bolder', spacing: 'Medium' }),
    ...yesNo('measureResident', t.measureResident),
    ...choice(
      'measureUnitKey',
      t.measureUnit,
      choices.units.map((u) => [u.key, u.name] as const),
    ),
    // Naming a unit or person outside the consent gives them their own measures, not the plan.
    formHint(t.measureWarning),
    ...(choices.staff.length
      ? choice(
          'measureStaffId',
          t.measureStaff,
          choices.staff.map((s) => [s.id, `${s.name} (${s.unitName})`] as const),
        )
      : []),
    ...(participants.length
      ? choice('measureParticipantId', t.measureParticipant, participants)
      : []),
    ...date('measureDeadline', t.measureDeadline),
  ];
}

/** The id of the optional part of the new-plan form, shown with "Mer". */
const MORE_ID = 'plan-more';
const MORE_FIELDS = ['resources', 'template', 'periodStart', 'periodEnd'] as const;

/** "start målplan 2026-0004": made with the resident, condensed to what a first plan needs. */
export function planFormCard(
  texts: Texts,
  input: {
    caseId: string;
    reference: string;
    level: CaseLevel;
    units: readonly Unit[];
    staff: readonly StaffChoice[];
    extraMeasureTypes?: readonly MeasureTypeSetting[];
    values?: PlanDraft;
    errors?: PlanErrors;
  },
): AdaptiveCard {
  const t = texts.plan;
  const values: FormValues = input.values ?? {};
  const errors = messages(texts, input.errors);
  const { text, date, choice, yesNoChoice } = inputs(texts, values, errors);
  const body: CardElement[] = [
    heading(t.createTitle(input.reference)),
    paragraph(t.intro, { isSubtle: true, size: 'Small' }),
    ...(input.level >= 3 ? [paragraph(t.level3, { color: 'Attention' })] : []),
    formSection(t.resident),
    ...choice(
      'residentParticipation',
      t.residentParticipation,
      PARTICIPATION.map((p) => [p, t.participation[p]] as const),
      { style: 'expanded' },
    ),
    ...text('whatMatters', t.whatMatters, { isMultiline: true }),
    formSection(t.goal),
    ...text('goalText', t.goalText, { isMultiline: true }),
    ...text('goalResidentWords', t.goalResidentWords, { isMultiline: true }),
    ...date('goalTargetDate', t.goalTargetDate),
    formSection(t.measure),
    ...measureFields(
      texts,
      {
        units: input.units,
        staff: input.staff,
        extraMeasureTypes: input.extraMeasureTypes ?? [],
      },
      values,
      errors,
    ),
    formSection(t.evaluationDate),
    ...date('evaluationDate', t.evaluationDate),
    formSection(t.consent),
    ...yesNoChoice('consentGiven', t.consentGiven),
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
      ...yesNoChoice('ipNeeded', t.ipNeeded),
    );
  // The optional rest stays folded away unless it holds something (a value, or a message).
  const moreUsed = MORE_FIELDS.some((f) => values[f] || errors[f]);
  body.push(
    {
      type: 'ActionSet',
      spacing: 'Large',
      separator: true,
      actions: [{ type: 'Action.ToggleVisibility', title: t.more, targetElements: [MORE_ID] }],
    },
    {
      type: 'Container',
      id: MORE_ID,
      isVisible: moreUsed,
      items: [
        ...text('resources', t.resources, { isMultiline: true }),
        ...choice(
          'template',
          t.template,
          [
            ['ingen', t.templates.ingen],
            ['cti', t.templates.cti],
          ],
          { style: 'expanded' },
        ),
        ...date('periodStart', t.periodStart),
        ...date('periodEnd', t.periodEnd),
      ],
    },
  );
  return adaptiveCard(withErrorBanner(body, input.errors, texts.errors['PLAN.INVALID']), [
    submit(t.create, PLAN_CREATE, { caseId: input.caseId }),
  ]);
}

/** Names for what the plan refers to by id: units, staff, participants (the card and the PDF). */
export function namesOf(texts: Texts, view: PlanView) {
  const unit = (id: string | null) => (id ? (view.unitNames[id] ?? '') : '');
  const staff = (id: string | null) => (id ? (view.staffNames[id] ?? '') : '');
  /** A participant as the plan names them: a person, a unit, a colleague or an agency. */
  const participant = (p: Participant): string => {
    switch (p.kind) {
      case 'resident':
        return texts.plan.residentResponsible;
      case 'unit':
        return unit(p.unitId);
      case 'staff':
        return staff(p.staffId);
      case 'external': {
        // "Jon Berg (Kriminalomsorgen)", or the agency alone.
        const org = p.organisation ? texts.plan.organisations[p.organisation] : '';
        return p.name ? (org ? `${p.name} (${org})` : p.name) : org;
      }
      case 'relative':
        return p.name ?? '';
    }
  };
  const participantById = (id: string | null) => {
    const p = id ? view.plan.participants.find((x) => x.id === id) : undefined;
    return p ? participant(p) : '';
  };
  /** Everyone responsible for a measure: the resident first. */
  const responsible = (m: Measure) =>
    [
      m.responsibleResident ? texts.plan.residentResponsible : '',
      unit(m.responsibleUnitId),
      staff(m.responsibleStaffId),
      participantById(m.responsibleParticipantId),
    ]
      .filter(Boolean)
      .join(', ');
  return { unit, staff, participant, responsible };
}

/** Participants as choices, "Jon Berg (Kriminalomsorgen) – Ekstern instans". */
const participantChoicesOf = (
  texts: Texts,
  view: PlanView,
  participants: readonly Participant[],
): Choices => {
  const names = namesOf(texts, view);
  return participants.map((p) => [
    p.id,
    short(`${names.participant(p)} – ${texts.plan.participantKinds[p.kind]}`),
  ]);
};

/** The relatives and agencies in the plan, who can hold a measure, as choices. */
const participantChoices = (texts: Texts, view: PlanView): Choices =>
  participantChoicesOf(
    texts,
    view,
    view.plan.participants.filter((p) => p.kind === 'relative' || p.kind === 'external'),
  );

/** The fields of one change to the plan, with what was sent and what was refused. */
function changeFields(
  texts: Texts,
  view: PlanView,
  units: readonly Unit[],
  change: PlanChange,
  values: FormValues = {},
  errors: FormErrors = {},
): CardElement[] {
  const t = texts.plan;
  const { plan, kase } = view;
  const { text, date, choice } = inputs(texts, values, errors);
  const staffChoices = view.staff.map((s) => [s.id, `${s.name} (${s.unitName})`] as const);
  switch (change) {
    case 'goal':
      return [
        ...text('goalText', t.goalText, { isMultiline: true }),
        ...text('goalResidentWords', t.goalResidentWords, { isMultiline: true }),
        ...date('goalTargetDate', t.goalTargetDate),
      ];
    case 'measure':
      return measureFields(
        texts,
        {
          units,
          staff: view.staff,
          extraMeasureTypes: view.extraMeasureTypes,
          goals: plan.goals,
          participants: participantChoices(texts, view),
        },
        values,
        errors,
      );
    case 'evaluation':
      return [
        ...text('evaluationSummary', t.evaluationSummary, { isMultiline: true }),
        ...date('nextEvaluationDate', t.nextEvaluationDate),
        ...choice(
          'evaluationParticipation',
          t.residentParticipation,
          PARTICIPATION.map((p) => [p, t.participation[p]] as const),
          { style: 'expanded' },
        ),
        // KV's effect measure is the level's movement, so it is chosen each time, never preset
        // (a preset the user leaves alone would record a change nobody decided); the case's
        // level is shown beside it.
        ...choice(
          'evaluationLevel',
          `${t.evaluationLevel} (${t.caseLevelNow}: ${texts.labels.levels[kase.level]})`,
          ([1, 2, 3, 4] as const).map((l) => [String(l), texts.labels.levels[l]] as const),
        ),
        ...plan.goals.flatMap((g) => [
          userText([{ text: g.text, weight: 'Bolder' }], { spacing: 'Medium', separator: true }),
          ...choice(
            outcomeField(g.id),
            t.goalOutcome,
            GOAL_OUTCOMES.map((o) => [o, t.goalOutcomes[o]] as const),
            { style: 'expanded' },
          ),
        ]),
      ];
    case 'participant':
      return [
        formHint(t.participantNoAccess),
        ...choice(
          'participantKind',
          t.participantKind,
          (['relative', 'staff', 'unit', 'external'] as const).map(
            (k) => [k, t.participantKinds[k]] as const,
          ),
          { style: 'expanded' },
        ),
        ...text('participantName', t.participantName),
        ...choice(
          'participantOrganisation',
          t.participantOrganisation,
          ORGANISATIONS.map((o) => [o, t.organisations[o]] as const),
        ),
        ...choice(
          'participantUnitKey',
          t.participantUnit,
          units.map((u) => [u.key, u.name] as const),
        ),
        ...(staffChoices.length
          ? choice('participantStaffId', t.participantStaff, staffChoices)
          : []),
        ...text('participantRole', t.participantRole),
      ];
    case 'removeParticipant':
      return choice(
        'participantId',
        t.participantToRemove,
        participantChoicesOf(texts, view, plan.participants),
      );
    case 'details': {
      const current: FormValues = {
        whatMatters: plan.whatMatters ?? '',
        resources: plan.resources ?? '',
        isIp: plan.isIp ? 'ja' : 'nei',
        ipCoordinatorId: plan.ipCoordinatorId ?? '',
        ...values,
      };
      const own = inputs(texts, current, errors);
      return [
        ...own.text('whatMatters', t.whatMatters, { isMultiline: true }),
        ...own.text('resources', t.resources, { isMultiline: true }),
        ...own.yesNoChoice('isIp', t.isIp),
        formHint(t.ipCoordinatorHint),
        ...(staffChoices.length
          ? own.choice('ipCoordinatorId', t.ipCoordinator, staffChoices)
          : []),
      ];
    }
    case 'close':
      return [
        formHint(t.closeWarning),
        ...choice(
          'closeReason',
          t.closeReason,
          CLOSE_REASONS.map((r) => [r, t.closeReasons[r]] as const),
          { style: 'expanded' },
        ),
        ...text('closeNote', t.closeNote, { isMultiline: true }),
      ];
  }
}

/** What each change's button sends besides the form: ids only. */
const changeData = (view: PlanView) => ({ planId: view.plan.id, caseId: view.kase.id });

/**
 * One change to the plan as a card of its own: the form the plan card opens, drawn again with
 * what was sent and a message under each refused field.
 */
export function planChangeCard(
  texts: Texts,
  view: PlanView,
  units: readonly Unit[],
  change: PlanChange,
  form: { readonly values?: FormValues; readonly errors?: PlanErrors } = {},
): AdaptiveCard {
  const title = changeTitle(texts, change);
  const errors = messages(texts, form.errors);
  // "Fjern deltaker" names no plan field: the domain's answer about the choice is shown there.
  if (change === 'removeParticipant' && form.errors?.participantKind)
    errors.participantId = texts.fieldErrors[form.errors.participantKind];
  const body = [
    heading(texts.plan.formTitle(title, view.kase.reference)),
    ...changeFields(texts, view, units, change, form.values, errors),
  ];
  return adaptiveCard(withErrorBanner(body, form.errors, texts.errors['PLAN.INVALID']), [
    changeButton(title, change, changeData(view)),
    submit(texts.plan.show, PLAN_SHOW, { caseId: view.kase.id }),
  ]);
}

/** The answer to "Skriv ut (PDF)": a button that opens the signed link. */
export function planPrintCard(
  texts: Texts,
  input: { readonly reference: string; readonly url: string },
): AdaptiveCard {
  const t = texts.plan;
  const open: CardAction = { type: 'Action.OpenUrl', title: t.printOpen, url: input.url };
  return adaptiveCard(
    [
      heading(t.printTitle(input.reference)),
      paragraph(t.printReady),
      paragraph(t.printNote, { isSubtle: true, size: 'Small' }),
    ],
    [open],
  );
}

const DETAILS_ID = 'plan-details';
const bold = (text: string, spacing = 'Medium'): CardElement =>
  paragraph(text, { weight: 'Bolder', spacing });

/**
 * The plan as a card: short at the top (status, coordinator, what matters to the resident, the
 * goals with their measures), the rest (participants, consent, evaluations) behind "Vis
 * detaljer". With the right to change it, a form per change; with the right to update its own
 * measures, their status.
 */
export function planCard(
  texts: Texts,
  view: PlanView,
  units: readonly Unit[],
  problem?: string,
): AdaptiveCard {
  const t = texts.plan;
  const { plan, kase } = view;
  const names = namesOf(texts, view);
  const day = (d: string) => formatDate(d, texts.locale);
  const measureRows = (m: Measure): CardElement[] => {
    const who = names.responsible(m);
    const rows: CardElement[] = [
      paragraph(
        `**${measureTypeLabel(texts, view.extraMeasureTypes, m.type)}** · ` +
          `${texts.labels.measureStatuses[m.status]} · ${t.deadline} ${day(m.deadline)}`,
        { spacing: 'Small', separator: true },
      ),
      userText(
        [
          { text: m.description, isSubtle: true },
          ...(m.scope ? [{ text: ` (${t.scope}: ${m.scope})`, isSubtle: true }] : []),
          ...(who ? [{ text: ` — ${t.responsible.toLowerCase()}: ${who}`, isSubtle: true }] : []),
        ],
        { spacing: 'None' },
      ),
    ];
    if (view.mayChangeMeasures)
      rows.push({
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
    return rows;
  };

  const body: CardElement[] = [heading(t.title(kase.reference)), ...fieldError(problem)];
  if (view.attached) body.push(paragraph(t.attached, { weight: 'Bolder', color: 'Accent' }));
  if (view.scope === 'own-measures') {
    // A unit outside the consent: its own measures, nothing else of the plan.
    body.push(paragraph(t.ownMeasuresOnly, { weight: 'Bolder' }), bold(t.measures));
    for (const m of plan.measures) body.push(...measureRows(m));
    return adaptiveCard(body);
  }

  const levels = levelHistory(plan).map((h) => String(h.level));
  body.push(
    facts([
      [
        t.status,
        plan.status === 'active'
          ? t.active
          : t.closedBecause(plan.closeReason ? t.closeReasons[plan.closeReason] : t.none),
      ],
      [
        t.coordinator,
        view.coordinatorId ? names.staff(view.coordinatorId) : texts.lookup.noCoordinator,
      ],
      ...(plan.status === 'active' ? [[t.evaluationDate, day(plan.evaluationDate)] as const] : []),
      [t.levelHistory, (levels.length ? levels : [String(kase.level)]).join(' → ')],
      [t.participants, t.participantCount(plan.participants.length)],
    ]),
  );
  if (plan.isIp)
    body.push(
      paragraph(
        t.ipBadge(plan.ipCoordinatorId ? names.staff(plan.ipCoordinatorId) : t.noIpCoordinator),
        { weight: 'Bolder', color: 'Accent', spacing: 'Small' },
      ),
    );
  // What is still missing matters while the plan is worked on, not once it is closed.
  if (plan.status === 'active' && (plan.isIp || plan.ipNeeded) && view.ipGaps.length)
    body.push(
      paragraph(t.ipMissing(view.ipGaps.map((g) => t.ipPoints[g]).join(', ')), {
        color: 'Attention',
        size: 'Small',
        spacing: 'Small',
      }),
    );
  if (plan.whatMatters)
    body.push(
      bold(t.whatMattersHeading),
      userText([`«${plan.whatMatters}»`, { text: ` (${t.residentOwnWords})`, isSubtle: true }], {
        spacing: 'None',
      }),
    );

  // Each goal with the resident's words, how it stood at the last evaluation and its measures.
  body.push(bold(t.goals));
  const goalIds = new Set(plan.goals.map((g) => g.id));
  for (const g of plan.goals) {
    const outcome = latestOutcome(plan, g.id);
    body.push(
      userText(
        [{ text: g.text, weight: 'Bolder' }, ...(g.targetDate ? [` (${day(g.targetDate)})`] : [])],
        { spacing: 'Medium' },
      ),
    );
    if (g.residentWords)
      body.push(
        userText([{ text: t.withResidentWords, isSubtle: true }, `«${g.residentWords}»`], {
          spacing: 'None',
        }),
      );
    if (outcome)
      body.push(
        paragraph(t.latestOutcome(t.goalOutcomes[outcome]), {
          isSubtle: true,
          size: 'Small',
          spacing: 'None',
        }),
      );
    for (const m of plan.measures.filter((x) => x.goalId === g.id)) body.push(...measureRows(m));
  }
  const others = plan.measures.filter((m) => !m.goalId || !goalIds.has(m.goalId));
  if (others.length) {
    body.push(bold(plan.goals.length ? t.otherMeasures : t.measures));
    for (const m of others) body.push(...measureRows(m));
  }
  if (plan.phases.length) {
    body.push(bold(t.phases));
    for (const p of plan.phases)
      body.push(
        paragraph(
          t.phaseLine(t.phaseKinds[p.kind], day(p.startDate), day(p.endDate), p.contactEveryDays),
          { spacing: 'None', size: 'Small' },
        ),
      );
  }

  body.push(
    {
      type: 'ActionSet',
      spacing: 'Medium',
      actions: [
        { type: 'Action.ToggleVisibility', title: t.showDetails, targetElements: [DETAILS_ID] },
      ],
    },
    { type: 'Container', id: DETAILS_ID, isVisible: false, items: details(texts, view) },
  );

  if (!view.mayChange) return adaptiveCard(body);
  const data = changeData(view);
  const form = (change: PlanChange): CardAction => ({
    type: 'Action.ShowCard',
    title: changeTitle(texts, change),
    card: {
      type: 'AdaptiveCard',
      version: '1.5',
      body: changeFields(texts, view, units, change),
      actions: [changeButton(changeTitle(texts, change), change, data)],
    },
  });
  return adaptiveCard(body, [
    form('evaluation'),
    form('measure'),
    form('goal'),
    {
      type: 'Action.ShowCard',
      title: t.moreActions,
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [],
        actions: [
          form('participant'),
          ...(plan.participants.length ? [form('removeParticipant')] : []),
          form('details'),
          form('close'),
          // A signed copy leaves Husly: only for those who may change the plan.
          submit(t.print, PLAN_PRINT, { planId: plan.id, caseId: kase.id }),
          // The person has a newer case with another unit: sharing the plan there is the owner's
          // decision, made with the resident.
          ...(view.movableTo ? [moveAction(texts, plan.id, view.movableTo)] : []),
        ],
      },
    },
  ]);
}

/**
 * «Flytt planen til sak …». To a case another unit owns, the plan is shared with that unit: the
 * form asks when and how the resident consented, and the move records that consent.
 */
function moveAction(
  texts: Texts,
  planId: string,
  to: NonNullable<PlanView['movableTo']>,
): CardAction {
  const t = texts.plan;
  const data = { planId, caseId: to.id };
  if (!to.needsConsent) return submit(t.moveTo(to.reference), PLAN_MOVE, data);
  const { date, choice } = inputs(texts);
  return {
    type: 'Action.ShowCard',
    title: t.moveTo(to.reference),
    card: {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        userText([{ text: t.moveConsent(to.unitName) }]),
        ...date('consentDate', t.consentDate),
        ...choice(
          'consentForm',
          t.consentForm,
          CONSENT_FORMS.map((f) => [f, texts.labels.consentForms[f]] as const),
          { style: 'expanded' },
        ),
      ],
      actions: [submit(t.move, PLAN_MOVE, data)],
    },
  };
}

/** What "Vis detaljer" opens: resources, participants, consent, the evaluations and the cases. */
function details(texts: Texts, view: PlanView): CardElement[] {
  const t = texts.plan;
  const { plan, kase } = view;
  const names = namesOf(texts, view);
  const day = (d: string) => formatDate(d, texts.locale);
  const items: CardElement[] = [];
  if (plan.resources)
    items.push(bold(t.resourcesHeading), userText(plan.resources, { spacing: 'None' }));
  const consents = view.consents.map((c) =>
    t.consentYes(day(c.givenDate), c.unitIds.map(names.unit).join(', ')),
  );
  items.push(
    facts([
      ...(plan.residentParticipation
        ? [[t.participatedAtStart, t.participation[plan.residentParticipation]] as const]
        : []),
      ...(plan.periodStart || plan.periodEnd
        ? [
            [
              t.period,
              `${plan.periodStart ? day(plan.periodStart) : ''} – ` +
                `${plan.periodEnd ? day(plan.periodEnd) : ''}`,
            ] as const,
          ]
        : []),
      [t.consent, consents.length ? consents.join('; ') : t.consentNo],
      ...(plan.ipNeeded !== null
        ? [[t.ipNeeded, plan.ipNeeded ? texts.concern.yes : texts.concern.no] as const]
        : []),
      ...(view.caseReferences.length > 1
        ? [[t.cases, view.caseReferences.join(', ')] as const]
        : []),
    ]),
  );
  if (plan.vedtakReference)
    items.push(userText([{ text: t.vedtak, weight: 'Bolder' }, plan.vedtakReference]));
  if (plan.closeNote)
    items.push(bold(t.closeNoteHeading), userText(plan.closeNote, { spacing: 'None' }));

  if (plan.participants.length) {
    // Taking part gives no access: a unit outside the consent does not see the plan.
    const inConsent = new Set(view.consents.flatMap((c) => c.unitIds));
    items.push(bold(t.participants));
    for (const p of plan.participants) {
      const outside =
        p.kind === 'unit' && p.unitId !== kase.owningUnitId && !inConsent.has(p.unitId ?? '');
      const runs: (string | Run)[] = [
        { text: `${t.participantKinds[p.kind]}: `, weight: 'Bolder' },
        names.participant(p),
        ...(p.role ? [` – ${p.role}`] : []),
        ...(outside ? [{ text: ` – ${t.notInConsent}`, color: 'Attention' as const }] : []),
      ];
      items.push(userText(runs, { spacing: 'None' }));
    }
  }

  if (plan.evaluations.length) {
    items.push(bold(t.evaluations));
    const goalText = new Map(plan.goals.map((g) => [g.id, g.text]));
    for (const e of [...plan.evaluations].reverse()) {
      items.push(
        userText(`${day(e.at.toISOString().slice(0, 10))}: ${e.summary}`, { spacing: 'Small' }),
      );
      const about = [
        e.residentParticipation ? t.participation[e.residentParticipation] : '',
        e.levelAtEvaluation ? `${t.levelHistory} ${e.levelAtEvaluation}` : '',
      ];
      if (about.some(Boolean))
        items.push(
          paragraph(t.evaluationLine(about[0] || t.none, about[1] || t.none), {
            isSubtle: true,
            size: 'Small',
            spacing: 'None',
          }),
        );
      for (const g of e.goals)
        items.push(
          userText(
            [
              { text: `${t.goalOutcomes[g.outcome]}: `, isSubtle: true },
              { text: goalText.get(g.goalId) ?? t.none, isSubtle: true },
            ],
            { spacing: 'None' },
          ),
        );
    }
  }
  return items;
}

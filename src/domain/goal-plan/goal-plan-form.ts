import { isIsoDate } from '../common/calendar-date.ts';
import type { CaseLevel } from '../case/case.ts';
import { CONSENT_FORMS, type ConsentForm } from '../access/consent.ts';
import {
  CLOSE_REASONS,
  GOAL_OUTCOMES,
  MEASURE_STATUSES,
  ORGANISATIONS,
  PARTICIPATION,
  type GoalOutcome,
  type MeasureStatus,
  type MeasureType,
  type Organisation,
  type Participation,
} from './goal-plan.ts';

/** The målplan forms as typed: strings only, every rule checked here. */
export type PlanField =
  | 'goalText'
  | 'goalTargetDate'
  | 'measureType'
  | 'measureDescription'
  | 'measureUnitKey'
  | 'measureStaffId'
  | 'measureDeadline'
  | 'measureStatus'
  | 'evaluationDate'
  | 'periodStart'
  | 'periodEnd'
  | 'consentGiven'
  | 'consentDate'
  | 'consentUnitKeys'
  | 'consentForm'
  | 'vedtakReference'
  | 'ipNeeded'
  | 'evaluationSummary'
  | 'nextEvaluationDate'
  // The resident's voice (issue 15).
  | 'whatMatters'
  | 'resources'
  | 'residentParticipation'
  | 'goalResidentWords'
  | 'measureGoalId'
  | 'measureScope'
  | 'measureResident'
  | 'measureParticipantId'
  | 'template'
  | 'evaluationLevel'
  | 'evaluationParticipation'
  | 'participantKind'
  | 'participantName'
  | 'participantOrganisation'
  | 'participantUnitKey'
  | 'participantStaffId'
  | 'participantRole'
  | 'closeReason'
  | 'closeNote'
  | 'isIp'
  | 'ipCoordinatorId';
/** A goal's outcome at an evaluation is the field `goalOutcome.<goal id>`. */
export type GoalOutcomeField = `goalOutcome.${string}`;
export type PlanDraft = Partial<Record<PlanField | GoalOutcomeField, string>>;
type PlanFieldError =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'CHOICE'
  | 'DATE_FORMAT'
  | 'DATE_IN_PAST'
  | 'DATE_IN_FUTURE'
  | 'PERIOD_ORDER'
  | 'RESPONSIBLE_REQUIRED'
  | 'OUTCOME_REQUIRED';
export type PlanErrors = Partial<Record<PlanField | GoalOutcomeField, PlanFieldError>>;

export interface GoalInput {
  readonly text: string;
  readonly residentWords: string | null;
  readonly targetDate: string | null;
}
export interface MeasureInput {
  readonly type: MeasureType;
  readonly description: string;
  /** A goal of the plan; on a new plan the measure serves its first goal. */
  readonly goalId: string | null;
  readonly scope: string | null;
  readonly responsibleUnitKey: string | null;
  readonly responsibleStaffId: string | null;
  readonly responsibleResident: boolean;
  readonly responsibleParticipantId: string | null;
  readonly deadline: string;
  readonly status: MeasureStatus;
}
export interface PlanInput {
  readonly goal: GoalInput;
  readonly measure: MeasureInput;
  readonly whatMatters: string | null;
  readonly resources: string | null;
  readonly residentParticipation: Participation;
  readonly template: 'cti' | null;
  readonly evaluationDate: string;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  /** Given with the plan: recorded as a consent on the case (the plan and concerns follow it). */
  readonly consent: {
    readonly given: boolean;
    readonly date: string | null;
    readonly form: ConsentForm | null;
    readonly unitKeys: readonly string[];
  };
  readonly vedtakReference: string | null;
  readonly ipNeeded: boolean | null;
}

const MAX_TEXT = 500;
/**
 * Control characters (but line breaks and tabs) and bidirectional overrides: invisible in a card,
 * they can make a stored text read differently from what was typed (U+202E turns it around).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
type Check<T> = { ok: true; value: T } | { ok: false; errors: PlanErrors };
/** What required reads returned, once no read failed: each one present. */
type Present<R> = { [K in keyof R]: NonNullable<R[K]> };

const allPresent = <R extends Record<string, unknown>>(required: R): required is Present<R> & R =>
  Object.values(required).every((v) => v !== null && v !== undefined);

class Reader {
  readonly errors: PlanErrors = {};
  constructor(
    private readonly draft: PlanDraft,
    private readonly today: string,
  ) {}
  text(f: PlanField, required = true): string | null {
    const raw = typeof this.draft[f] === 'string' ? this.draft[f] : '';
    const v = raw.replace(INVISIBLE, '').trim();
    if (!v) return required ? this.fail(f, 'REQUIRED') : null;
    return v.length > MAX_TEXT ? this.fail(f, 'TOO_LONG') : v;
  }
  choice<T extends string>(f: PlanField, options: readonly T[], required = true): T | null {
    const v = this.text(f, required);
    if (v === null) return null;
    return (options as readonly string[]).includes(v) ? (v as T) : this.fail(f, 'CHOICE');
  }
  date(f: PlanField, when: 'future' | 'past' | 'any', required = true): string | null {
    const v = this.text(f, required);
    if (v === null) return null;
    if (!isIsoDate(v)) return this.fail(f, 'DATE_FORMAT');
    if (when === 'future' && v < this.today) return this.fail(f, 'DATE_IN_PAST');
    if (when === 'past' && v > this.today) return this.fail(f, 'DATE_IN_FUTURE');
    return v;
  }
  fail(f: PlanField, e: PlanFieldError): null {
    this.errors[f] ??= e;
    return null;
  }
  /**
   * The errors, or the value `build` makes from the `required` reads. A required read returns
   * null only after recording an error, so with no error each is present; one that is not is
   * a bug in this reader, and throws.
   */
  done<R extends Record<string, unknown>, T>(
    required: R,
    build: (present: Present<R>) => T,
  ): Check<T> {
    if (Object.keys(this.errors).length) return { ok: false, errors: this.errors };
    if (!allPresent(required)) throw new Error('Plan form: a required field read as missing');
    return { ok: true, value: build(required) };
  }
}

export function validateGoal(draft: PlanDraft, today: string): Check<GoalInput> {
  const r = new Reader(draft, today);
  const text = r.text('goalText');
  const residentWords = r.text('goalResidentWords', false);
  const targetDate = r.date('goalTargetDate', 'future', false);
  return r.done({ text }, ({ text }) => ({ text, residentWords, targetDate }));
}

/**
 * Who may be named: existing units, staff who can hold a measure (not admins, not leavers), the
 * plan's relatives and external participants, its goals, and the measure types in use.
 */
export interface Responsibles {
  readonly unitKeys: readonly string[];
  readonly staffIds: readonly string[];
  readonly participantIds: readonly string[];
  readonly goalIds: readonly string[];
  readonly measureTypes: readonly string[];
}

export function validateMeasure(
  draft: PlanDraft,
  today: string,
  responsibles: Responsibles,
): Check<MeasureInput> {
  const r = new Reader(draft, today);
  const type = r.choice('measureType', responsibles.measureTypes);
  const description = r.text('measureDescription');
  const goalId = r.choice('measureGoalId', responsibles.goalIds, false);
  const scope = r.text('measureScope', false);
  const unitKey = r.choice('measureUnitKey', responsibles.unitKeys, false);
  // A named person gets access to the measure: only someone who exists and can hold one.
  const staffId = r.choice('measureStaffId', responsibles.staffIds, false);
  // The resident, or a relative or agency in the plan, can carry a measure (brukermedvirkning).
  const resident = r.choice('measureResident', ['ja', 'nei'] as const, false) === 'ja';
  const participantId = r.choice('measureParticipantId', responsibles.participantIds, false);
  if (
    !unitKey &&
    !staffId &&
    !resident &&
    !participantId &&
    !r.errors.measureUnitKey &&
    !r.errors.measureStaffId &&
    !r.errors.measureParticipantId
  )
    r.fail('measureUnitKey', 'RESPONSIBLE_REQUIRED');
  const deadline = r.date('measureDeadline', 'future');
  const status = r.choice('measureStatus', MEASURE_STATUSES, false) ?? 'planned';
  return r.done({ type, description, deadline }, ({ type, description, deadline }) => ({
    type,
    description,
    goalId,
    scope,
    responsibleUnitKey: unitKey,
    responsibleStaffId: staffId,
    responsibleResident: resident,
    responsibleParticipantId: participantId,
    deadline,
    status,
  }));
}

export function validatePlanDraft(
  draft: PlanDraft,
  today: string,
  level: CaseLevel,
  responsibles: Responsibles,
): Check<PlanInput> {
  const unitKeys = responsibles.unitKeys;
  const goal = validateGoal(draft, today);
  // The measure on a new plan serves its first goal: no goal to choose yet.
  const measure = validateMeasure({ ...draft, measureGoalId: '' }, today, responsibles);
  const r = new Reader(draft, today);
  const whatMatters = r.text('whatMatters', false);
  const resources = r.text('resources', false);
  const residentParticipation = r.choice('residentParticipation', PARTICIPATION);
  const template = r.choice('template', ['cti', 'ingen'] as const, false);
  const evaluationDate = r.date('evaluationDate', 'future');
  const periodStart = r.date('periodStart', 'any', false);
  const periodEnd = r.date('periodEnd', 'any', false);
  if (periodStart && periodEnd && periodEnd < periodStart) r.fail('periodEnd', 'PERIOD_ORDER');
  const given = r.choice('consentGiven', ['ja', 'nei'] as const);
  const consentDate = given === 'ja' ? r.date('consentDate', 'past') : null;
  const keys = [
    ...new Set(
      (draft.consentUnitKeys ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
  if (keys.some((k) => !unitKeys.includes(k))) r.fail('consentUnitKeys', 'CHOICE');
  // A consent names who may see the plan and how it was given; "ja" with no unit shares nothing.
  else if (given === 'ja' && keys.length === 0) r.fail('consentUnitKeys', 'REQUIRED');
  const consentForm = given === 'ja' ? r.choice('consentForm', CONSENT_FORMS) : null;
  // Level 3–4 rests on a formal decision and must consider an individual plan.
  const vedtakReference = r.text('vedtakReference', level >= 3);
  const ip = r.choice('ipNeeded', ['ja', 'nei'] as const, level >= 3);
  const rest = r.done(
    { evaluationDate, residentParticipation },
    ({ evaluationDate, residentParticipation }) => ({
      whatMatters,
      resources,
      residentParticipation,
      template: template === 'cti' ? ('cti' as const) : null,
      evaluationDate,
      periodStart,
      periodEnd,
      consent: {
        given: given === 'ja',
        date: consentDate,
        form: consentForm,
        unitKeys: given === 'ja' ? keys : [],
      },
      vedtakReference,
      ipNeeded: ip === null ? null : ip === 'ja',
    }),
  );
  if (!goal.ok || !measure.ok || !rest.ok)
    return {
      ok: false,
      errors: {
        ...(goal.ok ? {} : goal.errors),
        ...(measure.ok ? {} : measure.errors),
        ...(rest.ok ? {} : rest.errors),
      },
    };
  return { ok: true, value: { goal: goal.value, measure: measure.value, ...rest.value } };
}

export interface EvaluationInput {
  readonly summary: string;
  readonly nextEvaluationDate: string;
  readonly residentParticipation: Participation;
  readonly levelAtEvaluation: number;
  readonly goals: readonly { goalId: string; outcome: GoalOutcome; note: null }[];
}

/**
 * An evaluation judges every goal (reached, partly, not, changed), records the level now and
 * how the resident took part: the level movement is KV's own effect measure.
 */
export function validateEvaluation(
  draft: PlanDraft,
  today: string,
  goalIds: readonly string[] = [],
): Check<EvaluationInput> {
  const r = new Reader(draft, today);
  const summary = r.text('evaluationSummary');
  const next = r.date('nextEvaluationDate', 'future');
  const participation = r.choice('evaluationParticipation', PARTICIPATION);
  const level = r.choice('evaluationLevel', ['1', '2', '3', '4'] as const);
  const goals: { goalId: string; outcome: GoalOutcome; note: null }[] = [];
  for (const goalId of goalIds) {
    const field: GoalOutcomeField = `goalOutcome.${goalId}`;
    const raw = (draft[field] ?? '').trim();
    if (!raw) r.errors[field] ??= 'OUTCOME_REQUIRED';
    else if (!(GOAL_OUTCOMES as readonly string[]).includes(raw)) r.errors[field] ??= 'CHOICE';
    else goals.push({ goalId, outcome: raw as GoalOutcome, note: null });
  }
  return r.done(
    { summary, next, participation, level },
    ({ summary, next, participation, level }) => ({
      summary,
      nextEvaluationDate: next,
      residentParticipation: participation,
      levelAtEvaluation: Number(level),
      goals,
    }),
  );
}

export interface ParticipantInput {
  readonly kind: 'relative' | 'staff' | 'unit' | 'external';
  readonly name: string | null;
  readonly organisation: Organisation | null;
  readonly unitKey: string | null;
  readonly staffId: string | null;
  readonly role: string | null;
}

/**
 * A participant: a relative or an external contact by name (an agency by its kind), staff and
 * units by who they are in Husly. Taking part gives no access: consent does.
 */
export function validateParticipant(
  draft: PlanDraft,
  today: string,
  known: { readonly unitKeys: readonly string[]; readonly staffIds: readonly string[] },
): Check<ParticipantInput> {
  const r = new Reader(draft, today);
  const kind = r.choice('participantKind', ['relative', 'staff', 'unit', 'external'] as const);
  const role = r.text('participantRole', false);
  const name = r.text('participantName', kind === 'relative');
  const organisation =
    kind === 'external' ? r.choice('participantOrganisation', ORGANISATIONS) : null;
  const unitKey = kind === 'unit' ? r.choice('participantUnitKey', known.unitKeys) : null;
  const staffId = kind === 'staff' ? r.choice('participantStaffId', known.staffIds) : null;
  return r.done({ kind }, ({ kind }) => ({
    kind,
    name: kind === 'relative' || kind === 'external' ? name : null,
    organisation,
    unitKey,
    staffId,
    role,
  }));
}

export function validateClose(
  draft: PlanDraft,
  today: string,
): Check<{ reason: (typeof CLOSE_REASONS)[number]; note: string | null }> {
  const r = new Reader(draft, today);
  const reason = r.choice('closeReason', CLOSE_REASONS);
  const note = r.text('closeNote', reason === 'other');
  return r.done({ reason }, ({ reason }) => ({ reason, note }));
}

/** The plan's own text and its IP status, as changed after it was made. */
export function validateDetails(
  draft: PlanDraft,
  today: string,
  staffIds: readonly string[],
): Check<{
  whatMatters: string | null | undefined;
  resources: string | null | undefined;
  isIp: boolean;
  ipCoordinatorId: string | null;
}> {
  const r = new Reader(draft, today);
  // A field the form did not send stays as it is; an empty one clears it.
  const whatMatters = 'whatMatters' in draft ? r.text('whatMatters', false) : undefined;
  const resources = 'resources' in draft ? r.text('resources', false) : undefined;
  const isIp = r.choice('isIp', ['ja', 'nei'] as const) === 'ja';
  // An individual plan has a statutory coordinator (helse- og omsorgstjenesteloven § 7-2).
  const ipCoordinatorId = r.choice('ipCoordinatorId', staffIds, isIp);
  return r.done({}, () => ({
    whatMatters,
    resources,
    isIp,
    ipCoordinatorId: isIp ? ipCoordinatorId : null,
  }));
}

/**
 * Moving the plan to a case another unit owns shares it with that unit: the resident's consent
 * to that sharing, when and how it was given, is recorded with the move.
 */
export function validateMoveConsent(
  draft: PlanDraft,
  today: string,
): Check<{ date: string; form: ConsentForm }> {
  const r = new Reader(draft, today);
  const date = r.date('consentDate', 'past');
  const form = r.choice('consentForm', CONSENT_FORMS);
  return r.done({ date, form }, ({ date, form }) => ({ date, form }));
}

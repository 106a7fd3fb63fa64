import { isIsoDate } from '../common/calendar-date.ts';
import type { CaseLevel } from '../case/case.ts';
import { CONSENT_FORMS, type ConsentForm } from '../access/consent.ts';
import {
  MEASURE_STATUSES,
  MEASURE_TYPES,
  type MeasureStatus,
  type MeasureType,
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
  | 'nextEvaluationDate';
export type PlanDraft = Partial<Record<PlanField, string>>;
type PlanFieldError =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'CHOICE'
  | 'DATE_FORMAT'
  | 'DATE_IN_PAST'
  | 'DATE_IN_FUTURE'
  | 'PERIOD_ORDER'
  | 'RESPONSIBLE_REQUIRED';
export type PlanErrors = Partial<Record<PlanField, PlanFieldError>>;

export interface GoalInput {
  readonly text: string;
  readonly targetDate: string | null;
}
export interface MeasureInput {
  readonly type: MeasureType;
  readonly description: string;
  readonly responsibleUnitKey: string | null;
  readonly responsibleStaffId: string | null;
  readonly deadline: string;
  readonly status: MeasureStatus;
}
export interface PlanInput {
  readonly goal: GoalInput;
  readonly measure: MeasureInput;
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
    const v = (typeof this.draft[f] === 'string' ? this.draft[f] : '').trim();
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
  const targetDate = r.date('goalTargetDate', 'future', false);
  return r.done({ text }, ({ text }) => ({ text, targetDate }));
}

/** Goal, measure and who is responsible for it are mandatory (domain brief §2). */
/** Who may be named: existing units, and staff who can hold a measure (not admins, not leavers). */
export interface Responsibles {
  readonly unitKeys: readonly string[];
  readonly staffIds: readonly string[];
}

export function validateMeasure(
  draft: PlanDraft,
  today: string,
  responsibles: Responsibles,
): Check<MeasureInput> {
  const r = new Reader(draft, today);
  const type = r.choice('measureType', MEASURE_TYPES);
  const description = r.text('measureDescription');
  const unitKey = r.choice('measureUnitKey', responsibles.unitKeys, false);
  // A named person gets access to the measure: only someone who exists and can hold one.
  const staffId = r.choice('measureStaffId', responsibles.staffIds, false);
  if (!unitKey && !staffId && !r.errors.measureUnitKey)
    r.fail('measureUnitKey', 'RESPONSIBLE_REQUIRED');
  const deadline = r.date('measureDeadline', 'future');
  const status = r.choice('measureStatus', MEASURE_STATUSES, false) ?? 'planned';
  return r.done({ type, description, deadline }, ({ type, description, deadline }) => ({
    type,
    description,
    responsibleUnitKey: unitKey,
    responsibleStaffId: staffId,
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
  const measure = validateMeasure(draft, today, responsibles);
  const r = new Reader(draft, today);
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
  const rest = r.done({ evaluationDate }, ({ evaluationDate }) => ({
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
  }));
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

export function validateEvaluation(
  draft: PlanDraft,
  today: string,
): Check<{ summary: string; nextEvaluationDate: string }> {
  const r = new Reader(draft, today);
  const summary = r.text('evaluationSummary');
  const next = r.date('nextEvaluationDate', 'future');
  return r.done({ summary, next }, ({ summary, next }) => ({ summary, nextEvaluationDate: next }));
}

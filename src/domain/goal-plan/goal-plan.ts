/**
 * Målplan (KV): goals, measures (tiltak) with who is responsible and by when, evaluation, and
 * consent — modelled on the nine fields of an individual plan (IP) so it can become one.
 */
/**
 * What a measure is. Money first (the economic virkemidler), then housing and services: KV's
 * joint allocation covers «bolig, hjemmetjeneste, ergo, fysio, booppfølging, startpakke», and a
 * plan with the resident is as much about help in daily life as about arrears. Append only: the
 * codes are stored.
 */
export const MEASURE_TYPES = [
  'bostotte',
  'startlan',
  'tilskudd',
  'okonomisk-radgivning',
  'gjeldsradgivning',
  'frivillig-forvaltning',
  'okonomisk-stonad',
  'trekk-i-trygd',
  'nedbetalingsavtale',
  'booppfolging',
  'startpakke',
  'midlertidig-botilbud',
  'oppfolgingskontrakt',
  'kommunal-bolig',
  'praktisk-bistand',
  'psykisk-helse-rus',
  'ergo-fysio-hjelpemidler',
  'aktivitet-arbeid',
  'cti-oppfolging',
] as const;
/** A built-in code, or one from the municipality's plan settings (plan-settings.ts). */
export type MeasureType = string;

export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** How the resident took part in making or evaluating the plan. */
export const PARTICIPATION = ['meeting', 'phone', 'digital', 'not-present'] as const;
export type Participation = (typeof PARTICIPATION)[number];

/** How a goal stood at an evaluation. */
export const GOAL_OUTCOMES = ['reached', 'partly', 'not-reached', 'changed'] as const;
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];

export const PARTICIPANT_KINDS = ['resident', 'relative', 'staff', 'unit', 'external'] as const;
type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** The agencies a plan cooperates with most often (KV p.13), and "annen". */
export const ORGANISATIONS = [
  'spesialisthelsetjenesten',
  'kriminalomsorgen',
  'husbanken',
  'utleier',
  'fastlege',
  'annen',
] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

export const CLOSE_REASONS = ['goals-reached', 'moved', 'declined', 'other'] as const;
/** `case-closed`: closed with its case before plans outlived cases (the 2026-11 migration). */
export type CloseReason = (typeof CLOSE_REASONS)[number] | 'case-closed';

export const PHASE_KINDS = ['overgang', 'utproving', 'overforing'] as const;
type PhaseKind = (typeof PHASE_KINDS)[number];

export interface Goal {
  readonly id: string;
  /** The staff's formulation. */
  readonly text: string;
  /** The same goal in the resident's own words, if they gave them. */
  readonly residentWords: string | null;
  readonly targetDate: string | null;
}

export interface Measure {
  readonly id: string;
  readonly type: MeasureType;
  readonly description: string;
  readonly goalId: string | null;
  /** How much: "2 timer i uka". */
  readonly scope: string | null;
  readonly responsibleUnitId: string | null;
  readonly responsibleStaffId: string | null;
  /** The resident carries it out (alone or with the unit or person named). */
  readonly responsibleResident: boolean;
  /** A relative or an external participant (a participant id). */
  readonly responsibleParticipantId: string | null;
  readonly deadline: string;
  readonly status: MeasureStatus;
}

interface GoalEvaluation {
  readonly goalId: string;
  readonly outcome: GoalOutcome;
  readonly note: string | null;
}

export interface Evaluation {
  readonly at: Date;
  readonly byId: string;
  readonly summary: string;
  readonly nextEvaluationDate: string;
  readonly residentParticipation: Participation | null;
  /** The KV level (1–4) at this evaluation. */
  readonly levelAtEvaluation: number | null;
  readonly goals: readonly GoalEvaluation[];
}

export interface Participant {
  readonly id: string;
  readonly kind: ParticipantKind;
  readonly name: string | null;
  readonly organisation: Organisation | null;
  readonly unitId: string | null;
  readonly staffId: string | null;
  readonly role: string | null;
}

export interface PlanPhase {
  readonly kind: PhaseKind;
  readonly startDate: string;
  readonly endDate: string;
  readonly contactEveryDays: number;
}

/**
 * The plan belongs to the resident: one living plan per person, hung on the case it was made on
 * and moved to each new case for the person, so closing a case does not end it. Its coordinator is
 * the case's (it follows hand-overs), and consent is a record on the case (access/consent.ts) that
 * the plan carries with it.
 */
export interface GoalPlan {
  readonly id: string;
  readonly residentId: string;
  /** The case it hangs on now: access follows this case. */
  readonly caseId: string;
  readonly status: 'active' | 'closed';
  readonly evaluationDate: string;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  /** Level 3–4: the decision (vedtak) the services rest on, and whether an IP is needed. */
  readonly vedtakReference: string | null;
  readonly ipNeeded: boolean | null;
  readonly isIp: boolean;
  /** The statutory coordinator of the individual plan (a staff id). */
  readonly ipCoordinatorId: string | null;
  readonly whatMatters: string | null;
  readonly resources: string | null;
  readonly residentParticipation: Participation | null;
  readonly levelAtStart: number | null;
  readonly template: 'cti' | null;
  readonly closedAt: Date | null;
  readonly closeReason: CloseReason | null;
  readonly closeNote: string | null;
  readonly createdAt: Date;
  /** Every case it has hung on, oldest first, by reference-free id. */
  readonly caseIds: readonly string[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly evaluations: readonly Evaluation[];
  readonly participants: readonly Participant[];
  readonly phases: readonly PlanPhase[];
}

/** The plan's level history: at start, then at each evaluation that recorded one. */
export function levelHistory(plan: GoalPlan): { at: string; level: number }[] {
  const history: { at: string; level: number }[] = [];
  if (plan.levelAtStart !== null)
    history.push({ at: plan.createdAt.toISOString(), level: plan.levelAtStart });
  for (const e of plan.evaluations)
    if (e.levelAtEvaluation !== null)
      history.push({ at: e.at.toISOString(), level: e.levelAtEvaluation });
  return history;
}

/** Each goal's outcome at the latest evaluation that judged it. */
export function latestOutcome(plan: GoalPlan, goalId: string): GoalOutcome | null {
  for (const e of [...plan.evaluations].reverse()) {
    const g = e.goals.find((x) => x.goalId === goalId);
    if (g) return g.outcome;
  }
  return null;
}

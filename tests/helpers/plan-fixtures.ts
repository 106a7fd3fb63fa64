import type { Evaluation, GoalPlan, Measure } from '../../src/domain/goal-plan/goal-plan.ts';
import type { NewPlan } from '../../src/domain/goal-plan/goal-plan.repository.ts';

/** The fields of a new plan that a test about something else does not care about. */
export const PLAN_DEFAULTS = {
  periodStart: null,
  periodEnd: null,
  vedtakReference: null,
  ipNeeded: null,
  whatMatters: null,
  resources: null,
  residentParticipation: null,
  levelAtStart: null,
  template: null,
} as const satisfies Partial<NewPlan>;

/** A stored plan as the domain sees it, with what the test gives. */
export function planOf(
  fields: Pick<GoalPlan, 'id' | 'caseId' | 'evaluationDate'> & Partial<GoalPlan>,
): GoalPlan {
  return {
    residentId: 'r1',
    status: 'active',
    isIp: false,
    ipCoordinatorId: null,
    closedAt: null,
    closeReason: null,
    closeNote: null,
    createdAt: new Date('2026-01-01T10:00:00Z'),
    caseIds: [fields.caseId],
    goals: [],
    measures: [],
    evaluations: [],
    participants: [],
    phases: [],
    ...PLAN_DEFAULTS,
    ...fields,
  };
}

/** A measure's fields beyond type, description, who and when. */
export const MEASURE_DEFAULTS = {
  goalId: null,
  scope: null,
  responsibleResident: false,
  responsibleParticipantId: null,
} as const satisfies Partial<Measure>;

/** An evaluation's fields beyond the summary and the next date. */
export const EVALUATION_DEFAULTS = {
  residentParticipation: null,
  levelAtEvaluation: null,
  goals: [],
} as const satisfies Partial<Evaluation>;

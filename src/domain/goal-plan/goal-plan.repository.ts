import type {
  CloseReason,
  Evaluation,
  Goal,
  GoalPlan,
  Measure,
  MeasureStatus,
  Participant,
  PlanPhase,
} from './goal-plan.ts';

/** What a new plan is made of; its goals, measures and participants are added after. */
export interface NewPlan extends Pick<
  GoalPlan,
  | 'residentId'
  | 'caseId'
  | 'evaluationDate'
  | 'periodStart'
  | 'periodEnd'
  | 'vedtakReference'
  | 'ipNeeded'
  | 'whatMatters'
  | 'resources'
  | 'residentParticipation'
  | 'levelAtStart'
  | 'template'
> {
  readonly createdAt: Date;
  readonly createdById: string;
}

/** The plan's own fields that change after it is made. */
export type PlanFields = Partial<
  Pick<GoalPlan, 'whatMatters' | 'resources' | 'isIp' | 'ipCoordinatorId' | 'periodEnd'>
>;

export interface GoalPlanRepository {
  /**
   * The plan that hangs on the case: the living one, or else the latest closed one. A plan that
   * moved on to a later case is not found from the earlier one.
   */
  findByCaseId(caseId: string): Promise<GoalPlan | null>;
  /**
   * Every plan that hangs on the case now, living and closed, oldest first: a case can hold a
   * closed plan and a newer one (the resident's innsyn shows them all).
   */
  listForCase(caseId: string): Promise<GoalPlan[]>;
  findById(planId: string): Promise<GoalPlan | null>;
  /** The person's living plan, wherever it hangs. */
  findActiveForResident(residentId: string): Promise<GoalPlan | null>;
  /** The plan a measure belongs to. */
  findByMeasureId(measureId: string): Promise<GoalPlan | null>;
  /** Fails if the person already has a living plan (one per person, held by a unique key). */
  create(plan: NewPlan): Promise<GoalPlan>;
  update(planId: string, fields: PlanFields): Promise<void>;
  /** Hangs the plan on another case of the same person, keeping the link to every earlier one. */
  moveToCase(planId: string, caseId: string, at: Date): Promise<void>;
  close(
    planId: string,
    close: { at: Date; byId: string; reason: CloseReason; note: string | null },
  ): Promise<void>;
  addGoal(planId: string, goal: Omit<Goal, 'id'> & { createdAt: Date }): Promise<string>;
  addMeasure(planId: string, measure: Omit<Measure, 'id'> & { createdAt: Date }): Promise<void>;
  setMeasureStatus(measureId: string, status: MeasureStatus): Promise<void>;
  addParticipant(
    planId: string,
    participant: Omit<Participant, 'id'> & { addedAt: Date; addedById: string },
  ): Promise<void>;
  removeParticipant(planId: string, participantId: string, at: Date): Promise<void>;
  setPhases(planId: string, phases: readonly PlanPhase[]): Promise<void>;
  /** Records an evaluation (with each goal's outcome) and moves the next evaluation date. */
  addEvaluation(planId: string, evaluation: Evaluation): Promise<void>;
}

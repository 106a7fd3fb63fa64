import type { Evaluation, GoalPlan, Measure, MeasureStatus } from './goal-plan.ts';

export interface NewPlan extends Omit<GoalPlan, 'id' | 'goals' | 'measures' | 'evaluations'> {
  readonly createdAt: Date;
  readonly createdById: string;
}

export interface GoalPlanRepository {
  findByCaseId(caseId: string): Promise<GoalPlan | null>;
  findById(planId: string): Promise<GoalPlan | null>;
  /** The plan a measure belongs to. */
  findByMeasureId(measureId: string): Promise<GoalPlan | null>;
  create(plan: NewPlan): Promise<GoalPlan>;
  addGoal(
    planId: string,
    goal: { text: string; targetDate: string | null; createdAt: Date },
  ): Promise<void>;
  addMeasure(planId: string, measure: Omit<Measure, 'id'> & { createdAt: Date }): Promise<void>;
  setMeasureStatus(measureId: string, status: MeasureStatus): Promise<void>;
  /** Records an evaluation and moves the plan's next evaluation date. */
  addEvaluation(planId: string, evaluation: Evaluation): Promise<void>;
}

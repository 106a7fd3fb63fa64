import { randomUUID } from 'node:crypto';
import type {
  Evaluation,
  GoalPlan,
  Measure,
  MeasureStatus,
} from '../../src/domain/goal-plan/goal-plan.ts';
import type {
  GoalPlanRepository,
  NewPlan,
} from '../../src/domain/goal-plan/goal-plan.repository.ts';

export interface PlanState {
  plans: GoalPlan[];
}

export class InMemoryGoalPlanRepository implements GoalPlanRepository {
  constructor(private readonly s: PlanState) {}
  private replace(planId: string, change: (p: GoalPlan) => GoalPlan) {
    this.s.plans = this.s.plans.map((p) => (p.id === planId ? change(p) : p));
  }
  async findByCaseId(caseId: string) {
    return this.s.plans.find((p) => p.caseId === caseId) ?? null;
  }
  async findById(planId: string) {
    return this.s.plans.find((p) => p.id === planId) ?? null;
  }
  async findByMeasureId(measureId: string) {
    return this.s.plans.find((p) => p.measures.some((m) => m.id === measureId)) ?? null;
  }
  async create(plan: NewPlan) {
    const { createdAt: _a, createdById: _b, ...rest } = plan;
    const created: GoalPlan = {
      id: randomUUID(),
      ...rest,
      goals: [],
      measures: [],
      evaluations: [],
    };
    this.s.plans.push(created);
    return created;
  }
  async addGoal(planId: string, goal: { text: string; targetDate: string | null }) {
    this.replace(planId, (p) => ({
      ...p,
      goals: [...p.goals, { id: randomUUID(), text: goal.text, targetDate: goal.targetDate }],
    }));
  }
  async addMeasure(planId: string, measure: Omit<Measure, 'id'> & { createdAt: Date }) {
    const { createdAt: _c, ...m } = measure;
    this.replace(planId, (p) => ({ ...p, measures: [...p.measures, { id: randomUUID(), ...m }] }));
  }
  async setMeasureStatus(measureId: string, status: MeasureStatus) {
    const plan = await this.findByMeasureId(measureId);
    if (plan)
      this.replace(plan.id, (p) => ({
        ...p,
        measures: p.measures.map((m) => (m.id === measureId ? { ...m, status } : m)),
      }));
  }
  async addEvaluation(planId: string, evaluation: Evaluation) {
    this.replace(planId, (p) => ({
      ...p,
      evaluations: [...p.evaluations, evaluation],
      evaluationDate: evaluation.nextEvaluationDate,
    }));
  }
}

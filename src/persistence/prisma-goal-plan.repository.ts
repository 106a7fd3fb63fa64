import type {
  Evaluation,
  GoalPlan,
  Measure,
  MeasureStatus,
} from '../domain/goal-plan/goal-plan.ts';
import type { GoalPlanRepository, NewPlan } from '../domain/goal-plan/goal-plan.repository.ts';
import type { Db } from './database.ts';
import { stored } from './stored-columns.ts';

const INCLUDE = {
  goals: { orderBy: { createdAt: 'asc' } },
  measures: { orderBy: { createdAt: 'asc' } },
  evaluations: { orderBy: { at: 'asc' } },
} as const;

type PlanRow = NonNullable<Awaited<ReturnType<Db['goalPlan']['findUnique']>>> & {
  goals: { id: string; text: string; targetDate: string | null }[];
  measures: {
    id: string;
    type: string;
    description: string;
    responsibleUnitId: string | null;
    responsibleStaffId: string | null;
    deadline: string;
    status: string;
  }[];
  evaluations: { at: Date; byId: string; summary: string; nextEvaluationDate: string }[];
};

const toPlan = (r: PlanRow): GoalPlan => ({
  id: r.id,
  caseId: r.caseId,
  evaluationDate: r.evaluationDate,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  vedtakReference: r.vedtakReference,
  ipNeeded: r.ipNeeded,
  goals: r.goals.map((g) => ({ id: g.id, text: g.text, targetDate: g.targetDate })),
  measures: r.measures.map((m): Measure => ({
    id: m.id,
    type: stored('measures.type', m.type),
    description: m.description,
    responsibleUnitId: m.responsibleUnitId,
    responsibleStaffId: m.responsibleStaffId,
    deadline: m.deadline,
    status: stored('measures.status', m.status),
  })),
  evaluations: r.evaluations.map((e): Evaluation => ({
    at: e.at,
    byId: e.byId,
    summary: e.summary,
    nextEvaluationDate: e.nextEvaluationDate,
  })),
});

export class PrismaGoalPlanRepository implements GoalPlanRepository {
  constructor(private readonly db: Db) {}

  async findByCaseId(caseId: string) {
    const row = await this.db.goalPlan.findUnique({ where: { caseId }, include: INCLUDE });
    return row ? toPlan(row) : null;
  }

  async findById(planId: string) {
    const row = await this.db.goalPlan.findUnique({ where: { id: planId }, include: INCLUDE });
    return row ? toPlan(row) : null;
  }

  async findByMeasureId(measureId: string) {
    const measure = await this.db.measure.findUnique({
      where: { id: measureId },
      select: { planId: true },
    });
    return measure ? this.findById(measure.planId) : null;
  }

  async create(plan: NewPlan) {
    const row = await this.db.goalPlan.create({ data: plan, include: INCLUDE });
    return toPlan(row);
  }

  async addGoal(
    planId: string,
    goal: { text: string; targetDate: string | null; createdAt: Date },
  ) {
    await this.db.goal.create({ data: { planId, ...goal } });
  }

  async addMeasure(planId: string, measure: Omit<Measure, 'id'> & { createdAt: Date }) {
    await this.db.measure.create({ data: { planId, ...measure } });
  }

  async setMeasureStatus(measureId: string, status: MeasureStatus) {
    await this.db.measure.update({ where: { id: measureId }, data: { status } });
  }

  async addEvaluation(planId: string, evaluation: Evaluation) {
    await this.db.evaluation.create({ data: { planId, ...evaluation } });
    await this.db.goalPlan.update({
      where: { id: planId },
      data: { evaluationDate: evaluation.nextEvaluationDate },
    });
  }
}

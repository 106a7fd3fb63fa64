import { randomUUID } from 'node:crypto';
import type {
  CloseReason,
  Evaluation,
  Goal,
  GoalPlan,
  Measure,
  MeasureStatus,
  Participant,
  PlanPhase,
} from '../../src/domain/goal-plan/goal-plan.ts';
import type {
  GoalPlanRepository,
  NewPlan,
  PlanFields,
} from '../../src/domain/goal-plan/goal-plan.repository.ts';

export interface PlanState {
  plans: GoalPlan[];
}

/** As the Prisma repository: one living plan per person, enforced like its unique key. */
export class InMemoryGoalPlanRepository implements GoalPlanRepository {
  constructor(private readonly s: PlanState) {}
  private replace(planId: string, change: (p: GoalPlan) => GoalPlan) {
    this.s.plans = this.s.plans.map((p) => (p.id === planId ? change(p) : p));
  }
  async findByCaseId(caseId: string) {
    const here = this.s.plans.filter((p) => p.caseId === caseId);
    return (
      here.find((p) => p.status === 'active') ??
      [...here].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ??
      null
    );
  }
  async listForCase(caseId: string) {
    return this.s.plans
      .filter((p) => p.caseId === caseId)
      .sort(
        (a, b) =>
          a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }
  async findById(planId: string) {
    return this.s.plans.find((p) => p.id === planId) ?? null;
  }
  async findActiveForResident(residentId: string) {
    return this.s.plans.find((p) => p.residentId === residentId && p.status === 'active') ?? null;
  }
  async findByMeasureId(measureId: string) {
    return this.s.plans.find((p) => p.measures.some((m) => m.id === measureId)) ?? null;
  }
  async create(plan: NewPlan) {
    if (await this.findActiveForResident(plan.residentId))
      throw new Error('Unique constraint failed: goal_plans.activeResidentId');
    const { createdById: _b, ...rest } = plan;
    const created: GoalPlan = {
      id: randomUUID(),
      ...rest,
      status: 'active',
      isIp: false,
      ipCoordinatorId: null,
      closedAt: null,
      closeReason: null,
      closeNote: null,
      caseIds: [plan.caseId],
      goals: [],
      measures: [],
      evaluations: [],
      participants: [],
      phases: [],
    };
    this.s.plans.push(created);
    return created;
  }
  async update(planId: string, fields: PlanFields) {
    this.replace(planId, (p) => ({ ...p, ...fields }));
  }
  async moveToCase(planId: string, caseId: string) {
    this.replace(planId, (p) => ({
      ...p,
      caseId,
      caseIds: p.caseIds.includes(caseId) ? p.caseIds : [...p.caseIds, caseId],
    }));
  }
  async close(
    planId: string,
    close: { at: Date; byId: string; reason: CloseReason; note: string | null },
  ) {
    this.replace(planId, (p) => ({
      ...p,
      status: 'closed',
      closedAt: close.at,
      closeReason: close.reason,
      closeNote: close.note,
    }));
  }
  async addGoal(planId: string, goal: Omit<Goal, 'id'> & { createdAt: Date }) {
    const id = randomUUID();
    const { createdAt: _c, ...g } = goal;
    this.replace(planId, (p) => ({ ...p, goals: [...p.goals, { id, ...g }] }));
    return id;
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
  async addParticipant(
    planId: string,
    participant: Omit<Participant, 'id'> & { addedAt: Date; addedById: string },
  ) {
    const { addedAt: _a, addedById: _b, ...rest } = participant;
    this.replace(planId, (p) => ({
      ...p,
      participants: [...p.participants, { id: randomUUID(), ...rest }],
    }));
  }
  async removeParticipant(planId: string, participantId: string) {
    this.replace(planId, (p) => ({
      ...p,
      participants: p.participants.filter((x) => x.id !== participantId),
    }));
  }
  async setPhases(planId: string, phases: readonly PlanPhase[]) {
    this.replace(planId, (p) => ({ ...p, phases: [...phases] }));
  }
  async addEvaluation(planId: string, evaluation: Evaluation) {
    this.replace(planId, (p) => ({
      ...p,
      evaluations: [...p.evaluations, evaluation],
      evaluationDate: evaluation.nextEvaluationDate,
    }));
  }
}

import type {
  CloseReason,
  Evaluation,
  Goal,
  GoalPlan,
  Measure,
  MeasureStatus,
  Participant,
  PlanPhase,
} from '../domain/goal-plan/goal-plan.ts';
import type {
  GoalPlanRepository,
  NewPlan,
  PlanFields,
} from '../domain/goal-plan/goal-plan.repository.ts';
import type { Db } from './database.ts';
import { stored, storedOrNull } from './stored-columns.ts';
import { CorruptRowError } from './stored-value.ts';

const INCLUDE = {
  goals: { orderBy: { createdAt: 'asc' } },
  measures: { orderBy: { createdAt: 'asc' } },
  evaluations: { orderBy: { at: 'asc' }, include: { goals: true } },
  participants: { where: { removedAt: null }, orderBy: { addedAt: 'asc' } },
  phases: { orderBy: { startDate: 'asc' } },
  caseLinks: { orderBy: { linkedAt: 'asc' } },
} as const;

type PlanRow = NonNullable<
  Awaited<ReturnType<Db['goalPlan']['findFirst']>> & {
    goals: { id: string; text: string; residentWords: string | null; targetDate: string | null }[];
    measures: {
      id: string;
      type: string;
      description: string;
      goalId: string | null;
      scope: string | null;
      responsibleUnitId: string | null;
      responsibleStaffId: string | null;
      responsibleResident: boolean;
      responsibleParticipantId: string | null;
      deadline: string;
      status: string;
    }[];
    evaluations: {
      at: Date;
      byId: string;
      summary: string;
      nextEvaluationDate: string;
      residentParticipation: string | null;
      levelAtEvaluation: number | null;
      goals: { goalId: string; outcome: string; note: string | null }[];
    }[];
    participants: {
      id: string;
      kind: string;
      name: string | null;
      organisation: string | null;
      unitId: string | null;
      staffId: string | null;
      role: string | null;
    }[];
    phases: { kind: string; startDate: string; endDate: string; contactEveryDays: number }[];
    caseLinks: { caseId: string }[];
  }
>;

/** A measure type is a code (built in or the municipality's): shaped like one, or refused. */
function measureType(raw: string): string {
  if (/^[a-z0-9][a-z0-9-]{1,39}$/.test(raw)) return raw;
  throw new CorruptRowError('measures.type', `holds a text of ${raw.length} characters`);
}

const toPlan = (r: PlanRow): GoalPlan => ({
  id: r.id,
  residentId: r.residentId,
  caseId: r.caseId,
  status: stored('goal_plans.status', r.status),
  evaluationDate: r.evaluationDate,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  vedtakReference: r.vedtakReference,
  ipNeeded: r.ipNeeded,
  isIp: r.isIp,
  ipCoordinatorId: r.ipCoordinatorId,
  whatMatters: r.whatMatters,
  resources: r.resources,
  residentParticipation: storedOrNull('goal_plans.residentParticipation', r.residentParticipation),
  levelAtStart: r.levelAtStart,
  template: r.template === 'cti' ? 'cti' : null,
  closedAt: r.closedAt,
  closeReason: storedOrNull('goal_plans.closeReason', r.closeReason),
  closeNote: r.closeNote,
  createdAt: r.createdAt,
  caseIds: r.caseLinks.map((l) => l.caseId),
  goals: r.goals.map((g): Goal => ({
    id: g.id,
    text: g.text,
    residentWords: g.residentWords,
    targetDate: g.targetDate,
  })),
  measures: r.measures.map((m): Measure => ({
    id: m.id,
    type: measureType(m.type),
    description: m.description,
    goalId: m.goalId,
    scope: m.scope,
    responsibleUnitId: m.responsibleUnitId,
    responsibleStaffId: m.responsibleStaffId,
    responsibleResident: m.responsibleResident,
    responsibleParticipantId: m.responsibleParticipantId,
    deadline: m.deadline,
    status: stored('measures.status', m.status),
  })),
  evaluations: r.evaluations.map((e): Evaluation => ({
    at: e.at,
    byId: e.byId,
    summary: e.summary,
    nextEvaluationDate: e.nextEvaluationDate,
    residentParticipation: storedOrNull(
      'evaluations.residentParticipation',
      e.residentParticipation,
    ),
    levelAtEvaluation: e.levelAtEvaluation,
    goals: e.goals.map((g) => ({
      goalId: g.goalId,
      outcome: stored('goal_evaluations.outcome', g.outcome),
      note: g.note,
    })),
  })),
  participants: r.participants.map((p): Participant => ({
    id: p.id,
    kind: stored('plan_participants.kind', p.kind),
    name: p.name,
    organisation: storedOrNull('plan_participants.organisation', p.organisation),
    unitId: p.unitId,
    staffId: p.staffId,
    role: p.role,
  })),
  phases: r.phases.map((p): PlanPhase => ({
    kind: stored('plan_phases.kind', p.kind),
    startDate: p.startDate,
    endDate: p.endDate,
    contactEveryDays: p.contactEveryDays,
  })),
});

export class PrismaGoalPlanRepository implements GoalPlanRepository {
  constructor(private readonly db: Db) {}

  async findByCaseId(caseId: string) {
    // The living plan first (status 'active' sorts before 'closed'), then the latest closed one.
    const row = await this.db.goalPlan.findFirst({
      where: { caseId },
      orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
      include: INCLUDE,
    });
    return row ? toPlan(row) : null;
  }

  async listForCase(caseId: string) {
    const rows = await this.db.goalPlan.findMany({
      where: { caseId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: INCLUDE,
    });
    return rows.map(toPlan);
  }

  async findById(planId: string) {
    const row = await this.db.goalPlan.findUnique({ where: { id: planId }, include: INCLUDE });
    return row ? toPlan(row) : null;
  }

  async findActiveForResident(residentId: string) {
    const row = await this.db.goalPlan.findUnique({
      where: { activeResidentId: residentId },
      include: INCLUDE,
    });
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
    const row = await this.db.goalPlan.create({
      data: {
        ...plan,
        status: 'active',
        activeResidentId: plan.residentId,
        caseLinks: { create: { caseId: plan.caseId, reason: 'created', linkedAt: plan.createdAt } },
      },
      include: INCLUDE,
    });
    return toPlan(row);
  }

  async update(planId: string, fields: PlanFields) {
    await this.db.goalPlan.update({ where: { id: planId }, data: fields });
  }

  async moveToCase(planId: string, caseId: string, at: Date) {
    await this.db.goalPlan.update({ where: { id: planId }, data: { caseId } });
    // Pending reminders about the plan go to the new case's coordinator and unit.
    await this.db.reminderOutbox.updateMany({
      where: { key: { startsWith: `plan:${planId}:` }, status: 'pending' },
      data: { caseId },
    });
    await this.db.planCaseLink.upsert({
      where: { planId_caseId: { planId, caseId } },
      create: { planId, caseId, reason: 'attached', linkedAt: at },
      update: {},
    });
  }

  async close(
    planId: string,
    close: { at: Date; byId: string; reason: CloseReason; note: string | null },
  ) {
    await this.db.goalPlan.update({
      where: { id: planId },
      data: {
        status: 'closed',
        activeResidentId: null,
        closedAt: close.at,
        closedById: close.byId,
        closeReason: close.reason,
        closeNote: close.note,
      },
    });
  }

  async addGoal(planId: string, goal: Omit<Goal, 'id'> & { createdAt: Date }) {
    const row = await this.db.goal.create({ data: { planId, ...goal }, select: { id: true } });
    return row.id;
  }

  async addMeasure(planId: string, measure: Omit<Measure, 'id'> & { createdAt: Date }) {
    await this.db.measure.create({ data: { planId, ...measure } });
  }

  async setMeasureStatus(measureId: string, status: MeasureStatus) {
    await this.db.measure.update({ where: { id: measureId }, data: { status } });
  }

  async addParticipant(
    planId: string,
    participant: Omit<Participant, 'id'> & { addedAt: Date; addedById: string },
  ) {
    await this.db.planParticipant.create({ data: { planId, ...participant } });
  }

  async removeParticipant(planId: string, participantId: string, at: Date) {
    // Who no longer takes part is not kept by name (data minimisation): the row says when.
    await this.db.planParticipant.updateMany({
      where: { id: participantId, planId, removedAt: null },
      data: { removedAt: at, name: null, role: null },
    });
  }

  async setPhases(planId: string, phases: readonly PlanPhase[]) {
    await this.db.planPhase.deleteMany({ where: { planId } });
    await this.db.planPhase.createMany({ data: phases.map((p) => ({ planId, ...p })) });
  }

  async addEvaluation(planId: string, evaluation: Evaluation) {
    const { goals, ...rest } = evaluation;
    await this.db.evaluation.create({
      data: { planId, ...rest, goals: { create: goals.map((g) => ({ ...g })) } },
    });
    await this.db.goalPlan.update({
      where: { id: planId },
      data: { evaluationDate: evaluation.nextEvaluationDate },
    });
  }
}

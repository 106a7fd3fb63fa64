import { mayAct, type CaseAction } from '../access/case-access.ts';
import { relationOf } from '../access/case-relation.ts';
import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import type { Unit } from '../org/org.ts';
import { noCaseChangeListener, type CaseChangeListener } from '../common/case-change-listener.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories, UnitOfWork } from '../common/unit-of-work.ts';
import type { GoalPlan, MeasureStatus } from './goal-plan.ts';
import { validateEvaluation, validateGoal, validateMeasure, validatePlanDraft, type PlanDraft, type PlanErrors } from './goal-plan-form.ts';

export interface PlanView {
  readonly kase: CaseRecord;
  readonly plan: GoalPlan;
  readonly unitNames: Readonly<Record<string, string>>;
  readonly staffNames: Readonly<Record<string, string>>;
  readonly mayChange: boolean;
}

export interface PlanContext {
  readonly kase: CaseRecord;
  readonly units: readonly Unit[];
  readonly existing: boolean;
}

const APPLIED = { ok: true as const, value: undefined };

type PlanError = 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED' | 'PLAN.EXISTS' | 'PLAN.NOT_FOUND';
export type PlanResult<T> = Result<T, PlanError> | { readonly ok: false; readonly code: 'PLAN.INVALID'; readonly errors: PlanErrors };

/**
 * Målplan for a case. Without the resident's consent only the owning unit and the coordinator
 * see it; with consent also the units in its scope and those responsible for a measure.
 * Only the coordinator, the owning unit and (with consent) measure units may change it.
 */
export class GoalPlanService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly listener: CaseChangeListener = noCaseChangeListener,
  ) {}

  /** What the create form needs, if the actor may create a plan for this case. */
  context(actor: Actor, reference: string): Promise<Result<PlanContext, PlanError>> {
    return this.uow.run(async (repos) => {
      const kase = await repos.cases.findByReference(reference);
      const allowed = await this.allowed(repos, actor, kase, null, 'plan.create');
      if (!allowed.ok) return allowed;
      const existing = (await repos.plans.findByCaseId(kase!.id)) !== null;
      return ok({ kase: kase!, units: await repos.org.listUnits(), existing });
    });
  }

  async create(actor: Actor, caseId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    const result = await this.uow.run((repos) => this.storePlan(repos, actor, caseId, draft));
    if (result.ok) await this.listener.caseChanged(result.value.kase.id);
    return result;
  }

  private async storePlan(repos: Repositories, actor: Actor, caseId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    const kase = await repos.cases.findById(caseId);
    const allowed = await this.allowed(repos, actor, kase, null, 'plan.create');
    if (!allowed.ok) return allowed;
    if (await repos.plans.findByCaseId(kase!.id)) return fail('PLAN.EXISTS');
    const units = await repos.org.listUnits();
    const checked = validatePlanDraft(draft, this.today(), kase!.level, units.map((u) => u.key));
    if (!checked.ok) return { ok: false as const, code: 'PLAN.INVALID' as const, errors: checked.errors };
    const input = checked.value;
    const unitId = (key: string | null) => (key ? (units.find((u) => u.key === key)?.id ?? null) : null);
    const at = this.clock.now();
    const plan = await repos.plans.create({
      caseId: kase!.id,
      coordinatorId: kase!.coordinatorId,
      evaluationDate: input.evaluationDate,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      consent: { given: input.consent.given, date: input.consent.date, unitIds: input.consent.unitKeys.map((k) => unitId(k)!) },
      vedtakReference: input.vedtakReference,
      ipNeeded: input.ipNeeded,
      createdAt: at,
      createdById: actor.staff.id,
    });
    await repos.plans.addGoal(plan.id, { ...input.goal, createdAt: at });
    const m = input.measure;
    await repos.plans.addMeasure(plan.id, { type: m.type, description: m.description, responsibleUnitId: unitId(m.responsibleUnitKey), responsibleStaffId: m.responsibleStaffId, deadline: m.deadline, status: m.status, createdAt: at });
    await this.involve(repos, kase!, unitId(m.responsibleUnitKey), at);
    await this.audit(repos, actor, 'plan.create', kase!);
    return ok(await this.view(repos, actor, kase!));
  }

  show(actor: Actor, caseId: string): Promise<Result<PlanView, PlanError>> {
    return this.uow.run(async (repos) => {
      const kase = await repos.cases.findById(caseId);
      const plan = kase ? await repos.plans.findByCaseId(kase.id) : null;
      if (kase && !plan) return fail('PLAN.NOT_FOUND');
      const allowed = await this.allowed(repos, actor, kase, plan, 'plan.read', true);
      if (!allowed.ok) return allowed;
      await this.audit(repos, actor, 'plan.read', kase!);
      return ok(await this.view(repos, actor, kase!));
    });
  }

  addGoal(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, async (repos, plan, kase) => {
      const goal = validateGoal(draft, this.today());
      if (!goal.ok) return goal;
      await repos.plans.addGoal(plan.id, { ...goal.value, createdAt: this.clock.now() });
      return APPLIED;
    });
  }

  addMeasure(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, async (repos, plan, kase) => {
      const units = await repos.org.listUnits();
      const measure = validateMeasure(draft, this.today(), units.map((u) => u.key));
      if (!measure.ok) return measure;
      const m = measure.value;
      const unitId = units.find((u) => u.key === m.responsibleUnitKey)?.id ?? null;
      const at = this.clock.now();
      await repos.plans.addMeasure(plan.id, { type: m.type, description: m.description, responsibleUnitId: unitId, responsibleStaffId: m.responsibleStaffId, deadline: m.deadline, status: m.status, createdAt: at });
      await this.involve(repos, kase, unitId, at);
      return APPLIED;
    });
  }

  setMeasureStatus(actor: Actor, measureId: string, status: string): Promise<PlanResult<PlanView>> {
    return this.change(actor, { measureId }, async (repos) => {
      const valid = (['planned', 'in-progress', 'done', 'cancelled'] as const).includes(status as MeasureStatus);
      if (!valid) return { ok: false, errors: { measureStatus: 'CHOICE' } };
      await repos.plans.setMeasureStatus(measureId, status as MeasureStatus);
      return APPLIED;
    });
  }

  recordEvaluation(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, async (repos, plan) => {
      const evaluation = validateEvaluation(draft, this.today());
      if (!evaluation.ok) return evaluation;
      await repos.plans.addEvaluation(plan.id, { at: this.clock.now(), byId: actor.staff.id, ...evaluation.value });
      return APPLIED;
    });
  }

  private async change(
    actor: Actor,
    target: { planId: string } | { measureId: string },
    apply: (repos: Repositories, plan: GoalPlan, kase: CaseRecord) => Promise<{ ok: true; value: undefined } | { ok: false; errors: PlanErrors }>,
  ): Promise<PlanResult<PlanView>> {
    const result = await this.uow.run(async (repos): Promise<PlanResult<PlanView>> => {
      const plan = 'planId' in target ? await repos.plans.findById(target.planId) : await repos.plans.findByMeasureId(target.measureId);
      if (!plan) return fail('PLAN.NOT_FOUND');
      const kase = (await repos.cases.findById(plan.caseId))!;
      const allowed = await this.allowed(repos, actor, kase, plan, 'plan.change', true);
      if (!allowed.ok) return allowed;
      const applied = await apply(repos, plan, kase);
      if (!applied.ok) return { ok: false as const, code: 'PLAN.INVALID' as const, errors: applied.errors };
      await this.audit(repos, actor, 'plan.change', kase);
      return ok(await this.view(repos, actor, kase));
    });
    if (result.ok) await this.listener.caseChanged(result.value.kase.id);
    return result;
  }

  private async allowed(repos: Repositories, actor: Actor, kase: CaseRecord | null, plan: GoalPlan | null, action: CaseAction, allowClosed = false) {
    if (!kase) return fail('CASE.NOT_FOUND' as const);
    if (kase.status === 'closed' && !allowClosed) return fail('CASE.CLOSED' as const);
    if (!mayAct(action, await situation(repos, actor, kase, plan))) {
      await repos.audit.record({ at: this.clock.now(), action, outcome: 'denied', actorStaffId: actor.staff.id, tenantId: actor.tenantId, caseId: kase.id, residentId: kase.residentId });
      return fail('ACCESS.DENIED' as const);
    }
    return ok(undefined);
  }

  private async view(repos: Repositories, actor: Actor, kase: CaseRecord): Promise<PlanView> {
    const plan = (await repos.plans.findByCaseId(kase.id))!;
    const unitNames: Record<string, string> = {};
    for (const u of await repos.org.listUnits()) unitNames[u.id] = u.name;
    const staffNames: Record<string, string> = {};
    for (const id of [plan.coordinatorId, ...plan.measures.map((m) => m.responsibleStaffId), ...plan.evaluations.map((e) => e.byId)])
      if (id && !staffNames[id]) staffNames[id] = (await repos.org.findStaffById(id))?.name ?? '';
    return { kase, plan, unitNames, staffNames, mayChange: mayAct('plan.change', await situation(repos, actor, kase, plan)) };
  }

  private involve(repos: Repositories, kase: CaseRecord, unitId: string | null, at: Date) {
    if (!unitId || unitId === kase.owningUnitId) return Promise.resolve();
    return repos.cases.addInvolvement(kase.id, { unitId, since: at, reason: 'measure' });
  }

  private audit(repos: Repositories, actor: Actor, action: string, kase: CaseRecord) {
    return repos.audit.record({ at: this.clock.now(), action, outcome: 'ok', actorStaffId: actor.staff.id, tenantId: actor.tenantId, caseId: kase.id, residentId: kase.residentId });
  }

  private today(): string {
    return localDate(this.clock.now(), this.timeZone);
  }
}

async function situation(repos: Repositories, actor: Actor, kase: CaseRecord, plan: GoalPlan | null) {
  const consentGiven = plan?.consent.given ?? false;
  return {
    role: actor.staff.role,
    relation: relationOf(actor, kase, await repos.cases.involvements(kase.id)),
    isCoordinator: kase.coordinatorId === actor.staff.id || (plan?.coordinatorId ?? null) === actor.staff.id,
    inConsentScope: consentGiven && (plan?.consent.unitIds.includes(actor.unit.id) ?? false),
    responsibleForMeasure: plan?.measures.some((m) => m.responsibleUnitId === actor.unit.id || m.responsibleStaffId === actor.staff.id) ?? false,
    consentGiven,
  };
}

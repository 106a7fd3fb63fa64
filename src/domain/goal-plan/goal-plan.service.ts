import type { AccessGate, CaseAccess } from '../access/access-gate.ts';
import type { CaseConsent } from '../access/consent.ts';
import type { CaseAction } from '../access/case-access.ts';
import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import { isCaseworker, type Unit } from '../org/org.ts';
import { noCaseChangeListener, type CaseChangeListener } from '../common/case-change-listener.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { mustExist } from '../common/must-exist.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories, UnitOfWork } from '../common/unit-of-work.ts';
import { MEASURE_STATUSES, type GoalPlan, type MeasureStatus } from './goal-plan.ts';
import {
  validateEvaluation,
  validateGoal,
  validateMeasure,
  validatePlanDraft,
  type PlanDraft,
  type PlanErrors,
  type Responsibles,
} from './goal-plan-form.ts';

export interface PlanView {
  readonly kase: CaseRecord;
  /**
   * With scope 'own-measures' the plan holds only the
   * reader's own measures, no goals or evaluations.
   */
  readonly plan: GoalPlan;
  readonly scope: 'all' | 'own-measures';
  readonly coordinatorId: string | null;
  readonly consents: readonly CaseConsent[];
  readonly unitNames: Readonly<Record<string, string>>;
  readonly staffNames: Readonly<Record<string, string>>;
  /** Add goals and measures, record evaluations. */
  readonly mayChange: boolean;
  /** Set the status of the measures shown. */
  readonly mayChangeMeasures: boolean;
  /** Who can be named responsible for a new measure (only with `mayChange`). */
  readonly staff: readonly {
    readonly id: string;
    readonly name: string;
    readonly unitName: string;
  }[];
}

export interface PlanContext {
  readonly kase: CaseRecord;
  readonly units: readonly Unit[];
  readonly staff: readonly {
    readonly id: string;
    readonly name: string;
    readonly unitName: string;
  }[];
  readonly existing: boolean;
}

const APPLIED = { ok: true as const, value: undefined };

type PlanError =
  'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED' | 'PLAN.EXISTS' | 'PLAN.NOT_FOUND';
export type PlanResult<T> =
  | Result<T, PlanError>
  | { readonly ok: false; readonly code: 'PLAN.INVALID'; readonly errors: PlanErrors };
type Applied = { ok: true; value: undefined } | { ok: false; errors: PlanErrors };

/**
 * Målplan for a case. The owning unit and the case's coordinator read and change it; units in
 * the resident's consent read it; a unit that holds a measure outside the consent sees and
 * updates its own measures only. Who decides is the access gate.
 */
export class GoalPlanService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly listener: CaseChangeListener = noCaseChangeListener,
  ) {}

  /** What the create form needs, if the actor may create a plan for this case. */
  context(
    actor: Actor,
    target: { reference?: string; caseId?: string },
  ): Promise<Result<PlanContext, PlanError>> {
    return this.uow.run(async (repos) => {
      const kase = target.caseId
        ? await repos.cases.findById(target.caseId)
        : target.reference
          ? await repos.cases.findByReference(target.reference)
          : null;
      const allowed = await this.gate.authorizeOpen(repos, actor, kase?.id ?? '', 'plan.create');
      if (!allowed.ok) return allowed;
      return ok({
        kase: allowed.value.kase,
        units: await repos.org.listUnits(),
        staff: await staffChoices(repos),
        existing: allowed.value.plan !== null,
      });
    });
  }

  async create(actor: Actor, caseId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    const result = await this.uow.run((repos) => this.storePlan(repos, actor, caseId, draft));
    if (result.ok) await this.listener.caseChanged(result.value.kase.id);
    return result;
  }

  private async storePlan(
    repos: Repositories,
    actor: Actor,
    caseId: string,
    draft: PlanDraft,
  ): Promise<PlanResult<PlanView>> {
    const allowed = await this.gate.authorizeOpen(repos, actor, caseId, 'plan.create');
    if (!allowed.ok) return allowed;
    const kase = allowed.value.kase;
    if (allowed.value.plan) return fail('PLAN.EXISTS');
    const units = await repos.org.listUnits();
    const checked = validatePlanDraft(
      draft,
      this.today(),
      kase.level,
      await responsibles(repos, units),
    );
    if (!checked.ok)
      return { ok: false as const, code: 'PLAN.INVALID' as const, errors: checked.errors };
    const input = checked.value;
    const unitId = (key: string | null) =>
      key ? (units.find((u) => u.key === key)?.id ?? null) : null;
    const at = this.clock.now();
    const plan = await repos.plans.create({
      caseId: kase.id,
      evaluationDate: input.evaluationDate,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      vedtakReference: input.vedtakReference,
      ipNeeded: input.ipNeeded,
      createdAt: at,
      createdById: actor.staff.id,
    });
    if (input.consent.given && input.consent.form)
      await repos.consents.add({
        caseId: kase.id,
        // Each key was checked against `units` (validatePlanDraft): every one is found.
        unitIds: input.consent.unitKeys.map((k) => mustExist(unitId(k), 'unit of a checked key')),
        givenDate: input.consent.date ?? this.today(),
        form: input.consent.form,
        source: 'plan',
        recordedById: actor.staff.id,
        recordedAt: at,
      });
    await repos.plans.addGoal(plan.id, { ...input.goal, createdAt: at });
    const m = input.measure;
    await repos.plans.addMeasure(plan.id, {
      type: m.type,
      description: m.description,
      responsibleUnitId: unitId(m.responsibleUnitKey),
      responsibleStaffId: m.responsibleStaffId,
      deadline: m.deadline,
      status: m.status,
      createdAt: at,
    });
    await this.involve(repos, kase, unitId(m.responsibleUnitKey), at);
    await this.gate.done(repos, actor, allowed.value, 'plan.create');
    return ok(await this.view(repos, actor, kase));
  }

  /**
   * The plan as the actor may see it. Access is decided
   * before the plan's existence is told (no oracle).
   */
  show(
    actor: Actor,
    target: { caseId?: string; reference?: string },
  ): Promise<Result<PlanView, PlanError>> {
    return this.uow.run(async (repos) => {
      const kase = target.caseId
        ? await repos.cases.findById(target.caseId)
        : target.reference
          ? await repos.cases.findByReference(target.reference)
          : null;
      if (!kase) return fail('CASE.NOT_FOUND');
      const allowed = await this.gate.authorize(repos, actor, kase, 'plan.readOwnMeasures');
      if (!allowed.ok) return allowed;
      if (!allowed.value.plan) return fail('PLAN.NOT_FOUND');
      await this.gate.done(repos, actor, allowed.value, 'plan.read', {
        scope: allowed.value.may('plan.read') ? 'all' : 'own-measures',
      });
      return ok(await this.view(repos, actor, kase, allowed.value));
    });
  }

  addGoal(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, 'plan.change', async (repos, plan) => {
      const goal = validateGoal(draft, this.today());
      if (!goal.ok) return goal;
      await repos.plans.addGoal(plan.id, { ...goal.value, createdAt: this.clock.now() });
      return APPLIED;
    });
  }

  addMeasure(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, 'plan.change', async (repos, plan, kase) => {
      const units = await repos.org.listUnits();
      const measure = validateMeasure(draft, this.today(), await responsibles(repos, units));
      if (!measure.ok) return measure;
      const m = measure.value;
      const unitId = units.find((u) => u.key === m.responsibleUnitKey)?.id ?? null;
      const at = this.clock.now();
      await repos.plans.addMeasure(plan.id, {
        type: m.type,
        description: m.description,
        responsibleUnitId: unitId,
        responsibleStaffId: m.responsibleStaffId,
        deadline: m.deadline,
        status: m.status,
        createdAt: at,
      });
      await this.involve(repos, kase, unitId, at);
      return APPLIED;
    });
  }

  /** A measure unit outside the consent may set the status of its own measures only. */
  setMeasureStatus(actor: Actor, measureId: string, status: string): Promise<PlanResult<PlanView>> {
    return this.change(
      actor,
      { measureId },
      'plan.changeOwnMeasures',
      async (repos, plan, _kase, access) => {
        const measure = plan.measures.find((m) => m.id === measureId);
        if (!measure || (!access.may('plan.change') && !ownMeasure(actor, measure)))
          return { ok: false, errors: { measureStatus: 'CHOICE' } };
        if (!(MEASURE_STATUSES as readonly string[]).includes(status))
          return { ok: false, errors: { measureStatus: 'CHOICE' } };
        await repos.plans.setMeasureStatus(measureId, status as MeasureStatus);
        return APPLIED;
      },
    );
  }

  recordEvaluation(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, 'plan.change', async (repos, plan) => {
      const evaluation = validateEvaluation(draft, this.today());
      if (!evaluation.ok) return evaluation;
      await repos.plans.addEvaluation(plan.id, {
        at: this.clock.now(),
        byId: actor.staff.id,
        ...evaluation.value,
      });
      return APPLIED;
    });
  }

  private async change(
    actor: Actor,
    target: { planId: string } | { measureId: string },
    action: CaseAction,
    apply: (
      repos: Repositories,
      plan: GoalPlan,
      kase: CaseRecord,
      access: CaseAccess,
    ) => Promise<Applied>,
  ): Promise<PlanResult<PlanView>> {
    const result = await this.uow.run(async (repos): Promise<PlanResult<PlanView>> => {
      const found =
        'planId' in target
          ? await repos.plans.findById(target.planId)
          : await repos.plans.findByMeasureId(target.measureId);
      if (!found) return fail('PLAN.NOT_FOUND');
      const allowed = await this.gate.authorizeOpen(repos, actor, found.caseId, action);
      if (!allowed.ok) return allowed;
      const { kase } = allowed.value;
      const applied = await apply(repos, found, kase, allowed.value);
      if (!applied.ok)
        return { ok: false as const, code: 'PLAN.INVALID' as const, errors: applied.errors };
      await this.gate.done(repos, actor, allowed.value, 'plan.change');
      return ok(await this.view(repos, actor, kase));
    });
    if (result.ok) await this.listener.caseChanged(result.value.kase.id);
    return result;
  }

  /**
   * The plan after a permitted read or change: whole, or the reader's own measures. A read passes
   * the access it was decided with; after a change it is loaded again (the plan changed).
   */
  private async view(
    repos: Repositories,
    actor: Actor,
    kase: CaseRecord,
    decided?: CaseAccess,
  ): Promise<PlanView> {
    const access = decided
      ? ok(decided)
      : await this.gate.authorize(repos, actor, kase, 'plan.readOwnMeasures');
    if (!access.ok || !access.value.plan) throw new Error('plan view after a permitted read');
    const whole = access.value.may('plan.read');
    const full = access.value.plan;
    const plan: GoalPlan = whole
      ? full
      : {
          ...full,
          goals: [],
          evaluations: [],
          measures: full.measures.filter((m) => ownMeasure(actor, m)),
        };
    const unitNames: Record<string, string> = {};
    for (const u of await repos.org.listUnits()) unitNames[u.id] = u.name;
    const staffNames: Record<string, string> = {};
    for (const id of [
      kase.coordinatorId,
      ...plan.measures.map((m) => m.responsibleStaffId),
      ...plan.evaluations.map((e) => e.byId),
    ])
      if (id && !staffNames[id]) staffNames[id] = (await repos.org.findStaffById(id))?.name ?? '';
    return {
      kase,
      plan,
      scope: whole ? 'all' : 'own-measures',
      coordinatorId: kase.coordinatorId,
      consents: whole ? access.value.consents : [],
      unitNames,
      staffNames,
      mayChange: kase.status === 'open' && access.value.may('plan.change'),
      mayChangeMeasures: kase.status === 'open' && access.value.may('plan.changeOwnMeasures'),
      staff:
        kase.status === 'open' && access.value.may('plan.change') ? await staffChoices(repos) : [],
    };
  }

  private involve(repos: Repositories, kase: CaseRecord, unitId: string | null, at: Date) {
    if (!unitId || unitId === kase.owningUnitId) return Promise.resolve();
    return repos.cases.addInvolvement(kase.id, { unitId, since: at, reason: 'measure' });
  }

  private today(): string {
    return localDate(this.clock.now(), this.timeZone);
  }
}

const ownMeasure = (
  actor: Actor,
  m: { responsibleUnitId: string | null; responsibleStaffId: string | null },
) => m.responsibleUnitId === actor.unit.id || m.responsibleStaffId === actor.staff.id;

/** Staff who can hold a measure (not admins, not leavers), by unit. */
async function staffChoices(
  repos: Repositories,
): Promise<{ id: string; name: string; unitName: string }[]> {
  const staff = [];
  for (const unit of await repos.org.listUnits())
    for (const s of await repos.org.listStaffInUnit(unit.id))
      if (isCaseworker(s)) staff.push({ id: s.id, name: s.name, unitName: unit.name });
  return staff;
}

async function responsibles(repos: Repositories, units: readonly Unit[]): Promise<Responsibles> {
  const staffIds: string[] = [];
  for (const unit of units)
    for (const s of await repos.org.listStaffInUnit(unit.id))
      if (isCaseworker(s)) staffIds.push(s.id);
  return { unitKeys: units.map((u) => u.key), staffIds };
}

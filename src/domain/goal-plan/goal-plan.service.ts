import type { AccessGate, CaseAccess } from '../access/access-gate.ts';
import type { CaseConsent } from '../access/consent.ts';
import type { CaseAction } from '../access/case-access.ts';
import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import { isActive, isCaseworker, type Unit } from '../org/org.ts';
import { noCaseChangeListener, type CaseChangeListener } from '../common/case-change-listener.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { mustExist } from '../common/must-exist.ts';
import { attachLivingPlan, consentReaches } from './attach-living-plan.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories, UnitOfWork } from '../common/unit-of-work.ts';
import { ctiPhases } from './cti.ts';
import { MEASURE_STATUSES, type GoalPlan, type MeasureStatus } from './goal-plan.ts';
import {
  validateClose,
  validateDetails,
  validateEvaluation,
  validateGoal,
  validateMeasure,
  validateMoveConsent,
  validateParticipant,
  validatePlanDraft,
  type PlanDraft,
  type PlanErrors,
  type Responsibles,
} from './goal-plan-form.ts';
import { ipGaps, type IpPoint } from './ip-checklist.ts';
import {
  DEFAULT_PLAN_SETTINGS,
  measureTypeCodes,
  type MeasureTypeSetting,
  type PlanSettings,
} from './plan-settings.ts';

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
  /** The references of the cases the plan has hung on, oldest first (with `scope` 'all'). */
  readonly caseReferences: readonly string[];
  /** What the plan still lacks to serve as an individual plan (with `scope` 'all'). */
  readonly ipGaps: readonly IpPoint[];
  /** The municipality's own measure types, with their labels. */
  readonly extraMeasureTypes: readonly MeasureTypeSetting[];
  /** The plan was just attached to this case from an earlier one (create found it). */
  readonly attached: boolean;
  /**
   * The person's open case the plan does not hang on, which its owner may move it to; moving it
   * to another unit asks for the resident's consent to share it there (`needsConsent`).
   */
  readonly movableTo: {
    readonly id: string;
    readonly reference: string;
    readonly unitName: string;
    readonly needsConsent: boolean;
  } | null;
  /** Who the plan is for: name and birth date, for the printed plan (with `scope` 'all'). */
  readonly resident: { readonly name: string; readonly birthDate: string | null } | null;
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
  readonly extraMeasureTypes: readonly MeasureTypeSetting[];
}

const APPLIED = { ok: true as const, value: undefined };

type PlanError =
  | 'CASE.NOT_FOUND'
  | 'CASE.CLOSED'
  | 'ACCESS.DENIED'
  | 'PLAN.EXISTS'
  | 'PLAN.NOT_FOUND'
  | 'PLAN.CLOSED';
export type PlanResult<T> =
  | Result<T, PlanError>
  | { readonly ok: false; readonly code: 'PLAN.INVALID'; readonly errors: PlanErrors };
type Applied = { ok: true; value: undefined } | { ok: false; errors: PlanErrors };

/**
 * Målplan for a person, hung on their case. The owning unit and the case's coordinator read and
 * change it; units in the resident's consent read it; a unit that holds a measure outside the
 * consent sees and updates its own measures only. Who decides is the access gate. A living plan
 * outlives its case: closing the case leaves it open to the same people, and a new case for the
 * person takes it over (attach-living-plan.ts).
 */
export class GoalPlanService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly listener: CaseChangeListener = noCaseChangeListener,
    private readonly settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
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
        existing:
          allowed.value.plan?.status === 'active' ||
          (await repos.plans.findActiveForResident(allowed.value.kase.residentId)) !== null,
        extraMeasureTypes: this.settings.extraMeasureTypes,
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
    const at = this.clock.now();
    // One plan per person. A living plan left on an earlier, closed case is taken over here
    // rather than duplicated; one on another open case belongs to that case's owner.
    const living = await repos.plans.findActiveForResident(kase.residentId);
    if (living && living.caseId !== kase.id) {
      const attached = await attachLivingPlan(repos, kase.residentId, kase, at);
      if (attached.kind !== 'attached') return fail('PLAN.EXISTS');
      await this.gate.done(repos, actor, allowed.value, 'plan.attached');
      return ok({ ...(await this.view(repos, actor, kase)), attached: true });
    }
    if (living) return fail('PLAN.EXISTS');
    const units = await repos.org.listUnits();
    const checked = validatePlanDraft(
      draft,
      this.today(),
      kase.level,
      await this.responsibles(repos, units, null),
    );
    if (!checked.ok)
      return { ok: false as const, code: 'PLAN.INVALID' as const, errors: checked.errors };
    const input = checked.value;
    const unitId = (key: string | null) =>
      key ? (units.find((u) => u.key === key)?.id ?? null) : null;
    const plan = await repos.plans.create({
      residentId: kase.residentId,
      caseId: kase.id,
      evaluationDate: input.evaluationDate,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      vedtakReference: input.vedtakReference,
      ipNeeded: input.ipNeeded,
      whatMatters: input.whatMatters,
      resources: input.resources,
      residentParticipation: input.residentParticipation,
      levelAtStart: kase.level,
      template: input.template,
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
        planId: plan.id,
        recordedById: actor.staff.id,
        recordedAt: at,
      });
    const goalId = await repos.plans.addGoal(plan.id, { ...input.goal, createdAt: at });
    const m = input.measure;
    await repos.plans.addMeasure(plan.id, {
      type: m.type,
      description: m.description,
      goalId,
      scope: m.scope,
      responsibleUnitId: unitId(m.responsibleUnitKey),
      responsibleStaffId: m.responsibleStaffId,
      responsibleResident: m.responsibleResident,
      responsibleParticipantId: null,
      deadline: m.deadline,
      status: m.status,
      createdAt: at,
    });
    if (input.template === 'cti')
      await repos.plans.setPhases(plan.id, ctiPhases(input.periodStart ?? this.today()));
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
  ): Promise<
    | Result<PlanView, PlanError>
    | { readonly ok: false; readonly code: 'PLAN.ELSEWHERE'; readonly reference: string }
  > {
    return this.uow.run(async (repos) => {
      const kase = target.caseId
        ? await repos.cases.findById(target.caseId)
        : target.reference
          ? await repos.cases.findByReference(target.reference)
          : null;
      if (!kase) return fail('CASE.NOT_FOUND');
      const allowed = await this.gate.authorize(repos, actor, kase, 'plan.readOwnMeasures');
      if (!allowed.ok) return allowed;
      if (!allowed.value.plan) {
        // The person's plan hangs on another of their cases: say which (owner facts, public),
        // not what it holds.
        const living = await repos.plans.findActiveForResident(kase.residentId);
        const there = living && (await repos.cases.findById(living.caseId));
        return there
          ? { ok: false as const, code: 'PLAN.ELSEWHERE' as const, reference: there.reference }
          : fail('PLAN.NOT_FOUND');
      }
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
      const measure = validateMeasure(
        draft,
        this.today(),
        await this.responsibles(repos, units, plan),
      );
      if (!measure.ok) return measure;
      const m = measure.value;
      const unitId = units.find((u) => u.key === m.responsibleUnitKey)?.id ?? null;
      const at = this.clock.now();
      await repos.plans.addMeasure(plan.id, {
        type: m.type,
        description: m.description,
        goalId: m.goalId,
        scope: m.scope,
        responsibleUnitId: unitId,
        responsibleStaffId: m.responsibleStaffId,
        responsibleResident: m.responsibleResident,
        responsibleParticipantId: m.responsibleParticipantId,
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
      const evaluation = validateEvaluation(
        draft,
        this.today(),
        plan.goals.map((g) => g.id),
      );
      if (!evaluation.ok) return evaluation;
      await repos.plans.addEvaluation(plan.id, {
        at: this.clock.now(),
        byId: actor.staff.id,
        ...evaluation.value,
      });
      return APPLIED;
    });
  }

  /** A relative, a colleague, a unit or another agency joins the plan (no access by that). */
  addParticipant(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, 'plan.change', async (repos, plan) => {
      const units = await repos.org.listUnits();
      const staff = await this.responsibles(repos, units, plan);
      const p = validateParticipant(draft, this.today(), staff);
      if (!p.ok) return p;
      await repos.plans.addParticipant(plan.id, {
        kind: p.value.kind,
        name: p.value.name,
        organisation: p.value.organisation,
        unitId: p.value.unitKey ? (units.find((u) => u.key === p.value.unitKey)?.id ?? null) : null,
        staffId: p.value.staffId,
        role: p.value.role,
        addedAt: this.clock.now(),
        addedById: actor.staff.id,
      });
      return APPLIED;
    });
  }

  removeParticipant(
    actor: Actor,
    planId: string,
    participantId: string,
  ): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, 'plan.change', async (repos, plan) => {
      if (!plan.participants.some((p) => p.id === participantId))
        return { ok: false, errors: { participantKind: 'CHOICE' } };
      await repos.plans.removeParticipant(plan.id, participantId, this.clock.now());
      return APPLIED;
    });
  }

  /**
   * The plan's owner moves it to the person's newer, open case (owned by another unit): a
   * decision to share it there, which the owner makes with the resident. Audited on both cases.
   */
  moveToCase(
    actor: Actor,
    planId: string,
    targetCaseId: string,
    draft: PlanDraft = {},
  ): Promise<PlanResult<{ readonly reference: string }>> {
    return this.uow.run(async (repos): Promise<PlanResult<{ readonly reference: string }>> => {
      const plan = planId ? await repos.plans.findById(planId) : null;
      const home = plan && (await repos.cases.findById(plan.caseId));
      if (!plan || !home) return fail('PLAN.NOT_FOUND');
      const allowed = await this.gate.authorize(repos, actor, home, 'plan.change');
      if (!allowed.ok) return allowed;
      if (plan.status === 'closed') return fail('PLAN.CLOSED');
      const target = targetCaseId ? await repos.cases.findById(targetCaseId) : null;
      if (
        !target ||
        target.status !== 'open' ||
        target.residentId !== plan.residentId ||
        target.id === home.id
      )
        return fail('PLAN.NOT_FOUND');
      const at = this.clock.now();
      // Another unit takes the plan over: only with the resident's consent to share it there,
      // recorded with the plan (so it also opens the plan to that unit, whatever happens next).
      const shared = consentReaches(
        home.owningUnitId,
        allowed.value.consents,
        target.owningUnitId,
        at,
      );
      if (!shared) {
        const consent = validateMoveConsent(draft, this.today());
        if (!consent.ok) return { ok: false, code: 'PLAN.INVALID', errors: consent.errors };
        await repos.consents.add({
          caseId: home.id,
          unitIds: [target.owningUnitId],
          givenDate: consent.value.date,
          form: consent.value.form,
          source: 'plan',
          planId: plan.id,
          recordedById: actor.staff.id,
          recordedAt: at,
        });
      }
      await repos.plans.moveToCase(plan.id, target.id, at);
      await this.gate.done(repos, actor, allowed.value, 'plan.attached', {
        cause: 'moved',
        toCase: target.reference,
        consentRecorded: !shared,
      });
      await this.gate.record(repos.audit, actor, {
        action: 'plan.attached',
        outcome: 'ok',
        caseId: target.id,
        residentId: target.residentId,
        detail: { cause: 'moved', fromCase: home.reference },
      });
      return ok({ reference: target.reference });
    });
  }

  /** What matters to the resident, their resources, and the plan's status as an IP. */
  updateDetails(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, 'plan.change', async (repos, plan) => {
      const staff = await this.responsibles(repos, await repos.org.listUnits(), plan);
      const details = validateDetails(draft, this.today(), staff.staffIds);
      if (!details.ok) return details;
      const { whatMatters, resources, ...ip } = details.value;
      await repos.plans.update(plan.id, {
        ...ip,
        ...(whatMatters === undefined ? {} : { whatMatters }),
        ...(resources === undefined ? {} : { resources }),
      });
      return APPLIED;
    });
  }

  /** Ends the plan, with a reason. The case stays as it is; a new plan can be made after. */
  close(actor: Actor, planId: string, draft: PlanDraft): Promise<PlanResult<PlanView>> {
    return this.change(actor, { planId }, 'plan.change', async (repos, plan) => {
      const closing = validateClose(draft, this.today());
      if (!closing.ok) return closing;
      await repos.plans.close(plan.id, {
        at: this.clock.now(),
        byId: actor.staff.id,
        ...closing.value,
      });
      return APPLIED;
    });
  }

  /**
   * The plan to print, for the staff member a download link was made for: who they are and
   * their access are checked again (the link may be 5 minutes old, they may have left) and the
   * print audited. Printing is for those who may change the plan (the owning unit and the
   * coordinator): a signed copy leaves Husly.
   */
  printable(
    link: { readonly staffId: string; readonly tenantId: string },
    planId: string,
  ): Promise<Result<{ view: PlanView; printedBy: string }, PlanError>> {
    return this.uow.run(async (repos) => {
      const staff = await repos.org.findStaffById(link.staffId);
      const unit = staff && (await repos.org.findUnitById(staff.unitId));
      if (!staff || !unit || !isActive(staff)) {
        await this.gate.record(repos.audit, link, {
          action: 'plan.print',
          outcome: 'denied',
          detail: { code: 'ACCESS.DENIED', reason: staff ? 'deactivated' : 'unknown-staff' },
        });
        return fail('ACCESS.DENIED');
      }
      const actor: Actor = { staff, unit, tenantId: link.tenantId };
      const plan = planId ? await repos.plans.findById(planId) : null;
      const kase = plan && (await repos.cases.findById(plan.caseId));
      if (!plan || !kase) return fail('PLAN.NOT_FOUND');
      const allowed = await this.gate.authorize(repos, actor, kase, 'plan.change');
      if (!allowed.ok) return allowed;
      // The plan that hangs on the case now: an older, closed plan is printed from its own case.
      if (allowed.value.plan?.id !== plan.id) return fail('PLAN.NOT_FOUND');
      await this.gate.done(repos, actor, allowed.value, 'plan.print');
      return ok({
        view: await this.view(repos, actor, kase, allowed.value),
        printedBy: staff.name,
      });
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
      const home = await repos.cases.findById(found.caseId);
      if (!home) return fail('CASE.NOT_FOUND');
      // The plan's own state decides, not its case's: a living plan is worked on after its case
      // closed. Access first, so a refusal tells nothing of the plan.
      const allowed = await this.gate.authorize(repos, actor, home, action);
      if (!allowed.ok) return allowed;
      if (found.status === 'closed') return fail('PLAN.CLOSED');
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
          // A measure holder outside the consent sees its own measures and the plan's dates and
          // status, nothing the resident said or who else takes part.
          ...full,
          goals: [],
          evaluations: [],
          measures: full.measures.filter((m) => ownMeasure(actor, m)),
          whatMatters: null,
          resources: null,
          residentParticipation: null,
          levelAtStart: null,
          vedtakReference: null,
          ipCoordinatorId: null,
          closeNote: null,
          caseIds: [],
          participants: [],
          phases: [],
        };
    const unitNames: Record<string, string> = {};
    for (const u of await repos.org.listUnits()) unitNames[u.id] = u.name;
    const staffNames: Record<string, string> = {};
    for (const id of [
      kase.coordinatorId,
      plan.ipCoordinatorId,
      ...plan.measures.map((m) => m.responsibleStaffId),
      ...plan.evaluations.map((e) => e.byId),
      ...plan.participants.map((p) => p.staffId),
    ])
      if (id && !staffNames[id]) staffNames[id] = (await repos.org.findStaffById(id))?.name ?? '';
    const living = plan.status === 'active';
    const mayChange = living && access.value.may('plan.change');
    const caseReferences: string[] = [];
    if (whole)
      for (const id of plan.caseIds) {
        const ref = id === kase.id ? kase.reference : (await repos.cases.findById(id))?.reference;
        if (ref) caseReferences.push(ref);
      }
    return {
      kase,
      plan,
      scope: whole ? 'all' : 'own-measures',
      coordinatorId: kase.coordinatorId,
      consents: whole ? access.value.consents : [],
      unitNames,
      staffNames,
      mayChange,
      mayChangeMeasures: living && access.value.may('plan.changeOwnMeasures'),
      staff: mayChange
        ? await staffChoices(repos, planUnits(kase, plan, access.value.consents))
        : [],
      caseReferences,
      ipGaps: whole ? ipGaps(plan, access.value.consents) : [],
      extraMeasureTypes: this.settings.extraMeasureTypes,
      attached: false,
      movableTo: mayChange
        ? await newerCase(repos, plan, kase, access.value.consents, this.clock.now())
        : null,
      resident: whole ? await residentOf(repos, kase.residentId) : null,
    };
  }

  private involve(repos: Repositories, kase: CaseRecord, unitId: string | null, at: Date) {
    if (!unitId || unitId === kase.owningUnitId) return Promise.resolve();
    return repos.cases.addInvolvement(kase.id, { unitId, since: at, reason: 'measure' });
  }

  /** Who and what a form may name on this plan (on a new plan: no goals or participants yet). */
  private async responsibles(
    repos: Repositories,
    units: readonly Unit[],
    plan: GoalPlan | null,
  ): Promise<Responsibles> {
    return {
      unitKeys: units.map((u) => u.key),
      staffIds: (await staffChoices(repos)).map((s) => s.id),
      participantIds: (plan?.participants ?? [])
        .filter((p) => p.kind === 'relative' || p.kind === 'external')
        .map((p) => p.id),
      goalIds: (plan?.goals ?? []).map((g) => g.id),
      measureTypes: measureTypeCodes(this.settings),
    };
  }

  private today(): string {
    return localDate(this.clock.now(), this.timeZone);
  }
}

const ownMeasure = (
  actor: Actor,
  m: { responsibleUnitId: string | null; responsibleStaffId: string | null },
) => m.responsibleUnitId === actor.unit.id || m.responsibleStaffId === actor.staff.id;

/** The person's open case the plan does not hang on: where its owner may move it. */
async function newerCase(
  repos: Repositories,
  plan: GoalPlan,
  home: CaseRecord,
  consents: readonly CaseConsent[],
  at: Date,
) {
  const open = await repos.cases.findOpenForResident(plan.residentId);
  if (!open || open.id === plan.caseId) return null;
  return {
    id: open.id,
    reference: open.reference,
    unitName: (await repos.org.findUnitById(open.owningUnitId))?.name ?? '',
    needsConsent: !consentReaches(home.owningUnitId, consents, open.owningUnitId, at),
  };
}

async function residentOf(repos: Repositories, residentId: string) {
  const resident = await repos.residents.findById(residentId);
  return resident ? { name: resident.name, birthDate: resident.birthDate } : null;
}

/**
 * Staff who can hold a measure (not admins, not leavers), by unit: of every unit on the create
 * form, of the units the plan already works with on the plan card — the card carries the list
 * three times (measure, participant, IP coordinator) and Teams caps a card at about 28 KB.
 */
async function staffChoices(
  repos: Repositories,
  onlyUnits?: ReadonlySet<string>,
): Promise<{ id: string; name: string; unitName: string }[]> {
  const staff = [];
  for (const unit of await repos.org.listUnits())
    if (!onlyUnits || onlyUnits.has(unit.id))
      for (const s of await repos.org.listStaffInUnit(unit.id))
        if (isCaseworker(s)) staff.push({ id: s.id, name: s.name, unitName: unit.name });
  return staff;
}

/** The units a plan works with: the owner, its consents, its measures and unit participants. */
function planUnits(kase: CaseRecord, plan: GoalPlan, consents: readonly CaseConsent[]) {
  return new Set(
    [
      kase.owningUnitId,
      ...consents.flatMap((c) => c.unitIds),
      ...plan.measures.map((m) => m.responsibleUnitId),
      ...plan.participants.map((p) => p.unitId),
    ].filter((id): id is string => id !== null),
  );
}

import type { Actor } from '../actor/actor.ts';
import type { AuditAction, AuditEvent, AuditLog } from '../audit/audit-event.ts';
import type { CaseRecord } from '../case/case.ts';
import type { Involvement } from '../case/case.repository.ts';
import type { Clock } from '../common/clock.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories } from '../common/unit-of-work.ts';
import type { SharingBasis, StoredConcern } from '../concern/concern.ts';
import type { GoalPlan } from '../goal-plan/goal-plan.ts';
import { carriedConsents, isActiveConsent, type CaseConsent } from './consent.ts';
import { mayAct, type AccessSituation, type CaseAction } from './case-access.ts';
import { roleCan, type Permission } from './permissions.ts';

/**
 * The one access gate. Every read and write of case data goes through it: it builds the
 * actor's situation from the stored facts (owner, involvements and their expiry, consents,
 * measures, reports, break-glass), asks the policy (case-access.ts) and writes the audit
 * event. Nothing else calls the policy or writes an audit event (a test in `npm test` checks).
 */
export interface AccessPolicySettings {
  /**
   * Days a previous owner's (or a legacy reporter's) access lasts, unless it holds an open measure.
   */
  readonly involvementExpiryDays: number;
  /** Person lookups (by number or name) one staff member may make in an hour. */
  readonly lookupLimitPerHour: number;
}

export const DEFAULT_ACCESS_SETTINGS: AccessPolicySettings = {
  involvementExpiryDays: 30,
  lookupLimitPerHour: 20,
};

/**
 * Why the actor may see what it sees, as written to the audit trail and shown in the access review.
 */
type AccessBasis =
  'coordinator' | 'owner' | 'involved' | 'consent' | 'break-glass' | 'reporter' | 'none';

/** What one actor may do with one case, as decided by the gate. */
export interface CaseAccess {
  readonly kase: CaseRecord;
  readonly situation: AccessSituation;
  readonly basis: AccessBasis;
  /** Units whose involvement is in force (ended and expired ones are not). */
  readonly involvedUnitIds: readonly string[];
  /**
   * Consents in force that open the plan: those the owning unit recorded on this case, and those
   * given with the plan on the person's earlier cases (which open the plan only).
   */
  readonly consents: readonly CaseConsent[];
  readonly plan: GoalPlan | null;
  /** The case's concerns, as loaded to decide (show their text only where `mayReadConcernText`). */
  readonly concerns: readonly StoredConcern[];
  /** When the actor's break-glass grant runs out, if it holds one. */
  readonly breakGlassUntil: Date | null;
  may(action: CaseAction): boolean;
  /** The concern's free text (and amounts), by its sharing basis. */
  mayReadConcernText(concern: StoredConcern): boolean;
}

/** Person lookups, counted for throttling. */
const PERSON_LOOKUP_ACTIONS: readonly AuditAction[] = ['person.lookup'];

type Denied = 'ACCESS.DENIED';
/** Why an open case could not be loaded for an action. */
export type OpenCaseError = 'CASE.NOT_FOUND' | 'CASE.CLOSED' | Denied;

export class AccessGate {
  constructor(
    readonly clock: Clock,
    readonly settings: AccessPolicySettings = DEFAULT_ACCESS_SETTINGS,
  ) {}

  /**
   * May the actor do `action` on this case? A refusal is audited here (with the action as its
   * name); a permitted write is audited by `done` once it has succeeded.
   */
  async authorize(
    repos: Repositories,
    actor: Actor,
    kase: CaseRecord,
    action: CaseAction,
  ): Promise<Result<CaseAccess, Denied>> {
    const access = await this.caseAccess(repos, actor, kase);
    if (access.may(action)) return ok(access);
    await this.audit(repos.audit, actor, access, action, 'denied', { code: 'ACCESS.DENIED' });
    return fail('ACCESS.DENIED');
  }

  /**
   * Whether the actor may do `action`, deciding only which form or button to offer. It returns
   * a yes or no and shows nothing of the case, so it writes nothing to the audit trail; the
   * action itself still goes through `authorize`, which audits.
   */
  async permits(
    repos: Repositories,
    actor: Actor,
    kase: CaseRecord,
    action: CaseAction,
  ): Promise<boolean> {
    return (await this.caseAccess(repos, actor, kase)).may(action);
  }

  /**
   * Loads an open case by id and authorizes `action` on it. A closed case is refused (and audited).
   */
  async authorizeOpen(
    repos: Repositories,
    actor: Actor,
    caseId: string,
    action: CaseAction,
    options: { readonly orLivingPlan?: boolean } = {},
  ): Promise<Result<CaseAccess, OpenCaseError>> {
    const kase = caseId ? await repos.cases.findById(caseId) : null;
    if (!kase) return fail('CASE.NOT_FOUND');
    // `orLivingPlan`: a closed case whose målplan lives on still takes the action (consent to the
    // plan must stay possible to record and to withdraw while the plan is shared).
    const living = async () =>
      options.orLivingPlan === true &&
      (await repos.plans.findByCaseId(kase.id))?.status === 'active';
    if (kase.status === 'closed' && !(await living())) {
      await this.audit(
        repos.audit,
        actor,
        await this.caseAccess(repos, actor, kase),
        action,
        'denied',
        { code: 'CASE.CLOSED' },
      );
      return fail('CASE.CLOSED');
    }
    return this.authorize(repos, actor, kase, action);
  }

  /** Audits a write that `authorize` permitted and that has now been stored. */
  done(
    repos: Repositories,
    actor: Actor,
    access: CaseAccess,
    action: AuditAction,
    detail: Record<string, string | number | boolean> = {},
  ): Promise<void> {
    return this.audit(repos.audit, actor, access, action, 'ok', detail);
  }

  /**
   * Opens a case for reading: anyone may see owner facts, and what more is shown follows the
   * returned access. The read is audited with what it showed (`shown`) and where.
   */
  async read(
    repos: Repositories,
    actor: Actor,
    kase: CaseRecord,
    event: AuditAction,
    detail: Record<string, string | number | boolean> = {},
    purpose?: { readonly code: string; readonly note?: string },
  ): Promise<CaseAccess> {
    const access = await this.caseAccess(repos, actor, kase);
    // Outside personal chat the answer is owner facts only, whatever the reader may see.
    const shown =
      access.may('case.readDetails') && (actor.audience ?? 'personal') === 'personal'
        ? 'details'
        : 'owner-facts';
    await this.audit(
      repos.audit,
      actor,
      access,
      event,
      'ok',
      { shown, ...detail, ...(purpose ? { purpose: purpose.code } : {}) },
      purpose?.note,
    );
    return access;
  }

  /**
   * A case in a list ("mine saker", "påminnelser"): shown and audited only if the actor may read
   * its details; otherwise null and nothing is written (nothing was shown).
   */
  async readListed(
    repos: Repositories,
    actor: Actor,
    kase: CaseRecord,
    event: AuditAction,
  ): Promise<CaseAccess | null> {
    const access = await this.caseAccess(repos, actor, kase);
    if (!access.may('case.readDetails')) return null;
    await this.audit(repos.audit, actor, access, event, 'ok', { shown: 'details' });
    return access;
  }

  /**
   * Cases in a long list (the boligmøte worklist): as `readListed` for each, returning those
   * shown. Owner and saksansvarlig read a case's details whatever else holds, and an involvement
   * in force is enough too, so a case is decided from its row and the actor's unit's
   * involvements (one query for the list); only a case left without either (a consent or a
   * break-glass grant may still open it) gets the full check. The reads are audited in one batch.
   */
  async readListedMany(
    repos: Repositories,
    actor: Actor,
    cases: readonly CaseRecord[],
    event: AuditAction,
  ): Promise<CaseRecord[]> {
    const now = this.clock.now();
    const unit = actor.unit.id;
    const involvements = await repos.cases.unitInvolvements(
      cases.filter((c) => c.owningUnitId !== unit).map((c) => c.id),
      unit,
    );
    const shown: CaseRecord[] = [];
    const events: AuditEvent[] = [];
    for (const kase of cases) {
      const own = involvements.get(kase.id) ?? [];
      // A previous owner's involvement may hang on an open measure: that needs the plan.
      const plan = own.some((i) => i.reason === 'previous-owner' || i.reason === 'reporter')
        ? await repos.plans.findByCaseId(kase.id)
        : null;
      const involved = own.some((i) => this.inForce(i, now, plan));
      const situation: AccessSituation = {
        role: actor.staff.role,
        relation: kase.owningUnitId === unit ? 'owner' : involved ? 'involved' : 'none',
        isCoordinator: kase.coordinatorId === actor.staff.id,
        inConsentScope: false,
        responsibleForMeasure: false,
        isReporter: false,
        breakGlass: false,
      };
      const direct = mayAct('case.readDetails', situation);
      const access = direct ? null : await this.caseAccess(repos, actor, kase);
      if (!direct && !access?.may('case.readDetails')) continue;
      const basis = access ? access.basis : basisOf(situation);
      shown.push(kase);
      events.push({
        at: now,
        action: event,
        outcome: 'ok',
        actorStaffId: actor.staff.id,
        actorAadObjectId: null,
        tenantId: actor.tenantId,
        caseId: kase.id,
        residentId: kase.residentId,
        detail: {
          relation: basis,
          audience: actor.audience ?? 'personal',
          ...(basis === 'break-glass' ? { breakGlass: true } : {}),
          shown: 'details',
        },
      });
    }
    await repos.audit.recordMany(events);
    return shown;
  }

  /**
   * Person lookups are throttled per staff member (HUSLY_LOOKUP_LIMIT_PER_HOUR): a refusal is
   * audited, and `tellLeaders` is true for the first refusal in an hour, so leaders hear of it
   * once.
   */
  async personLookupAllowed(
    repos: Repositories,
    actor: Actor,
  ): Promise<{ allowed: true } | { allowed: false; tellLeaders: boolean }> {
    const now = this.clock.now();
    const hourAgo = new Date(now.getTime() - 3_600_000);
    const count = await repos.audit.countByActor(actor.staff.id, PERSON_LOOKUP_ACTIONS, hourAgo);
    if (count < this.settings.lookupLimitPerHour) return { allowed: true };
    const earlierHits = await repos.audit.countByActor(
      actor.staff.id,
      ['lookup.throttled'],
      hourAgo,
    );
    await this.record(repos.audit, actor, {
      action: 'lookup.throttled',
      outcome: 'denied',
      detail: { limit: this.settings.lookupLimitPerHour, audience: actor.audience ?? 'personal' },
    });
    return { allowed: false, tellLeaders: earlierHits === 0 };
  }

  /**
   * An organisation-level permission (link a channel,
   * edit routing): a refusal is audited as `action`.
   */
  async authorizeOrg(
    audit: AuditLog,
    actor: Actor,
    permission: Permission,
    action: AuditAction,
  ): Promise<Result<void, Denied>> {
    if (roleCan(actor.staff.role, permission)) return ok(undefined);
    await this.record(audit, actor, {
      action,
      outcome: 'denied',
      detail: { code: 'ACCESS.DENIED' },
    });
    return fail('ACCESS.DENIED');
  }

  /**
   * Every other audit event (a person lookup's outcome, tenant refusals, org changes, reports)
   * is written here too, so the trail has one writer. A purpose note is stored once, on the
   * event it explains, with anything that looks like an identity number removed.
   */
  record(
    audit: AuditLog,
    actor:
      | Actor
      | {
          readonly staffId?: string | null;
          readonly aadObjectId?: string | null;
          readonly tenantId?: string | null;
        }
      | null,
    event: Omit<AuditEvent, 'at' | 'actorStaffId' | 'actorAadObjectId' | 'tenantId'>,
  ): Promise<void> {
    const who =
      actor && 'staff' in actor
        ? { actorStaffId: actor.staff.id, tenantId: actor.tenantId, actorAadObjectId: null }
        : {
            actorStaffId: actor?.staffId ?? null,
            actorAadObjectId: actor?.aadObjectId ?? null,
            tenantId: actor?.tenantId ?? null,
          };
    const note = event.purposeNote === undefined ? undefined : redactNumbers(event.purposeNote);
    return audit.record({ ...event, ...who, at: this.clock.now(), purposeNote: note });
  }

  private audit(
    audit: AuditLog,
    actor: Actor,
    access: CaseAccess,
    action: AuditAction,
    outcome: AuditEvent['outcome'],
    detail: Record<string, string | number | boolean>,
    purposeNote?: string,
  ) {
    return this.record(audit, actor, {
      action,
      outcome,
      caseId: access.kase.id,
      residentId: access.kase.residentId,
      detail: {
        relation: access.basis,
        audience: actor.audience ?? 'personal',
        ...(access.basis === 'break-glass' ? { breakGlass: true } : {}),
        ...detail,
      },
      purposeNote,
    });
  }

  /**
   * A name search may list several residents (with birth year and masked number) only when the
   * asker may read every one of their cases; each listing is audited for that resident.
   */
  async listResidents(
    repos: Repositories,
    actor: Actor,
    cases: readonly CaseRecord[],
  ): Promise<boolean> {
    const accesses = await Promise.all(cases.map((kase) => this.caseAccess(repos, actor, kase)));
    if (!accesses.every((a) => a.may('case.readDetails'))) return false;
    for (const access of accesses)
      await this.audit(repos.audit, actor, access, 'resident.listed', 'ok', { queryKind: 'name' });
    return true;
  }

  /**
   * Units (besides the owner) whose involvement is in force now: who to alert about a new concern.
   */
  async involvedUnits(repos: Repositories, kase: CaseRecord): Promise<string[]> {
    const now = this.clock.now();
    const [involvements, plan] = await Promise.all([
      repos.cases.involvements(kase.id),
      repos.plans.findByCaseId(kase.id),
    ]);
    return involvements
      .filter((i) => i.unitId !== kase.owningUnitId && this.inForce(i, now, plan))
      .map((i) => i.unitId);
  }

  /**
   * Builds the actor's situation on the case from what is stored. No audit: callers above do that.
   */
  private async caseAccess(
    repos: Repositories,
    actor: Actor,
    kase: CaseRecord,
  ): Promise<CaseAccess> {
    const now = this.clock.now();
    const [involvements, allConsents, plan, concerns, grant] = await Promise.all([
      repos.cases.involvements(kase.id),
      repos.consents.listForCase(kase.id),
      repos.plans.findByCaseId(kase.id),
      repos.concerns.listForCase(kase.id),
      repos.breakGlass.activeFor(kase.id, actor.staff.id, now),
    ]);
    // Consents given with the plan on one of the person's earlier cases: they open the plan here,
    // never this case or its concerns (the resident consented to sharing the plan).
    const carried = await carriedConsents(repos.consents, plan, kase.id);
    // A closed case is read by its owner and coordinator only: involvements ended when it closed,
    // and consents, measures and break-glass no longer open it. A living målplan outlives its
    // case: the consents and measures that open the plan keep opening the plan (only).
    const open = kase.status === 'open';
    const planLive = open || plan?.status === 'active';
    const consents = allConsents.filter((c) => isActiveConsent(c, now));
    // A consent a reporter wrote on a concern opens that concern's text only; the case and its plan
    // follow the consents the owning unit recorded (a reporter cannot give its own unit the case).
    const caseConsents = consents.filter((c) => c.source !== 'concern');
    const planConsents = [...caseConsents, ...carried.filter((c) => isActiveConsent(c, now))];
    const involvedUnitIds = involvements
      .filter((i) => this.inForce(i, now, plan))
      .map((i) => i.unitId)
      .filter((id) => id !== kase.owningUnitId);
    const unit = actor.unit.id;
    const inScope = (c: CaseConsent) => c.unitIds.includes(unit);
    const holdsMeasure =
      plan?.measures.some(
        (m) => m.responsibleUnitId === unit || m.responsibleStaffId === actor.staff.id,
      ) ?? false;
    const situation: AccessSituation = {
      role: actor.staff.role,
      relation:
        kase.owningUnitId === unit ? 'owner' : involvedUnitIds.includes(unit) ? 'involved' : 'none',
      isCoordinator: kase.coordinatorId === actor.staff.id,
      inConsentScope: open && caseConsents.some(inScope),
      responsibleForMeasure: open && holdsMeasure,
      isReporter: concerns.some((c) => c.reporterUnitId === unit),
      breakGlass: open && grant !== null,
    };
    /** For the plan's actions: its consents (carried ones too) and measures, while it lives. */
    const planSituation: AccessSituation = {
      ...situation,
      inConsentScope: planLive && planConsents.some(inScope),
      responsibleForMeasure: planLive && holdsMeasure,
    };
    const decide = (action: CaseAction) =>
      mayAct(action, action.startsWith('plan.') ? planSituation : situation);
    const concernSituation = (c: StoredConcern): AccessSituation => {
      const own = c.consentId ? consents.find((x) => x.id === c.consentId) : undefined;
      return {
        ...situation,
        isReporter: c.reporterUnitId === unit,
        // A concern shared with consent follows its own consent; older ones follow the case's.
        inConsentScope:
          open && (c.consentId ? (own ? inScope(own) : false) : situation.inConsentScope),
      };
    };
    return {
      kase,
      situation,
      basis: basisOf(planSituation),
      involvedUnitIds,
      consents: planConsents,
      plan,
      concerns,
      breakGlassUntil: open ? (grant?.expiresAt ?? null) : null,
      may: decide,
      mayReadConcernText: (c) => mayAct(TEXT_ACTION[c.sharingBasis], concernSituation(c)),
    };
  }

  /**
   * An involvement gives access while it has not ended; a previous owner's (or a legacy
   * reporter's) only for `involvementExpiryDays`, or as long as the unit holds an open measure.
   */
  private inForce(i: Involvement, now: Date, plan: GoalPlan | null): boolean {
    if (i.endedAt && i.endedAt <= now) return false;
    if (i.reason !== 'previous-owner' && i.reason !== 'reporter') return true;
    if (now.getTime() - i.since.getTime() < this.settings.involvementExpiryDays * 86_400_000)
      return true;
    return (
      plan?.measures.some(
        (m) =>
          m.responsibleUnitId === i.unitId &&
          (m.status === 'planned' || m.status === 'in-progress'),
      ) ?? false
    );
  }
}

const TEXT_ACTION: Readonly<Record<SharingBasis, CaseAction>> = {
  'ikke-avklart': 'concern.readText.unclarified',
  samtykke: 'concern.readText.consent',
  lovhjemmel: 'concern.readText.legalBasis',
  'avverge-fare': 'concern.readText.legalBasis',
  'meldeplikt-barnevern': 'concern.readText.legalBasis',
};

function basisOf(s: AccessSituation): AccessBasis {
  if (s.isCoordinator) return 'coordinator';
  if (s.relation === 'owner') return 'owner';
  if (s.relation === 'involved') return 'involved';
  if (s.inConsentScope) return 'consent';
  if (s.breakGlass) return 'break-glass';
  return s.isReporter ? 'reporter' : 'none';
}

/**
 * Runs of six or more digits (an identity number, a
 * birth date) in a purpose note; a case reference stays.
 */
export function redactNumbers(text: string): string {
  return text.replace(/(?<!\d)(?!20\d{2}-\d{4}(?!\d))\d(?:[\s.-]?\d){5,}/g, '[tall fjernet]');
}

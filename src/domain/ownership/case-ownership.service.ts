import type { AccessGate, CaseAccess } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import {
  CASE_LEVELS,
  isCategory,
  isSubcategoryOf,
  nextLegalDeadline,
  type CaseLevel,
  type CaseRecord,
  type Category,
  type Subcategory,
} from '../case/case.ts';
import type { Involvement } from '../case/case.repository.ts';
import { isCaseworker, type Staff, type Unit } from '../org/org.ts';
import type { Notice, Notifier } from '../notify/notifier.ts';
import type { Clock } from '../common/clock.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories, UnitOfWork } from '../common/unit-of-work.ts';

export interface Owner {
  readonly unit: Unit;
  readonly coordinator: Staff | null;
}

export interface HandOverRequest {
  readonly unitKey: string;
  /** Staff id of the new coordinator (must work in the new unit), or null to leave it open. */
  readonly coordinatorId: string | null;
  readonly note: string;
}

export interface HandedOver {
  readonly kase: CaseRecord;
  readonly previous: Owner;
  readonly next: Owner;
}

type Loaded = 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED';
export type TakeError = Loaded | 'CASE.ALREADY_TAKEN';
export type HandOverError =
  | Loaded
  | 'UNIT.NOT_FOUND'
  | 'STAFF.NOT_FOUND'
  | 'HANDOVER.SAME_OWNER'
  | 'HANDOVER.COORDINATOR_NOT_IN_UNIT'
  | 'HANDOVER.COORDINATOR_NOT_CASEWORKER'
  | 'HANDOVER.NOTE_REQUIRED';
export type GrantError = Loaded | 'UNIT.NOT_FOUND' | 'GRANT.OWNER_UNIT' | 'GRANT.NOTE_REQUIRED';

export interface MyCase {
  readonly kase: CaseRecord;
  readonly residentName: string;
  readonly iAmCoordinator: boolean;
  readonly nextDeadline: string | null;
}

/** A unit working on the case, for the access card: why, since when, granted by whom. */
export interface InvolvedUnit {
  readonly unit: Unit;
  readonly involvement: Involvement;
  readonly grantedByName: string | null;
  readonly inForce: boolean;
}

/** Someone reading the case under break-glass right now. */
export interface BreakGlassHolder {
  readonly name: string;
  readonly unitName: string;
  readonly until: Date;
}

export const MAX_HANDOVER_NOTE = 500;
export const MAX_GRANT_NOTE = 300;

/** Who owns a case, and changes to that: "Ta saken", hand-over, "mine saker". */
export class CaseOwnershipService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /** The case, its coordinator and the channel cards Husly posted about it, to redraw them (reference, category, level only). */
  currentForCard(caseId: string): Promise<{
    kase: CaseRecord;
    coordinator: Staff | null;
    cards: { conversationId: string; activityId: string }[];
  } | null> {
    return this.uow.run(async ({ cases, org }) => {
      const kase = caseId ? await cases.findById(caseId) : null;
      if (!kase) return null;
      return {
        kase,
        coordinator: kase.coordinatorId ? await org.findStaffById(kase.coordinatorId) : null,
        cards: await cases.cards(kase.id),
      };
    });
  }

  /** The case for a form (e.g. "endre nivå"), if the actor may take that action on it; a refusal is audited. */
  forForm(
    actor: Actor,
    target: { reference?: string; caseId?: string },
    action: 'case.changeClassification' | 'case.grantAccess',
  ): Promise<Result<CaseRecord, Loaded>> {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(repos, actor, await caseIdOf(repos, target), action);
      return loaded.ok ? ok(loaded.value.kase) : loaded;
    });
  }

  /** What the hand-over form offers, if the actor may hand the case over. */
  handOverOptions(
    actor: Actor,
    target: { reference?: string; caseId?: string },
  ): Promise<
    Result<{ kase: CaseRecord; units: Unit[]; staff: (Staff & { unitName: string })[] }, Loaded>
  > {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(repos, actor, await caseIdOf(repos, target), 'case.handOver');
      if (!loaded.ok) return loaded;
      const units = await repos.org.listUnits();
      const staff = [];
      for (const unit of units)
        for (const s of await repos.org.listStaffInUnit(unit.id))
          if (isCaseworker(s)) staff.push({ ...s, unitName: unit.name });
      return ok({ kase: loaded.value.kase, units, staff });
    });
  }

  /** "Ta saken": the presser becomes coordinator. Pressing again on an old card changes nothing. */
  take(
    actor: Actor,
    caseId: string,
  ): Promise<Result<{ kase: CaseRecord; coordinator: Staff }, TakeError>> {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(repos, actor, caseId, 'case.take');
      if (!loaded.ok) return loaded;
      const { kase } = loaded.value;
      if (kase.coordinatorId === actor.staff.id) return ok({ kase, coordinator: actor.staff });
      if (kase.coordinatorId) return fail('CASE.ALREADY_TAKEN');
      const at = this.clock.now();
      const updated = await repos.cases.update(kase.id, { coordinatorId: actor.staff.id });
      await repos.cases.startOwnership(kase.id, {
        unitId: kase.owningUnitId,
        coordinatorId: actor.staff.id,
        startedAt: at,
        note: null,
        changedById: actor.staff.id,
      });
      await this.gate.done(repos, actor, loaded.value, 'case.take');
      return ok({ kase: updated, coordinator: actor.staff });
    });
  }

  /** Hands a case to another unit and/or coordinator; the previous owner stays involved. */
  async handOver(
    actor: Actor,
    caseId: string,
    request: HandOverRequest,
  ): Promise<Result<HandedOver, HandOverError>> {
    const result = await this.uow.run((repos) => this.storeHandOver(repos, actor, caseId, request));
    if (result.ok) await this.announceHandOver(actor, result.value);
    return result;
  }

  /** Both owners, their channels and both coordinators hear of it; the actor already knows. */
  private async announceHandOver(actor: Actor, h: HandedOver): Promise<void> {
    const notice: Notice = {
      kind: 'case.handedOver',
      reference: h.kase.reference,
      fromUnitName: h.previous.unit.name,
      toUnitName: h.next.unit.name,
      toCoordinatorName: h.next.coordinator?.name ?? null,
      byName: actor.staff.name,
    };
    for (const unitId of new Set([h.previous.unit.id, h.next.unit.id]))
      await this.notifier.toUnitChannel(unitId, notice);
    for (const staffId of new Set([h.previous.coordinator?.id, h.next.coordinator?.id]))
      if (staffId && staffId !== actor.staff.id) await this.notifier.toStaff(staffId, notice);
  }

  private async storeHandOver(
    repos: Repositories,
    actor: Actor,
    caseId: string,
    request: HandOverRequest,
  ): Promise<Result<HandedOver, HandOverError>> {
    const loaded = await this.load(repos, actor, caseId, 'case.handOver');
    if (!loaded.ok) return loaded;
    const { kase } = loaded.value;
    const note = request.note.trim();
    if (!note || note.length > MAX_HANDOVER_NOTE) return fail('HANDOVER.NOTE_REQUIRED');
    const unit = await repos.org.findUnitByKey(request.unitKey);
    if (!unit) return fail('UNIT.NOT_FOUND');
    const coordinator = request.coordinatorId
      ? await repos.org.findStaffById(request.coordinatorId)
      : null;
    if (request.coordinatorId && !coordinator) return fail('STAFF.NOT_FOUND');
    if (coordinator && coordinator.unitId !== unit.id)
      return fail('HANDOVER.COORDINATOR_NOT_IN_UNIT');
    // Admins run Husly and see no case content; someone who has left cannot take a case.
    if (coordinator && !isCaseworker(coordinator))
      return fail('HANDOVER.COORDINATOR_NOT_CASEWORKER');
    if (unit.id === kase.owningUnitId && (coordinator?.id ?? null) === kase.coordinatorId)
      return fail('HANDOVER.SAME_OWNER');

    const at = this.clock.now();
    const previous: Owner = {
      unit: (await repos.org.findUnitById(kase.owningUnitId))!,
      coordinator: kase.coordinatorId ? await repos.org.findStaffById(kase.coordinatorId) : null,
    };
    const updated = await repos.cases.update(kase.id, {
      owningUnitId: unit.id,
      coordinatorId: coordinator?.id ?? null,
    });
    await repos.cases.startOwnership(kase.id, {
      unitId: unit.id,
      coordinatorId: coordinator?.id ?? null,
      startedAt: at,
      note,
      changedById: actor.staff.id,
    });
    // The previous owner keeps reading for a while (HUSLY_INVOLVEMENT_EXPIRY_DAYS) to hand over well.
    if (unit.id !== previous.unit.id) {
      await repos.cases.endInvolvements(kase.id, at, unit.id);
      await repos.cases.addInvolvement(kase.id, {
        unitId: previous.unit.id,
        since: at,
        reason: 'previous-owner',
      });
    }
    await this.gate.done(repos, actor, loaded.value, 'case.handOver', { toUnitId: unit.id });
    return ok({ kase: updated, previous, next: { unit, coordinator } });
  }

  /** Changes level and/or category; each change is recorded with who, when and why. */
  changeClassification(
    actor: Actor,
    caseId: string,
    change: { level: number; categoryChoice: string; reason: string },
  ): Promise<
    Result<
      CaseRecord,
      | 'CASE.NOT_FOUND'
      | 'CASE.CLOSED'
      | 'ACCESS.DENIED'
      | 'CLASSIFICATION.REASON_REQUIRED'
      | 'CLASSIFICATION.INVALID'
      | 'CLASSIFICATION.UNCHANGED'
    >
  > {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(repos, actor, caseId, 'case.changeClassification');
      if (!loaded.ok) return loaded;
      const { kase } = loaded.value;
      const reason = change.reason.trim();
      const [category, subcategory] = change.categoryChoice.split('/');
      const level = change.level as CaseLevel;
      if (
        !CASE_LEVELS.includes(level) ||
        !isCategory(category ?? '') ||
        !isSubcategoryOf(category as Category, subcategory ?? '')
      )
        return fail('CLASSIFICATION.INVALID');
      if (!reason || reason.length > 500) return fail('CLASSIFICATION.REASON_REQUIRED');
      const at = this.clock.now();
      const changes = [
        level !== kase.level
          ? { field: 'level' as const, fromValue: String(kase.level), toValue: String(level) }
          : null,
        `${category}/${subcategory}` !== `${kase.category}/${kase.subcategory}`
          ? {
              field: 'category' as const,
              fromValue: `${kase.category}/${kase.subcategory}`,
              toValue: `${category}/${subcategory}`,
            }
          : null,
      ].filter((c) => c !== null);
      if (changes.length === 0) return fail('CLASSIFICATION.UNCHANGED');
      for (const c of changes)
        await repos.cases.recordChange({
          caseId: kase.id,
          at,
          actorId: actor.staff.id,
          reason,
          ...c,
        });
      const updated = await repos.cases.update(kase.id, {
        level,
        category: category as Category,
        subcategory: subcategory as Subcategory,
      });
      await this.gate.done(repos, actor, loaded.value, 'case.changeClassification', {
        fields: changes.map((c) => c.field).join(','),
      });
      return ok(updated);
    });
  }

  /**
   * Open cases I coordinate or my unit owns, most urgent first: level, then nearest deadline.
   * Each case listed is a read of it (audited); admins, who see no case content, get none.
   */
  myCases(actor: Actor, today: string): Promise<MyCase[]> {
    return this.uow.run(async (repos) => {
      const mine: MyCase[] = [];
      for (const kase of await repos.cases.listOpenForStaff(actor.staff.id, actor.unit.id)) {
        if (!(await this.gate.readListed(repos, actor, kase, 'case.listMine'))) continue;
        mine.push({
          kase,
          residentName: (await repos.residents.findById(kase.residentId))?.name ?? '',
          iAmCoordinator: kase.coordinatorId === actor.staff.id,
          nextDeadline: nextLegalDeadline(kase.timeline, today),
        });
      }
      return mine.sort(
        (a, b) =>
          b.kase.level - a.kase.level ||
          (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999') ||
          a.kase.openedAt.getTime() - b.kase.openedAt.getTime(),
      );
    });
  }

  /** Who works on the case and why, for the owner's access card. */
  accessOptions(
    actor: Actor,
    target: { reference?: string; caseId?: string },
  ): Promise<
    Result<
      { kase: CaseRecord; units: Unit[]; involved: InvolvedUnit[]; breakGlass: BreakGlassHolder[] },
      Loaded
    >
  > {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(
        repos,
        actor,
        await caseIdOf(repos, target),
        'case.grantAccess',
      );
      if (!loaded.ok) return loaded;
      const { kase } = loaded.value;
      const inForce = new Set(loaded.value.involvedUnitIds);
      const involved: InvolvedUnit[] = [];
      for (const involvement of await repos.cases.involvements(kase.id)) {
        const unit = await repos.org.findUnitById(involvement.unitId);
        if (
          !unit ||
          unit.id === kase.owningUnitId ||
          (involvement.endedAt && !inForce.has(unit.id))
        )
          continue;
        const grantedBy = involvement.grantedById
          ? await repos.org.findStaffById(involvement.grantedById)
          : null;
        involved.push({
          unit,
          involvement,
          grantedByName: grantedBy?.name ?? null,
          inForce: inForce.has(unit.id),
        });
      }
      const breakGlass: BreakGlassHolder[] = [];
      for (const grant of await repos.breakGlass.activeOnCase(kase.id, this.clock.now())) {
        const staff = await repos.org.findStaffById(grant.staffId);
        const unit = staff ? await repos.org.findUnitById(staff.unitId) : null;
        breakGlass.push({
          name: staff?.name ?? '',
          unitName: unit?.name ?? '',
          until: grant.expiresAt,
        });
      }
      return ok({
        kase,
        units: (await repos.org.listUnits()).filter((u) => u.id !== kase.owningUnitId),
        involved,
        breakGlass,
      });
    });
  }

  /**
   * The owning unit gives another unit access to the case, for a stated need (tjenstlig behov).
   * Reporting a concern does not do this; the owner decides. The unit's channel is told.
   */
  async grantAccess(
    actor: Actor,
    caseId: string,
    input: { unitKey: string; note: string },
  ): Promise<Result<{ kase: CaseRecord; unit: Unit; unitTold: boolean }, GrantError>> {
    const result = await this.uow.run(
      async (repos): Promise<Result<{ kase: CaseRecord; unit: Unit }, GrantError>> => {
        const loaded = await this.load(repos, actor, caseId, 'case.grantAccess');
        if (!loaded.ok) return loaded;
        const { kase } = loaded.value;
        const unit = await repos.org.findUnitByKey(input.unitKey);
        if (!unit) return fail('UNIT.NOT_FOUND');
        if (unit.id === kase.owningUnitId) return fail('GRANT.OWNER_UNIT');
        const note = input.note.trim();
        if (!note || note.length > MAX_GRANT_NOTE) return fail('GRANT.NOTE_REQUIRED');
        const at = this.clock.now();
        // A grant replaces an expiring one (previous owner, legacy reporter) with one that lasts.
        await repos.cases.endInvolvements(kase.id, at, unit.id);
        await repos.cases.addInvolvement(kase.id, {
          unitId: unit.id,
          since: at,
          reason: 'granted',
          grantedById: actor.staff.id,
          note,
        });
        await this.gate.done(repos, actor, loaded.value, 'case.grantAccess', { unitId: unit.id });
        return ok({ kase, unit });
      },
    );
    if (!result.ok) return result;
    const owner = await this.uow.run(({ org }) => org.findUnitById(result.value.kase.owningUnitId));
    const told = await this.notifier.toUnitChannel(result.value.unit.id, {
      kind: 'case.accessGranted',
      reference: result.value.kase.reference,
      owningUnitName: owner?.name ?? '',
      byName: actor.staff.name,
    });
    return ok({ ...result.value, unitTold: told.delivered });
  }

  /** Ends a unit's involvement at once (the owner's decision; recorded and audited). */
  endAccess(
    actor: Actor,
    caseId: string,
    unitId: string,
  ): Promise<Result<CaseRecord, Loaded | 'UNIT.NOT_FOUND'>> {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(repos, actor, caseId, 'case.grantAccess');
      if (!loaded.ok) return loaded;
      const { kase } = loaded.value;
      if (!(await repos.cases.involvements(kase.id)).some((i) => i.unitId === unitId && !i.endedAt))
        return fail('UNIT.NOT_FOUND');
      await repos.cases.endInvolvements(kase.id, this.clock.now(), unitId);
      await this.gate.done(repos, actor, loaded.value, 'case.endAccess', { unitId });
      return ok(kase);
    });
  }

  /** Staff a case can be handed to, by unit (for the hand-over card). */
  staffIn(unitKey: string): Promise<Staff[]> {
    return this.uow.run(async ({ org }) => {
      const unit = await org.findUnitByKey(unitKey);
      return unit ? (await org.listStaffInUnit(unit.id)).filter(isCaseworker) : [];
    });
  }

  private load(
    repos: Repositories,
    actor: Actor,
    caseId: string,
    action: 'case.take' | 'case.handOver' | 'case.changeClassification' | 'case.grantAccess',
  ): Promise<Result<CaseAccess, Loaded>> {
    return this.gate.authorizeOpen(repos, actor, caseId, action);
  }
}

/** Someone who can hold a case: not an admin, not someone who has left. */

async function caseIdOf(
  repos: Repositories,
  target: { reference?: string; caseId?: string },
): Promise<string> {
  if (target.caseId) return target.caseId;
  return target.reference ? ((await repos.cases.findByReference(target.reference))?.id ?? '') : '';
}

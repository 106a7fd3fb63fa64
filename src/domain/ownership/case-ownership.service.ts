import { auditDenied, auditDone, openCaseFor } from '../access/case-guard.ts';
import type { Actor } from '../actor/actor.ts';
import { CASE_LEVELS, isCategory, isSubcategoryOf, nextLegalDeadline, type CaseLevel, type CaseRecord, type Category, type Subcategory } from '../case/case.ts';
import type { Staff, Unit } from '../org/org.ts';
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

export type TakeError = 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'CASE.ALREADY_TAKEN' | 'ACCESS.DENIED';
export type HandOverError =
  | 'CASE.NOT_FOUND'
  | 'CASE.CLOSED'
  | 'ACCESS.DENIED'
  | 'UNIT.NOT_FOUND'
  | 'STAFF.NOT_FOUND'
  | 'HANDOVER.SAME_OWNER'
  | 'HANDOVER.COORDINATOR_NOT_IN_UNIT'
  | 'HANDOVER.NOTE_REQUIRED';

export interface MyCase {
  readonly kase: CaseRecord;
  readonly residentName: string;
  readonly iAmCoordinator: boolean;
  readonly nextDeadline: string | null;
}

export const MAX_HANDOVER_NOTE = 500;

/** Who owns a case, and changes to that: "Ta saken", hand-over, "mine saker". */
export class CaseOwnershipService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /** The case and its coordinator, to redraw a channel card (reference, category, level only). */
  currentForCard(caseId: string): Promise<{ kase: CaseRecord; coordinator: Staff | null } | null> {
    return this.uow.run(async ({ cases, org }) => {
      const kase = await cases.findById(caseId);
      if (!kase) return null;
      return { kase, coordinator: kase.coordinatorId ? await org.findStaffById(kase.coordinatorId) : null };
    });
  }

  /** What the hand-over form offers, if the actor may hand the case over. */
  handOverOptions(actor: Actor, reference: string): Promise<Result<{ kase: CaseRecord; units: Unit[]; staff: (Staff & { unitName: string })[] }, 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED'>> {
    return this.uow.run(async (repos) => {
      const byRef = await repos.cases.findByReference(reference);
      const loaded = await this.load(repos, actor, byRef?.id ?? '', 'case.handOver');
      if (!loaded.ok) return loaded;
      const units = await repos.org.listUnits();
      const staff = [];
      for (const unit of units)
        for (const s of await repos.org.listStaffInUnit(unit.id)) if (s.role !== 'admin') staff.push({ ...s, unitName: unit.name });
      return ok({ kase: loaded.value, units, staff });
    });
  }

  /** "Ta saken": the presser becomes coordinator. Pressing again on an old card changes nothing. */
  take(actor: Actor, caseId: string): Promise<Result<{ kase: CaseRecord; coordinator: Staff }, TakeError>> {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(repos, actor, caseId, 'case.take');
      if (!loaded.ok) return loaded;
      const kase = loaded.value;
      if (kase.coordinatorId === actor.staff.id) return ok({ kase, coordinator: actor.staff });
      if (kase.coordinatorId) return this.deny(repos, actor, 'case.take', 'CASE.ALREADY_TAKEN', kase);
      const at = this.clock.now();
      const updated = await repos.cases.update(kase.id, { coordinatorId: actor.staff.id });
      await repos.cases.startOwnership(kase.id, { unitId: kase.owningUnitId, coordinatorId: actor.staff.id, startedAt: at, note: null, changedById: actor.staff.id });
      await this.audited(repos, actor, 'case.take', updated);
      return ok({ kase: updated, coordinator: actor.staff });
    });
  }

  /** Hands a case to another unit and/or coordinator; the previous owner stays involved. */
  async handOver(actor: Actor, caseId: string, request: HandOverRequest): Promise<Result<HandedOver, HandOverError>> {
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
    for (const unitId of new Set([h.previous.unit.id, h.next.unit.id])) await this.notifier.toUnitChannel(unitId, notice);
    for (const staffId of new Set([h.previous.coordinator?.id, h.next.coordinator?.id]))
      if (staffId && staffId !== actor.staff.id) await this.notifier.toStaff(staffId, notice);
  }

  private async storeHandOver(repos: Repositories, actor: Actor, caseId: string, request: HandOverRequest): Promise<Result<HandedOver, HandOverError>> {
    const loaded = await this.load(repos, actor, caseId, 'case.handOver');
    if (!loaded.ok) return loaded;
    const kase = loaded.value;
    const note = request.note.trim();
    if (!note || note.length > MAX_HANDOVER_NOTE) return fail('HANDOVER.NOTE_REQUIRED');
    const unit = await repos.org.findUnitByKey(request.unitKey);
    if (!unit) return fail('UNIT.NOT_FOUND');
    const coordinator = request.coordinatorId ? await repos.org.findStaffById(request.coordinatorId) : null;
    if (request.coordinatorId && !coordinator) return fail('STAFF.NOT_FOUND');
    if (coordinator && coordinator.unitId !== unit.id) return fail('HANDOVER.COORDINATOR_NOT_IN_UNIT');
    if (unit.id === kase.owningUnitId && (coordinator?.id ?? null) === kase.coordinatorId) return fail('HANDOVER.SAME_OWNER');

    const at = this.clock.now();
    const previous: Owner = {
      unit: (await repos.org.findUnitById(kase.owningUnitId))!,
      coordinator: kase.coordinatorId ? await repos.org.findStaffById(kase.coordinatorId) : null,
    };
    const updated = await repos.cases.update(kase.id, { owningUnitId: unit.id, coordinatorId: coordinator?.id ?? null });
    await repos.cases.startOwnership(kase.id, { unitId: unit.id, coordinatorId: coordinator?.id ?? null, startedAt: at, note, changedById: actor.staff.id });
    if (unit.id !== previous.unit.id)
      await repos.cases.addInvolvement(kase.id, { unitId: previous.unit.id, since: at, reason: 'previous-owner' });
    await this.audited(repos, actor, 'case.handOver', updated, { toUnitId: unit.id });
    return ok({ kase: updated, previous, next: { unit, coordinator } });
  }

  /** Changes level and/or category; each change is recorded with who, when and why. */
  changeClassification(
    actor: Actor,
    caseId: string,
    change: { level: number; categoryChoice: string; reason: string },
  ): Promise<Result<CaseRecord, 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED' | 'CLASSIFICATION.REASON_REQUIRED' | 'CLASSIFICATION.INVALID' | 'CLASSIFICATION.UNCHANGED'>> {
    return this.uow.run(async (repos) => {
      const loaded = await this.load(repos, actor, caseId, 'case.changeClassification');
      if (!loaded.ok) return loaded;
      const kase = loaded.value;
      const reason = change.reason.trim();
      const [category, subcategory] = change.categoryChoice.split('/');
      const level = change.level as CaseLevel;
      if (!CASE_LEVELS.includes(level) || !isCategory(category ?? '') || !isSubcategoryOf(category as Category, subcategory ?? ''))
        return fail('CLASSIFICATION.INVALID');
      if (!reason || reason.length > 500) return fail('CLASSIFICATION.REASON_REQUIRED');
      const at = this.clock.now();
      const changes = [
        level !== kase.level ? { field: 'level' as const, fromValue: String(kase.level), toValue: String(level) } : null,
        `${category}/${subcategory}` !== `${kase.category}/${kase.subcategory}`
          ? { field: 'category' as const, fromValue: `${kase.category}/${kase.subcategory}`, toValue: `${category}/${subcategory}` }
          : null,
      ].filter((c) => c !== null);
      if (changes.length === 0) return fail('CLASSIFICATION.UNCHANGED');
      for (const c of changes) await repos.cases.recordChange({ caseId: kase.id, at, actorId: actor.staff.id, reason, ...c });
      const updated = await repos.cases.update(kase.id, { level, category: category as Category, subcategory: subcategory as Subcategory });
      await this.audited(repos, actor, 'case.changeClassification', updated, { fields: changes.map((c) => c.field).join(',') });
      return ok(updated);
    });
  }

  /** Open cases I coordinate or my unit owns, most urgent first: level, then nearest deadline. */
  myCases(actor: Actor, today: string): Promise<MyCase[]> {
    return this.uow.run(async (repos) => {
      const cases = await repos.cases.listOpenForStaff(actor.staff.id, actor.unit.id);
      const mine = await Promise.all(
        cases.map(async (kase) => ({
          kase,
          residentName: (await repos.residents.findById(kase.residentId))?.name ?? '',
          iAmCoordinator: kase.coordinatorId === actor.staff.id,
          nextDeadline: nextLegalDeadline(kase.timeline, today),
        })),
      );
      // The list shows residents' names: each one is an access to that resident's case.
      for (const m of mine)
        await repos.audit.record({ at: this.clock.now(), action: 'case.listMine', outcome: 'ok', actorStaffId: actor.staff.id, tenantId: actor.tenantId, caseId: m.kase.id, residentId: m.kase.residentId });
      return mine.sort(
        (a, b) =>
          b.kase.level - a.kase.level ||
          (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999') ||
          a.kase.openedAt.getTime() - b.kase.openedAt.getTime(),
      );
    });
  }

  /** Staff a case can be handed to, by unit (for the hand-over card). */
  staffIn(unitKey: string): Promise<Staff[]> {
    return this.uow.run(async ({ org }) => {
      const unit = await org.findUnitByKey(unitKey);
      return unit ? (await org.listStaffInUnit(unit.id)).filter((s) => s.role !== 'admin') : [];
    });
  }

  private load(repos: Repositories, actor: Actor, caseId: string, action: 'case.take' | 'case.handOver' | 'case.changeClassification') {
    return openCaseFor(repos, actor, caseId, action, this.clock.now());
  }

  private deny<C extends string>(repos: Repositories, actor: Actor, action: string, code: C, kase: CaseRecord) {
    return auditDenied(repos, actor, action, code, kase, this.clock.now());
  }

  private audited(repos: Repositories, actor: Actor, action: string, kase: CaseRecord, detail: Record<string, string> = {}) {
    return auditDone(repos, actor, action, kase, this.clock.now(), detail);
  }
}

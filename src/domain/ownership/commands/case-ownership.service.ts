import type { AccessGate, CaseAccess, OpenCaseError } from '../../access/access-gate.ts';
import type { Actor } from '../../actor/actor.ts';
import type { CaseRecord } from '../../case/case.ts';
import { caseIdOf } from '../../case/case-target.ts';
import { isCaseworker, type Staff, type Unit } from '../../org/org.ts';
import { reachOf, type Notice, type Notifier, type Told } from '../../notify/notifier.ts';
import type { Clock } from '../../common/clock.ts';
import { mustExist } from '../../common/must-exist.ts';
import { fail, ok, type Result } from '../../common/result.ts';
import type { Repositories, UnitOfWork } from '../../common/unit-of-work.ts';

interface Owner {
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

export interface Taken {
  readonly kase: CaseRecord;
  readonly coordinator: Staff;
  /** The actor was already the case's coordinator: nothing changed. */
  readonly alreadyYours: boolean;
}

export type TakeError = OpenCaseError | 'CASE.ALREADY_TAKEN';
export type HandOverError =
  | OpenCaseError
  | 'UNIT.NOT_FOUND'
  | 'STAFF.NOT_FOUND'
  | 'HANDOVER.SAME_OWNER'
  | 'HANDOVER.COORDINATOR_NOT_IN_UNIT'
  | 'HANDOVER.COORDINATOR_NOT_CASEWORKER'
  | 'HANDOVER.NOTE_REQUIRED';

export const MAX_HANDOVER_NOTE = 500;

/** Changes to who owns a case: "Ta saken" and hand-over. Queries are in ../queries/. */
export class CaseOwnershipService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /**
   * "Ta saken": the presser becomes coordinator (saksansvarlig); only staff of the owning unit
   * may. Pressing again on an old card changes nothing. A refusal says, in `detail`, what anyone
   * may know of the case anyway (owner facts): `owningUnitName`, and who has it
   * (`coordinatorName`) when it is already taken.
   */
  take(actor: Actor, caseId: string): Promise<Result<Taken, TakeError>> {
    return this.uow.run((repos) => this.storeTake(repos, actor, caseId));
  }

  /** "ta saken 2026-0006": as `take`, by the reference a person types. */
  takeByReference(actor: Actor, reference: string): Promise<Result<Taken, TakeError>> {
    return this.uow.run(async (repos) =>
      this.storeTake(repos, actor, await caseIdOf(repos, { reference })),
    );
  }

  private async storeTake(
    repos: Repositories,
    actor: Actor,
    caseId: string,
  ): Promise<Result<Taken, TakeError>> {
    const loaded = await this.load(repos, actor, caseId, 'case.take');
    if (!loaded.ok) {
      const kase = loaded.code === 'ACCESS.DENIED' ? await repos.cases.findById(caseId) : null;
      const unit = kase ? await repos.org.findUnitById(kase.owningUnitId) : null;
      return unit ? fail(loaded.code, { owningUnitName: unit.name }) : loaded;
    }
    const { kase } = loaded.value;
    if (kase.coordinatorId === actor.staff.id)
      return ok({ kase, coordinator: actor.staff, alreadyYours: true });
    if (kase.coordinatorId) {
      const holder = await repos.org.findStaffById(kase.coordinatorId);
      return fail('CASE.ALREADY_TAKEN', {
        owningUnitName: actor.unit.name,
        coordinatorName: holder?.name ?? '',
      });
    }
    const at = this.clock.now();
    const updated = await repos.cases.takeIfUntaken(kase.id, actor.staff.id);
    if (!updated) {
      // Taken by someone else since it was read (another instance, the same moment).
      const now = await repos.cases.findById(kase.id);
      const holder = now?.coordinatorId ? await repos.org.findStaffById(now.coordinatorId) : null;
      if (now?.coordinatorId === actor.staff.id)
        return ok({ kase: now, coordinator: actor.staff, alreadyYours: true });
      return fail('CASE.ALREADY_TAKEN', {
        owningUnitName: actor.unit.name,
        coordinatorName: holder?.name ?? '',
      });
    }
    await repos.cases.startOwnership(kase.id, {
      unitId: kase.owningUnitId,
      coordinatorId: actor.staff.id,
      startedAt: at,
      note: null,
      changedById: actor.staff.id,
    });
    await this.gate.done(repos, actor, loaded.value, 'case.take');
    return ok({ kase: updated, coordinator: actor.staff, alreadyYours: false });
  }

  /** Hands a case to another unit and/or coordinator; the previous owner stays involved. */
  async handOver(
    actor: Actor,
    caseId: string,
    request: HandOverRequest,
  ): Promise<
    Result<
      HandedOver & { readonly everyoneTold: boolean; readonly told: readonly Told[] },
      HandOverError
    >
  > {
    const result = await this.uow.run((repos) => this.storeHandOver(repos, actor, caseId, request));
    if (!result.ok) return result;
    const told = await this.announceHandOver(actor, result.value);
    return ok({ ...result.value, everyoneTold: told.every((t) => t.reach === 'reached'), told });
  }

  /**
   * Both owners, their channels and both coordinators hear of it; the actor already knows.
   * Who was reached and who Husly tries again, so the confirmation claims no more than happened.
   */
  private async announceHandOver(actor: Actor, h: HandedOver): Promise<Told[]> {
    const notice: Notice = {
      kind: 'case.handedOver',
      reference: h.kase.reference,
      fromUnitName: h.previous.unit.name,
      toUnitName: h.next.unit.name,
      toCoordinatorName: h.next.coordinator?.name ?? null,
      byName: actor.staff.name,
    };
    const told: Told[] = [];
    for (const unit of new Map([h.previous.unit, h.next.unit].map((u) => [u.id, u])).values())
      told.push({
        kind: 'unit',
        name: unit.name,
        reach: reachOf(await this.notifier.toUnitChannel(unit.id, notice)),
      });
    for (const staff of new Map(
      [h.previous.coordinator, h.next.coordinator].flatMap((s) => (s ? [[s.id, s] as const] : [])),
    ).values())
      if (staff.id !== actor.staff.id)
        told.push({
          kind: 'staff',
          name: staff.name,
          reach: reachOf(await this.notifier.toStaff(staff.id, notice)),
        });
    return told;
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
      unit: mustExist(await repos.org.findUnitById(kase.owningUnitId), 'owning unit of a case'),
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
    // The previous owner keeps reading for a while (HUSLY_INVOLVEMENT_EXPIRY_DAYS) to hand over
    // well.
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

  private load(
    repos: Repositories,
    actor: Actor,
    caseId: string,
    action: 'case.take' | 'case.handOver',
  ): Promise<Result<CaseAccess, OpenCaseError>> {
    return this.gate.authorizeOpen(repos, actor, caseId, action);
  }
}

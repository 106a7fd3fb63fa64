import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import type { Involvement } from '../case/case.repository.ts';
import { caseIdOf, type CaseTarget } from '../case/case-target.ts';
import type { Clock } from '../common/clock.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { Notifier } from '../notify/notifier.ts';
import type { Unit } from '../org/org.ts';
import type { AccessGate, OpenCaseError } from './access-gate.ts';

export type GrantError =
  OpenCaseError | 'UNIT.NOT_FOUND' | 'GRANT.OWNER_UNIT' | 'GRANT.NOTE_REQUIRED';

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

export const MAX_GRANT_NOTE = 300;

/**
 * Which other units work on a case (tjenstlig behov): the owning unit grants and ends their
 * access ("gi tilgang"). Reporting a concern does not grant it; the owner decides.
 */
export class CaseInvolvementService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /** Who works on the case and why, for the owner's access card. */
  accessOptions(
    actor: Actor,
    target: CaseTarget,
  ): Promise<
    Result<
      { kase: CaseRecord; units: Unit[]; involved: InvolvedUnit[]; breakGlass: BreakGlassHolder[] },
      OpenCaseError
    >
  > {
    return this.uow.run(async (repos) => {
      const caseId = await caseIdOf(repos, target);
      const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.grantAccess');
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
  ): Promise<
    Result<{ kase: CaseRecord; unit: Unit; unitTold: boolean; unitRetrying: boolean }, GrantError>
  > {
    const result = await this.uow.run(
      async (repos): Promise<Result<{ kase: CaseRecord; unit: Unit }, GrantError>> => {
        const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.grantAccess');
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
    return ok({ ...result.value, unitTold: told.delivered, unitRetrying: told.retrying === true });
  }

  /** Ends a unit's involvement at once (the owner's decision; recorded and audited). */
  endAccess(
    actor: Actor,
    caseId: string,
    unitId: string,
  ): Promise<Result<CaseRecord, OpenCaseError | 'UNIT.NOT_FOUND'>> {
    return this.uow.run(async (repos) => {
      const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.grantAccess');
      if (!loaded.ok) return loaded;
      const { kase } = loaded.value;
      if (!(await repos.cases.involvements(kase.id)).some((i) => i.unitId === unitId && !i.endedAt))
        return fail('UNIT.NOT_FOUND');
      await repos.cases.endInvolvements(kase.id, this.clock.now(), unitId);
      await this.gate.done(repos, actor, loaded.value, 'case.endAccess', { unitId });
      return ok(kase);
    });
  }
}

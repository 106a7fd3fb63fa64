import type { AccessGate, OpenCaseError } from '../../access/access-gate.ts';
import type { Actor } from '../../actor/actor.ts';
import {
  byUrgency,
  casePhase,
  nextLegalDeadline,
  type CasePhase,
  type CaseRecord,
} from '../../case/case.ts';
import { caseIdOf, type CaseTarget } from '../../case/case-target.ts';
import { ok, type Result } from '../../common/result.ts';
import type { UnitOfWork } from '../../common/unit-of-work.ts';
import { isCaseworker, type Staff, type Unit } from '../../org/org.ts';

export interface MyCase {
  readonly kase: CaseRecord;
  readonly residentName: string;
  readonly iAmCoordinator: boolean;
  /** How urgent it is by its dates; the list is sorted by it, not by level. */
  readonly phase: CasePhase;
  readonly nextDeadline: string | null;
}

export interface HandOverOptions {
  readonly kase: CaseRecord;
  readonly units: Unit[];
  readonly staff: (Staff & { unitName: string })[];
}

/** Read-only questions about ownership: "mine saker" and what the hand-over form offers. */
export class OwnershipQueries {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
  ) {}

  /**
   * Open cases I coordinate or my unit owns, most urgent first: phase (acute tonight, eviction
   * date set, request filed, …), then the nearest legal deadline — never by level, which is the
   * person's need for help, not the urgency.
   * Each case listed is a read of it (audited); admins, who see no case content, get none.
   */
  myCases(actor: Actor, today: string): Promise<MyCase[]> {
    return this.uow.read(async (repos) => {
      const mine: MyCase[] = [];
      for (const kase of await repos.cases.listOpenForStaff(actor.staff.id, actor.unit.id)) {
        if (!(await this.gate.readListed(repos, actor, kase, 'case.listMine'))) continue;
        mine.push({
          kase,
          residentName: (await repos.residents.findById(kase.residentId))?.name ?? '',
          iAmCoordinator: kase.coordinatorId === actor.staff.id,
          phase: casePhase(kase.timeline, today),
          nextDeadline: nextLegalDeadline(kase.timeline, today),
        });
      }
      return mine.sort(
        (a, b) => byUrgency(a, b) || a.kase.openedAt.getTime() - b.kase.openedAt.getTime(),
      );
    });
  }

  /** What the hand-over form offers, if the actor may hand the case over. */
  handOverOptions(
    actor: Actor,
    target: CaseTarget,
  ): Promise<Result<HandOverOptions, OpenCaseError>> {
    return this.uow.read(async (repos) => {
      const caseId = await caseIdOf(repos, target);
      const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.handOver');
      if (!loaded.ok) return loaded;
      const units = await repos.org.listUnits();
      const staff = [];
      for (const unit of units)
        for (const s of await repos.org.listStaffInUnit(unit.id))
          if (isCaseworker(s)) staff.push({ ...s, unitName: unit.name });
      return ok({ kase: loaded.value.kase, units, staff });
    });
  }

  /** Staff a case can be handed to, by unit (for the hand-over card). */
  staffIn(unitKey: string): Promise<Staff[]> {
    return this.uow.read(async ({ org }) => {
      const unit = await org.findUnitByKey(unitKey);
      return unit ? (await org.listStaffInUnit(unit.id)).filter(isCaseworker) : [];
    });
  }
}

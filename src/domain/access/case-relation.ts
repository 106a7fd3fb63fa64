import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import type { Involvement } from '../case/case.repository.ts';
import type { AccessSituation, CaseRelation } from './case-access.ts';

export function relationOf(actor: Actor, kase: CaseRecord, involvements: readonly Involvement[]): CaseRelation {
  if (kase.owningUnitId === actor.unit.id) return 'owner';
  return involvements.some((i) => i.unitId === actor.unit.id) ? 'involved' : 'none';
}

/** The access situation for case-level actions (no plan in play). */
export function caseSituation(actor: Actor, kase: CaseRecord, involvements: readonly Involvement[]): AccessSituation {
  return {
    role: actor.staff.role,
    relation: relationOf(actor, kase, involvements),
    isCoordinator: kase.coordinatorId === actor.staff.id,
    inConsentScope: false,
    responsibleForMeasure: false,
    consentGiven: false,
  };
}

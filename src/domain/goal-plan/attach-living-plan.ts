import { isActiveConsent, type CaseConsent } from '../access/consent.ts';
import type { CaseRecord } from '../case/case.ts';
import type { Repositories } from '../common/unit-of-work.ts';

/**
 * Whether a living plan may go to a case of `unitId` without asking the resident again: the unit
 * already has the plan, or the resident consented to sharing it with that unit.
 */
export const consentReaches = (
  planUnitId: string,
  consents: readonly CaseConsent[],
  unitId: string,
  at: Date,
): boolean =>
  unitId === planUnitId ||
  consents.some((c) => isActiveConsent(c, at) && c.unitIds.includes(unitId));

/** What became of the person's living plan when a new case of theirs opened. */
export type Attachment =
  | { readonly kind: 'attached' | 'none' }
  /** It stays on this case (with its unit): the plan's unit is to be told. */
  | { readonly kind: 'held-elsewhere'; readonly heldOn: CaseRecord };

/**
 * One plan per person: when a new case opens for someone whose living plan hangs on a closed
 * case, the plan moves to the new case (its pending reminders with it) — but only where the
 * resident's consent already reaches (`consentReaches`). Otherwise routing (or a reporter's own
 * unit) would be handed years of history without a need to know; the plan then stays where it
 * is, and its owner moves it when the resident agrees (`GoalPlanService.moveToCase`).
 */
export async function attachLivingPlan(
  repos: Repositories,
  residentId: string,
  target: CaseRecord,
  at: Date,
): Promise<Attachment> {
  const living = await repos.plans.findActiveForResident(residentId);
  if (!living || living.caseId === target.id) return { kind: 'none' };
  const current = await repos.cases.findById(living.caseId);
  if (!current) return { kind: 'none' };
  // A plan on an open case stays there: it is that case's owner who follows the person up.
  const consents = await repos.consents.listForPlan(living.id);
  if (
    current.status === 'open' ||
    !consentReaches(current.owningUnitId, consents, target.owningUnitId, at)
  )
    return { kind: 'held-elsewhere', heldOn: current };
  await repos.plans.moveToCase(living.id, target.id, at);
  return { kind: 'attached' };
}

import { isActiveConsent } from '../access/consent.ts';
import type { CaseRecord } from '../case/case.ts';
import type { Repositories } from '../common/unit-of-work.ts';

/** What became of the person's living plan when a new case of theirs opened. */
export type Attachment = 'attached' | 'held-elsewhere' | 'none';

/**
 * One plan per person: when a new case opens for someone whose living plan hangs on a closed
 * case, the plan moves to the new case (its pending reminders with it) — but only where the
 * resident's consent already reaches: the new case's owning unit is the unit that has the plan,
 * or a unit the resident consented to share the plan with. Otherwise routing (or a reporter's own
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
  if (!living || living.caseId === target.id) return 'none';
  const current = await repos.cases.findById(living.caseId);
  // A plan on an open case stays there: it is that case's owner who follows the person up.
  if (!current || current.status === 'open') return 'held-elsewhere';
  const consented = (await repos.consents.listForPlan(living.id)).some(
    (c) => isActiveConsent(c, at) && c.unitIds.includes(target.owningUnitId),
  );
  if (current.owningUnitId !== target.owningUnitId && !consented) return 'held-elsewhere';
  await repos.plans.moveToCase(living.id, target.id, at);
  return 'attached';
}

import type { Repositories } from '../common/unit-of-work.ts';

/**
 * One plan per person: when a new case opens for someone whose living plan hangs on a closed
 * case, the plan moves to the new case (with its consents and reminders), so whoever owns the new
 * case finds the plan the person already has. Returns whether a plan was attached.
 */
export async function attachLivingPlan(
  repos: Repositories,
  residentId: string,
  caseId: string,
  at: Date,
): Promise<boolean> {
  const living = await repos.plans.findActiveForResident(residentId);
  if (!living || living.caseId === caseId) return false;
  const current = await repos.cases.findById(living.caseId);
  // A plan on an open case stays there: it is that case's owner who follows the person up.
  if (current && current.status === 'open') return false;
  await repos.plans.moveToCase(living.id, caseId, at);
  return true;
}

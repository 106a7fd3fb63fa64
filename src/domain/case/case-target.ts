import type { Repositories } from '../common/unit-of-work.ts';

/** A case as a person names it (its reference) or a card carries it (its id). */
export interface CaseTarget {
  readonly reference?: string;
  readonly caseId?: string;
}

/**
 * The id of the case a target names, or '' (no case has it). It reads nothing about the case
 * and is not audited: the caller's gate check decides what, if anything, is shown.
 */
export async function caseIdOf(repos: Repositories, target: CaseTarget): Promise<string> {
  if (target.caseId) return target.caseId;
  return target.reference ? ((await repos.cases.findByReference(target.reference))?.id ?? '') : '';
}

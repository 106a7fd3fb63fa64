import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories } from '../common/unit-of-work.ts';
import { mayAct, type CaseAction } from './case-access.ts';
import { caseSituation } from './case-relation.ts';

/**
 * Loads an open case for a case-level action the actor must be allowed to take; every refusal
 * is audited with its code. Shared by the services that change a case.
 */
export async function openCaseFor(repos: Repositories, actor: Actor, caseId: string, action: CaseAction, at: Date): Promise<Result<CaseRecord, 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED'>> {
  const kase = await repos.cases.findById(caseId);
  if (!kase) return fail('CASE.NOT_FOUND');
  if (kase.status === 'closed') return auditDenied(repos, actor, action, 'CASE.CLOSED', kase, at);
  if (!mayAct(action, caseSituation(actor, kase, await repos.cases.involvements(kase.id))))
    return auditDenied(repos, actor, action, 'ACCESS.DENIED', kase, at);
  return ok(kase);
}

export async function auditDenied<C extends string>(repos: Repositories, actor: Actor, action: string, code: C, kase: CaseRecord, at: Date) {
  await repos.audit.record({ at, action, outcome: 'denied', actorStaffId: actor.staff.id, tenantId: actor.tenantId, caseId: kase.id, residentId: kase.residentId, detail: { code } });
  return fail(code);
}

export function auditDone(repos: Repositories, actor: Actor, action: string, kase: CaseRecord, at: Date, detail: Record<string, string> = {}) {
  return repos.audit.record({ at, action, outcome: 'ok', actorStaffId: actor.staff.id, tenantId: actor.tenantId, caseId: kase.id, residentId: kase.residentId, detail });
}

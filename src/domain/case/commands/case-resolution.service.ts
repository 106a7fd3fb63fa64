import type { AccessGate } from '../../access/access-gate.ts';
import type { Actor } from '../../actor/actor.ts';
import { isCloseReason, type CaseRecord, type CloseReason } from '../case.ts';
import { caseIdOf, type CaseTarget } from '../case-target.ts';
import { isIsoDate } from '../../common/calendar-date.ts';
import {
  noCaseChangeListener,
  type CaseChangeListener,
} from '../../common/case-change-listener.ts';
import type { Clock } from '../../common/clock.ts';
import { localDate } from '../../common/local-date.ts';
import { fail, ok, type Result } from '../../common/result.ts';
import type { UnitOfWork } from '../../common/unit-of-work.ts';

export type ResolutionError =
  | 'CASE.NOT_FOUND'
  | 'CASE.CLOSED'
  | 'ACCESS.DENIED'
  | 'RESOLUTION.INVALID_DATE'
  | 'RESOLUTION.ALREADY_PAID'
  | 'RESOLUTION.REASON_REQUIRED';

const MAX_CLOSE_NOTE = 500;

/**
 * The two facts that end a follow-up: the whole arrears are paid (rent-arrear reminders stop;
 * an eviction date keeps warning until F, because only the landlord can withdraw the request),
 * and the case is closed (housing secured, lease ended, moved, evicted: every reminder stops).
 * Each is recorded with who, when and why, audited, and the reminder plan is recomputed.
 */
export class CaseResolutionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly listener: CaseChangeListener = noCaseChangeListener,
  ) {}

  /** What the forms need: the case (by id or reference), if the actor may change it. */
  async forForm(
    actor: Actor,
    target: CaseTarget,
    action: 'case.markArrearsPaid' | 'case.close',
  ): Promise<Result<CaseRecord, 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED'>> {
    return this.uow.run(async (repos) => {
      const caseId = await caseIdOf(repos, target);
      const allowed = await this.gate.authorizeOpen(repos, actor, caseId, action);
      return allowed.ok ? ok(allowed.value.kase) : allowed;
    });
  }

  /** "Restansen er betalt" on `paidDate` (today or earlier). A second report changes nothing. */
  async markArrearsPaid(
    actor: Actor,
    caseId: string,
    paidDate: string,
  ): Promise<Result<CaseRecord, ResolutionError>> {
    const today = localDate(this.clock.now(), this.timeZone);
    const result = await this.uow.run(
      async (repos): Promise<Result<CaseRecord, ResolutionError>> => {
        const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.markArrearsPaid');
        if (!loaded.ok) return loaded;
        const { kase } = loaded.value;
        if (!isIsoDate(paidDate) || paidDate > today) return fail('RESOLUTION.INVALID_DATE');
        if (kase.arrearsPaidDate) return fail('RESOLUTION.ALREADY_PAID');
        const at = this.clock.now();
        await repos.cases.recordChange({
          caseId: kase.id,
          at,
          actorId: actor.staff.id,
          field: 'arrearsPaid',
          fromValue: '',
          toValue: paidDate,
          reason: 'Restansen er betalt',
        });
        const updated = await repos.cases.update(kase.id, { arrearsPaidDate: paidDate });
        await this.gate.done(repos, actor, loaded.value, 'case.markArrearsPaid');
        return ok(updated);
      },
    );
    if (result.ok) await this.listener.caseChanged(result.value.id);
    return result;
  }

  /**
   * Closes the case with a reason (and a note for "annet"); every pending reminder is cancelled.
   */
  async close(
    actor: Actor,
    caseId: string,
    input: { reason: string; note: string },
  ): Promise<Result<CaseRecord, ResolutionError>> {
    const result = await this.uow.run(
      async (repos): Promise<Result<CaseRecord, ResolutionError>> => {
        const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.close');
        if (!loaded.ok) return loaded;
        const { kase } = loaded.value;
        const note = input.note.trim();
        if (
          !isCloseReason(input.reason) ||
          note.length > MAX_CLOSE_NOTE ||
          (input.reason === 'annet' && !note)
        )
          return fail('RESOLUTION.REASON_REQUIRED');
        const reason: CloseReason = input.reason;
        const at = this.clock.now();
        await repos.cases.recordChange({
          caseId: kase.id,
          at,
          actorId: actor.staff.id,
          field: 'status',
          fromValue: 'open',
          toValue: `closed/${reason}`,
          reason: note || reason,
        });
        const updated = await repos.cases.update(kase.id, {
          status: 'closed',
          closedAt: at,
          closedReason: reason,
        });
        // Involvement ends with the case: afterwards only the owner and the coordinator read it.
        await repos.cases.endInvolvements(kase.id, at);
        await this.gate.done(repos, actor, loaded.value, 'case.close', { reason });
        return ok(updated);
      },
    );
    if (result.ok) await this.listener.caseChanged(result.value.id);
    return result;
  }
}

import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import { caseIdOf, type CaseTarget } from '../case/case-target.ts';
import type { Clock } from '../common/clock.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { Notifier } from '../notify/notifier.ts';
import type { ReminderOutbox } from '../reminder/outbox.ts';
import { localDate } from '../common/local-date.ts';
import { stripInvisible } from '../common/fold-text.ts';
import type { AccessGate } from './access-gate.ts';
import { BREAK_GLASS_HOURS, MAX_JUSTIFICATION, MIN_JUSTIFICATION } from './break-glass.ts';
import { isAdmin, isLeader } from '../org/org.ts';

type Form = 'BREAKGLASS.JUSTIFICATION_REQUIRED';
export type BreakGlassError =
  | 'CASE.NOT_FOUND'
  | 'CASE.CLOSED'
  | 'ACCESS.DENIED'
  | 'BREAKGLASS.NOT_NEEDED'
  | 'BREAKGLASS.JUSTIFICATION_REQUIRED';

/**
 * "Nødtilgang": someone without access opens a case's content to avert danger to life or
 * health (forvaltningsloven § 13 b nr. 7). It needs a written justification, lasts 24 hours,
 * is flagged on every read in the audit trail, and the owning unit's leaders are told at once.
 */
export class BreakGlassService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly notifier: Notifier,
    private readonly outbox: ReminderOutbox,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  /**
   * The case for the break-glass form, if the actor may break the glass on it. Reads nothing
   * of the case beyond its reference (owner facts) and writes nothing to the audit trail: only
   * breaking the glass (`open`) is an act a leader reviews. Someone who already reads the case,
   * or holds a grant that is still running, does not need it.
   */
  formFor(
    actor: Actor,
    target: CaseTarget,
  ): Promise<Result<{ caseId: string; reference: string }, Exclude<BreakGlassError, Form>>> {
    return this.uow.run(async (repos) => {
      const kase = await repos.cases.findById(await caseIdOf(repos, target));
      if (!kase) return fail('CASE.NOT_FOUND');
      if (kase.status === 'closed')
        return fail(
          (await this.gate.permits(repos, actor, kase, 'case.readDetails'))
            ? 'CASE.CLOSED'
            : 'ACCESS.DENIED',
        );
      if (isAdmin(actor.staff)) return fail('ACCESS.DENIED');
      const running = await repos.breakGlass.activeFor(kase.id, actor.staff.id, this.clock.now());
      if (running || !(await this.gate.permits(repos, actor, kase, 'case.breakGlass')))
        return fail('BREAKGLASS.NOT_NEEDED');
      return ok({ caseId: kase.id, reference: kase.reference });
    });
  }

  async open(
    actor: Actor,
    caseId: string,
    justificationInput: string,
  ): Promise<
    Result<
      { kase: CaseRecord; until: Date; leadersTold: boolean; leadersRetrying: boolean },
      BreakGlassError
    >
  > {
    const justification = stripInvisible(justificationInput);
    const stored = await this.uow.run(
      async (
        repos,
      ): Promise<
        Result<
          { kase: CaseRecord; until: Date; leaderIds: string[]; adminIds: string[] },
          BreakGlassError
        >
      > => {
        const kase = caseId ? await repos.cases.findById(caseId) : null;
        if (!kase) return fail('CASE.NOT_FOUND');
        if (kase.status === 'closed') return fail('CASE.CLOSED');
        const allowed = await this.gate.authorize(repos, actor, kase, 'case.breakGlass');
        // Someone who already reads the case does not need to break the glass (admins never may).
        if (!allowed.ok) return isAdmin(actor.staff) ? allowed : fail('BREAKGLASS.NOT_NEEDED');
        if (justification.length < MIN_JUSTIFICATION || justification.length > MAX_JUSTIFICATION)
          return fail('BREAKGLASS.JUSTIFICATION_REQUIRED');
        const grantedAt = this.clock.now();
        const until = new Date(grantedAt.getTime() + BREAK_GLASS_HOURS * 3_600_000);
        await repos.breakGlass.add({
          caseId: kase.id,
          staffId: actor.staff.id,
          justification,
          grantedAt,
          expiresAt: until,
        });
        await this.gate.done(repos, actor, allowed.value, 'case.breakGlass', {
          breakGlass: true,
          until: until.toISOString(),
        });
        const leaders = (await repos.org.listStaffInUnit(kase.owningUnitId)).filter(isLeader);
        const admins = await repos.org.listStaffByRole('admin');
        return ok({
          kase,
          until,
          leaderIds: leaders.map((l) => l.id),
          adminIds: admins.map((a) => a.id),
        });
      },
    );
    if (!stored.ok) return stored;
    const { kase, until, leaderIds, adminIds } = stored.value;
    const notice = {
      kind: 'case.breakGlass' as const,
      reference: kase.reference,
      byName: actor.staff.name,
      byUnitName: actor.unit.name,
      until,
    };
    // One event per grant: each leader gets the notice once, however often it is retried.
    const event = `breakglass:${kase.id}:${actor.staff.id}:${until.toISOString()}`;
    let leadersRetrying = false;
    const tell = async (ids: readonly string[], why: string | null) => {
      let told = false;
      for (const id of ids) {
        if (id === actor.staff.id) continue;
        const delivery = await this.notifier.toStaff(id, { ...notice, justification: why }, event);
        if (delivery.delivered) told = true;
        else if (delivery.retrying && ids === leaderIds) leadersRetrying = true;
      }
      return told;
    };
    // Someone must hear of it at once. The reason (case content) goes only to those who may read
    // the case: the owning unit's leaders, else its coordinator. The channel and, as a last
    // resort, the administrators hear who and when, not why.
    const leadersReached = await tell(leaderIds, justification);
    const leadersTold =
      leadersReached ||
      (kase.coordinatorId !== null && (await tell([kase.coordinatorId], justification))) ||
      (
        await this.notifier.toUnitChannel(
          kase.owningUnitId,
          { ...notice, justification: null },
          event,
        )
      ).delivered ||
      (await tell(adminIds, null));
    // The leaders were not reached in person now and the notice outbox is not trying them again
    // (not installed, no leader): the reminder outbox keeps trying to tell them (and the unit's
    // channel) that it happened, without the reason. A notice kept for a retry tells them itself.
    if (!leadersReached && !leadersRetrying) {
      const now = this.clock.now();
      await this.outbox.enqueue({
        key: `breakglass:${kase.id}:${actor.staff.id}:${now.toISOString()}`,
        caseId: kase.id,
        kind: 'case.breakGlass',
        // Sent at any hour, like a legal deadline on its day.
        basis: 'law',
        dueDate: localDate(now, this.timeZone),
        legalDeadline: null,
        audience: 'leader',
        measureId: null,
        assigneeId: null,
        nextAttemptAt: now,
      });
    }
    return ok({ kase, until, leadersTold, leadersRetrying: !leadersReached && leadersRetrying });
  }
}

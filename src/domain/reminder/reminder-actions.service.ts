import { mayAct } from '../access/case-access.ts';
import { caseSituation } from '../access/case-relation.ts';
import type { Actor } from '../actor/actor.ts';
import { addDays } from '../common/calendar-date.ts';
import { isWorkingDay, workingDaysAfter } from '../calendar/norwegian-calendar.ts';
import { zonedInstant } from '../calendar/zoned-time.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { ReminderSettings } from './checkpoints.ts';
import type { ReminderOutbox, StoredOutboxRow } from './outbox.ts';
import type { ReminderItem } from './reminder-notifier.ts';

export const SNOOZE_DAYS = [1, 3, 7] as const;

export type ReminderActionError = 'REMINDER.NOT_FOUND' | 'ACCESS.DENIED';

/** The buttons on a reminder card: Utført (done, once) and Utsett (snooze 1, 3 or 7 days). */
export class ReminderActionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: ReminderOutbox,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
    private readonly timeZone: string,
  ) {}

  async done(actor: Actor, key: string): Promise<Result<{ row: StoredOutboxRow; changed: boolean }, ReminderActionError>> {
    const allowed = await this.allowed(actor, key, 'reminder.done');
    if (!allowed.ok) return allowed;
    const changed = (await this.outbox.markDone(key, actor.staff.id, this.clock.now())) === 'done';
    return ok({ row: (await this.outbox.byKey(key))!, changed });
  }

  /** Snoozes to 07:30 on the day `days` calendar days on, or the first working day after it. */
  async snooze(actor: Actor, key: string, days: number): Promise<Result<{ until: string }, ReminderActionError>> {
    if (!(SNOOZE_DAYS as readonly number[]).includes(days)) return fail('REMINDER.NOT_FOUND');
    const allowed = await this.allowed(actor, key, 'reminder.snooze');
    if (!allowed.ok) return allowed;
    const target = addDays(localDate(this.clock.now(), this.timeZone), days);
    const until = isWorkingDay(target) ? target : workingDaysAfter(target, 1);
    await this.outbox.snooze(key, zonedInstant(until, this.settings.quietHours.start, this.timeZone), until);
    return ok({ until });
  }

  /** What a reminder card shows for these keys now: the items and who did what. */
  async view(keys: readonly string[]): Promise<{ items: ReminderItem[]; states: Record<string, { doneBy?: { name: string; date: string }; snoozedUntil?: string }> }> {
    const items: ReminderItem[] = [];
    const states: Record<string, { doneBy?: { name: string; date: string }; snoozedUntil?: string }> = {};
    for (const key of keys.slice(0, 50)) {
      const row = await this.outbox.byKey(key);
      if (!row) continue;
      const { reference, doneBy } = await this.uow.run(async ({ cases, org }) => ({
        reference: (await cases.findById(row.caseId))?.reference ?? '',
        doneBy: row.doneById ? ((await org.findStaffById(row.doneById))?.name ?? '') : null,
      }));
      items.push({ outboxKey: row.key, caseId: row.caseId, reference, kind: row.kind, basis: row.basis, dueDate: row.dueDate, legalDeadline: row.legalDeadline });
      const snoozed = (await this.outbox.forCase(row.caseId)).filter((r) => r.key.startsWith(`${row.key.replace(/:utsatt:.*$/, '')}:utsatt:`) && r.status === 'pending');
      states[key] = {
        ...(doneBy !== null && row.doneAt ? { doneBy: { name: doneBy, date: localDate(row.doneAt, this.timeZone) } } : {}),
        ...(snoozed.length ? { snoozedUntil: snoozed.at(-1)!.dueDate } : {}),
      };
    }
    return { items, states };
  }

  private async allowed(actor: Actor, key: string, action: string): Promise<Result<StoredOutboxRow, ReminderActionError>> {
    const row = await this.outbox.byKey(key);
    if (!row) return fail('REMINDER.NOT_FOUND');
    return this.uow.run(async ({ cases, audit }) => {
      const kase = await cases.findById(row.caseId);
      if (!kase) return fail('REMINDER.NOT_FOUND' as const);
      const permitted = mayAct('reminder.act', caseSituation(actor, kase, await cases.involvements(kase.id)));
      await audit.record({ at: this.clock.now(), action, outcome: permitted ? 'ok' : 'denied', actorStaffId: actor.staff.id, tenantId: actor.tenantId, caseId: kase.id, residentId: kase.residentId, detail: { kind: row.kind } });
      return permitted ? ok(row) : fail('ACCESS.DENIED' as const);
    });
  }
}

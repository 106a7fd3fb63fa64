import type { AccessGate, CaseAccess } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import { addDays } from '../common/calendar-date.ts';
import { isWorkingDay, workingDaysAfter } from '../calendar/norwegian-calendar.ts';
import { zonedInstant } from '../calendar/zoned-time.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { ReminderSettings } from './checkpoints.ts';
import { snoozedKey, type ReminderOutbox, type StoredOutboxRow } from './outbox.ts';
import type { ReminderItem } from './reminder-notifier.ts';
import { colleaguesIn, handedById, reminderItem } from './reminder-item.ts';
import { isCaseworker } from '../org/org.ts';

/** A reminder the actor may act on, and the access that allowed it (for the audit record). */
interface Permitted {
  readonly row: StoredOutboxRow;
  readonly access: CaseAccess;
}

export const SNOOZE_DAYS = [1, 3, 7] as const;

export type ReminderActionError =
  'REMINDER.NOT_FOUND' | 'REMINDER.INACTIVE' | 'CASE.CLOSED' | 'ACCESS.DENIED';
type SnoozeError = ReminderActionError | 'REMINDER.DEADLINE_TODAY';
export type HandOverReminderError = ReminderActionError | 'REMINDER.CHOOSE_COLLEAGUE';

export interface ReminderCardState {
  readonly doneBy?: { readonly name: string; readonly date: string };
  readonly snoozedUntil?: string;
  readonly handedTo?: { readonly name: string; readonly byName: string; readonly date: string };
}

/**
 * The buttons on a reminder card: Utført (done, once), Utsett (snooze 1, 3 or 7 days) and
 * Overfør (hand to a colleague in the owning unit, once).
 */
export class ReminderActionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly outbox: ReminderOutbox,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
    private readonly timeZone: string,
  ) {}

  async done(
    actor: Actor,
    key: string,
  ): Promise<Result<{ row: StoredOutboxRow; changed: boolean }, ReminderActionError>> {
    // A second "Utført" (any copy of the card) shows who did it and changes nothing.
    const allowed = await this.allowed(actor, key, { allowDone: true });
    if (!allowed.ok) return allowed;
    const changed = (await this.outbox.markDone(key, actor.staff.id, this.clock.now())) === 'done';
    if (changed) await this.audited(actor, allowed.value, 'reminder.done');
    const row = await this.outbox.byKey(key);
    return row ? ok({ row, changed }) : fail('REMINDER.NOT_FOUND');
  }

  /**
   * Snoozes to 07:30 on the day `days` calendar days on, or the first working day after it, but
   * never past the legal deadline the reminder leads up to: a snooze that would pass it comes
   * back on the deadline day instead (`capped`); on the deadline day itself it is refused.
   */
  async snooze(
    actor: Actor,
    key: string,
    days: number,
  ): Promise<Result<{ until: string; capped: boolean }, SnoozeError>> {
    if (!(SNOOZE_DAYS as readonly number[]).includes(days)) return fail('REMINDER.NOT_FOUND');
    const allowed = await this.allowed(actor, key);
    if (!allowed.ok) return allowed;
    const today = localDate(this.clock.now(), this.timeZone);
    const target = addDays(today, days);
    const wanted = isWorkingDay(target) ? target : workingDaysAfter(target, 1);
    // A deadline already behind us has nothing left to protect; today's cannot be snoozed past.
    const deadline = allowed.value.row.legalDeadline;
    if (deadline === today) return fail('REMINDER.DEADLINE_TODAY');
    const capped = deadline !== null && deadline > today && wanted > deadline;
    const until = capped ? deadline : wanted;
    await this.outbox.snooze(
      key,
      zonedInstant(until, this.settings.quietHours.start, this.timeZone),
      until,
    );
    await this.audited(actor, allowed.value, 'reminder.snooze');
    return ok({ until, capped });
  }

  /**
   * "Overfør": the colleague (staff of the case's owning unit, not the presser) gets the reminder
   * as their own card; the original shows who has it. A second press on any copy changes nothing.
   */
  async handOver(
    actor: Actor,
    key: string,
    toStaffId: string,
  ): Promise<Result<{ changed: boolean }, HandOverReminderError>> {
    const allowed = await this.allowed(actor, key);
    if (!allowed.ok) return allowed;
    const { row } = allowed.value;
    const colleague = await this.uow.run(async ({ cases, org }) => {
      const [kase, staff] = await Promise.all([
        cases.findById(row.caseId),
        org.findStaffById(toStaffId),
      ]);
      return staff &&
        kase &&
        staff.unitId === kase.owningUnitId &&
        isCaseworker(staff) &&
        staff.id !== actor.staff.id
        ? staff
        : null;
    });
    if (!colleague) return fail('REMINDER.CHOOSE_COLLEAGUE');
    const outcome = await this.outbox.handOver(key, colleague.id, actor.staff.id, this.clock.now());
    if (outcome === 'missing') return fail('REMINDER.NOT_FOUND');
    if (outcome === 'handed') await this.audited(actor, allowed.value, 'reminder.handOver');
    return ok({ changed: outcome === 'handed' });
  }

  /**
   * What the card the pressed reminder came on shows now: the reminders that one message
   * carried (never keys the client names), those of cases the actor may act on, and who did
   * what. Each case shown is audited. `sent` is the stored message to redraw, if there is one.
   */
  async view(
    actor: Actor,
    key: string,
  ): Promise<{
    items: ReminderItem[];
    states: Record<string, ReminderCardState>;
    sent: { conversationId: string; activityId: string } | null;
  }> {
    const pressed = await this.outbox.byKey(key);
    if (!pressed) return { items: [], states: {}, sent: null };
    const sent =
      pressed.sentConversationId && pressed.sentActivityId
        ? { conversationId: pressed.sentConversationId, activityId: pressed.sentActivityId }
        : null;
    const rows = sent
      ? await this.outbox.bySentActivity(sent.conversationId, sent.activityId)
      : [pressed];
    const items: ReminderItem[] = [];
    const states: Record<string, ReminderCardState> = {};
    const caseRows = new Map<string, Promise<StoredOutboxRow[]>>();
    const permitted = new Map<string, boolean>();
    for (const row of rows.some((r) => r.key === key) ? rows : [pressed, ...rows]) {
      const handedFrom = await handedById(row, this.outbox);
      const seen = await this.uow.run(async (repos) => {
        const kase = await repos.cases.findById(row.caseId);
        if (!kase) return null;
        if (!permitted.has(kase.id)) {
          const allowed = await this.gate.authorize(repos, actor, kase, 'reminder.act');
          if (allowed.ok) await this.gate.done(repos, actor, allowed.value, 'reminder.view');
          permitted.set(kase.id, allowed.ok);
        }
        if (!permitted.get(kase.id)) return null;
        const name = async (id: string | null) =>
          id ? ((await repos.org.findStaffById(id))?.name ?? '') : null;
        return {
          reference: kase.reference,
          colleagues: colleaguesIn(await repos.org.listStaffInUnit(kase.owningUnitId)),
          doneBy: await name(row.doneById),
          handedTo: await name(row.handedToId),
          handedBy: await name(row.handedById),
          handedToMeBy: await name(handedFrom),
        };
      });
      if (!seen) continue;
      items.push(reminderItem(row, seen.reference, seen.colleagues, seen.handedToMeBy));
      let forCase = caseRows.get(row.caseId);
      if (!forCase) caseRows.set(row.caseId, (forCase = this.outbox.forCase(row.caseId)));
      const snoozed = (await forCase).filter(
        (r) => r.status === 'pending' && r.key === snoozedKey(row.key, r.dueDate),
      );
      const lastSnooze = snoozed.at(-1);
      states[row.key] = {
        ...(seen.doneBy !== null && row.doneAt
          ? { doneBy: { name: seen.doneBy, date: localDate(row.doneAt, this.timeZone) } }
          : {}),
        ...(lastSnooze ? { snoozedUntil: lastSnooze.dueDate } : {}),
        ...(seen.handedTo !== null && row.handedAt
          ? {
              handedTo: {
                name: seen.handedTo,
                byName: seen.handedBy ?? '',
                date: localDate(row.handedAt, this.timeZone),
              },
            }
          : {}),
      };
    }
    return { items, states, sent };
  }

  /**
   * The case's own people may act on a reminder of an open case that is still active: not
   * cancelled, not handed on, not done (a second "Utført" is allowed: it changes nothing).
   * A refusal is audited by the gate; what was done is audited by `audited`, once it is stored.
   */
  private async allowed(
    actor: Actor,
    key: string,
    options: { allowDone?: boolean } = {},
  ): Promise<Result<Permitted, ReminderActionError>> {
    const row = await this.outbox.byKey(key);
    if (!row) return fail('REMINDER.NOT_FOUND');
    return this.uow.run(async (repos) => {
      const allowed = await this.gate.authorizeOpen(repos, actor, row.caseId, 'reminder.act');
      if (!allowed.ok)
        return fail(
          allowed.code === 'CASE.NOT_FOUND' ? ('REMINDER.NOT_FOUND' as const) : allowed.code,
        );
      if (row.status === 'cancelled' || row.handedToId || (row.doneAt && !options.allowDone))
        return fail('REMINDER.INACTIVE' as const);
      return ok({ row, access: allowed.value });
    });
  }

  private audited(
    actor: Actor,
    { row, access }: Permitted,
    action: 'reminder.done' | 'reminder.snooze' | 'reminder.handOver',
  ): Promise<void> {
    return this.uow.run((repos) =>
      this.gate.done(repos, actor, access, action, { kind: row.kind }),
    );
  }
}

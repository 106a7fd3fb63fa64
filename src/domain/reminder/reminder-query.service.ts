import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { NoticeOutbox, NoticeRow } from '../notify/notice-outbox.ts';
import type { ReminderOutbox, StoredOutboxRow } from './outbox.ts';

export interface ListedReminder {
  readonly row: StoredOutboxRow;
  readonly reference: string;
}

export const MAX_LISTED = 20;

/** "påminnelser": what is coming for my cases, and a case's follow-up timeline. */
export class ReminderQueryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly outbox: ReminderOutbox,
    private readonly notices: Pick<NoticeOutbox, 'deadFor'> | null = null,
  ) {}

  /**
   * Upcoming reminders on cases I coordinate or my unit owns, by due date, and any reminders
   * and notices about them that could not be delivered (dead-lettered).
   */
  async mine(actor: Actor): Promise<{
    upcoming: ListedReminder[];
    undelivered: ListedReminder[];
    undeliveredNotices: NoticeRow[];
  }> {
    // Each case listed is a read of its dates (audited per case); admins see none.
    const cases = await this.uow.read(async (repos) => {
      const shown = [];
      for (const kase of await repos.cases.listOpenForStaff(actor.staff.id, actor.unit.id))
        if (await this.gate.readListed(repos, actor, kase, 'reminder.list')) shown.push(kase);
      return shown;
    });
    const upcoming: ListedReminder[] = [];
    const undelivered: ListedReminder[] = [];
    for (const kase of cases)
      for (const row of await this.outbox.forCase(kase.id)) {
        // A legal checkpoint's copy to the channel is the same reminder: listed once.
        if (row.audience === 'unit') continue;
        if (row.status === 'pending') upcoming.push({ row, reference: kase.reference });
        if (row.status === 'dead') undelivered.push({ row, reference: kase.reference });
      }
    // By the day they are about (a late one waiting for
    // working hours stays in its place), then send time.
    upcoming.sort(
      (a, b) =>
        a.row.dueDate.localeCompare(b.row.dueDate) ||
        a.row.nextAttemptAt.getTime() - b.row.nextAttemptAt.getTime(),
    );
    const undeliveredNotices = this.notices
      ? await this.notices.deadFor(cases.map((c) => c.reference))
      : [];
    return { upcoming: upcoming.slice(0, MAX_LISTED), undelivered, undeliveredNotices };
  }

  /** A case's follow-up plan: past, next and legal deadlines. The dates are case content. */
  timeline(
    actor: Actor,
    reference: string,
  ): Promise<
    Result<
      { kase: CaseRecord; rows: StoredOutboxRow[]; names: Record<string, string> },
      'CASE.NOT_FOUND' | 'ACCESS.DENIED'
    >
  > {
    return this.uow.read(async (repos) => {
      const { cases, org } = repos;
      const kase = await cases.findByReference(reference);
      if (!kase) return fail('CASE.NOT_FOUND');
      const allowed = await this.gate.authorize(repos, actor, kase, 'case.readDetails');
      if (!allowed.ok) return allowed;
      await this.gate.done(repos, actor, allowed.value, 'case.timeline');
      // The channel copies of legal checkpoints are the same reminders: shown once.
      const rows = (await this.outbox.forCase(kase.id)).filter((r) => r.audience !== 'unit');
      // Who has a handed-over reminder, by name (staff names only: no resident data).
      const names: Record<string, string> = {};
      for (const id of new Set(
        rows.flatMap((r) => [r.assigneeId, r.handedToId]).filter((x): x is string => x !== null),
      ))
        names[id] = (await org.findStaffById(id))?.name ?? '';
      return ok({ kase, rows, names });
    });
  }
}

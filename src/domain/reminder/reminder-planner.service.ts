import type { StoredConcern } from '../concern/concern.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { eventStops } from '../case-event/case-event.ts';
import type { ReminderSettings } from './checkpoints.ts';
import { evictionFollowUp, planFollowUp, type PlannedReminder } from './follow-up-plan.ts';
import type { ReminderOutbox } from './outbox.ts';

/** As `today` for the planners: every checkpoint, however far back. */
const EVERY_DAY = '0000-01-01';

/**
 * Keeps a case's reminders in step with its dates and målplan: called whenever either changes.
 * Recomputing is idempotent, so it is always safe to call again.
 */
export class ReminderPlannerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: ReminderOutbox,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
    private readonly timeZone: string,
  ) {}

  async replan(caseId: string): Promise<void> {
    const now = this.clock.now();
    const today = localDate(now, this.timeZone);
    const loaded = await this.uow.run(async ({ cases, plans, concerns, caseEvents }) => {
      const kase = await cases.findById(caseId);
      return kase
        ? {
            kase,
            plan: await plans.findByCaseId(kase.id),
            concerns: await concerns.listForCase(kase.id),
            events: await caseEvents.listForCase(kase.id),
          }
        : null;
    });
    if (!loaded) return;
    const { kase, plan, concerns, events } = loaded;
    const closed = kase.status === 'closed';
    const t = kase.timeline;
    // When Husly first heard of today's D and F: what fell due before then is caught up.
    const firstTold = (said: (c: StoredConcern) => boolean) => {
      const first = concerns.find(said);
      return first ? localDate(first.createdAt, this.timeZone) : undefined;
    };
    const acute = concerns.find((c) => c.acute);
    // Outcome events stop routes until a later report brings them back (case-event.ts).
    const stops = eventStops(
      events,
      concerns.map((c) => ({
        createdAt: c.createdAt,
        rentArrears: c.rentArrears !== null,
        namsmann:
          c.eviction !== null || c.namsmannNoticeDate !== null || c.namsmannCopyDate !== null,
      })),
    );
    // An eviction date set by an event ("ny utkastelsesdato") is known from the day it was
    // recorded.
    const newDate = [...events]
      .reverse()
      .find((e) => e.type === 'ny-utkastelsesdato' && e.dateValue === t.evictionDate);
    // The whole plan for the current dates, past checkpoints included: those are not added again,
    // but one still pending (never sent: Husly was down when it fell due) is kept, not cancelled.
    const all = evictionFollowUp(
      {
        caseId: kase.id,
        timeline: kase.timeline,
        arrearsPaid: kase.arrearsPaidDate !== null || stops.paid,
        closed,
        stopped: stops.stopped,
        knownSince: {
          D: firstTold((c) => c.rentArrears?.firstMissedRentDate === t.firstMissedRentDate),
          F:
            firstTold((c) => c.eviction?.date === t.evictionDate) ??
            (newDate ? localDate(newDate.recordedAt, this.timeZone) : undefined),
        },
        untaken:
          kase.coordinatorId === null
            ? {
                openedAt: kase.openedAt,
                acuteReportedAt: t.acuteDate && acute ? acute.createdAt : null,
              }
            : null,
      },
      this.settings,
      EVERY_DAY,
      this.timeZone,
    );
    await this.sync(`case:${kase.id}:`, all, today, now);
    if (plan)
      await this.sync(
        `plan:${plan.id}:`,
        // A living plan outlives its case: its reminders stop when the plan closes.
        plan.status === 'closed'
          ? []
          : planFollowUp(kase.id, plan, this.settings, EVERY_DAY, this.timeZone),
        today,
        now,
      );
  }

  private sync(prefix: string, all: readonly PlannedReminder[], today: string, now: Date) {
    return this.outbox.sync(
      prefix,
      all.filter((r) => r.dueDate >= today),
      now,
      all.map((r) => r.key),
    );
  }
}

import type { AccessGate } from '../access/access-gate.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { NoticeOutbox } from '../notify/notice-outbox.ts';
import { reachOf, type Notifier } from '../notify/notifier.ts';
import type { Worklist } from './worklist.service.ts';
import {
  currentWeek,
  worklistPostDue,
  worklistPostEvent,
  worklistPostKey,
} from './worklist-week.ts';

export interface WorklistPostTick {
  /** Units whose weekly post fell due in this tick. */
  readonly claimed: number;
  /** Handed to the notice outbox and delivered, or kept there for a retry. */
  readonly posted: number;
  /** Not delivered and not retried (Husly not in the channel), or the list could not be made. */
  readonly notPosted: number;
}

/**
 * The weekly worklist in each unit's channel (issue 12 §1). On every scheduler tick: the units
 * with a weekly time and a linked channel whose time has passed this ISO week get the week's
 * list through the notice outbox — the durable delivery reminders and notices use. The outbox
 * key names the unit and the week, so a list is posted once a week however many ticks,
 * restarts or instances ask, and a send Teams refused is retried by the notice tick.
 */
export class WorklistPoster {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly worklists: { forUnitChannel(unitId: string): Promise<Worklist> },
    private readonly notifier: Notifier,
    private readonly outbox: Pick<NoticeOutbox, 'byKey'>,
    private readonly gate: Pick<AccessGate, 'record' | 'clock'>,
    private readonly timeZone: string,
  ) {}

  async tick(): Promise<WorklistPostTick> {
    const now = this.gate.clock.now();
    const week = currentWeek(now, this.timeZone);
    const units = await this.uow.run(({ org }) => org.listUnits());
    const result = { claimed: 0, posted: 0, notPosted: 0 };
    for (const unit of units) {
      const schedule = unit.worklistSchedule ?? null;
      if (!schedule || !unit.channelConversationId) continue;
      const event = worklistPostEvent(unit.id, week);
      const postedThisWeek = (await this.outbox.byKey(worklistPostKey(unit.id, week))) !== null;
      if (!worklistPostDue({ schedule, now, timeZone: this.timeZone, postedThisWeek })) continue;
      result.claimed++;
      try {
        const worklist = await this.worklists.forUnitChannel(unit.id);
        const delivery = await this.notifier.toUnitChannel(
          unit.id,
          { kind: 'unit.worklist', unitName: unit.name, week, worklist },
          event,
        );
        const reach = reachOf(delivery);
        // Who was told what is in the trail by unit and count: the rows are the unit's own cases,
        // shown by reference in its channel, not read by anyone.
        await this.uow.run(({ audit }) =>
          this.gate.record(audit, null, {
            action: 'worklist.posted',
            outcome: reach === 'unreached' ? 'error' : 'ok',
            detail: { unitId: unit.id, week, rows: worklist.rows.length, reach },
          }),
        );
        if (reach === 'unreached') result.notPosted++;
        else result.posted++;
      } catch {
        // E.g. the database busy: nothing went to the outbox, so the next tick tries again.
        result.notPosted++;
      }
    }
    return result;
  }
}

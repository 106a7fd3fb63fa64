import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { AuditLog } from '../audit/audit-event.ts';
import type { ChannelTarget } from '../channel/link-channel.service.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { NoticeOutbox } from '../notify/notice-outbox.ts';
import { isAdmin, type Unit, type WeeklySchedule } from '../org/org.ts';
import {
  currentWeek,
  isWeeklySchedule,
  worklistPostDue,
  worklistPostKey,
} from './worklist-week.ts';

export type WorklistScheduleError =
  'ACCESS.DENIED' | 'CHANNEL.NOT_A_CHANNEL' | 'UNIT.NOT_FOUND' | 'WORKLIST.INVALID_SCHEDULE';

/**
 * A weekday and a time as asked for; either may be missing (then kept from the current setting,
 * or refused without one) or impossible (refused).
 */
export interface ScheduleRequest {
  readonly weekday: number | null;
  readonly time: string | null;
}

/** The unit whose channel this is, and when its worklist is posted there. */
export interface WorklistScheduleState {
  readonly unit: Unit;
  readonly schedule: WeeklySchedule | null;
  /**
   * This week's time has passed and this week's list is not out yet: the next scheduler tick
   * posts it (a schedule set on Wednesday for Monday posts this week's list at once).
   */
  readonly postsNow: boolean;
}

/**
 * When a unit's worklist is posted to its channel each week (issue 12 §1), set in that channel
 * ("@Husly arbeidsliste hver mandag 08:30", "stopp arbeidsliste"). A leader sets it for their
 * own unit, an admin for any; anyone registered may ask what it is ("arbeidsliste hver uke").
 * The time is the municipality's wall-clock time.
 */
export class WorklistScheduleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly outbox: Pick<NoticeOutbox, 'byKey'>,
    private readonly timeZone: string,
  ) {}

  /** The current setting in this channel (anyone registered may ask: it is no case data). */
  async show(
    channel: ChannelTarget,
  ): Promise<Result<WorklistScheduleState, WorklistScheduleError>> {
    if (channel.type !== 'channel') return fail('CHANNEL.NOT_A_CHANNEL');
    const unit = await this.uow.run(({ org }) => this.unitOf(org, channel));
    return unit ? ok(await this.state(unit)) : fail('UNIT.NOT_FOUND');
  }

  /** Sets the weekly time (or stops the post, `null`) for the unit whose channel this is. */
  async set(
    actor: Actor,
    channel: ChannelTarget,
    request: ScheduleRequest | null,
  ): Promise<Result<WorklistScheduleState, WorklistScheduleError>> {
    const stored = await this.uow.run(
      async ({ org, audit }): Promise<Result<Unit, WorklistScheduleError>> => {
        const allowed = await this.gate.authorizeOrg(
          audit,
          actor,
          'org.scheduleWorklist',
          'worklist.schedule',
        );
        if (!allowed.ok) return allowed;
        if (channel.type !== 'channel') return this.deny(actor, audit, 'CHANNEL.NOT_A_CHANNEL');
        const unit = await this.unitOf(org, channel);
        if (!unit) return this.deny(actor, audit, 'UNIT.NOT_FOUND');
        // A leader sets it for their own unit's channel only; an admin for any unit.
        if (!isAdmin(actor.staff) && actor.unit.id !== unit.id)
          return this.deny(actor, audit, 'ACCESS.DENIED', unit.id);
        const schedule = request && scheduleOf(request, unit.worklistSchedule ?? null);
        if (request && !schedule) return fail('WORKLIST.INVALID_SCHEDULE');
        const changed = await org.setWorklistSchedule(unit.id, schedule);
        await this.gate.record(audit, actor, {
          action: 'worklist.schedule',
          outcome: 'ok',
          detail: schedule
            ? { unitId: unit.id, weekday: schedule.weekday, time: schedule.time }
            : { unitId: unit.id, stopped: true },
        });
        return ok(changed);
      },
    );
    return stored.ok ? ok(await this.state(stored.value)) : stored;
  }

  private async state(unit: Unit): Promise<WorklistScheduleState> {
    const schedule = unit.worklistSchedule ?? null;
    if (!schedule) return { unit, schedule, postsNow: false };
    const now = this.gate.clock.now();
    const key = worklistPostKey(unit.id, currentWeek(now, this.timeZone));
    const postedThisWeek = (await this.outbox.byKey(key)) !== null;
    const due = worklistPostDue({ schedule, now, timeZone: this.timeZone, postedThisWeek });
    return { unit, schedule, postsNow: due !== null };
  }

  private async unitOf(org: { listUnits(): Promise<Unit[]> }, channel: ChannelTarget) {
    return (await org.listUnits()).find((u) => u.channelConversationId === channel.id) ?? null;
  }

  private async deny(
    actor: Actor,
    audit: AuditLog,
    code: 'ACCESS.DENIED' | 'CHANNEL.NOT_A_CHANNEL' | 'UNIT.NOT_FOUND',
    unitId?: string,
  ) {
    await this.gate.record(audit, actor, {
      action: 'worklist.schedule',
      outcome: 'denied',
      detail: unitId ? { code, unitId } : { code },
    });
    return fail(code);
  }
}

/** The time asked for; a part not named ("flytt den til kl 10") is kept from the current one. */
function scheduleOf(
  request: ScheduleRequest,
  current: WeeklySchedule | null,
): WeeklySchedule | null {
  const weekday = request.weekday ?? current?.weekday ?? null;
  const time = request.time ?? current?.time ?? null;
  if (weekday === null || time === null) return null;
  const schedule = { weekday, time };
  return isWeeklySchedule(schedule) ? schedule : null;
}

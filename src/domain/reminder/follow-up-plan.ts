import { addDays } from '../common/calendar-date.ts';
import { noticeSentDate, type EvictionTimeline } from '../case/case.ts';
import {
  isWorkingDay,
  onOrBeforeWorkingDay,
  workingDaysAfter,
  workingDaysBefore,
} from '../calendar/norwegian-calendar.ts';
import { zonedInstant } from '../calendar/zoned-time.ts';
import { localDate } from '../common/local-date.ts';
import type { GoalPlan } from '../goal-plan/goal-plan.ts';
import {
  CHECKPOINT_IDS,
  CHECKPOINTS,
  type Anchor,
  type Basis,
  type ReminderSettings,
} from './checkpoints.ts';

const PLAN_REMINDER_KINDS = [
  'measure.soon',
  'measure.due',
  'measure.overdue',
  'measure.escalated',
  'evaluation.soon',
  'evaluation.due',
] as const;
type PlanReminderKind = (typeof PLAN_REMINDER_KINDS)[number];
/**
 * Not planned from dates: the org import adds one for
 * a leader when a case's coordinator leaves or moves.
 */
const STAFF_REMINDER_KINDS = ['staff.reassign', 'case.breakGlass'] as const;
export const REMINDER_KINDS = [
  ...CHECKPOINT_IDS,
  ...PLAN_REMINDER_KINDS,
  ...STAFF_REMINDER_KINDS,
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Who a reminder goes to: the coordinator (or the owning unit), or the unit leader. */
export const REMINDER_AUDIENCES = ['coordinator', 'leader'] as const;
export type ReminderAudience = (typeof REMINDER_AUDIENCES)[number];

export interface PlannedReminder {
  /** Unique per case item, checkpoint and due date: the outbox's idempotency key. */
  readonly key: string;
  readonly caseId: string;
  readonly kind: ReminderKind;
  readonly basis: Basis;
  /** The day the reminder is about (practice ones moved back to a working day). */
  readonly dueDate: string;
  /** When to send: the start of the working day (Oslo time) on the due date. */
  readonly sendAt: Date;
  readonly legalDeadline: string | null;
  /**
   * Who should get it: the coordinator (or the owning unit when there is none), or the unit leader.
   */
  readonly audience: ReminderAudience;
  readonly measureId?: string;
}

export interface CaseFollowUp {
  readonly caseId: string;
  readonly timeline: EvictionTimeline;
  /** The arrears are paid: the eviction track stops, except warnings about a set eviction date. */
  readonly arrearsPaid: boolean;
  /** Closed or resolved: nothing more is planned. */
  readonly closed: boolean;
}

function anchorDate(t: EvictionTimeline, anchor: Anchor): string | null {
  switch (anchor) {
    case 'D':
      return t.firstMissedRentDate;
    case 'V':
      return t.noticeReceivedDate;
    case 'Vsent':
      return noticeSentDate(t);
    case 'B':
      return t.namsmannNoticeDate;
    case 'F':
      return t.evictionDate;
  }
}

/**
 * The checkpoints still ahead for a case (due today or later). Practice checkpoints falling on
 * a weekend or public holiday move to the working day before; legal ones keep their exact date.
 * The same inputs always give the same keys, so recomputing after a date changes adds only
 * what is new and an outbox never sends a checkpoint twice.
 */
export function evictionFollowUp(
  c: CaseFollowUp,
  settings: ReminderSettings,
  today: string,
  timeZone: string,
): PlannedReminder[] {
  if (c.closed) return [];
  const out: PlannedReminder[] = [];
  for (const spec of CHECKPOINTS) {
    if (c.arrearsPaid && (spec.anchor !== 'F' || spec.offset > 0)) continue;
    // After the eviction only the deadlines for the resident's belongings are still ahead.
    if (c.timeline.evictionHappened && spec.anchor === 'F' && spec.offset <= 0) continue;
    const anchor = anchorDate(c.timeline, spec.anchor);
    if (!anchor) continue;
    const offset =
      spec.basis === 'practice' ? (settings.practiceOffsets[spec.id] ?? spec.offset) : spec.offset;
    const exact = addDays(anchor, offset);
    const dueDate = spec.basis === 'practice' ? onOrBeforeWorkingDay(exact) : exact;
    if (dueDate < today) continue;
    const deadlineAnchor = spec.legalDeadline
      ? anchorDate(c.timeline, spec.legalDeadline.anchor)
      : null;
    out.push({
      key: `case:${c.caseId}:${spec.id}:${dueDate}`,
      caseId: c.caseId,
      kind: spec.id,
      basis: spec.basis,
      dueDate,
      sendAt: zonedInstant(dueDate, settings.quietHours.start, timeZone),
      legalDeadline:
        spec.legalDeadline && deadlineAnchor
          ? addDays(deadlineAnchor, spec.legalDeadline.offset)
          : null,
      audience: 'coordinator',
    });
  }
  return out.sort(
    (a, b) => a.sendAt.getTime() - b.sendAt.getTime() || a.kind.localeCompare(b.kind),
  );
}

/** Measure deadlines, evaluations and escalation of overdue measures in a målplan. */
export function planFollowUp(
  caseId: string,
  plan: GoalPlan,
  settings: ReminderSettings,
  today: string,
  timeZone: string,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const add = (
    kind: PlanReminderKind,
    dueDate: string,
    item: string,
    audience: 'coordinator' | 'leader',
    measureId?: string,
  ) => {
    if (dueDate < today) return;
    out.push({
      key: `plan:${plan.id}:${item}:${kind}:${dueDate}`,
      caseId,
      kind,
      basis: 'practice',
      dueDate,
      sendAt: zonedInstant(dueDate, settings.quietHours.start, timeZone),
      legalDeadline: null,
      audience,
      ...(measureId ? { measureId } : {}),
    });
  };
  for (const m of plan.measures) {
    if (m.status === 'done' || m.status === 'cancelled') continue;
    add(
      'measure.soon',
      workingDaysBefore(m.deadline, settings.measureLeadWorkingDays),
      m.id,
      'coordinator',
      m.id,
    );
    add('measure.due', onOrBeforeWorkingDay(m.deadline), m.id, 'coordinator', m.id);
    const overdue = workingDaysAfter(m.deadline, 1);
    add('measure.overdue', overdue, m.id, 'coordinator', m.id);
    add(
      'measure.escalated',
      workingDaysAfter(overdue, settings.escalateToLeaderAfterWorkingDays),
      m.id,
      'leader',
      m.id,
    );
  }
  add(
    'evaluation.soon',
    onOrBeforeWorkingDay(addDays(plan.evaluationDate, -settings.evaluationLeadDays)),
    'evaluation',
    'coordinator',
  );
  add('evaluation.due', onOrBeforeWorkingDay(plan.evaluationDate), 'evaluation', 'coordinator');
  return out.sort(
    (a, b) => a.sendAt.getTime() - b.sendAt.getTime() || a.kind.localeCompare(b.kind),
  );
}

/**
 * When a reminder may actually go out: practice reminders only inside working hours on working
 * days (the next opening if not); a legal deadline on its own day at any time.
 */
export function nextSendable(
  instant: Date,
  reminder: Pick<PlannedReminder, 'basis' | 'dueDate'>,
  settings: ReminderSettings,
  timeZone: string,
): Date {
  const day = localDate(instant, timeZone);
  if (reminder.basis === 'law' && reminder.dueDate === day) return instant;
  const opens = zonedInstant(day, settings.quietHours.start, timeZone);
  const closes = zonedInstant(day, settings.quietHours.end, timeZone);
  if (isWorkingDay(day) && instant >= opens && instant < closes) return instant;
  if (isWorkingDay(day) && instant < opens) return opens;
  return zonedInstant(workingDaysAfter(day, 1), settings.quietHours.start, timeZone);
}

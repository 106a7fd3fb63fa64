import { addDays, addMonths } from '../common/calendar-date.ts';
import {
  earliestRequestDate,
  objectionDeadlineOf,
  protestDeadline,
  type EvictionTimeline,
} from '../case/case.ts';
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
  CATCH_UP_IDS,
  CHECKPOINT_IDS,
  CHECKPOINTS,
  type Anchor,
  type Basis,
  type CheckpointSpec,
  type ReminderSettings,
} from './checkpoints.ts';
import { afterWorkingHours } from './working-hours.ts';

const PLAN_REMINDER_KINDS = [
  'measure.soon',
  'measure.due',
  'measure.overdue',
  'measure.escalated',
  'evaluation.soon',
  'evaluation.due',
  'phase.start',
] as const;
type PlanReminderKind = (typeof PLAN_REMINDER_KINDS)[number];
/**
 * Not planned from dates: the org import adds one for
 * a leader when a case's coordinator leaves or moves.
 */
const STAFF_REMINDER_KINDS = ['staff.reassign', 'case.breakGlass'] as const;
/**
 * To the owning unit's leaders when nobody has taken a case: an acute one after two working
 * hours, any other after one working day (Kongsvinger: nobody may fall between chairs).
 */
export const UNTAKEN_KINDS = ['case.acuteUntaken', 'case.untaken'] as const;
/**
 * To the receiving unit's leaders when a proposed hand-over is still unanswered after one
 * working day (src/domain/ownership/commands/hand-over-proposal.service.ts); dropped once
 * answered.
 */
const PROPOSAL_REMINDER_KINDS = ['handover.unanswered'] as const;
export const REMINDER_KINDS = [
  ...CHECKPOINT_IDS,
  ...CATCH_UP_IDS,
  ...UNTAKEN_KINDS,
  ...PLAN_REMINDER_KINDS,
  ...STAFF_REMINDER_KINDS,
  ...PROPOSAL_REMINDER_KINDS,
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Who a reminder goes to: the coordinator (or the owning unit when there is none), the unit
 * leader, or the owning unit's channel — a legal checkpoint's copy, so a holiday or sick leave
 * does not swallow it.
 */
export const REMINDER_AUDIENCES = ['coordinator', 'leader', 'unit'] as const;
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
  readonly audience: ReminderAudience;
  readonly measureId?: string;
}

export interface CaseFollowUp {
  readonly caseId: string;
  readonly timeline: EvictionTimeline;
  /** The arrears are paid: the arrears route stops; eviction, lease and oppsigelse ones do not. */
  readonly arrearsPaid: boolean;
  /** Closed or resolved: nothing more is planned. */
  readonly closed: boolean;
  /**
   * Checkpoints stopped by outcome events (case-event.ts `EVENT_RULES`: a withdrawn request,
   * an objection sent, housing secured). The belongings deadlines stay once the eviction happened.
   */
  readonly stopped?: ReadonlySet<string>;
  /**
   * The local day Husly first knew the first missed rent (D) and the eviction date (F): what
   * fell due before then is caught up at once instead of silently dropped.
   */
  readonly knownSince?: { readonly D?: string; readonly F?: string };
  /** Set while the case has no saksansvarlig: when it was opened, and when reported acute. */
  readonly untaken?: { readonly openedAt: Date; readonly acuteReportedAt: Date | null } | null;
}

function anchorDate(t: EvictionTimeline, anchor: Anchor): string | null {
  switch (anchor) {
    case 'P':
      return t.arrearsReportedDate;
    case 'D':
      return t.firstMissedRentDate;
    case 'N':
      return t.landlordNoticeDate;
    case 'V':
      return t.noticeReceivedDate;
    case 'R':
      return earliestRequestDate(t);
    case 'B':
      return t.namsmannNoticeDate;
    case 'Bnav':
      // Only while the tenant's date is unknown: then the deadline is uncertain.
      return t.namsmannNoticeDate || t.objectionDeadline ? null : t.namsmannCopyDate;
    case 'O': {
      const o = objectionDeadlineOf(t);
      return o && 'date' in o ? o.date : null;
    }
    case 'F':
      return t.evictionDate;
    case 'E':
      return t.belongingsDeadline;
    case 'K':
      return t.leaseEndDate;
    case 'S':
      return t.terminationDate;
    case 'Sp':
      return protestDeadline(t);
  }
}

function exactDate(anchor: string, offset: number, unit: CheckpointSpec['unit']): string {
  if (unit === 'months') return addMonths(anchor, offset);
  if (unit === 'workingDays')
    return offset < 0 ? workingDaysEarlier(anchor, -offset) : workingDaysAfter(anchor, offset);
  return addDays(anchor, offset);
}

/** `n` working days before a date, counting back from the day itself (Sat − 2 = Thursday). */
function workingDaysEarlier(date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n;) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) i++;
  }
  return d;
}

function applies(spec: CheckpointSpec, c: CaseFollowUp): boolean {
  const belongings = spec.anchor === 'E' || (spec.anchor === 'F' && spec.offset > 0);
  if (c.arrearsPaid && spec.stopsWhenPaid && !(belongings && c.timeline.evictionHappened))
    return false;
  if (c.stopped?.has(spec.id) && !(belongings && c.timeline.evictionHappened)) return false;
  // After the eviction only the deadlines for the resident's belongings are still ahead.
  if (c.timeline.evictionHappened && spec.anchor === 'F' && spec.offset <= 0) return false;
  // "About four weeks" only until the namsmann's second notice gives the real date.
  if (spec.id === 'F28' && c.timeline.belongingsDeadline) return false;
  return true;
}

/**
 * The checkpoints still ahead for a case (due today or later). Practice and info checkpoints on
 * a weekend or public holiday move to the working day before; a legal one keeps its exact date
 * and is also reminded on the working day before, and goes to the owning unit's channel too.
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
  const push = (
    kind: ReminderKind,
    basis: Basis,
    dueDate: string,
    legalDeadline: string | null,
    audience: ReminderAudience = 'coordinator',
    sendAt = zonedInstant(dueDate, settings.quietHours.start, timeZone),
    keyDate = dueDate,
  ) => {
    if (dueDate < today) return;
    const suffix = audience === 'unit' ? ':unit' : '';
    out.push({
      key: `case:${c.caseId}:${kind}:${keyDate}${suffix}`,
      caseId: c.caseId,
      kind,
      basis,
      dueDate,
      sendAt,
      legalDeadline,
      audience,
    });
  };
  for (const spec of CHECKPOINTS) {
    if (!applies(spec, c)) continue;
    const anchor = anchorDate(c.timeline, spec.anchor);
    if (!anchor) continue;
    const offset =
      spec.basis === 'practice' ? (settings.practiceOffsets[spec.id] ?? spec.offset) : spec.offset;
    const exact = exactDate(anchor, offset, spec.unit);
    const deadlineAnchor = spec.legalDeadline
      ? anchorDate(c.timeline, spec.legalDeadline.anchor)
      : null;
    const deadline =
      spec.legalDeadline && deadlineAnchor
        ? addDays(deadlineAnchor, spec.legalDeadline.offset)
        : null;
    if (spec.basis !== 'law') {
      push(spec.id, spec.basis, onOrBeforeWorkingDay(exact), deadline);
      continue;
    }
    for (const audience of ['coordinator', 'unit'] as const) {
      push(spec.id, 'law', exact, deadline, audience);
      // A deadline on a Saturday, Sunday or holiday is also reminded on the working day before.
      if (!isWorkingDay(exact))
        push(spec.id, 'practice', onOrBeforeWorkingDay(exact), deadline ?? exact, audience);
    }
  }
  catchUp(c, settings, timeZone, push);
  escalateUntaken(c, settings, timeZone, push);
  return out.sort(
    (a, b) =>
      a.sendAt.getTime() - b.sendAt.getTime() ||
      a.kind.localeCompare(b.kind) ||
      a.key.localeCompare(b.key),
  );
}

type Push = (
  kind: ReminderKind,
  basis: Basis,
  dueDate: string,
  legalDeadline: string | null,
  audience?: ReminderAudience,
  sendAt?: Date,
  keyDate?: string,
) => void;

/**
 * A case registered late does not silently drop what it missed: the arrears actions (contact,
 * bostøtte, søknad om økonomisk stønad, nedbetalingsavtale) whose day had passed become one
 * task on the day Husly learned of the arrears, and an eviction date less than 14 days ahead
 * gives an immediate "utkastelse om N dager". Keyed by the anchor date, so it comes once.
 */
function catchUp(c: CaseFollowUp, settings: ReminderSettings, timeZone: string, push: Push) {
  const t = c.timeline;
  const known = c.knownSince ?? {};
  const practiceDay = (id: 'D3' | 'D7', anchor: string) =>
    onOrBeforeWorkingDay(addDays(anchor, settings.practiceOffsets[id] ?? (id === 'D3' ? 3 : 7)));
  if (t.firstMissedRentDate && known.D && !c.arrearsPaid && !c.stopped?.has('D-catchup')) {
    const missed = (['D3', 'D7'] as const).some(
      (id) => practiceDay(id, t.firstMissedRentDate ?? known.D ?? '') < (known.D ?? ''),
    );
    if (missed)
      push(
        'D-catchup',
        'practice',
        known.D,
        null,
        'coordinator',
        zonedInstant(known.D, settings.quietHours.start, timeZone),
        t.firstMissedRentDate,
      );
  }
  const f = t.evictionDate;
  if (
    f &&
    known.F &&
    !t.evictionHappened &&
    !c.stopped?.has('F-soon') &&
    known.F <= f &&
    addDays(f, -14) < known.F
  )
    push('F-soon', 'law', known.F, f, 'coordinator', zonedInstant(known.F, '00:00', timeZone), f);
}

/** To the leaders when a case is still untaken: acute after 2 working hours, else 1 working day. */
function escalateUntaken(
  c: CaseFollowUp,
  settings: ReminderSettings,
  timeZone: string,
  push: Push,
) {
  if (!c.untaken) return;
  const { openedAt, acuteReportedAt } = c.untaken;
  if (acuteReportedAt) {
    const at = afterWorkingHours(acuteReportedAt, 2 * 60, settings.quietHours, timeZone);
    push(
      'case.acuteUntaken',
      'law',
      localDate(at, timeZone),
      null,
      'leader',
      at,
      localDate(acuteReportedAt, timeZone),
    );
  }
  const opened = localDate(openedAt, timeZone);
  const day = workingDaysAfter(opened, 1);
  push('case.untaken', 'practice', day, null, 'leader', undefined, opened);
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
  // CTI: each phase starts with a reminder to change how often the person is contacted.
  for (const phase of plan.phases)
    add('phase.start', phase.startDate, `phase-${phase.kind}`, 'coordinator');
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

import {
  casePhase,
  earliestRequestDate,
  objectionDeadlineOf,
  upcomingEviction,
  type CaseLevel,
  type EvictionTimeline,
} from '../case/case.ts';
import { addDays } from '../common/calendar-date.ts';

/**
 * The worklist for the weekly boligmøte (domain review §6 point 3): the open cases that need a
 * decision this week, sorted by legal deadline — never picked at random, never by level.
 */

/** An eviction date this close (days) puts a case on the list. */
export const EVICTION_WITHIN_DAYS = 30;
/** The earliest lawful request for eviction this close (days) puts a case on the list. */
export const REQUEST_WITHIN_DAYS = 7;
/** A case registered this many days ago without a first contact is on the list. */
export const CONTACT_WITHIN_DAYS = 3;
/** Rows on one worklist card; the rest are counted. */
export const WORKLIST_MAX_ROWS = 25;

/**
 * Why a case is on the list, most pressing kind first. Legal deadlines (law) come before
 * practice ones.
 * - eviction-soon      the eviction date (F) is within 30 days
 * - objection-open     the 14 days to object to the namsmann run (tvangsfullbyrdelsesloven § 13-6)
 * - objection-unknown  only NAV's copy of the namsmann's letter is known: the deadline is unknown
 * - request-soon       the earliest lawful request for eviction (§ 4-18 notice sent + 14 days)
 *                      is within 7 days
 * - acute              without a roof tonight (sosialtjenesteloven § 27)
 * - untaken            nobody has taken the case (no saksansvarlig)
 * - no-vedtak-or-plan  nivå 3–4 without a vedtak or without a plan (domain brief §3)
 * - measure-overdue    a measure in the plan is past its deadline
 * - evaluation-overdue the plan's evaluation is past due
 * - never-contacted    registered, and no first contact recorded after 3 days
 */
export const WORKLIST_REASONS = [
  'acute',
  'eviction-soon',
  'objection-open',
  'objection-unknown',
  'request-soon',
  'untaken',
  'no-vedtak-or-plan',
  'measure-overdue',
  'evaluation-overdue',
  'never-contacted',
] as const;
type WorklistReasonCode = (typeof WORKLIST_REASONS)[number];

const LEGAL: readonly WorklistReasonCode[] = [
  'eviction-soon',
  'objection-open',
  'objection-unknown',
  'request-soon',
];

export interface WorklistReason {
  readonly code: WorklistReasonCode;
  /** 'YYYY-MM-DD' it is due (or was); null when there is no date (a missing vedtak). */
  readonly due: string | null;
  /** no-vedtak-or-plan: what is missing. */
  readonly missing?: 'vedtak' | 'plan' | 'vedtak-and-plan';
}

/** What the worklist needs to know about one open case (read by the statistics repository). */
export interface WorklistCandidate {
  readonly caseId: string;
  readonly reference: string;
  readonly owningUnitId: string;
  readonly owningUnitName: string;
  readonly coordinatorId: string | null;
  readonly level: CaseLevel;
  /** 'YYYY-MM-DD' (local) the case was opened. */
  readonly openedOn: string;
  readonly timeline: EvictionTimeline;
  readonly hasPlan: boolean;
  readonly hasVedtak: boolean;
  /** The earliest deadline of a measure that is neither done nor cancelled. */
  readonly earliestOpenMeasureDeadline: string | null;
  /** The plan's next evaluation: the latest evaluation's next date, else the plan's first. */
  readonly nextEvaluationDate: string | null;
  /** 'YYYY-MM-DD' of the first contact with the resident (event "kontakt-opprettet"), if any. */
  readonly firstContactOn: string | null;
}

export interface WorklistRow {
  readonly caseId: string;
  readonly reference: string;
  readonly owningUnitId: string;
  readonly owningUnitName: string;
  /** Most pressing first. */
  readonly reasons: readonly WorklistReason[];
  /** The nearest legal deadline among the reasons, else the nearest other due date. */
  readonly sortDate: string | null;
  readonly hasLegalDeadline: boolean;
}

/** Why a case is on the list this week (empty: it is not). */
export function worklistReasons(c: WorklistCandidate, today: string): WorklistReason[] {
  const t = c.timeline;
  const reasons: WorklistReason[] = [];
  if (casePhase(t, today) === 'akutt') reasons.push({ code: 'acute', due: t.acuteDate ?? today });
  const eviction = upcomingEviction(t, today);
  if (eviction && eviction <= addDays(today, EVICTION_WITHIN_DAYS))
    reasons.push({ code: 'eviction-soon', due: eviction });
  const objection = objectionDeadlineOf(t);
  if (objection && 'date' in objection && objection.date >= today && !t.evictionHappened)
    reasons.push({ code: 'objection-open', due: objection.date });
  else if (objection && 'uncertain' in objection && !t.evictionHappened && !eviction)
    reasons.push({ code: 'objection-unknown', due: t.namsmannCopyDate });
  const request = earliestRequestDate(t);
  const requested = t.namsmannNoticeDate ?? t.namsmannCopyDate ?? t.objectionDeadline;
  if (request && !requested && request >= today && request <= addDays(today, REQUEST_WITHIN_DAYS))
    reasons.push({ code: 'request-soon', due: request });
  if (c.coordinatorId === null) reasons.push({ code: 'untaken', due: c.openedOn });
  if (c.level >= 3 && !(c.hasPlan && c.hasVedtak))
    reasons.push({
      code: 'no-vedtak-or-plan',
      due: null,
      missing: c.hasPlan ? 'vedtak' : c.hasVedtak ? 'plan' : 'vedtak-and-plan',
    });
  if (c.earliestOpenMeasureDeadline && c.earliestOpenMeasureDeadline < today)
    reasons.push({ code: 'measure-overdue', due: c.earliestOpenMeasureDeadline });
  if (c.nextEvaluationDate && c.nextEvaluationDate < today)
    reasons.push({ code: 'evaluation-overdue', due: c.nextEvaluationDate });
  const contactDue = addDays(c.openedOn, CONTACT_WITHIN_DAYS);
  if (!c.firstContactOn && !c.hasPlan && contactDue <= today)
    reasons.push({ code: 'never-contacted', due: contactDue });
  return reasons;
}

/** The candidates that need a decision this week, sorted by legal deadline. */
export function worklistRows(
  candidates: readonly WorklistCandidate[],
  today: string,
): WorklistRow[] {
  const rows: WorklistRow[] = [];
  for (const c of candidates) {
    const reasons = worklistReasons(c, today);
    if (reasons.length === 0) continue;
    const legal = reasons.filter((r) => LEGAL.includes(r.code) && r.due).map((r) => r.due ?? '');
    const other = reasons.filter((r) => r.due).map((r) => r.due ?? '');
    const acute = reasons.some((r) => r.code === 'acute');
    rows.push({
      caseId: c.caseId,
      reference: c.reference,
      owningUnitId: c.owningUnitId,
      owningUnitName: c.owningUnitName,
      reasons,
      // Without a roof tonight comes before any deadline: it is today.
      sortDate: acute ? today : (legal.sort()[0] ?? other.sort()[0] ?? null),
      hasLegalDeadline: acute || legal.length > 0,
    });
  }
  // Acute first even before a deadline already passed (an unknown objection deadline is dated
  // by the copy NAV got, which may lie in the past).
  const acuteFirst = (r: WorklistRow) => Number(r.reasons.some((x) => x.code === 'acute'));
  return rows.sort(
    (a, b) =>
      acuteFirst(b) - acuteFirst(a) ||
      Number(b.hasLegalDeadline) - Number(a.hasLegalDeadline) ||
      (a.sortDate ?? '9999').localeCompare(b.sortDate ?? '9999') ||
      a.reference.localeCompare(b.reference),
  );
}

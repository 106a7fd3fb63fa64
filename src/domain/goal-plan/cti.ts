import { addDays, addMonths } from '../common/calendar-date.ts';
import type { PlanPhase } from './goal-plan.ts';

/**
 * Critical Time Intervention as Hamar follows up people moving into a home (004 L49): three
 * phases of about three months each, with contact falling as the person settles and other
 * services take over — weekly while moving in, every other week while trying out, monthly while
 * handing over. Reminders go at the start of each phase (follow-up-plan.ts).
 */
const CTI = [
  { kind: 'overgang', months: 3, contactEveryDays: 7 },
  { kind: 'utproving', months: 3, contactEveryDays: 14 },
  { kind: 'overforing', months: 3, contactEveryDays: 30 },
] as const;

export function ctiPhases(start: string): PlanPhase[] {
  const phases: PlanPhase[] = [];
  let from = start;
  for (const p of CTI) {
    const next = addMonths(from, p.months);
    phases.push({
      kind: p.kind,
      startDate: from,
      endDate: addDays(next, -1),
      contactEveryDays: p.contactEveryDays,
    });
    from = next;
  }
  return phases;
}

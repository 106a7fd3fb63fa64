import type { CaseConsent } from '../access/consent.ts';
import type { GoalPlan } from './goal-plan.ts';

/**
 * What an individual plan must hold (forskrift om habilitering og rehabilitering, individuell plan
 * og koordinator § 19, points a–i), checked against the målplan. Husly keeps the fields
 * compatible; this says what is still missing before the plan can serve as an IP.
 */
export type IpPoint =
  | 'goals-resources'
  | 'participants'
  | 'coordinator'
  | 'contributions'
  | 'measures-scope'
  | 'period-revision'
  | 'consent'
  | 'cooperation';

export function ipGaps(plan: GoalPlan, consents: readonly CaseConsent[]): IpPoint[] {
  const gaps: IpPoint[] = [];
  const open = plan.measures.filter((m) => m.status !== 'cancelled');
  // a) goals, resources and the need for services.
  if (plan.goals.length === 0 || !plan.resources) gaps.push('goals-resources');
  // b) who takes part in the work on the plan (besides the resident).
  if (plan.participants.length === 0) gaps.push('participants');
  // c) the statutory coordinator.
  if (!plan.isIp || !plan.ipCoordinatorId) gaps.push('coordinator');
  // d) what the resident, the services and relatives contribute.
  if (!open.some((m) => m.responsibleResident || m.responsibleParticipantId))
    gaps.push('contributions');
  // e) the measures, their scope and who is responsible.
  if (open.length === 0 || open.some((m) => !m.scope)) gaps.push('measures-scope');
  // g) the plan's time frame and how often it is revised.
  if (!plan.periodStart || !plan.periodEnd) gaps.push('period-revision');
  // h) consent.
  if (consents.length === 0) gaps.push('consent');
  // i) cooperation with other agencies.
  if (!plan.participants.some((p) => p.kind === 'external')) gaps.push('cooperation');
  return gaps;
}

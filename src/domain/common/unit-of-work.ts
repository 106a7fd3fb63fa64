import type { BreakGlassRepository } from '../access/break-glass.ts';
import type { ConsentRepository } from '../access/consent.ts';
import type { AuditLog } from '../audit/audit-event.ts';
import type { CaseRepository, ResidentRepository } from '../case/case.repository.ts';
import type { CaseEventRepository } from '../case-event/case-event.ts';
import type { ConcernRepository, RoutingRepository } from '../concern/concern.repository.ts';
import type { ConversationRefRepository } from '../conversation/conversation-ref.repository.ts';
import type { GoalPlanRepository } from '../goal-plan/goal-plan.repository.ts';
import type { OrgRepository } from '../org/org.repository.ts';
import type { PendingLookupRepository } from '../ownership/queries/pending-lookup.ts';
import type { HandOverProposalRepository } from '../ownership/hand-over-proposal.ts';
import type { StatisticsRepository } from '../overview/statistics.ts';

/** Every repository, bound to one transaction. */
export interface Repositories {
  readonly org: OrgRepository;
  readonly conversations: ConversationRefRepository;
  readonly audit: AuditLog;
  readonly residents: ResidentRepository;
  readonly cases: CaseRepository;
  readonly concerns: ConcernRepository;
  readonly routing: RoutingRepository;
  readonly plans: GoalPlanRepository;
  readonly consents: ConsentRepository;
  readonly breakGlass: BreakGlassRepository;
  readonly pendingLookups: PendingLookupRepository;
  readonly caseEvents: CaseEventRepository;
  readonly handOverProposals: HandOverProposalRepository;
  /** Read-only aggregate queries for the worklist, the overview and reports. */
  readonly statistics: StatisticsRepository;
}

/**
 * Runs work in one transaction: either every write (including its audit event) is kept, or
 * none is. Services take this rather than repositories so they cannot forget the audit entry.
 */
export interface UnitOfWork {
  run<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs reads without a transaction, on a connection that never waits for a writer. The only
   * write allowed is the audit event of what was read (each one is written on its own, so it is
   * kept even if the caller fails afterwards). Anything else that writes belongs in `run`.
   */
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

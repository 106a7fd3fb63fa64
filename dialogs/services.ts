import type { TurnContext } from 'botbuilder';
import type { BreakGlassService } from '../src/domain/access/break-glass.service.ts';
import type { ConsentService } from '../src/domain/access/consent.service.ts';
import type { AccessReviewService } from '../src/domain/audit/access-review.service.ts';
import type { OverviewService } from '../src/domain/overview/overview.service.ts';
import type { ReportService } from '../src/domain/overview/report.service.ts';
import type { ReportFormat } from '../src/domain/overview/report.ts';
import type { Period } from '../src/domain/overview/statistics.ts';
import type { WorklistService } from '../src/domain/overview/worklist.service.ts';
import type { WorklistScheduleService } from '../src/domain/overview/worklist-schedule.service.ts';
import type { LinkChannelService } from '../src/domain/channel/link-channel.service.ts';
import type { ReminderActionsService } from '../src/domain/reminder/reminder-actions.service.ts';
import type { ReminderQueryService } from '../src/domain/reminder/reminder-query.service.ts';
import type { RoutingService } from '../src/domain/concern/routing.service.ts';
import type { RegisterConcernService } from '../src/domain/concern/register-concern.service.ts';
import type { GoalPlanService } from '../src/domain/goal-plan/goal-plan.service.ts';
import type { CaseInvolvementService } from '../src/domain/access/case-involvement.service.ts';
import type { CaseResolutionService } from '../src/domain/case/commands/case-resolution.service.ts';
import type { CaseEventService } from '../src/domain/case-event/case-event.service.ts';
import type { ClassifyCaseService } from '../src/domain/case/commands/classify-case.service.ts';
import type { CaseFactsQuery } from '../src/domain/case/queries/case-facts.query.ts';
import type { OwnershipQueries } from '../src/domain/ownership/queries/ownership.queries.ts';
// prettier-ignore
import type {
  CaseOwnershipService,
} from '../src/domain/ownership/commands/case-ownership.service.ts';
import type { LookupOwnerService } from '../src/domain/ownership/queries/lookup-owner.service.ts';
// prettier-ignore
import type {
  HandOverProposalService,
} from '../src/domain/ownership/commands/hand-over-proposal.service.ts';
import type { Clock } from '../src/domain/common/clock.ts';

/**
 * The actor's personal chat with Husly. Outside personal chat Husly shows owner facts only;
 * anything more is answered here instead. The implementation lives at the bot edge.
 */
export interface PersonalChat {
  /**
   * Runs `work` with a turn context in the actor's personal chat (the actor's answers are then
   * audited as shown in personal chat). False when Husly has no personal chat with them yet.
   */
  run(context: TurnContext, work: (personal: TurnContext) => Promise<void>): Promise<boolean>;
}

/**
 * The channel cards Husly posted about a case (`case_cards`). After a change they show (a
 * hand-over, a close, "Ta saken"), `refresh` redraws each one where it is, so nobody in a
 * unit's channel presses "Ta saken" on a case that moved or ended. Never throws: a card that
 * cannot be updated is logged and left, and the user's action stands. The implementation
 * lives at the bot edge.
 */
export interface CaseCards {
  /** Redraws every stored card about the case, except those in `exceptConversationId`. */
  refresh(caseId: string, options?: { readonly exceptConversationId?: string }): Promise<void>;
}

/**
 * Makes the link a leader downloads the report from: signed, for them only, valid 15 minutes.
 * The implementation lives at the edge (src/report/report-link.ts); Husly serves the file.
 */
interface ReportLinkMaker {
  linkFor(
    who: { readonly staffId: string; readonly tenantId: string },
    period: Period,
    format: ReportFormat,
  ): string;
}

/** The domain services the dialogs call, and the settings they need to present results. */
export interface DialogServices {
  readonly personalChat: PersonalChat;
  /** Keeps the channel cards about a case true after it changed. */
  readonly caseCards: CaseCards;
  readonly consents: ConsentService;
  readonly breakGlass: BreakGlassService;
  readonly accessReview: AccessReviewService;
  /** The worklist for the weekly boligmøte. */
  readonly worklist: WorklistService;
  /** When the worklist is posted to a unit's channel each week. */
  readonly worklistSchedule: WorklistScheduleService;
  /** The overview with charts: counts only, small numbers suppressed. */
  readonly overview: OverviewService;
  /** The report file (Husbanken, KOSTRA, indicators per month and unit): counts only. */
  readonly reports: ReportService;
  /** Short-lived signed download links for the report; made at the edge (src/report). */
  readonly reportLinks: ReportLinkMaker;
  readonly linkChannel: LinkChannelService;
  readonly registerConcern: RegisterConcernService;
  readonly lookupOwner: LookupOwnerService;
  /** Commands: take and hand over. */
  readonly ownership: CaseOwnershipService;
  /** Hand-over proposals and level reviews: proposed, then accepted or declined. */
  readonly proposals: HandOverProposalService;
  /** Queries: my cases, hand-over options. */
  readonly ownershipQueries: OwnershipQueries;
  /** Owner facts without side effects (a case id to its reference, channel cards). */
  readonly caseFacts: CaseFactsQuery;
  readonly classify: ClassifyCaseService;
  readonly involvement: CaseInvolvementService;
  readonly resolution: CaseResolutionService;
  /** Outcome events: what was done and decided on a case. */
  readonly caseEvents: CaseEventService;
  readonly plans: GoalPlanService;
  /**
   * Makes the link a målplan's PDF is downloaded from ("Skriv ut (PDF)"): signed, for one staff
   * member and one plan, valid 15 minutes. The implementation lives at the edge
   * (src/print/plan-link.ts); when the link is opened, Husly checks access again and audits the
   * print.
   */
  readonly planLinks: {
    linkFor(who: { readonly staffId: string; readonly tenantId: string }, planId: string): string;
  };
  readonly routing: RoutingService;
  readonly reminderActions: ReminderActionsService;
  readonly reminderQuery: ReminderQueryService;
  readonly clock: Clock;
  readonly timeZone: string;
  readonly allowSyntheticIds: boolean;
}

import type { TurnContext } from 'botbuilder';
import type { BreakGlassService } from '../src/domain/access/break-glass.service.ts';
import type { ConsentService } from '../src/domain/access/consent.service.ts';
import type { AccessReviewService } from '../src/domain/audit/access-review.service.ts';
import type { LinkChannelService } from '../src/domain/channel/link-channel.service.ts';
import type { ReminderActionsService } from '../src/domain/reminder/reminder-actions.service.ts';
import type { ReminderQueryService } from '../src/domain/reminder/reminder-query.service.ts';
import type { RoutingService } from '../src/domain/concern/routing.service.ts';
import type { RegisterConcernService } from '../src/domain/concern/register-concern.service.ts';
import type { GoalPlanService } from '../src/domain/goal-plan/goal-plan.service.ts';
import type { CaseResolutionService } from '../src/domain/ownership/case-resolution.service.ts';
import type { CaseOwnershipService } from '../src/domain/ownership/case-ownership.service.ts';
import type { LookupOwnerService } from '../src/domain/ownership/lookup-owner.service.ts';
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

/** The domain services the dialogs call, and the settings they need to present results. */
export interface DialogServices {
  readonly personalChat: PersonalChat;
  readonly consents: ConsentService;
  readonly breakGlass: BreakGlassService;
  readonly accessReview: AccessReviewService;
  readonly linkChannel: LinkChannelService;
  readonly registerConcern: RegisterConcernService;
  readonly lookupOwner: LookupOwnerService;
  readonly ownership: CaseOwnershipService;
  readonly resolution: CaseResolutionService;
  readonly plans: GoalPlanService;
  readonly routing: RoutingService;
  readonly reminderActions: ReminderActionsService;
  readonly reminderQuery: ReminderQueryService;
  readonly clock: Clock;
  readonly timeZone: string;
  readonly allowSyntheticIds: boolean;
}

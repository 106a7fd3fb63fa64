import type { DialogServices } from '../../dialogs/services.ts';
import {
  AccessGate,
  DEFAULT_ACCESS_SETTINGS,
  type AccessPolicySettings,
} from '../../src/domain/access/access-gate.ts';
import { BreakGlassService } from '../../src/domain/access/break-glass.service.ts';
import { ConsentService } from '../../src/domain/access/consent.service.ts';
import { AccessReviewService } from '../../src/domain/audit/access-review.service.ts';
import { OverviewService } from '../../src/domain/overview/overview.service.ts';
import { ReportService } from '../../src/domain/overview/report.service.ts';
import { REPORT_LABELS } from '../../src/report/report-labels.ts';
import { ReportLinks } from '../../src/report/report-link.ts';
import { WorklistService } from '../../src/domain/overview/worklist.service.ts';
import { WorklistScheduleService } from '../../src/domain/overview/worklist-schedule.service.ts';
import { InMemoryNoticeOutbox } from './in-memory-notice-outbox.ts';
import { LinkChannelService } from '../../src/domain/channel/link-channel.service.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/domain/reminder/checkpoints.ts';
import { ReminderActionsService } from '../../src/domain/reminder/reminder-actions.service.ts';
import { ReminderQueryService } from '../../src/domain/reminder/reminder-query.service.ts';
import { InMemoryReminderOutbox } from './in-memory-outbox.ts';
import { RoutingService } from '../../src/domain/concern/routing.service.ts';
import { RegisterConcernService } from '../../src/domain/concern/register-concern.service.ts';
import type { Notifier } from '../../src/domain/notify/notifier.ts';
import { GoalPlanService } from '../../src/domain/goal-plan/goal-plan.service.ts';
import { CaseInvolvementService } from '../../src/domain/access/case-involvement.service.ts';
import { CaseResolutionService } from '../../src/domain/case/commands/case-resolution.service.ts';
import { CaseEventService } from '../../src/domain/case-event/case-event.service.ts';
import { ClassifyCaseService } from '../../src/domain/case/commands/classify-case.service.ts';
import { CaseFactsQuery } from '../../src/domain/case/queries/case-facts.query.ts';
import { OwnershipQueries } from '../../src/domain/ownership/queries/ownership.queries.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../src/domain/ownership/commands/case-ownership.service.ts';
import { LookupOwnerService } from '../../src/domain/ownership/queries/lookup-owner.service.ts';
// prettier-ignore
import {
  HandOverProposalService,
} from '../../src/domain/ownership/commands/hand-over-proposal.service.ts';
import type { Clock } from '../../src/domain/common/clock.ts';
import type { UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import { FakeCaseCards } from './fake-case-cards.ts';
import { FakeNotifier } from './fake-notifier.ts';
import { FakePersonalChat } from './fake-personal-chat.ts';
import { FakeClock } from './in-memory-repositories.ts';

const TEST_ID_SECRET = 's'.repeat(40);

/** Plan PDF links that say whom and which plan they were made for, and remember each one. */
export class FakePlanLinks {
  readonly made: { staffId: string; tenantId: string; planId: string }[] = [];
  linkFor(who: { readonly staffId: string; readonly tenantId: string }, planId: string): string {
    this.made.push({ staffId: who.staffId, tenantId: who.tenantId, planId });
    return `http://husly.test/api/plans/fake-${planId}-for-${who.staffId}`;
  }
}

/** Every dialog service wired as main.ts wires them, over a given unit of work. */
export function dialogServices(
  uow: UnitOfWork,
  clock: Clock = new FakeClock(),
  notifier: Notifier = new FakeNotifier(),
  options: {
    personalChat?: FakePersonalChat;
    caseCards?: FakeCaseCards;
    access?: AccessPolicySettings;
    noticeOutbox?: InMemoryNoticeOutbox;
    planLinks?: FakePlanLinks;
  } = {},
): DialogServices {
  const idSecret = TEST_ID_SECRET;
  const outbox = new InMemoryReminderOutbox();
  const gate = new AccessGate(clock, options.access ?? DEFAULT_ACCESS_SETTINGS);
  const ownership = new CaseOwnershipService(uow, gate, notifier, clock);
  const proposals = new HandOverProposalService(
    uow,
    gate,
    notifier,
    ownership,
    outbox,
    clock,
    'Europe/Oslo',
  );
  return {
    personalChat: options.personalChat ?? new FakePersonalChat(),
    caseCards: options.caseCards ?? new FakeCaseCards(),
    consents: new ConsentService(uow, gate, clock, 'Europe/Oslo'),
    breakGlass: new BreakGlassService(uow, gate, notifier, outbox, clock, 'Europe/Oslo'),
    accessReview: new AccessReviewService(uow, gate, {
      timeZone: 'Europe/Oslo',
      manyPeopleThreshold: 10,
    }),
    worklist: new WorklistService(uow, gate, clock, 'Europe/Oslo'),
    worklistSchedule: new WorklistScheduleService(
      uow,
      gate,
      options.noticeOutbox ?? new InMemoryNoticeOutbox(),
      'Europe/Oslo',
    ),
    overview: new OverviewService(uow, gate, clock, 'Europe/Oslo'),
    reports: new ReportService(uow, gate, clock, 'Europe/Oslo', REPORT_LABELS),
    reportLinks: new ReportLinks(idSecret, () => 'http://husly.test', clock),
    planLinks: options.planLinks ?? new FakePlanLinks(),
    linkChannel: new LinkChannelService(uow, gate, notifier, 'Europe/Oslo'),
    registerConcern: new RegisterConcernService(uow, gate, notifier, clock, {
      idSecret,
      timeZone: 'Europe/Oslo',
    }),
    lookupOwner: new LookupOwnerService(uow, gate, notifier, clock, {
      idSecret,
      allowSyntheticIds: true,
    }),
    ownership,
    proposals,
    ownershipQueries: new OwnershipQueries(uow, gate),
    caseFacts: new CaseFactsQuery(uow),
    classify: new ClassifyCaseService(uow, gate, clock, proposals),
    involvement: new CaseInvolvementService(uow, gate, notifier, clock),
    resolution: new CaseResolutionService(uow, gate, clock, 'Europe/Oslo'),
    caseEvents: new CaseEventService(uow, gate, clock, 'Europe/Oslo'),
    plans: new GoalPlanService(uow, gate, clock, 'Europe/Oslo'),
    routing: new RoutingService(uow, gate),
    reminderActions: new ReminderActionsService(
      uow,
      gate,
      outbox,
      clock,
      DEFAULT_REMINDER_SETTINGS,
      'Europe/Oslo',
    ),
    reminderQuery: new ReminderQueryService(uow, gate, outbox),
    clock,
    timeZone: 'Europe/Oslo',
    allowSyntheticIds: true,
  };
}

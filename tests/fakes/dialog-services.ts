import type { DialogServices } from '../../dialogs/services.ts';
import { LinkChannelService } from '../../src/domain/channel/link-channel.service.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/domain/reminder/checkpoints.ts';
import { ReminderActionsService } from '../../src/domain/reminder/reminder-actions.service.ts';
import { ReminderQueryService } from '../../src/domain/reminder/reminder-query.service.ts';
import { InMemoryReminderOutbox } from './in-memory-outbox.ts';
import { RoutingService } from '../../src/domain/concern/routing.service.ts';
import { RegisterConcernService } from '../../src/domain/concern/register-concern.service.ts';
import type { Notifier } from '../../src/domain/notify/notifier.ts';
import { GoalPlanService } from '../../src/domain/goal-plan/goal-plan.service.ts';
import { CaseResolutionService } from '../../src/domain/ownership/case-resolution.service.ts';
import { CaseOwnershipService } from '../../src/domain/ownership/case-ownership.service.ts';
import { LookupOwnerService } from '../../src/domain/ownership/lookup-owner.service.ts';
import type { Clock } from '../../src/domain/common/clock.ts';
import type { UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import { FakeNotifier } from './fake-notifier.ts';
import { FakeClock } from './in-memory-repositories.ts';

/** Every dialog service wired as main.ts wires them, over a given unit of work. */
export function dialogServices(uow: UnitOfWork, clock: Clock = new FakeClock(), notifier: Notifier = new FakeNotifier()): DialogServices {
  const idSecret = 's'.repeat(40);
  const outbox = new InMemoryReminderOutbox();
  return {
    linkChannel: new LinkChannelService(uow, clock),
    registerConcern: new RegisterConcernService(uow, notifier, clock, { idSecret, timeZone: 'Europe/Oslo' }),
    lookupOwner: new LookupOwnerService(uow, clock, { idSecret, allowSyntheticIds: true }),
    ownership: new CaseOwnershipService(uow, notifier, clock),
    resolution: new CaseResolutionService(uow, clock, 'Europe/Oslo'),
    plans: new GoalPlanService(uow, clock, 'Europe/Oslo'),
    routing: new RoutingService(uow, clock),
    reminderActions: new ReminderActionsService(uow, outbox, clock, DEFAULT_REMINDER_SETTINGS, 'Europe/Oslo'),
    reminderQuery: new ReminderQueryService(uow, outbox, clock),
    clock,
    timeZone: 'Europe/Oslo',
    allowSyntheticIds: true,
  };
}

import assert from 'node:assert/strict';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import { CaseInvolvementService } from '../../../../src/domain/access/case-involvement.service.ts';
import type { AuditEvent } from '../../../../src/domain/audit/audit-event.ts';
import {
  validateConcernDraft,
  type ConcernDraft,
} from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
// prettier-ignore
import {
  CaseResolutionService,
} from '../../../../src/domain/case/commands/case-resolution.service.ts';
import {
  CHECKPOINTS,
  DEFAULT_REMINDER_SETTINGS,
} from '../../../../src/domain/reminder/checkpoints.ts';
import * as planning from '../../../../src/domain/reminder/reminder-planner.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { InMemoryReminderOutbox } from '../../../fakes/in-memory-outbox.ts';
import type { PlannedReminder } from '../../../../src/domain/reminder/follow-up-plan.ts';
import { FakeClock } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';

export const TZ = 'Europe/Oslo';

/**
 * The outbox these suites share keeps only the main checkpoint rows: the actions on a reminder
 * (Utført, Utsett, Overfør) and the list are the same for every kind, and the case registered
 * on 23 November for 1 December would otherwise bring its late-registration tasks, the untaken
 * escalations and the channel copies of legal deadlines — each tested on its own in
 * follow-up-plan.test.ts and reminder.test.ts.
 */
const LAW_KINDS = new Set<string>(CHECKPOINTS.filter((c) => c.basis === 'law').map((c) => c.id));
class CheckpointsOnlyOutbox extends InMemoryReminderOutbox {
  override sync(
    keyPrefix: string,
    planned: readonly PlannedReminder[],
    now?: Date,
    keep: readonly string[] = [],
  ) {
    const main = (r: PlannedReminder) =>
      r.audience === 'coordinator' &&
      !['D-catchup', 'F-soon'].includes(r.kind) &&
      !(r.basis !== 'law' && LAW_KINDS.has(r.kind));
    return super.sync(keyPrefix, planned.filter(main), now, keep);
  }
}
/** The namsmann's notice came on 16 November, the eviction is set for 1 December 2026. */
const EVICTION: ConcernDraft = {
  namsmannNotice: 'true',
  namsmannNoticeDate: '2026-11-16',
  evictionDateSet: 'true',
  evictionDate: '2026-12-01',
};
/** Synthetic (month + 80), from tests/fixtures/fodselsnummer.json. */
export const OTHER_RESIDENT = { nationalId: '10910174148', name: 'Per Testesen' };

/**
 * The reminder domain in process, as the reminder tests share it: the small municipality, a
 * fake clock on Monday 23 November 2026 (10:00 in Oslo), an in-memory outbox planned into as in
 * production (every case change replans), and the services that change a case.
 */
export async function reminderFixture() {
  const { husly, people, actor } = await smallMunicipality();
  const clock = new FakeClock(new Date('2026-11-23T09:00:00Z')); // Monday, 10:00 in Oslo
  const gate = new AccessGate(clock);
  const notifier = new FakeNotifier();
  const outbox = new CheckpointsOnlyOutbox();
  const planner = new planning.ReminderPlannerService(
    husly,
    outbox,
    clock,
    DEFAULT_REMINDER_SETTINGS,
    TZ,
  );
  const listener = { caseChanged: (changed: string) => planner.replan(changed) };
  const register = new RegisterConcernService(
    husly,
    gate,
    notifier,
    clock,
    { idSecret: 's'.repeat(40), timeZone: TZ },
    listener,
  );

  /** A staff member's id, by name. */
  const id = (name: string): string => {
    const found = people[name];
    assert.ok(found, `no staff member ${name}`);
    return found;
  };
  /** Moves the clock to `iso`. */
  const at = (iso: string) => clock.advance(new Date(iso).getTime() - clock.now().getTime());
  /** The audit trail as read back (an action is compared as a string, as a reader of it does). */
  const audit = (): readonly (Omit<AuditEvent, 'action'> & { action: string })[] =>
    husly.state.audit;
  /** ropSaks reports an eviction (with `overrides`) on 23 November. */
  const report = async (overrides: ConcernDraft, submissionId: string) => {
    const valid = validateConcernDraft(draft({ ...EVICTION, ...overrides }), '2026-11-23', {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok);
    return register.register(await actor('ropSaks'), valid.value, submissionId);
  };
  /** Routes the eviction date (normally the tildelingsteam's) to the unit `unitKey`. */
  const routeEvictionsTo = (unitKey: string) =>
    husly.run(async ({ org, routing }) => {
      const unit = await org.findUnitByKey(unitKey);
      assert.ok(unit);
      await routing.set('utkastelsesdato', unit.id);
    });

  return {
    husly,
    actor,
    clock,
    gate,
    outbox,
    ownership: new CaseOwnershipService(husly, gate, notifier, clock),
    involvement: new CaseInvolvementService(husly, gate, notifier, clock),
    resolution: new CaseResolutionService(husly, gate, clock, TZ, listener),
    id,
    at,
    audit,
    report,
    routeEvictionsTo,
  };
}

export type ReminderFixture = Awaited<ReturnType<typeof reminderFixture>>;

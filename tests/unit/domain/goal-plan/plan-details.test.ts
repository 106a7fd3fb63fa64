import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import { validateConcernDraft } from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import { GoalPlanService } from '../../../../src/domain/goal-plan/goal-plan.service.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';

/**
 * Red-team finding 15-8: «Endre» on the plan changes what the form sent. A stale or hand-made
 * submit without the resident's words must not erase them; an emptied field does clear its own.
 */
describe("the plan's details: what matters and resources", () => {
  let plans: GoalPlanService;
  let koord: Actor;
  let planId: string;

  beforeEach(async () => {
    const { husly, actor } = await smallMunicipality();
    const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    const gate = new AccessGate(clock);
    const checked = validateConcernDraft(
      draft({ firstMissedRentDate: '2026-11-23' }),
      '2026-11-23',
      { allowSyntheticIds: true, unitKeys: UNIT_KEYS },
    );
    assert.ok(checked.ok);
    const { kase } = await new RegisterConcernService(husly, gate, new FakeNotifier(), clock, {
      idSecret: 'x'.repeat(40),
      timeZone: 'Europe/Oslo',
    }).register(await actor('boligSaks'), checked.value, 's1');
    koord = await actor('navKoord');
    await new CaseOwnershipService(husly, gate, new FakeNotifier(), clock).take(koord, kase.id);
    plans = new GoalPlanService(husly, gate, clock, 'Europe/Oslo');
    const created = await plans.create(koord, kase.id, {
      whatMatters: 'Å bo nær datteren min',
      resources: 'Jobber deltid',
      goalText: 'Beholde leiligheten',
      measureType: 'bostotte',
      measureDescription: 'Søke bostøtte',
      measureResident: 'ja',
      measureDeadline: '2026-12-15',
      evaluationDate: '2027-01-10',
      residentParticipation: 'meeting',
      consentGiven: 'nei',
    });
    assert.ok(created.ok, JSON.stringify(created));
    planId = created.value.plan.id;
  });

  it('a submit without the text fields leaves them as they are', async () => {
    const changed = await plans.updateDetails(koord, planId, { isIp: 'nei' });
    assert.ok(changed.ok, JSON.stringify(changed));
    assert.deepEqual(
      [changed.value.plan.whatMatters, changed.value.plan.resources],
      ['Å bo nær datteren min', 'Jobber deltid'],
    );
  });

  it('a field sent empty clears that field only', async () => {
    const changed = await plans.updateDetails(koord, planId, { isIp: 'nei', resources: '' });
    assert.ok(changed.ok, JSON.stringify(changed));
    assert.deepEqual(
      [changed.value.plan.whatMatters, changed.value.plan.resources],
      ['Å bo nær datteren min', null],
    );
  });
});

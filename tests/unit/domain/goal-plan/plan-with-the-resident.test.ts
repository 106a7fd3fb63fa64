import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import { ConsentService } from '../../../../src/domain/access/consent.service.ts';
// prettier-ignore
import {
  CaseResolutionService,
} from '../../../../src/domain/case/commands/case-resolution.service.ts';
import { validateConcernDraft } from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import type { PlanDraft } from '../../../../src/domain/goal-plan/goal-plan-form.ts';
import { GoalPlanService } from '../../../../src/domain/goal-plan/goal-plan.service.ts';
import { levelHistory } from '../../../../src/domain/goal-plan/goal-plan.ts';
import { planFollowUp } from '../../../../src/domain/reminder/follow-up-plan.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../src/domain/reminder/checkpoints.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

const DAY = 86_400_000;
const TZ = 'Europe/Oslo';

/** A plan made with the resident: their words, a measure they own, how they took part. */
const withResident = (overrides: PlanDraft = {}): PlanDraft => ({
  whatMatters: 'Å få beholde katten og bo nær datteren min',
  goalText: 'Beholde leiligheten',
  goalResidentWords: 'Jeg vil bli boende',
  measureType: 'nedbetalingsavtale',
  measureDescription: 'Betale 1 500 kr ekstra hver måned',
  measureScope: 'hver måned til restansen er betalt',
  measureResident: 'ja',
  measureDeadline: '2026-12-15',
  evaluationDate: '2027-01-10',
  residentParticipation: 'meeting',
  consentGiven: 'nei',
  ...overrides,
});

describe('a målplan made with the resident, one per person', () => {
  let husly: InMemoryHusly;
  let actor: Awaited<ReturnType<typeof smallMunicipality>>['actor'];
  let clock: FakeClock;
  let plans: GoalPlanService;
  let register: () => Promise<string>;
  let caseId: string;

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    const gate = new AccessGate(clock);
    const registering = new RegisterConcernService(husly, gate, new FakeNotifier(), clock, {
      idSecret: 'x'.repeat(40),
      timeZone: TZ,
    });
    register = async () => {
      const today = new Date(clock.now()).toISOString().slice(0, 10);
      const checked = validateConcernDraft(draft({ firstMissedRentDate: today }), today, {
        allowSyntheticIds: true,
        unitKeys: UNIT_KEYS,
      });
      assert.ok(checked.ok);
      const done = await registering.register(
        await actor('boligSaks'),
        checked.value,
        `s-${clock.now().getTime()}`,
      );
      return done.kase.id;
    };
    caseId = await register();
    await new CaseOwnershipService(husly, gate, new FakeNotifier(), clock).take(
      await actor('navKoord'),
      caseId,
    );
    plans = new GoalPlanService(husly, gate, clock, TZ);
  });

  const closeCase = async (id: string) => {
    const closed = await new CaseResolutionService(husly, new AccessGate(clock), clock, TZ).close(
      await actor('navKoord'),
      id,
      { reason: 'bolig-sikret', note: '' },
    );
    assert.ok(closed.ok, JSON.stringify(closed));
  };

  it("keeps the resident's words beside the staff's, and a measure the resident owns", async () => {
    const created = await plans.create(await actor('navKoord'), caseId, withResident());
    assert.ok(created.ok, JSON.stringify(created));
    const { plan } = created.value;
    const goal = present(plan.goals[0], 'the goal');
    assert.deepEqual(
      [goal.text, goal.residentWords],
      ['Beholde leiligheten', 'Jeg vil bli boende'],
    );
    assert.equal(plan.whatMatters, 'Å få beholde katten og bo nær datteren min');
    assert.equal(plan.residentParticipation, 'meeting');
    const measure = present(plan.measures[0], 'the measure');
    assert.deepEqual(
      [measure.responsibleResident, measure.responsibleUnitId, measure.goalId, measure.scope],
      [true, null, goal.id, 'hver måned til restansen er betalt'],
      'the resident alone carries it, for the first goal',
    );
    assert.equal(plan.levelAtStart, created.value.kase.level);
  });

  it('records how the resident took part: a plan without that answer is refused', async () => {
    const bad = await plans.create(
      await actor('navKoord'),
      caseId,
      withResident({ residentParticipation: '', measureResident: 'nei' }),
    );
    assert.ok(!bad.ok && bad.code === 'PLAN.INVALID');
    assert.deepEqual(bad.errors, {
      residentParticipation: 'REQUIRED',
      measureUnitKey: 'RESPONSIBLE_REQUIRED',
    });
    assert.deepEqual(husly.state.plans, []);
  });

  it("shows a measure unit outside the consent its measures, not the person's words", async () => {
    const created = await plans.create(
      await actor('navKoord'),
      caseId,
      withResident({ measureResident: 'nei', measureUnitKey: 'bolig', resources: 'Jobber deltid' }),
    );
    assert.ok(created.ok);
    const koord = await actor('navKoord');
    await plans.addParticipant(koord, created.value.plan.id, {
      participantKind: 'relative',
      participantName: 'Siri Nordmann',
    });
    const bolig = await plans.show(await actor('boligSaks'), { caseId });
    assert.ok(bolig.ok && bolig.value.scope === 'own-measures');
    const seen = bolig.value.plan;
    assert.equal(seen.measures.length, 1);
    assert.deepEqual(
      [seen.whatMatters, seen.resources, seen.participants, seen.goals, seen.residentParticipation],
      [null, null, [], [], null],
    );
    assert.equal(bolig.value.resident, null, 'no name for a print');
    assert.doesNotMatch(JSON.stringify(bolig.value), /Siri|katten|deltid|bli boende/);
  });

  it('links measures to goals of the same plan only', async () => {
    const created = await plans.create(await actor('navKoord'), caseId, withResident());
    assert.ok(created.ok);
    const planId = created.value.plan.id;
    const added = await plans.addGoal(await actor('navKoord'), planId, {
      goalText: 'Stabil økonomi',
      goalResidentWords: 'Ha penger til mat hele måneden',
    });
    assert.ok(added.ok);
    const economy = present(added.value.plan.goals[1], 'the second goal');
    const linked = await plans.addMeasure(await actor('navKoord'), planId, {
      measureType: 'okonomisk-radgivning',
      measureDescription: 'Budsjett sammen med NAV',
      measureScope: '2 timer i uka',
      measureUnitKey: 'nav-bolig',
      measureGoalId: economy.id,
      measureDeadline: '2026-12-20',
    });
    assert.ok(linked.ok);
    assert.equal(present(linked.value.plan.measures[1], 'the new measure').goalId, economy.id);
    const foreign = await plans.addMeasure(await actor('navKoord'), planId, {
      measureType: 'bostotte',
      measureDescription: 'x',
      measureUnitKey: 'nav-bolig',
      measureGoalId: 'a-goal-of-another-plan',
      measureDeadline: '2026-12-20',
    });
    assert.deepEqual(foreign, {
      ok: false,
      code: 'PLAN.INVALID',
      errors: { measureGoalId: 'CHOICE' },
    });
  });

  it('lives on after its case closes, and a new concern for the person lands on it', async () => {
    const created = await plans.create(
      await actor('navKoord'),
      caseId,
      withResident({
        consentGiven: 'ja',
        consentDate: '2026-11-20',
        consentUnitKeys: 'rop',
        consentForm: 'skriftlig',
      }),
    );
    assert.ok(created.ok);
    const planId = created.value.plan.id;
    await closeCase(caseId);
    // Closed case, living plan: the owner works on it, the consent still opens it.
    const afterClose = await plans.addGoal(await actor('navKoord'), planId, {
      goalText: 'Holde kontakten med bo-oppfølgingen',
    });
    assert.ok(afterClose.ok, JSON.stringify(afterClose));
    assert.equal(afterClose.value.plan.status, 'active');
    assert.ok((await plans.show(await actor('ropSaks'), { caseId })).ok, 'rop, by consent');
    // Three months later the person is reported again: a new case, owned by routing.
    clock.advance(90 * DAY);
    const newCaseId = await register();
    assert.notEqual(newCaseId, caseId);
    const living = present(
      husly.state.plans.find((p) => p.id === planId),
      'the living plan',
    );
    assert.equal(living.caseId, newCaseId, 'the plan hangs on the new case');
    assert.deepEqual(living.caseIds, [caseId, newCaseId]);
    const shown = await plans.show(await actor('navKoord'), { caseId: newCaseId });
    assert.ok(shown.ok);
    assert.equal(shown.value.plan.goals.length, 2, 'goals made under the first case are there');
    assert.equal(shown.value.caseReferences.length, 2);
    // The consent given with the plan went with it.
    assert.ok((await plans.show(await actor('ropSaks'), { caseId: newCaseId })).ok);
    // One plan per person: a second one is refused.
    const again = await plans.create(await actor('navKoord'), newCaseId, withResident());
    assert.deepEqual(again, { ok: false, code: 'PLAN.EXISTS' });
  });

  it('closes with a reason; a closed plan is read, not changed; a new one may start', async () => {
    const created = await plans.create(await actor('navKoord'), caseId, withResident());
    assert.ok(created.ok);
    const planId = created.value.plan.id;
    const noNote = await plans.close(await actor('navKoord'), planId, { closeReason: 'other' });
    assert.deepEqual(noNote, {
      ok: false,
      code: 'PLAN.INVALID',
      errors: { closeNote: 'REQUIRED' },
    });
    assert.deepEqual(
      await plans.close(await actor('ropSaks'), planId, { closeReason: 'goals-reached' }),
      { ok: false, code: 'ACCESS.DENIED' },
    );
    const closed = await plans.close(await actor('navKoord'), planId, {
      closeReason: 'goals-reached',
    });
    assert.ok(closed.ok);
    assert.deepEqual(
      [closed.value.plan.status, closed.value.plan.closeReason, closed.value.mayChange],
      ['closed', 'goals-reached', false],
    );
    assert.deepEqual(await plans.addGoal(await actor('navKoord'), planId, { goalText: 'x' }), {
      ok: false,
      code: 'PLAN.CLOSED',
    });
    assert.ok((await plans.show(await actor('navKoord'), { caseId })).ok, 'still readable');
    const next = await plans.create(await actor('navKoord'), caseId, withResident());
    assert.ok(next.ok, 'a new plan for the person');
    assert.notEqual(next.value.plan.id, planId);
  });

  it('names participants; taking part opens nothing, the consent does', async () => {
    const created = await plans.create(await actor('navKoord'), caseId, withResident());
    assert.ok(created.ok);
    const planId = created.value.plan.id;
    const koord = await actor('navKoord');
    for (const participant of [
      { participantKind: 'unit', participantUnitKey: 'rop', participantRole: 'behandling' },
      {
        participantKind: 'external',
        participantOrganisation: 'spesialisthelsetjenesten',
        participantName: 'DPS Sentrum',
        participantRole: 'poliklinisk behandling',
      },
      { participantKind: 'relative', participantName: 'Siri Nordmann', participantRole: 'datter' },
    ])
      assert.ok((await plans.addParticipant(koord, planId, participant)).ok);
    const badExternal = await plans.addParticipant(koord, planId, {
      participantKind: 'external',
      participantOrganisation: 'nasa',
    });
    assert.deepEqual(badExternal, {
      ok: false,
      code: 'PLAN.INVALID',
      errors: { participantOrganisation: 'CHOICE' },
    });
    const relative = await plans.addParticipant(koord, planId, { participantKind: 'relative' });
    assert.deepEqual(relative, {
      ok: false,
      code: 'PLAN.INVALID',
      errors: { participantName: 'REQUIRED' },
    });
    // Rop takes part, but the resident has not consented to sharing with it: no plan.
    assert.deepEqual(await plans.show(await actor('ropSaks'), { caseId }), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    const consents = new ConsentService(husly, new AccessGate(clock), clock, TZ);
    assert.ok(
      (
        await consents.record(koord, caseId, {
          consentUnitKeys: 'rop',
          givenDate: '2026-11-23',
          form: 'muntlig',
        })
      ).ok,
    );
    const rop = await plans.show(await actor('ropSaks'), { caseId });
    assert.ok(rop.ok && rop.value.scope === 'all');
    assert.deepEqual(
      rop.value.plan.participants.map((p) => [p.kind, p.organisation, p.role]),
      [
        ['unit', null, 'behandling'],
        ['external', 'spesialisthelsetjenesten', 'poliklinisk behandling'],
        ['relative', null, 'datter'],
      ],
    );
    // A relative can carry a measure.
    const daughter = present(
      rop.value.plan.participants.find((p) => p.kind === 'relative'),
      'the daughter',
    );
    const hers = await plans.addMeasure(koord, planId, {
      measureType: 'aktivitet-arbeid',
      measureDescription: 'Følge til treningssenteret',
      measureParticipantId: daughter.id,
      measureDeadline: '2027-01-05',
    });
    assert.ok(hers.ok);
    assert.equal(
      present(hers.value.plan.measures[1], 'her measure').responsibleParticipantId,
      daughter.id,
    );
  });

  it('becomes an IP with its statutory coordinator, and says what else the IP needs', async () => {
    const created = await plans.create(await actor('navKoord'), caseId, withResident());
    assert.ok(created.ok);
    const planId = created.value.plan.id;
    assert.ok(created.value.ipGaps.includes('coordinator'));
    const koord = await actor('navKoord');
    const noCoordinator = await plans.updateDetails(koord, planId, { isIp: 'ja' });
    assert.deepEqual(noCoordinator, {
      ok: false,
      code: 'PLAN.INVALID',
      errors: { ipCoordinatorId: 'REQUIRED' },
    });
    const ip = await plans.updateDetails(koord, planId, {
      isIp: 'ja',
      ipCoordinatorId: koord.staff.id,
      resources: 'Gode nettverk, jobber deltid',
      whatMatters: 'Å bo nær datteren min',
    });
    assert.ok(ip.ok);
    assert.equal(ip.value.plan.isIp, true);
    assert.deepEqual(ip.value.ipGaps, [
      'participants',
      'period-revision',
      'consent',
      'cooperation',
    ]);
  });

  it('follows up a CTI plan phase by phase, contact falling', async () => {
    const created = await plans.create(
      await actor('navKoord'),
      caseId,
      withResident({ template: 'cti', periodStart: '2026-12-01' }),
    );
    assert.ok(created.ok);
    assert.deepEqual(
      created.value.plan.phases.map((p) => [p.kind, p.startDate, p.endDate, p.contactEveryDays]),
      [
        ['overgang', '2026-12-01', '2027-02-28', 7],
        ['utproving', '2027-03-01', '2027-05-31', 14],
        ['overforing', '2027-06-01', '2027-08-31', 30],
      ],
    );
    const phaseReminders = planFollowUp(
      caseId,
      created.value.plan,
      DEFAULT_REMINDER_SETTINGS,
      '2026-11-23',
      TZ,
    ).filter((r) => r.kind === 'phase.start');
    assert.deepEqual(
      phaseReminders.map((r) => r.dueDate),
      ['2026-12-01', '2027-03-01', '2027-06-01'],
    );
  });

  it('records the level at each evaluation: the movement over the plan', async () => {
    const created = await plans.create(await actor('navKoord'), caseId, withResident());
    assert.ok(created.ok);
    const planId = created.value.plan.id;
    const goalId = present(created.value.plan.goals[0], 'the goal').id;
    for (const [level, outcome] of [
      ['3', 'not-reached'],
      ['2', 'partly'],
      ['1', 'reached'],
    ] as const) {
      clock.advance(30 * DAY);
      const next = new Date(clock.now().getTime() + 30 * DAY).toISOString().slice(0, 10);
      const evaluated = await plans.recordEvaluation(await actor('navKoord'), planId, {
        evaluationSummary: 'Evaluert sammen med beboeren',
        nextEvaluationDate: next,
        evaluationParticipation: 'meeting',
        evaluationLevel: level,
        [`goalOutcome.${goalId}`]: outcome,
      });
      assert.ok(evaluated.ok, JSON.stringify(evaluated));
    }
    const shown = await plans.show(await actor('navKoord'), { caseId });
    assert.ok(shown.ok);
    assert.deepEqual(
      levelHistory(shown.value.plan).map((h) => h.level),
      [created.value.plan.levelAtStart, 3, 2, 1],
    );
  });
});

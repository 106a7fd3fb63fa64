import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
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
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

/**
 * Red-team findings 15-1 to 15-3: a målplan outlives its case, so who may read it after the case
 * closed is decided by the resident's consent, not by who files the person's next concern.
 */
const DAY = 86_400_000;
const TZ = 'Europe/Oslo';

/** NAV makes the plan with the resident, who consents to sharing it with `consentTo`. */
const planWith = (consentTo: string): PlanDraft => ({
  whatMatters: 'Å få beholde katten og bo nær datteren min',
  goalText: 'Holde seg rusfri',
  goalResidentWords: 'Jeg vil slutte å drikke',
  measureType: 'nedbetalingsavtale',
  measureDescription: 'Betale 1 500 kr ekstra hver måned',
  measureResident: 'ja',
  measureDeadline: '2026-12-15',
  evaluationDate: '2027-01-10',
  residentParticipation: 'meeting',
  consentGiven: 'ja',
  consentDate: '2026-11-20',
  consentUnitKeys: consentTo,
  consentForm: 'skriftlig',
});

describe('the living målplan goes only where the resident consented', () => {
  let husly: InMemoryHusly;
  let actor: (key: string) => Promise<Actor>;
  let clock: FakeClock;
  let gate: AccessGate;
  let plans: GoalPlanService;
  let consents: ConsentService;
  let registering: RegisterConcernService;
  /** The first case, reported by bolig, routed to NAV, taken by NAV's koordinator. */
  let caseA: string;

  /** A concern for the same person, filed by `who`; nivå 1 stays with the reporter's unit. */
  const registerAs = async (who: string, overrides: Record<string, string> = {}) => {
    const today = new Date(clock.now()).toISOString().slice(0, 10);
    const checked = validateConcernDraft(
      draft({ firstMissedRentDate: today, ...overrides }),
      today,
      { allowSyntheticIds: true, unitKeys: UNIT_KEYS },
    );
    assert.ok(checked.ok, JSON.stringify(checked));
    return registering.register(
      await actor(who),
      checked.value,
      `s-${who}-${clock.now().getTime()}`,
    );
  };

  /** NAV's plan on case A, then A closed by NAV: the plan lives on. */
  const livingPlanOnClosedCase = async (consentTo: string) => {
    const created = await plans.create(await actor('navKoord'), caseA, planWith(consentTo));
    assert.ok(created.ok, JSON.stringify(created));
    const planId = created.value.plan.id;
    const closed = await new CaseResolutionService(husly, gate, clock, TZ).close(
      await actor('navKoord'),
      caseA,
      { reason: 'bolig-sikret', note: '' },
    );
    assert.ok(closed.ok, JSON.stringify(closed));
    return planId;
  };

  const referenceOf = (caseId: string) =>
    present(
      husly.state.cases.find((c) => c.id === caseId),
      'the case',
    ).reference;
  const planOf = (planId: string) =>
    present(
      husly.state.plans.find((p) => p.id === planId),
      'the plan',
    );
  let notifier: FakeNotifier;
  const attachedEvents = () => husly.state.audit.filter((e) => e.action === 'plan.attached');

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    gate = new AccessGate(clock);
    notifier = new FakeNotifier();
    registering = new RegisterConcernService(husly, gate, notifier, clock, {
      idSecret: 'x'.repeat(40),
      timeZone: TZ,
    });
    plans = new GoalPlanService(husly, gate, clock, TZ);
    consents = new ConsentService(husly, gate, clock, TZ);
    caseA = (await registerAs('boligSaks')).kase.id;
    await new CaseOwnershipService(husly, gate, new FakeNotifier(), clock).take(
      await actor('navKoord'),
      caseA,
    );
  });

  describe('15-1: a new case takes the plan only within the consent', () => {
    it("rop's nivå-1 concern, outside the consent, does not get the person's plan", async () => {
      const planId = await livingPlanOnClosedCase('tildeling');
      clock.advance(10 * DAY);
      const second = await registerAs('ropSaks');
      assert.equal(second.createdCase, true);
      assert.equal(second.ownedBy, 'reporter-unit', 'nivå 1: the new case stays with rop');
      const caseB = second.kase.id;

      assert.equal(planOf(planId).caseId, caseA, 'the plan stays on the closed case');
      assert.deepEqual(attachedEvents(), [], 'nothing moved');
      // The unit that has the plan hears of the new case (references and units only).
      const navUnit = present(
        husly.state.units.find((u) => u.key === 'nav-bolig'),
        'nav-bolig',
      );
      assert.deepEqual(
        notifier.sent.filter((n) => n.notice.kind === 'plan.newCaseElsewhere'),
        [
          {
            to: 'unit',
            id: navUnit.id,
            notice: {
              kind: 'plan.newCaseElsewhere',
              planReference: referenceOf(caseA),
              newReference: second.kase.reference,
              newOwningUnitName: 'Psykisk helse og rus',
            },
          },
        ],
      );
      assert.deepEqual(second.planHeldBy, { unitName: navUnit.name, delivered: true });
      const rop = await actor('ropSaks');
      // On the closed case rop has no relation; on its own new case there is no plan.
      assert.deepEqual(await plans.show(rop, { caseId: caseA }), {
        ok: false,
        code: 'ACCESS.DENIED',
      });
      // Only where the plan is (owner facts), not what it holds.
      assert.deepEqual(await plans.show(rop, { caseId: caseB }), {
        ok: false,
        code: 'PLAN.ELSEWHERE',
        reference: referenceOf(caseA),
      });
      assert.deepEqual(await plans.create(rop, caseB, planWith('rop')), {
        ok: false,
        code: 'PLAN.EXISTS',
      });
      assert.ok(!(await plans.printable({ staffId: rop.staff.id, tenantId: 't' }, planId)).ok);
      assert.deepEqual(await plans.close(rop, planId, { closeReason: 'declined' }), {
        ok: false,
        code: 'ACCESS.DENIED',
      });
      // The unit that made the plan with the resident still has it, and is offered the move.
      const nav = await plans.show(await actor('navKoord'), { caseId: caseA });
      assert.ok(nav.ok && nav.value.plan.status === 'active');
      assert.deepEqual(nav.value.movableTo, {
        id: caseB,
        reference: second.kase.reference,
        unitName: 'Psykisk helse og rus',
        needsConsent: true,
      });
    });

    it('nor does tildeling, when the consent named rop only', async () => {
      const planId = await livingPlanOnClosedCase('rop');
      clock.advance(10 * DAY);
      const second = await registerAs('tilKoord');
      assert.equal(second.ownedBy, 'reporter-unit');
      assert.equal(planOf(planId).caseId, caseA);
      assert.deepEqual(await plans.show(await actor('tilKoord'), { caseId: second.kase.id }), {
        ok: false,
        code: 'PLAN.ELSEWHERE',
        reference: referenceOf(caseA),
      });
    });

    it('a unit the consent names takes it with its new case, audited', async () => {
      const planId = await livingPlanOnClosedCase('rop');
      clock.advance(10 * DAY);
      const caseB = (await registerAs('ropSaks')).kase.id;
      assert.equal(planOf(planId).caseId, caseB);
      assert.deepEqual(
        attachedEvents().map((e) => [e.caseId, e.detail]),
        [[caseB, { cause: 'concern' }]],
      );
      const seen = await plans.show(await actor('ropSaks'), { caseId: caseB });
      assert.ok(seen.ok && seen.value.scope === 'all');
    });

    it("the plan's owner moves it explicitly; who may not change the plan cannot", async () => {
      const planId = await livingPlanOnClosedCase('tildeling');
      clock.advance(10 * DAY);
      const second = await registerAs('ropSaks');
      const caseB = second.kase.id;
      for (const who of ['ropSaks', 'tilKoord', 'boligSaks'])
        assert.deepEqual(
          await plans.moveToCase(await actor(who), planId, caseB),
          { ok: false, code: 'ACCESS.DENIED' },
          who,
        );
      assert.equal(planOf(planId).caseId, caseA, 'no refused move moved it');
      assert.deepEqual(attachedEvents(), []);

      // rop is outside the plan's consent: moving it there needs the resident's consent to that.
      const noConsent = await plans.moveToCase(await actor('navKoord'), planId, caseB);
      assert.deepEqual(noConsent, {
        ok: false,
        code: 'PLAN.INVALID',
        errors: { consentDate: 'REQUIRED', consentForm: 'REQUIRED' },
      });
      assert.equal(planOf(planId).caseId, caseA);
      const moved = await plans.moveToCase(await actor('navKoord'), planId, caseB, {
        consentDate: '2026-11-20',
        consentForm: 'skriftlig',
      });
      assert.deepEqual(moved, { ok: true, value: { reference: second.kase.reference } });
      assert.equal(planOf(planId).caseId, caseB);
      assert.deepEqual(
        attachedEvents().map((e) => [e.caseId, e.detail?.['cause']]),
        [
          [caseA, 'moved'],
          [caseB, 'moved'],
        ],
        'audited on both cases',
      );
      const rop = await plans.show(await actor('ropSaks'), { caseId: caseB });
      assert.ok(rop.ok && rop.value.scope === 'all', 'rop now has the plan, as the owner chose');
    });
  });

  describe('15-2: consents on a closed case whose plan lives', () => {
    it('are listed, recorded and withdrawn; a withdrawal ends the reading', async () => {
      const planId = await livingPlanOnClosedCase('rop');
      const given = present(
        husly.state.consents.find((c) => c.planId === planId),
        'the consent given with the plan',
      );
      const koord = await actor('navKoord');
      const listed = await consents.overview(koord, { caseId: caseA });
      assert.ok(listed.ok, JSON.stringify(listed));
      assert.ok(JSON.stringify(listed.value).includes(given.id));
      const recorded = await consents.record(koord, caseA, {
        consentUnitKeys: 'tildeling',
        givenDate: '2026-11-23',
        form: 'muntlig',
      });
      assert.ok(recorded.ok, JSON.stringify(recorded));
      assert.ok((await plans.show(await actor('tilKoord'), { caseId: caseA })).ok);

      assert.ok((await plans.show(await actor('ropSaks'), { caseId: caseA })).ok);
      const withdrawn = await consents.withdraw(koord, caseA, given.id);
      assert.ok(withdrawn.ok, JSON.stringify(withdrawn));
      assert.deepEqual(await plans.show(await actor('ropSaks'), { caseId: caseA }), {
        ok: false,
        code: 'ACCESS.DENIED',
      });

      // Only while the plan lives: a closed case with a closed plan takes no new consent.
      assert.ok((await plans.close(koord, planId, { closeReason: 'goals-reached' })).ok);
      const late = await consents.record(koord, caseA, {
        consentUnitKeys: 'rop',
        givenDate: '2026-11-23',
        form: 'muntlig',
      });
      assert.ok(!late.ok && late.code === 'CASE.CLOSED', JSON.stringify(late));
    });
  });

  describe("15-3: the plan's consent on the person's later case", () => {
    it('stays on its case, opens the plan only, and is withdrawn from the later case', async () => {
      const planId = await livingPlanOnClosedCase('rop');
      clock.advance(60 * DAY);
      const second = await registerAs('boligSaks', {
        description: 'Naboen melder om bråk i leiligheten',
        sharingBasis: 'lovhjemmel',
      });
      const caseB = second.kase.id;
      assert.equal(planOf(planId).caseId, caseB, 'routed to NAV again: the plan follows');
      const consent = present(
        husly.state.consents.find((c) => c.planId === planId),
        'the consent given with the plan',
      );
      assert.equal(consent.caseId, caseA, 'the consent stays on the case it was given on');

      const rop = await actor('ropSaks');
      const access = await husly.run(async (repos) =>
        gate.read(
          repos,
          rop,
          present((await repos.cases.findById(caseB)) ?? undefined, 'case B'),
          'case.open',
        ),
      );
      assert.equal(access.may('plan.read'), true, 'the plan, as consented');
      assert.equal(access.may('case.readDetails'), false, 'not the later case');
      const newConcern = present(
        access.concerns.find((c) => c.description.includes('Naboen')),
        'the new concern',
      );
      assert.equal(access.mayReadConcernText(newConcern), false, "nor the new concern's text");
      const seen = await plans.show(rop, { caseId: caseB });
      assert.ok(seen.ok && seen.value.scope === 'all');

      const koord = await actor('navKoord');
      await new CaseOwnershipService(husly, gate, new FakeNotifier(), clock).take(koord, caseB);
      const listed = await consents.overview(koord, { caseId: caseB });
      assert.ok(listed.ok && JSON.stringify(listed.value).includes(consent.id));
      const withdrawn = await consents.withdraw(koord, caseB, consent.id);
      assert.ok(withdrawn.ok, JSON.stringify(withdrawn));
      assert.deepEqual(await plans.show(rop, { caseId: caseB }), {
        ok: false,
        code: 'ACCESS.DENIED',
      });
    });
  });
});

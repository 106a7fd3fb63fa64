import { ClassifyCaseService } from '../../../../src/domain/case/commands/classify-case.service.ts';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { validateConcernDraft } from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import type { PlanDraft } from '../../../../src/domain/goal-plan/goal-plan-form.ts';
import { GoalPlanService } from '../../../../src/domain/goal-plan/goal-plan.service.ts';
import { levelHistory } from '../../../../src/domain/goal-plan/goal-plan.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

const plan = (overrides: PlanDraft = {}): PlanDraft => ({
  goalText: 'Beholde leiligheten',
  measureType: 'nedbetalingsavtale',
  measureDescription: 'Avtale med utleier om nedbetaling',
  measureUnitKey: 'bolig',
  measureDeadline: '2026-12-15',
  evaluationDate: '2027-01-10',
  consentGiven: 'nei',
  residentParticipation: 'meeting',
  ...overrides,
});

describe('GoalPlanService', () => {
  let husly: InMemoryHusly;
  let actor: Awaited<ReturnType<typeof smallMunicipality>>['actor'];
  let plans: GoalPlanService;
  let caseId: string;

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    const notifier = new FakeNotifier();
    const registered = validateConcernDraft(draft(), '2026-11-23', {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(registered.ok);
    const done = await new RegisterConcernService(husly, new AccessGate(clock), notifier, clock, {
      idSecret: 'x'.repeat(40),
      timeZone: 'Europe/Oslo',
    }).register(await actor('boligSaks'), registered.value, 's1');
    // Owned by nav-bolig: the landlord reported it (Boligstiftelsen owns no cases itself).
    caseId = done.kase.id;
    await new CaseOwnershipService(husly, new AccessGate(clock), notifier, clock).take(
      await actor('navKoord'),
      caseId,
    );
    plans = new GoalPlanService(husly, new AccessGate(clock), clock, 'Europe/Oslo');
  });

  it('creates a plan with goal, measure, evaluation date; measure unit is involved', async () => {
    const created = await plans.create(await actor('navKoord'), caseId, plan());
    assert.ok(created.ok);
    assert.equal(present(created.value.plan.goals[0], 'the goal').text, 'Beholde leiligheten');
    assert.equal(present(created.value.plan.measures[0], 'the measure').status, 'planned');
    assert.equal(
      created.value.coordinatorId,
      created.value.kase.coordinatorId,
      "the plan's coordinator is the case's",
    );
    const bolig = husly.state.units.find((u) => u.key === 'bolig')!;
    assert.ok(
      husly.state.involvements.some((i) => i.unitId === bolig.id && i.reason === 'measure'),
    );
    assert.deepEqual(await plans.create(await actor('navKoord'), caseId, plan()), {
      ok: false,
      code: 'PLAN.EXISTS',
    });
  });

  it('refuses an incomplete plan field by field, storing nothing', async () => {
    const bad = await plans.create(
      await actor('navKoord'),
      caseId,
      plan({
        goalText: '',
        measureUnitKey: '',
        evaluationDate: '2026-01-01',
        periodStart: '2027-02-01',
        periodEnd: '2027-01-01',
      }),
    );
    assert.ok(!bad.ok && bad.code === 'PLAN.INVALID');
    assert.deepEqual(bad.errors, {
      goalText: 'REQUIRED',
      measureUnitKey: 'RESPONSIBLE_REQUIRED',
      evaluationDate: 'DATE_IN_PAST',
      periodEnd: 'PERIOD_ORDER',
    });
    assert.deepEqual(husly.state.plans, []);
  });

  it('needs a vedtak reference and an IP answer at level 3–4', async () => {
    husly.state.cases = husly.state.cases.map((c) => ({ ...c, level: 3 as const }));
    const bad = await plans.create(await actor('navKoord'), caseId, plan());
    assert.ok(!bad.ok && bad.code === 'PLAN.INVALID');
    assert.deepEqual(bad.errors, { vedtakReference: 'REQUIRED', ipNeeded: 'REQUIRED' });
    const good = await plans.create(
      await actor('navKoord'),
      caseId,
      plan({ vedtakReference: 'V-2026-118', ipNeeded: 'ja' }),
    );
    assert.ok(good.ok && good.value.plan.ipNeeded === true);
  });

  it('without consent, only the owning unit and coordinator see or change the plan', async () => {
    await plans.create(await actor('navKoord'), caseId, plan());
    assert.ok((await plans.show(await actor('navSaks'), { caseId })).ok, 'owner unit');
    for (const outsider of ['ropSaks', 'tilKoord', 'admin'])
      assert.deepEqual(
        await plans.show(await actor(outsider), { caseId }),
        { ok: false, code: 'ACCESS.DENIED' },
        outsider,
      );
    // Bolig holds the measure but is outside the (absent) consent: its own measure, nothing else.
    const bolig = await plans.show(await actor('boligSaks'), { caseId });
    assert.ok(
      bolig.ok &&
        bolig.value.scope === 'own-measures' &&
        bolig.value.plan.goals.length === 0 &&
        bolig.value.plan.measures.length === 1,
    );
    assert.equal(bolig.value.mayChange, false);
  });

  it('tells an outsider "no access" whether or not a plan exists (no oracle)', async () => {
    assert.deepEqual(await plans.show(await actor('tilKoord'), { caseId }), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await plans.show(await actor('navSaks'), { caseId }), {
      ok: false,
      code: 'PLAN.NOT_FOUND',
    });
  });

  it("follows the case's coordinator: after a hand-over the previous one loses it", async () => {
    const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    const ownership = new CaseOwnershipService(
      husly,
      new AccessGate(clock),
      new FakeNotifier(),
      clock,
    );
    await plans.create(await actor('navKoord'), caseId, plan());
    await ownership.handOver(await actor('navKoord'), caseId, {
      unitKey: 'tildeling',
      coordinatorId: null,
      note: 'Tildeling tar over',
    });
    // NAV is now a previous owner (involved, no consent): no plan; the new owner reads it.
    assert.deepEqual(await plans.show(await actor('navKoord'), { caseId }), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(
      (
        await plans.addGoal(await actor('navKoord'), present(husly.state.plans[0], 'the plan').id, {
          goalText: 'x',
        })
      ).ok,
      false,
    );
    assert.ok((await plans.show(await actor('tilKoord'), { caseId })).ok);
  });

  it('with consent, units in scope read it, measure units edit it; edits are audited', async () => {
    const created = await plans.create(
      await actor('navKoord'),
      caseId,
      plan({
        consentGiven: 'ja',
        consentDate: '2026-11-20',
        consentUnitKeys: 'rop',
        consentForm: 'skriftlig',
      }),
    );
    assert.ok(created.ok);
    assert.equal(husly.state.consents.length, 1, 'consent is a record on the case');
    const rop = await plans.show(await actor('ropSaks'), { caseId });
    assert.ok(
      rop.ok && rop.value.scope === 'all' && !rop.value.mayChange,
      'rop (in the consent) may read, not change',
    );
    const bolig = await plans.show(await actor('boligSaks'), { caseId });
    assert.ok(
      bolig.ok && bolig.value.scope === 'own-measures' && bolig.value.mayChangeMeasures,
      'measure unit outside the consent: its own measures',
    );
    const measureId = present(created.value.plan.measures[0], 'the measure').id;
    const done = await plans.setMeasureStatus(await actor('boligSaks'), measureId, 'done');
    assert.ok(done.ok && done.value.plan.measures[0]?.status === 'done');
    assert.deepEqual(
      await plans.addGoal(await actor('boligSaks'), created.value.plan.id, { goalText: 'x' }),
      { ok: false, code: 'ACCESS.DENIED' },
    );
    assert.deepEqual(await plans.setMeasureStatus(await actor('ropSaks'), measureId, 'cancelled'), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await plans.show(await actor('tilKoord'), { caseId }), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    // The resident withdraws the consent: from that moment rop reads nothing.
    husly.state.consents = husly.state.consents.map((c) => ({
      ...c,
      withdrawnAt: new Date('2026-11-23T09:00:00Z'),
      withdrawnById: 'x',
    }));
    assert.deepEqual(await plans.show(await actor('ropSaks'), { caseId }), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.ok(
      husly.state.audit.filter((a) => a.action === 'plan.change' && a.outcome === 'ok').length ===
        1,
    );
  });

  it('takes services as measures, not money only: psykisk helse og rus follow-up', async () => {
    const created = await plans.create(
      await actor('navKoord'),
      caseId,
      plan({
        measureType: 'psykisk-helse-rus',
        measureDescription: 'Ukentlig oppfølging i hjemmet',
        measureUnitKey: 'rop',
      }),
    );
    assert.ok(created.ok);
    const measure = present(created.value.plan.measures[0], 'the measure');
    assert.equal(measure.type, 'psykisk-helse-rus');
    for (const type of ['praktisk-bistand', 'kommunal-bolig', 'cti-oppfolging'])
      assert.ok(
        (
          await plans.addMeasure(
            await actor('navKoord'),
            created.value.plan.id,
            plan({ measureType: type }),
          )
        ).ok,
        type,
      );
    const unknown = await plans.addMeasure(
      await actor('navKoord'),
      created.value.plan.id,
      plan({ measureType: 'husleiehjelp' }),
    );
    assert.ok(!unknown.ok && unknown.code === 'PLAN.INVALID');
  });

  it('adds goals and measures; an evaluation moves the next evaluation date', async () => {
    const created = await plans.create(await actor('navKoord'), caseId, plan());
    assert.ok(created.ok);
    const planId = created.value.plan.id;
    assert.ok(
      (await plans.addGoal(await actor('navKoord'), planId, { goalText: 'Stabil økonomi' })).ok,
    );
    assert.ok(
      (
        await plans.addMeasure(
          await actor('navKoord'),
          planId,
          plan({ measureType: 'bostotte', measureUnitKey: 'nav-bolig' }),
        )
      ).ok,
    );
    const goals = await plans.show(await actor('navKoord'), { caseId });
    assert.ok(goals.ok);
    const [first, second] = goals.value.plan.goals.map((g) => g.id);
    const evaluation = {
      evaluationSummary: 'Avtale inngått',
      nextEvaluationDate: '2027-02-01',
      evaluationParticipation: 'phone',
      evaluationLevel: '2',
      [`goalOutcome.${first}`]: 'reached',
      [`goalOutcome.${second}`]: 'partly',
    };
    const bad = await plans.recordEvaluation(await actor('navKoord'), planId, {
      ...evaluation,
      nextEvaluationDate: '2020-01-01',
      evaluationLevel: '5',
      [`goalOutcome.${second}`]: '',
    });
    assert.ok(!bad.ok && bad.code === 'PLAN.INVALID');
    assert.deepEqual(bad.errors, {
      nextEvaluationDate: 'DATE_IN_PAST',
      evaluationLevel: 'CHOICE',
      [`goalOutcome.${second}`]: 'OUTCOME_REQUIRED',
    });
    const evaluated = await plans.recordEvaluation(await actor('navKoord'), planId, evaluation);
    assert.ok(evaluated.ok);
    assert.equal(evaluated.value.plan.goals.length, 2);
    assert.equal(evaluated.value.plan.measures.length, 2);
    assert.equal(evaluated.value.plan.evaluationDate, '2027-02-01');
    assert.deepEqual(
      evaluated.value.plan.evaluations.map((e) => [e.residentParticipation, e.goals]),
      [
        [
          'phone',
          [
            { goalId: first, outcome: 'reached', note: null },
            { goalId: second, outcome: 'partly', note: null },
          ],
        ],
      ],
    );
    // Level movement over the plan's life: the case's level 1 when made, 2 at the evaluation.
    assert.deepEqual(
      levelHistory(evaluated.value.plan).map((h) => h.level),
      [1, 2],
    );
    assert.deepEqual(
      await plans.setMeasureStatus(
        await actor('navKoord'),
        present(evaluated.value.plan.measures[0], 'the first measure').id,
        'finished',
      ),
      { ok: false, code: 'PLAN.INVALID', errors: { measureStatus: 'CHOICE' } },
    );
  });

  it('records level and category changes with who, when and why', async () => {
    const classify = new ClassifyCaseService(
      husly,
      new AccessGate(new FakeClock()),
      new FakeClock(),
    );
    assert.deepEqual(
      await classify.change(await actor('navSaks'), caseId, {
        level: 3,
        categoryChoice: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
        reason: 'x',
      }),
      { ok: false, code: 'ACCESS.DENIED' },
    );
    assert.deepEqual(
      await classify.change(await actor('navKoord'), caseId, {
        level: 3,
        categoryChoice: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
        reason: '',
      }),
      { ok: false, code: 'CLASSIFICATION.REASON_REQUIRED' },
    );
    assert.deepEqual(
      await classify.change(await actor('navKoord'), caseId, {
        level: 7,
        categoryChoice: 'x/y',
        reason: 'r',
      }),
      { ok: false, code: 'CLASSIFICATION.INVALID' },
    );
    const changed = await classify.change(await actor('navKoord'), caseId, {
      level: 3,
      categoryChoice: 'fare-for-a-miste-bolig/hoye-boutgifter',
      reason: 'Namsmannen har varslet',
    });
    assert.ok(changed.ok && changed.value.level === 3);
    assert.deepEqual(
      husly.state.changes.map((c) => [c.field, c.fromValue, c.toValue, c.reason]),
      [
        ['level', '1', '3', 'Namsmannen har varslet'],
        [
          'category',
          'fare-for-a-miste-bolig/utkastelse-tvangssalg',
          'fare-for-a-miste-bolig/hoye-boutgifter',
          'Namsmannen har varslet',
        ],
      ],
    );
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { nb } from '../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { FakePlanLinks } from '../fakes/dialog-services.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

const cardOf = (a: Partial<Activity>) =>
  (a.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
/** A card as JSON, with the no-break spaces of formatted dates as plain spaces. */
const textOf = (a: Partial<Activity>) => JSON.stringify(cardOf(a)).replace(/\u00a0/g, ' ');

/**
 * What a card shows, one line per text block (a rich text block's runs joined, a fact as
 * "title: value"), forms and hidden parts included, no-break spaces as spaces.
 */
function shownText(card: unknown): string {
  const lines: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!isNode(n)) return;
    if (n.type === 'TextBlock') lines.push(String(n.text));
    if (n.type === 'RichTextBlock' && Array.isArray(n.inlines))
      lines.push(n.inlines.map((r) => (isNode(r) ? String(r.text) : '')).join(''));
    if (n.type === 'FactSet' && Array.isArray(n.facts))
      for (const f of n.facts.filter(isNode)) lines.push(`${String(f.title)}: ${String(f.value)}`);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** The message right under an input (the red line a refused field gets), if any. */
function messageUnder(card: unknown, inputId: string): string | undefined {
  let found: string | undefined;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      const at = n.findIndex((x) => isNode(x) && x.id === inputId);
      const next: unknown = at >= 0 ? n[at + 1] : undefined;
      if (isNode(next) && next.type === 'TextBlock' && next.color === 'Attention')
        found = String(next.text);
      return n.forEach(walk);
    }
    if (isNode(n)) Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

/** A new plan as the form sends it: made with the resident, who carries out the measure. */
const planForm = (caseId: string, overrides: Record<string, string> = {}) => ({
  action: 'plan.create',
  caseId,
  residentParticipation: 'meeting',
  whatMatters: 'Å bo nær barna mine',
  goalText: 'Beholde leiligheten',
  goalResidentWords: 'Jeg vil bli boende her',
  measureType: 'nedbetalingsavtale',
  measureDescription: 'Betale 1 000 kr ekstra hver måned',
  measureScope: '1 000 kr i måneden',
  measureResident: 'ja',
  measureDeadline: '2026-12-15',
  evaluationDate: '2027-01-10',
  consentGiven: 'nei',
  ...overrides,
});

/**
 * Case 2026-0001 (an eviction date, so nivå 2), reported by Psykisk helse og rus and owned by
 * the tildelingsteam, where tilKoord works. `planLinks` records the PDF links made.
 */
async function withCase() {
  const planLinks = new FakePlanLinks();
  const h = await dialogHarness({ services: { planLinks } });
  await h
    .chat('ropSaks')
    .send(
      h.submit({
        action: 'concern.submit',
        submissionId: randomUUID(),
        ...draft({ evictionDateSet: 'true', evictionDate: '2027-01-20' }),
      }),
    )
    .assertReply((a) => assert.match(a.text ?? '', /registrert i sak 2026-0001/))
    .startTest();
  const kase = present(h.husly.state.cases[0], 'case 2026-0001');
  return { ...h, kase, planLinks };
}

/** The case with tilKoord's plan on it (made as `planForm` says). */
async function withPlan() {
  const h = await withCase();
  await h
    .chat('tilKoord')
    .send(h.submit(planForm(h.kase.id)))
    .assertReply((a) => assert.match(textOf(a), /Målplan for sak 2026-0001/))
    .assertReply('Målplan for sak 2026-0001 er opprettet.')
    .startTest();
  const plan = () => present(h.husly.state.plans[0], 'the plan');
  return { ...h, plan };
}

describe('målplan with the resident (dialog)', () => {
  it('"start målplan" shows the form with the resident’s voice, valid in Teams', async () => {
    const { chat, say } = await withCase();
    let card: Record<string, unknown> = {};
    await chat('tilKoord')
      .send(say('start målplan 2026-0001'))
      .assertReply((a) => {
        card = cardOf(a);
      })
      .startTest();
    assert.deepEqual(validateAdaptiveCard(card), []);
    const text = JSON.stringify(card);
    for (const id of [
      'whatMatters',
      'resources',
      'residentParticipation',
      'goalResidentWords',
      'measureScope',
      'measureResident',
      'template',
    ])
      assert.match(text, new RegExp(`"id":"${id}"`), id);
    assert.match(text, /Hva er viktig for deg\?/);
    assert.match(text, /CTI-oppfølging \(faser: overgang, utprøving, overføring\)/);
  });

  it('stores the goal in her own words and a measure she carries out herself', async () => {
    const { chat, submit, kase, husly } = await withCase();
    let shown = '';
    await chat('tilKoord')
      .send(submit(planForm(kase.id)))
      .assertReply((a) => {
        shown = shownText(cardOf(a));
      })
      .assertReply('Målplan for sak 2026-0001 er opprettet.')
      .startTest();
    const plan = present(husly.state.plans[0], 'the plan');
    assert.equal(plan.whatMatters, 'Å bo nær barna mine');
    assert.equal(plan.residentParticipation, 'meeting');
    assert.deepEqual(
      plan.goals.map((g) => [g.text, g.residentWords]),
      [['Beholde leiligheten', 'Jeg vil bli boende her']],
    );
    const measure = present(plan.measures[0], 'the measure');
    assert.equal(measure.responsibleResident, true);
    assert.equal(measure.responsibleUnitId, null);
    assert.equal(measure.scope, '1 000 kr i måneden');
    assert.equal(measure.goalId, plan.goals[0]?.id);
    // The plan card: her words marked as hers, the measure under its goal, she is responsible.
    assert.match(shown, /^«Å bo nær barna mine» \(beboerens egne ord\)$/m);
    // The measure directly under its goal, the resident named as the one responsible.
    assert.match(
      shown,
      new RegExp(
        '^Beholde leiligheten\\nMed beboerens ord: «Jeg vil bli boende her»\\n' +
          '\\*\\*Nedbetalingsavtale\\*\\*.*\\n.*— ansvarlig: Beboeren$',
        'm',
      ),
    );
  });

  it('refuses a measure nobody is responsible for, by the field, storing nothing', async () => {
    const { chat, submit, kase, husly } = await withCase();
    let form: Record<string, unknown> = {};
    await chat('tilKoord')
      .send(submit(planForm(kase.id, { measureResident: 'nei', residentParticipation: '' })))
      .assertReply((a) => {
        form = cardOf(a);
      })
      .startTest();
    assert.deepEqual(validateAdaptiveCard(form), []);
    assert.match(shownText(form), /^Ny målplan for sak 2026-0001$/m);
    assert.equal(messageUnder(form, 'measureUnitKey'), nb.fieldErrors.RESPONSIBLE_REQUIRED);
    assert.equal(messageUnder(form, 'residentParticipation'), nb.fieldErrors.REQUIRED);
    assert.equal(messageUnder(form, 'goalText'), undefined, 'a good field has no message');
    assert.match(
      JSON.stringify(form),
      /"value":"Jeg vil bli boende her"/,
      'what was typed is kept',
    );
    assert.deepEqual(husly.state.plans, []);
  });

  it('adds an external participant, named by the agency they work for', async () => {
    const { chat, submit, kase, plan } = await withPlan();
    let shown = '';
    await chat('tilKoord')
      .send(
        submit({
          action: 'plan.addParticipant',
          planId: plan().id,
          caseId: kase.id,
          participantKind: 'external',
          participantOrganisation: 'kriminalomsorgen',
          participantName: 'Jon Berg',
          participantRole: 'kontaktbetjent',
        }),
      )
      .assertReply((a) => {
        shown = shownText(cardOf(a));
      })
      .assertReply('Målplanen er oppdatert.')
      .startTest();
    assert.deepEqual(
      plan().participants.map((p) => [p.kind, p.organisation, p.name, p.role]),
      [['external', 'kriminalomsorgen', 'Jon Berg', 'kontaktbetjent']],
    );
    assert.match(shown, /^Ekstern instans: Jon Berg \(Kriminalomsorgen\) – kontaktbetjent$/m);
    assert.match(shown, /^Deltakere: 1$/m);
  });

  it('records an evaluation: each goal’s outcome, the level now, how she took part', async () => {
    const { chat, submit, kase, plan } = await withPlan();
    const goalId = present(plan().goals[0], 'the goal').id;
    let shown = '';
    await chat('tilKoord')
      .send(
        submit({
          action: 'plan.evaluate',
          planId: plan().id,
          caseId: kase.id,
          evaluationSummary: 'Avtalen med utleier holder',
          nextEvaluationDate: '2027-02-15',
          evaluationParticipation: 'phone',
          evaluationLevel: '1',
          [`goalOutcome.${goalId}`]: 'partly',
        }),
      )
      .assertReply((a) => {
        shown = shownText(cardOf(a));
      })
      .assertReply('Målplanen er oppdatert.')
      .startTest();
    const [evaluation] = plan().evaluations;
    assert.ok(evaluation, 'stored');
    assert.equal(evaluation.levelAtEvaluation, 1);
    assert.equal(evaluation.residentParticipation, 'phone');
    assert.deepEqual(
      evaluation.goals.map((g) => [g.goalId, g.outcome]),
      [[goalId, 'partly']],
    );
    assert.equal(plan().evaluationDate, '2027-02-15');
    assert.match(shown, /^Nivå i planen: 2 → 1$/m);
    assert.match(shown, /^Beholde leiligheten\n.*\nSist evaluert: delvis nådd$/m);
  });

  it('an evaluation without a goal’s outcome comes back with the message there', async () => {
    const { chat, submit, kase, plan } = await withPlan();
    await chat('tilKoord')
      .send(
        submit({
          action: 'plan.addGoal',
          planId: plan().id,
          caseId: kase.id,
          goalText: 'Stabil økonomi',
        }),
      )
      .assertReply((a) => assert.match(textOf(a), /Stabil økonomi/))
      .assertReply('Målplanen er oppdatert.')
      .startTest();
    const [first, second] = plan().goals.map((g) => g.id);
    let form: Record<string, unknown> = {};
    await chat('tilKoord')
      .send(
        submit({
          action: 'plan.evaluate',
          planId: plan().id,
          caseId: kase.id,
          evaluationSummary: 'Går bedre',
          nextEvaluationDate: '2027-02-15',
          evaluationParticipation: 'meeting',
          evaluationLevel: '2',
          [`goalOutcome.${first ?? ''}`]: 'reached',
        }),
      )
      .assertReply((a) => {
        form = cardOf(a);
      })
      .startTest();
    assert.deepEqual(validateAdaptiveCard(form), []);
    const text = JSON.stringify(form);
    assert.match(shownText(form), /^Evaluer – målplan for sak 2026-0001$/m);
    // The message sits right under the outcome of the goal left out, and only there.
    assert.equal(
      messageUnder(form, `goalOutcome.${second ?? ''}`),
      nb.fieldErrors.OUTCOME_REQUIRED,
    );
    assert.equal(messageUnder(form, `goalOutcome.${first ?? ''}`), undefined);
    assert.equal(text.split(nb.fieldErrors.OUTCOME_REQUIRED).length - 1, 1);
    assert.match(text, /"value":"Går bedre"/, 'what was typed is kept');
    assert.match(text, /"value":"reached"/, 'the outcome chosen is kept');
    assert.deepEqual(plan().evaluations, [], 'nothing stored');
  });

  it('"Skriv ut (PDF)" answers with a link made for the presser and the plan', async () => {
    const { chat, submit, kase, plan, planLinks, people } = await withPlan();
    let card: Record<string, unknown> = {};
    await chat('tilKoord')
      .send(submit({ action: 'plan.print', planId: plan().id, caseId: kase.id }))
      .assertReply((a) => {
        card = cardOf(a);
      })
      .startTest();
    assert.deepEqual(validateAdaptiveCard(card), []);
    assert.deepEqual(
      planLinks.made.map((l) => [l.staffId, l.planId]),
      [[people.tilKoord, plan().id]],
    );
    assert.deepEqual(card.actions, [
      {
        type: 'Action.OpenUrl',
        title: nb.plan.printOpen,
        url: `http://husly.test/api/plans/fake-${plan().id}-for-${people.tilKoord ?? ''}`,
      },
    ]);
  });

  it('a closed plan is read, not changed: a change says so and stores nothing', async () => {
    const { chat, submit, kase, plan } = await withPlan();
    await chat('tilKoord')
      .send(
        submit({
          action: 'plan.close',
          planId: plan().id,
          caseId: kase.id,
          closeReason: 'other',
        }),
      )
      .assertReply((a) =>
        assert.equal(messageUnder(cardOf(a), 'closeNote'), nb.fieldErrors.REQUIRED),
      )
      .send(
        submit({
          action: 'plan.close',
          planId: plan().id,
          caseId: kase.id,
          closeReason: 'goals-reached',
        }),
      )
      .assertReply((a) => {
        const text = textOf(a);
        assert.match(shownText(cardOf(a)), /^Status: Avsluttet: målene er nådd$/m);
        assert.doesNotMatch(text, /plan\.addGoal|plan\.print/, 'no changes on a closed plan');
      })
      .assertReply('Målplanen for sak 2026-0001 er avsluttet.')
      .send(submit({ action: 'plan.addGoal', planId: plan().id, caseId: kase.id, goalText: 'Mer' }))
      .assertReply(nb.errors['PLAN.CLOSED'])
      .startTest();
    assert.equal(plan().status, 'closed');
    assert.equal(plan().goals.length, 1);
  });

  it("a new case with another unit gets the plan only when the plan's owner moves it", async () => {
    const { chat, say, submit, kase, plan, husly } = await withPlan();
    await chat('tilKoord')
      .send(submit({ action: 'resolution.close', caseId: kase.id, reason: 'flyttet' }))
      .assertReply((a) => assert.match(a.text ?? '', /avsluttet/))
      .startTest();
    await chat('ropSaks')
      .send(submit({ action: 'concern.submit', submissionId: randomUUID(), ...draft() }))
      .assertReply((a) => assert.match(a.text ?? '', /registrert i sak 2026-0002/))
      .startTest();
    const next = present(
      husly.state.cases.find((c) => c.reference === '2026-0002'),
      'case 2026-0002',
    );
    assert.notEqual(next.owningUnitId, kase.owningUnitId, 'routing gave the new case to NAV');
    // The resident consented to nothing with NAV: the plan stays with tildeling.
    assert.equal(plan().caseId, kase.id);
    const owner = present(
      husly.state.staff.find((s) => s.unitId === next.owningUnitId && s.role !== 'admin'),
      'someone in the unit that owns 2026-0002',
    ).name;
    await chat(owner)
      .send(say('start målplan 2026-0002'))
      .assertReply((a) => assert.match(a.text ?? '', /allerede en målplan/))
      .startTest();
    assert.equal(husly.state.plans.length, 1, 'no second plan');
    // Tildeling, with the resident, moves the plan to the new case from its plan card.
    let card = '';
    await chat('tilKoord')
      .send(say('målplan 2026-0001'))
      .assertReply((a) => {
        card = JSON.stringify(cardOf(a));
      })
      .startTest();
    assert.match(card, /Flytt planen til sak 2026-0002/);
    assert.match(card, /Det krever beboerens samtykke/);
    // Sharing it with NAV needs the resident's consent: without it, nothing moves.
    await chat('tilKoord')
      .send(submit({ action: 'plan.move', planId: plan().id, caseId: next.id }))
      .assertReply((a) => assert.match(a.text ?? '', /Må fylles ut/))
      .startTest();
    assert.equal(plan().caseId, kase.id);
    await chat('tilKoord')
      .send(
        submit({
          action: 'plan.move',
          planId: plan().id,
          caseId: next.id,
          consentDate: '2026-11-20',
          consentForm: 'muntlig',
        }),
      )
      .assertReply('Personens målplan følger nå sak 2026-0002.')
      .startTest();
    assert.equal(plan().caseId, next.id);
    assert.ok(
      husly.state.consents.some(
        (c) => c.planId === plan().id && c.unitIds.includes(next.owningUnitId),
      ),
      'the consent to share the plan with NAV is recorded with it',
    );
    // The old case points to where the plan is now (owner facts), not to "no plan".
    await chat('tilKoord')
      .send(say('målplan 2026-0001'))
      .assertReply((a) => assert.match(a.text ?? '', /målplan følger sak 2026-0002/))
      .startTest();
    let shown = '';
    await chat(owner)
      .send(say('målplan 2026-0002'))
      .assertReply((a) => {
        shown = shownText(cardOf(a));
      })
      .startTest();
    assert.match(shown, /^Beholde leiligheten$/m, 'the same plan');
    assert.match(shown, /^Saker planen har fulgt: 2026-0001, 2026-0002$/m);
  });

  it('someone outside the plan gets no plan content, no link, and changes nothing', async () => {
    const { chat, say, submit, kase, plan, planLinks, husly } = await withPlan();
    const before = JSON.stringify(husly.state.plans);
    const noContent = (a: Partial<Activity>) => {
      assert.equal(a.attachments, undefined, 'no card');
      assert.match(a.text ?? '', /ikke tilgang/);
      assert.doesNotMatch(a.text ?? '', /Beholde leiligheten|barna mine|boende/);
    };
    // boligSaks has no relation to the case; ropSaks only reported it.
    for (const who of ['boligSaks', 'ropSaks'])
      await chat(who)
        .send(say('målplan 2026-0001'))
        .assertReply(noContent)
        .send(submit({ action: 'plan.print', planId: plan().id, caseId: kase.id }))
        .assertReply(noContent)
        .send(
          submit({
            action: 'plan.evaluate',
            planId: plan().id,
            caseId: kase.id,
            evaluationSummary: 'x',
            nextEvaluationDate: '2027-02-15',
            evaluationParticipation: 'meeting',
            evaluationLevel: '1',
          }),
        )
        .assertReply(noContent)
        .send(
          submit({
            action: 'plan.addParticipant',
            planId: plan().id,
            caseId: kase.id,
            participantKind: 'relative',
            participantName: 'Noen',
          }),
        )
        .assertReply(noContent)
        .startTest();
    assert.deepEqual(planLinks.made, []);
    assert.equal(JSON.stringify(husly.state.plans), before);
  });
});

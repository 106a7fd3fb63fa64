import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { demoServer } from '../helpers/demo-server.ts';
import type { ConnectorCall } from '../helpers/fake-connector.ts';
import { demoUser, message, personalConversationId } from '../helpers/teams-activities.ts';

/**
 * Demo case 2026-0001 (NAV boligsosialt team): Kristin starts a målplan and changes it four
 * times from the plan card. The chat keeps one live plan card, redrawn in place each time
 * (Teams: PUT on the card's activity id), instead of a new copy after every edit.
 */
describe('the målplan card is updated in place', () => {
  const demo = demoServer({ personas: ['saksbehandler'] });
  const kristin = demoUser('saksbehandler');
  const chat = () => personalConversationId(kristin);
  const FORM_ID = 'plan-form-activity';
  const inAMonth = () => localDate(new Date(Date.now() + 30 * 864e5), 'Europe/Oslo');
  /** A press on the card with id `replyToId`, as Teams sends it (the card's id in replyToId). */
  const press = (value: Record<string, string>, replyToId = FORM_ID) =>
    demo.server.post({
      ...message({ serviceUrl: demo.connector.url, user: kristin }, ''),
      text: undefined,
      replyToId,
      value,
    });
  const cardOf = (call: ConnectorCall) =>
    JSON.stringify(
      (call.body.attachments as { content: unknown }[] | undefined)?.[0]?.content ?? null,
    );
  const isPlanCard = (call: ConnectorCall) => /Målplan for sak 2026-0001/.test(cardOf(call));

  it('creating the plan turns the form into the plan; four edits redraw that card', async () => {
    const { connector } = demo;
    const { prisma } = await demo.server.db();
    const kase = (await prisma.case.findUnique({ where: { reference: '2026-0001' } }))!;
    await demo.server.post(
      message({ serviceUrl: connector.url, user: kristin }, 'start målplan 2026-0001'),
    );
    assert.match(cardOf(connector.calls.at(-1)!), /Ny målplan for sak 2026-0001/);
    connector.reset();

    await press({
      action: 'plan.create',
      caseId: kase.id,
      goalText: 'Beholde boligen',
      measureType: 'booppfolging',
      measureDescription: 'Booppfølging hver uke',
      measureUnitKey: 'nav-bolig',
      measureDeadline: inAMonth(),
      evaluationDate: inAMonth(),
      consentGiven: 'nei',
      residentParticipation: 'meeting',
      vedtakReference: 'V-2026-17',
      ipNeeded: 'nei',
    });
    const plan = (await prisma.goalPlan.findFirst({
      where: { caseId: kase.id },
      include: { measures: true },
    }))!;
    const measureId = plan.measures[0]!.id;
    const goalIds = async () =>
      (
        await prisma.goal.findMany({ where: { planId: plan.id }, orderBy: { createdAt: 'asc' } })
      ).map((g) => g.id);
    const edits: (Record<string, string> | (() => Promise<Record<string, string>>))[] = [
      { action: 'plan.addGoal', planId: plan.id, goalText: 'Betale ned restansen' },
      {
        action: 'plan.addMeasure',
        planId: plan.id,
        measureType: 'nedbetalingsavtale',
        measureDescription: 'Avtale med utleier',
        measureUnitKey: 'nav-bolig',
        measureDeadline: inAMonth(),
      },
      // Each goal is judged at an evaluation, with the level now and how the resident took part.
      async () => ({
        action: 'plan.evaluate',
        planId: plan.id,
        evaluationSummary: 'God framgang',
        nextEvaluationDate: inAMonth(),
        evaluationParticipation: 'phone',
        evaluationLevel: '2',
        ...Object.fromEntries((await goalIds()).map((id) => [`goalOutcome.${id}`, 'partly'])),
      }),
      { action: 'plan.measureStatus', measureId, [`status-${measureId}`]: 'done' },
    ];
    for (const edit of edits) await press(typeof edit === 'function' ? await edit() : edit);

    const mine = connector.calls.filter((c) => c.conversationId === chat());
    const updates = mine.filter((c) => c.method === 'PUT');
    assert.equal(
      mine.filter((c) => c.method === 'POST' && isPlanCard(c)).length,
      0,
      'no new plan card is sent',
    );
    assert.equal(updates.length, 5, 'the form, then four edits: each one an update');
    assert.ok(
      updates.every((c) => c.activityId === FORM_ID && isPlanCard(c)),
      'every update redraws the one plan card',
    );
    const last = cardOf(updates.at(-1)!);
    for (const shown of ['Betale ned restansen', 'Avtale med utleier', 'God framgang', 'Utført'])
      assert.ok(last.includes(shown), `the live card shows ${shown}`);
    assert.deepEqual(validateAdaptiveCard(JSON.parse(last) as Record<string, unknown>), []);
    assert.deepEqual(
      mine.filter((c) => c.method === 'POST').map((c) => c.body.text),
      [
        'Målplan for sak 2026-0001 er opprettet.',
        'Målplanen er oppdatert.',
        'Målplanen er oppdatert.',
        'Målplanen er oppdatert.',
        'Målplanen er oppdatert.',
      ],
      'each change is confirmed in a line of text under the card',
    );
  });

  it('a change sent without a card to redraw (no replyToId) still shows the plan', async () => {
    const { connector } = demo;
    const { prisma } = await demo.server.db();
    const plan = (await prisma.goalPlan.findFirst({
      where: { case: { reference: '2026-0001' } },
    }))!;
    connector.reset();
    await demo.server.post({
      ...message({ serviceUrl: connector.url, user: kristin }, ''),
      text: undefined,
      value: { action: 'plan.addGoal', planId: plan.id, goalText: 'Fast jobb' },
    });
    const mine = connector.calls.filter((c) => c.conversationId === chat());
    assert.equal(mine.filter((c) => c.method === 'PUT').length, 0);
    assert.ok(mine.some((c) => c.method === 'POST' && /Fast jobb/.test(cardOf(c))));
  });
});

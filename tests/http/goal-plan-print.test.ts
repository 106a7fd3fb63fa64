import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_RESIDENTS } from '../../src/demo/demo-municipality.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { demoServer } from '../helpers/demo-server.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { present } from '../helpers/assert-present.ts';
import { demoUser, message, personalConversationId } from '../helpers/teams-activities.ts';

/**
 * The målplan made with the resident, through the real server: Kristin (NAV, coordinator of
 * demo case 2026-0001, Ola Nordmann) makes the plan with Ola's own goal and a measure he owns,
 * adds the kriminalomsorg as a participant, evaluates the goal with a new level and prints the
 * plan. The PDF holds the plan and nothing else; psykisk helse og rus (involved in the case, but
 * outside any consent) gets no link.
 */
describe('a målplan made with the resident, printed', () => {
  const demo = demoServer({ personas: ['saksbehandler', 'rop'] });
  const kristin = demoUser('saksbehandler');
  const rop = demoUser('rop');
  const inAMonth = () => localDate(new Date(Date.now() + 30 * 864e5), 'Europe/Oslo');
  const press = (user: typeof kristin, value: Record<string, string>) =>
    demo.server.post({
      ...message({ serviceUrl: demo.connector.url, user }, ''),
      text: undefined,
      value,
    });
  const lastCard = (user: typeof kristin) =>
    JSON.stringify(demo.connector.cards(personalConversationId(user)).at(-1) ?? {});
  const ola = present(DEMO_RESIDENTS[1], 'Ola Nordmann');
  let link = '';
  let planId = '';
  let caseId = '';

  it('makes the plan with the resident, a participant and an evaluation per goal', async () => {
    const { prisma } = await demo.server.db();
    const kase = present(
      (await prisma.case.findUnique({ where: { reference: '2026-0001' } })) ?? undefined,
      'case 2026-0001',
    );
    caseId = kase.id;
    await press(kristin, {
      action: 'plan.create',
      caseId,
      whatMatters: 'Å ha et sted der sønnen min kan overnatte',
      goalText: 'Beholde leiligheten i Storgata',
      goalResidentWords: 'Jeg vil bli boende',
      measureType: 'nedbetalingsavtale',
      measureDescription: 'Betaler 1 500 kroner ekstra i måneden',
      measureScope: 'hver måned',
      measureResident: 'ja',
      measureDeadline: inAMonth(),
      evaluationDate: inAMonth(),
      residentParticipation: 'meeting',
      consentGiven: 'nei',
      vedtakReference: 'V-2026-31',
      ipNeeded: 'ja',
    });
    const plan = present(
      (await prisma.goalPlan.findFirst({ where: { caseId }, include: { goals: true } })) ??
        undefined,
      `the plan: ${lastCard(kristin)}`,
    );
    planId = plan.id;
    const goalId = present(plan.goals[0], 'the goal').id;
    await press(kristin, {
      action: 'plan.addParticipant',
      planId,
      caseId,
      participantKind: 'external',
      participantOrganisation: 'kriminalomsorgen',
      participantName: 'Jon Berg',
      participantRole: 'kontaktbetjent',
    });
    await press(kristin, {
      action: 'plan.evaluate',
      planId,
      caseId,
      evaluationSummary: 'Avtalen holder, ingen nye restanser',
      nextEvaluationDate: inAMonth(),
      evaluationParticipation: 'phone',
      evaluationLevel: '2',
      [`goalOutcome.${goalId}`]: 'partly',
    });
    const stored = present(
      (await prisma.goalPlan.findUnique({
        where: { id: planId },
        include: {
          participants: true,
          measures: true,
          evaluations: { include: { goals: true } },
        },
      })) ?? undefined,
      'the stored plan',
    );
    assert.deepEqual(
      stored.participants.map((p) => [p.kind, p.organisation, p.name]),
      [['external', 'kriminalomsorgen', 'Jon Berg']],
    );
    assert.deepEqual(
      stored.measures.map((m) => [m.responsibleResident, m.responsibleUnitId, m.goalId]),
      [[true, null, goalId]],
      'the resident owns the measure, for his goal',
    );
    assert.deepEqual(
      stored.evaluations.map((e) => [
        e.levelAtEvaluation,
        e.residentParticipation,
        e.goals.map((g) => g.outcome),
      ]),
      [[2, 'phone', ['partly']]],
    );
  });

  it('«Skriv ut (PDF)» gives a link; the PDF holds the plan and nothing more', async () => {
    await press(kristin, { action: 'plan.print', planId, caseId });
    const card = lastCard(kristin);
    link = present(/"url":"(http[^"]+\/api\/plans\/[^"]+)"/.exec(card)?.[1], card);
    const res = await fetch(`${demo.server.url}${new URL(link).pathname}`);
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(
      res.headers.get('content-disposition'),
      'attachment; filename="malplan-2026-0001.pdf"',
    );
    const pdf = await readPdf(Buffer.from(await res.arrayBuffer()));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    for (const shown of [
      'Målplan',
      '2026-0001',
      ola.name,
      'Å ha et sted der sønnen min kan overnatte',
      'Beholde leiligheten i Storgata',
      '«Jeg vil bli boende»',
      'Betaler 1 500 kroner ekstra i måneden',
      'Beboeren',
      'Jon Berg (Kriminalomsorgen)',
      'kontaktbetjent',
      '3 -> 2',
      'delvis nådd',
      'Underskrift',
      `Beboer: ${ola.name}`,
      'Vedtak: V-2026-31',
      'Målplan for sak 2026-0001, skrevet ut',
      'Side 1 av',
    ])
      assert.ok(text.includes(shown), `the PDF shows «${shown}»: ${text}`);
    // Not the identity number, not what was reported in the concern, no other person.
    for (const hidden of [ola.nationalId, 'Kari Nordmann', 'Jonas Fjell'])
      assert.ok(!text.includes(hidden), `the PDF must not show «${hidden}»`);
    assert.equal(pdf.info.Title, 'Målplan', 'no name in the file metadata');
    const { prisma } = await demo.server.db();
    assert.equal(
      await prisma.auditEvent.count({ where: { action: 'plan.print', outcome: 'ok', caseId } }),
      1,
      'the print is audited',
    );
  });

  it('a unit outside the consent gets no link, and a tampered link no plan', async () => {
    await press(rop, { action: 'plan.print', planId, caseId });
    assert.doesNotMatch(lastCard(rop), /\/api\/plans\//);
    const tampered = link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const res = await fetch(`${demo.server.url}${new URL(tampered).pathname}`);
    assert.equal(res.status, 403);
    assert.doesNotMatch(await res.text(), /Storgata|Nordmann/);
  });
});

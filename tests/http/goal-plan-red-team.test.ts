import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { DEMO_RESIDENTS } from '../../src/demo/demo-municipality.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { draft } from '../fakes/concern-draft.ts';
import { present } from '../helpers/assert-present.ts';
import { demoServer } from '../helpers/demo-server.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import {
  cardSubmit,
  demoUser,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';

/**
 * Red-team review of the målplan (issue 15), replayed through the real server on the demo
 * municipality. Kristin (NAV, coordinator of 2026-0001) makes Ola Nordmann's plan; Per
 * (psykisk helse og rus, involved in 2026-0001 but in no consent) files a concern for Ola after
 * the case closed. Findings 15-1 (a concern does not hand over the plan; the owner moves it),
 * 15-6 (a PDF link works once, for 5 minutes), 15-7 (invisible characters stripped), and the
 * checks that held: forged card data and oversized payloads change and show nothing.
 */
describe('red team 15: the målplan through the real server', () => {
  const demo = demoServer({ personas: ['saksbehandler', 'rop'] });
  const kristin = demoUser('saksbehandler');
  const per = demoUser('rop');
  const ola = present(DEMO_RESIDENTS[1], 'Ola Nordmann');
  const today = () => localDate(new Date(), 'Europe/Oslo');
  const inAMonth = () => localDate(new Date(Date.now() + 30 * 864e5), 'Europe/Oslo');
  /** What came to the user's personal chat since call `from`, as JSON. */
  const sentTo = (user: TeamsUser, from: number) =>
    demo.connector.calls
      .slice(from)
      .filter((c) => c.conversationId === personalConversationId(user))
      .map((c) => JSON.stringify(c.body))
      .join('\n');
  /** Presses a card button as `user`: the HTTP status and what came back to their chat. */
  const press = async (user: TeamsUser, value: Record<string, string>) => {
    const from = demo.connector.calls.length;
    const { status } = await demo.server.post(
      cardSubmit({ serviceUrl: demo.connector.url, user }, value),
    );
    return { status, reply: sentTo(user, from) };
  };
  const linkIn = (reply: string) => /"url":"(http[^"]+\/api\/plans\/[^"]+)"/.exec(reply)?.[1];
  const get = (link: string) => fetch(`${demo.server.url}${new URL(link).pathname}`);
  const prisma = async () => (await demo.server.db()).prisma;
  const planRows = async (id: string) =>
    JSON.stringify(
      await (
        await prisma()
      ).goalPlan.findUniqueOrThrow({
        where: { id },
        include: {
          goals: true,
          measures: true,
          participants: true,
          evaluations: { include: { goals: true } },
        },
      }),
    );
  let caseId = '';
  let planId = '';
  let goalId = '';

  it("Kristin makes Ola's plan with him, a relative taking part", async () => {
    const db = await prisma();
    caseId = (await db.case.findUniqueOrThrow({ where: { reference: '2026-0001' } })).id;
    await press(kristin, {
      action: 'plan.create',
      caseId,
      whatMatters: 'Å ha et sted der sønnen min kan overnatte',
      goalText: 'Holde seg unna rus',
      goalResidentWords: 'Jeg vil være rusfri',
      measureType: 'nedbetalingsavtale',
      measureDescription: 'Betaler ekstra',
      measureResident: 'ja',
      measureDeadline: inAMonth(),
      evaluationDate: inAMonth(),
      residentParticipation: 'meeting',
      consentGiven: 'nei',
      vedtakReference: 'V-1',
      ipNeeded: 'nei',
    });
    const plan = await db.goalPlan.findFirstOrThrow({
      where: { caseId },
      include: { goals: true },
    });
    planId = plan.id;
    goalId = present(plan.goals[0], 'the goal').id;
    const added = await press(kristin, {
      action: 'plan.addParticipant',
      planId,
      caseId,
      participantKind: 'relative',
      participantName: 'Siri Nordmann',
      participantRole: 'søster',
    });
    assert.match(added.reply, /Siri Nordmann/);
  });

  it('15-6: the PDF link opens the plan once, for 5 minutes', async () => {
    const { reply } = await press(kristin, { action: 'plan.print', planId, caseId });
    assert.match(reply, /Lenken virker én gang, i 5 minutter/);
    const link = present(linkIn(reply), reply);
    const token = present(new URL(link).pathname.split('/').at(-1), 'the token');
    const claims = JSON.parse(
      Buffer.from(present(token.split('.')[0], 'claims'), 'base64url').toString(),
    ) as { e: number };
    const validFor = claims.e - Date.now();
    assert.ok(validFor > 4 * 60_000 && validFor <= 5 * 60_000, `valid for ${validFor} ms`);

    const first = await get(link);
    assert.equal(first.status, 200);
    const text = (await readPdf(Buffer.from(await first.arrayBuffer()))).pages.join(' ');
    assert.ok(text.includes(ola.name) && text.includes('Siri Nordmann'));
    const again = await get(link);
    assert.equal(again.status, 410, 'a forwarded or logged link does not work again');
    assert.doesNotMatch(await again.text(), /Nordmann|sønnen/);
    const db = await prisma();
    assert.equal(
      await db.auditEvent.count({ where: { action: 'plan.print', outcome: 'ok', caseId } }),
      1,
      'one print',
    );
  });

  it("forged card data naming another unit's plan changes and shows nothing of it", async () => {
    // 2026-0015: tildeling's plan (NAV is involved in the case, outside any consent).
    const db = await prisma();
    const theirs = await db.goalPlan.findFirstOrThrow({
      where: { case: { reference: '2026-0015' } },
      include: { goals: true, measures: true, participants: true },
    });
    const before = await planRows(theirs.id);
    const theirGoal = present(theirs.goals[0], 'their goal').id;
    const theirParticipant = present(theirs.participants[0], 'their participant').id;
    const theirMeasure = present(theirs.measures[0], 'their measure').id;
    const evaluate = {
      action: 'plan.evaluate',
      caseId,
      evaluationSummary: 'x',
      nextEvaluationDate: inAMonth(),
      evaluationParticipation: 'meeting',
      evaluationLevel: '1',
      [`goalOutcome.${theirGoal}`]: 'reached',
    };
    const newMeasure = {
      action: 'plan.addMeasure',
      planId,
      caseId,
      measureType: 'bostotte',
      measureDescription: 'x',
      measureDeadline: inAMonth(),
    };
    const forged: Record<string, string>[] = [
      { action: 'plan.print', planId: theirs.id, caseId },
      { action: 'plan.addGoal', planId: theirs.id, caseId, goalText: 'x' },
      { ...evaluate, planId: theirs.id },
      {
        action: 'plan.removeParticipant',
        planId: theirs.id,
        caseId,
        participantId: theirParticipant,
      },
      { action: 'plan.removeParticipant', planId, caseId, participantId: theirParticipant },
      {
        action: 'plan.measureStatus',
        measureId: theirMeasure,
        [`status-${theirMeasure}`]: 'cancelled',
      },
      { ...newMeasure, measureResident: 'ja', measureGoalId: theirGoal },
      { ...newMeasure, measureParticipantId: theirParticipant },
      { ...evaluate, planId },
      { action: 'plan.close', planId: theirs.id, caseId, closeReason: 'declined' },
      { action: 'plan.details', planId: theirs.id, caseId, isIp: 'nei' },
      { action: 'plan.move', planId: theirs.id, caseId },
    ];
    const ours = await planRows(planId);
    for (const value of forged) {
      const { reply } = await press(kristin, value);
      assert.notEqual(reply, '', `${value.action}: answered (a refusal)`);
      assert.doesNotMatch(reply, /\/api\/plans\//, `${value.action}: no link`);
      assert.doesNotMatch(
        reply,
        /barna slipper|tørt hjem|bolig uten fukt|Demo Utleier|befaring|2026-0015/,
        `${value.action}: nothing of their plan`,
      );
    }
    assert.equal(await planRows(theirs.id), before, 'their plan unchanged');
    assert.equal(await planRows(planId), ours, 'ours unchanged: their ids are not ours');
  });

  it('bad card data: too many outcomes, too long, invisible characters', async () => {
    const db = await prisma();
    const evaluations = () =>
      db.evaluation.findMany({ where: { planId }, include: { goals: true } });
    const outcomes = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, () => [`goalOutcome.${randomUUID()}`, 'reached']),
      );
    const evaluate = {
      action: 'plan.evaluate',
      planId,
      caseId,
      evaluationSummary: 'Evaluert sammen med Ola',
      nextEvaluationDate: inAMonth(),
      evaluationParticipation: 'meeting',
      evaluationLevel: '2',
    };
    assert.equal((await press(kristin, { ...evaluate, ...outcomes(10_000) })).status, 413);
    const tooMany = await press(kristin, { ...evaluate, ...outcomes(150) });
    assert.match(tooMany.reply, /Noe i målplanen må rettes/);
    assert.deepEqual(await evaluations(), [], 'neither was recorded');
    // Outcomes for goals that are not the plan's are ignored; its own goal's is recorded.
    await press(kristin, { ...evaluate, [`goalOutcome.${goalId}`]: 'partly', ...outcomes(50) });
    assert.deepEqual(
      (await evaluations()).map((e) => e.goals.map((g) => [g.goalId, g.outcome])),
      [[[goalId, 'partly']]],
    );

    const goals = () => db.goal.findMany({ where: { planId }, orderBy: { createdAt: 'asc' } });
    await press(kristin, { action: 'plan.addGoal', planId, caseId, goalText: 'a'.repeat(600) });
    assert.equal((await goals()).length, 1, 'over 500 characters: refused');
    // 15-7: control characters and bidi overrides vanish; line breaks stay.
    await press(kristin, {
      action: 'plan.addGoal',
      planId,
      caseId,
      goalText: 'Betale\u0000 husleien\u202E i tide\u0007\nhver måned\u2066',
      goalResidentWords: '\u202Eyrot\u202C Jeg klarer det',
    });
    const added = present((await goals()).at(-1), 'the goal added');
    assert.deepEqual(
      [added.text, added.residentWords],
      ['Betale husleien i tide\nhver måned', 'yrot Jeg klarer det'],
    );
  });

  it("15-1: Per's later concern does not take Ola's plan; Kristin moves it", async () => {
    const db = await prisma();
    assert.equal(
      linkIn((await press(per, { action: 'plan.print', planId, caseId })).reply),
      undefined,
    );
    await press(kristin, { action: 'resolution.close', caseId, reason: 'flyttet' });
    assert.equal((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status, 'closed');

    await press(per, {
      action: 'concern.submit',
      submissionId: randomUUID(),
      ...draft({
        nationalId: ola.nationalId,
        name: ola.name,
        firstMissedRentDate: today(),
        description: 'Naboen sier han skylder en måned.',
      }),
    });
    const newCase = await db.case.findFirstOrThrow({
      where: { resident: { cases: { some: { id: caseId } } }, status: 'open' },
      include: { owningUnit: true },
    });
    assert.equal(newCase.owningUnit.key, 'rop', 'nivå 1: the new case stays with Per’s unit');
    const hangsOn = async () =>
      (await db.goalPlan.findUniqueOrThrow({ where: { id: planId } })).caseId;
    assert.equal(await hangsOn(), caseId, 'the plan stays on the closed case');
    assert.equal(await db.auditEvent.count({ where: { action: 'plan.attached' } }), 0);

    const start = await press(per, { action: 'plan.start', caseId: newCase.id });
    assert.match(start.reply, /Personen har allerede en målplan/);
    assert.doesNotMatch(start.reply, /sønnen|rusfri|Siri/);
    const print = await press(per, { action: 'plan.print', planId, caseId: newCase.id });
    assert.equal(linkIn(print.reply), undefined);
    await press(per, { action: 'plan.move', planId, caseId: newCase.id });
    assert.equal(await hangsOn(), caseId, 'Per cannot move it himself');

    const card = await press(kristin, { action: 'plan.show', caseId });
    assert.match(card.reply, new RegExp(`Flytt planen til sak ${newCase.reference}`));
    assert.match(card.reply, /"action":"plan.move"/);
    assert.match(card.reply, /Det krever beboerens samtykke/);
    const moved = await press(kristin, {
      action: 'plan.move',
      planId,
      caseId: newCase.id,
      consentDate: localDate(new Date(), 'Europe/Oslo'),
      consentForm: 'skriftlig',
    });
    assert.match(moved.reply, new RegExp(`Personens målplan følger nå sak ${newCase.reference}`));
    assert.equal(await hangsOn(), newCase.id);
    const attached = await db.auditEvent.findMany({
      where: { action: 'plan.attached', outcome: 'ok' },
    });
    assert.deepEqual(attached.map((e) => e.caseId).sort(), [caseId, newCase.id].sort());
    assert.match((await press(per, { action: 'plan.show', caseId: newCase.id })).reply, /sønnen/);

    const logs = demo.server.logs.join('\n');
    for (const secret of ['Siri Nordmann', 'sønnen min', 'rusfri', ola.nationalId, '/api/plans/ey'])
      assert.ok(!logs.includes(secret), `the logs hold «${secret}»`);
  });
});

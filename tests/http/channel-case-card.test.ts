import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { present } from '../helpers/assert-present.ts';
import { FakeConnector, type ConnectorCall } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  CHANNEL_ID,
  demoUser,
  execute,
  installationUpdate,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';

const RESIDENTS = [
  { nationalId: '28879041858', name: 'Tuva Testesen' },
  { nationalId: '23914531519', name: 'Trond Prøvesen' },
] as const;

/**
 * The card Husly posts in the owning unit's channel stays true: after a hand-over done in
 * personal chat the card in NAV's channel (by the activity id Husly stored) no longer offers
 * "Ta saken" and names the new owner; after closing it says the case is closed. A card Teams
 * will not update does not stop the hand-over.
 */
describe('the channel card about a case after hand-over and close', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const kristin = demoUser('saksbehandler'); // NAV boligsosialt team
  const ola = demoUser('koordinator'); // Tildelingsteam
  const personal = (user: TeamsUser) => ({ serviceUrl: connector.url, user });
  const submit = (user: TeamsUser, value: Record<string, unknown>) =>
    server.post({ ...message(personal(user), ''), text: undefined, value });
  /** The updates (PUT) of one stored card, wherever they were sent. */
  const updatesOf = (activityId: string): ConnectorCall[] =>
    connector.calls.filter((c) => c.method === 'PUT' && c.activityId === activityId);
  const cardIn = (call: ConnectorCall | undefined) => {
    const attachments = call?.body.attachments as { content: unknown }[] | undefined;
    return present(attachments?.[0]?.content, 'a card in the update');
  };

  /** Registers a concern as Kristin; returns the case and the channel card Husly stored. */
  async function openCase(resident: (typeof RESIDENTS)[number], submissionId: string) {
    await submit(kristin, {
      action: 'concern.submit',
      submissionId,
      nationalId: resident.nationalId,
      name: resident.name,
      category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
      rentArrears: 'true',
      arrearsAmount: '9 000',
      arrearsMonths: '1',
      landlord: 'privat',
      firstMissedRentDate: new Date(Date.now() - 20 * 864e5).toISOString().slice(0, 10),
      description: 'Har fått varsel.',
      sharingBasis: 'lovhjemmel',
      source: 'tjeneste',
      residentInformed: 'ja',
    });
    const { prisma } = await server.db();
    const concern = await prisma.concern.findFirst({
      where: { submissionId },
      include: { case: true },
    });
    const kase = present(concern?.case, 'the case the concern opened');
    const card = await prisma.caseCard.findFirst({ where: { caseId: kase.id } });
    assert.ok(card, 'Husly stored the channel card it posted');
    assert.equal(card.conversationId, CHANNEL_ID, "the card went to NAV's channel");
    // Kristin takes it from the channel card, so she may hand it over.
    const taken = await server.post(
      execute({ serviceUrl: connector.url, user: kristin, place: 'channel' }, 'case.take', {
        caseId: kase.id,
      }),
    );
    assert.match(taken.body, /Tatt av Kristin Nordvik/);
    return { caseId: kase.id, reference: kase.reference, activityId: card.activityId };
  }

  /**
   * Kristin proposes the hand-over to the tildelingsteam on the form; Ola there accepts it
   * ("Godta", Action.Execute). Returns the answer to Ola's press.
   */
  const handOver = async (caseId: string, coordinatorId: string) => {
    await server.post({
      ...message(personal(kristin), ''),
      text: undefined,
      replyToId: 'handover-form',
      value: {
        action: 'handover.submit',
        caseId,
        unitKey: 'tildeling',
        coordinatorId,
        note: 'Trenger midlertidig bolig',
      },
    });
    const { prisma } = await server.db();
    const proposal = await prisma.handOverProposal.findFirstOrThrow({
      where: { caseId, status: 'pending' },
    });
    return server.post(execute(personal(ola), 'handover.accept', { proposalId: proposal.id }));
  };

  let olaId = '';
  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer();
    await server.post(
      message(
        { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
        'koble kanal nav-bolig',
      ),
    );
    await server.post(installationUpdate(personal(ola), 'add'));
    const { prisma } = await server.db();
    const olaStaff = await prisma.staff.findUnique({ where: { aadObjectId: ola.aadObjectId } });
    assert.ok(olaStaff, 'Ola in the demo data');
    olaId = olaStaff.id;
    connector.reset();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it(
    'hand-over in personal chat: the channel card loses "Ta saken" and names the new owner; ' +
      'closing makes it say the case is closed',
    async () => {
      const { caseId, reference, activityId } = await openCase(
        present(RESIDENTS[0], 'a resident'),
        '55555555-5555-4555-8555-555555555555',
      );
      assert.equal(updatesOf(activityId).length, 1, '"Ta saken" redrew the card once, in place');
      assert.match(JSON.stringify(cardIn(updatesOf(activityId)[0])), /Tatt av Kristin Nordvik/);

      connector.reset();
      const accepted = await handOver(caseId, olaId);
      assert.match(accepted.body, /Godtatt av Ola Berg\. Saken er overført\./);
      assert.match(
        connector.texts(personalConversationId(kristin)).join('\n'),
        new RegExp(`Forslaget om å overføre sak ${reference} til Tildelingsteam er sendt`),
      );
      const form = updatesOf('handover-form');
      assert.equal(form.length, 1, 'the submitted form is replaced in personal chat');
      const receipt = JSON.stringify(cardIn(form[0]));
      assert.match(receipt, new RegExp(`Overføring av sak ${reference} foreslått`));
      assert.match(receipt, /Tildelingsteam/, 'the receipt names the unit asked');
      assert.doesNotMatch(receipt, /Action\.Submit/, 'no button left to send it again');
      const moved = updatesOf(activityId);
      assert.equal(moved.length, 1, "the stored card in NAV's channel was updated");
      assert.equal(moved[0]?.conversationId, CHANNEL_ID, 'in the channel Husly posted it to');
      const movedCard = cardIn(moved[0]);
      assert.deepEqual(validateAdaptiveCard(movedCard), []);
      const movedText = JSON.stringify(movedCard);
      assert.doesNotMatch(movedText, /Ta saken|case\.take/, 'nobody takes it from the old channel');
      assert.match(movedText, new RegExp(`Sak ${reference} eies nå av Tildelingsteam`));
      assert.match(movedText, /"title":"Saksansvarlig","value":"Ola Berg"/);
      for (const secret of [RESIDENTS[0].name, RESIDENTS[0].nationalId, '9 000', 'varsel'])
        assert.ok(!movedText.includes(secret), `the channel card shows "${secret}"`);

      connector.reset();
      await submit(ola, { action: 'resolution.close', caseId, reason: 'bolig-sikret', note: '' });
      assert.deepEqual(connector.texts(personalConversationId(ola)), [
        `Sak ${reference} er avsluttet, og alle planlagte påminnelser er stoppet.`,
      ]);
      const closed = updatesOf(activityId);
      assert.equal(closed.length, 1, 'the card was updated again');
      assert.equal(closed[0]?.conversationId, CHANNEL_ID);
      const closedCard = cardIn(closed[0]);
      assert.deepEqual(validateAdaptiveCard(closedCard), []);
      assert.match(JSON.stringify(closedCard), new RegExp(`Sak ${reference} er avsluttet`));
      assert.doesNotMatch(JSON.stringify(closedCard), /Ta saken|Action\./, 'no buttons');
      assert.equal((closedCard as { actions?: unknown }).actions, undefined);
    },
  );

  it('a card Teams will not update (404) is logged with ids; the hand-over stands', async () => {
    const { caseId, reference, activityId } = await openCase(
      present(RESIDENTS[1], 'a resident'),
      '66666666-6666-4666-8666-666666666666',
    );
    connector.reset();
    connector.answer = (call) =>
      call.method === 'PUT' && call.activityId === activityId ? { status: 404 } : null;
    const logsBefore = server.logs.length;
    let accepted: Awaited<ReturnType<typeof handOver>>;
    try {
      accepted = await handOver(caseId, olaId);
    } finally {
      connector.answer = null;
    }
    assert.equal(updatesOf(activityId).at(-1)?.status, 404, 'the update was tried');
    assert.match(
      accepted.body,
      /Godtatt av Ola Berg\. Saken er overført\./,
      'the one who accepted is told the hand-over is done',
    );
    assert.match(
      connector.texts(personalConversationId(kristin)).join('\n'),
      new RegExp(`overføre sak ${reference} til Tildelingsteam`),
    );
    const { prisma } = await server.db();
    const kase = await prisma.case.findUnique({
      where: { id: caseId },
      include: { owningUnit: true },
    });
    assert.equal(kase?.owningUnit.key, 'tildeling');
    const logs = server.logs.slice(logsBefore);
    const failed = logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.event === 'case-card.failed');
    assert.equal(failed?.status, 404);
    assert.equal(failed?.caseId, caseId);
    const text = logs.join('');
    for (const secret of [RESIDENTS[1].name, 'Kristin', 'Ola', 'Tildelingsteam'])
      assert.ok(!text.includes(secret), `the log shows "${secret}"`);
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  BOT,
  CHANNEL_ID,
  demoUser,
  installationUpdate,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';
import { present } from '../helpers/assert-present.ts';
import { withoutRandomIds } from '../helpers/without-random-ids.ts';

const RESIDENT_ID = '28879041858'; // synthetic (month + 80), not in the demo data
const RESIDENT_NAME = 'Tuva Testesen';
const DESCRIPTION = 'Har mistet jobben og sluttet å åpne post.';

/**
 * The whole chain through the real server: register → case created → channel card without
 * personal data → "Ta saken" updates the card → lookup shows the coordinator → hand-over →
 * lookup shows the new owner.
 */
describe('a concern from registration to hand-over', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const kristin = demoUser('saksbehandler'); // NAV boligsosialt team
  const ola = demoUser('koordinator'); // Tildelingsteam
  const siri = demoUser('bolig'); // Boligstiftelsen: no relation to the new case
  const personal = (user: TeamsUser) => ({ serviceUrl: connector.url, user });
  const lastCardText = (conversationId: string) =>
    JSON.stringify(connector.cards(conversationId).at(-1) ?? {});
  let caseId = '';
  let reference = '';

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer();
    // The admin links NAV's channel; Ola has Husly installed in his personal chat.
    await server.post(
      message(
        { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
        'koble kanal nav-bolig',
      ),
    );
    await server.post(installationUpdate(personal(ola), 'add'));
    connector.reset();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it(
    '1. the form comes as a valid card; a wrong form comes back with the values and a ' +
      'message per field, nothing stored',
    async () => {
      await server.post(message(personal(kristin), 'ny bekymring'));
      const form = connector.cards(personalConversationId(kristin)).at(-1)!;
      assert.deepEqual(validateAdaptiveCard(form), []);
      const before = await (await server.db()).prisma.concern.count();
      const bad = {
        ...message(personal(kristin), ''),
        text: undefined,
        replyToId: 'form-1',
        value: {
          action: 'concern.submit',
          submissionId: '11111111-1111-4111-8111-111111111111',
          nationalId: '12345678901',
          arrearsAmount: 'mange',
          rentArrears: 'true',
        },
      };
      await server.post(bad);
      const update = connector.calls.find((c) => c.method === 'PUT' && c.activityId === 'form-1');
      assert.ok(update, 'the card is replaced in place');
      const redrawn = JSON.stringify(update.body);
      assert.match(redrawn, /Ugyldig fødselsnummer/);
      assert.match(redrawn, /Skriv et helt beløp/);
      assert.match(redrawn, /"value":"mange"/, 'what the user typed is kept');
      assert.equal(await (await server.db()).prisma.concern.count(), before);
    },
  );

  it(
    '2. a valid concern opens a case owned by NAV (rent arrears) and posts a card ' +
      'without personal data to its channel',
    async () => {
      connector.reset();
      const value = {
        action: 'concern.submit',
        submissionId: '22222222-2222-4222-8222-222222222222',
        nationalId: RESIDENT_ID,
        name: RESIDENT_NAME,
        category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
        rentArrears: 'true',
        arrearsAmount: '21 000',
        arrearsMonths: '3',
        landlord: 'privat',
        firstMissedRentDate: new Date(Date.now() - 40 * 864e5).toISOString().slice(0, 10),
        description: DESCRIPTION,
        sharingBasis: 'samtykke',
        source: 'tjeneste',
        consentUnitKeys: 'rop',
        consentForm: 'skriftlig',
        residentInformed: 'ja',
      };
      await server.post({
        ...message(personal(kristin), ''),
        text: undefined,
        value,
        replyToId: 'form-2',
      });
      const confirmation = connector.calls.find(
        (c) => c.method === 'PUT' && c.activityId === 'form-2',
      );
      assert.match(
        JSON.stringify(confirmation?.body),
        /Sendt – registrert i sak \d{4}-\d{4}.*Eier: NAV boligsosialt team/,
        'the form becomes a confirmation card',
      );
      const receipt = connector.texts(personalConversationId(kristin)).join('\n');
      const match = /sak (\d{4}-\d{4})\. Saken eies av NAV boligsosialt team/.exec(receipt);
      reference = present(match?.[1], `a case reference in the receipt: ${receipt}`);
      const channelCard = lastCardText(CHANNEL_ID);
      assert.match(channelCard, new RegExp(reference));
      assert.match(channelCard, /Ta saken/);
      for (const secret of [
        RESIDENT_NAME,
        RESIDENT_ID,
        RESIDENT_ID.slice(0, 6),
        'mistet jobben',
        '21 000',
        '21000',
      ])
        assert.ok(!channelCard.includes(secret), `channel card shows "${secret}"`);
      const kase = await (await server.db()).prisma.case.findUnique({ where: { reference } });
      caseId = kase!.id;
      assert.equal(kase!.level, 1, 'arrears alone: nivå 1 until the owner has mapped the need');

      // Pressing "Send" again registers nothing new.
      await server.post({ ...message(personal(kristin), ''), text: undefined, value });
      assert.equal(await (await server.db()).prisma.concern.count({ where: { caseId } }), 1);
    },
  );

  it('3. "Ta saken" makes the presser coordinator, updates the card in place for all', async () => {
    // The card Husly posted (its id stored with the case); the client's replyToId names another
    // message.
    const cardId = (await (await server.db()).prisma.caseCard.findFirst({ where: { caseId } }))!
      .activityId;
    const forgedReplyTo = 'some-other-message-in-the-channel';
    const invoke = (user: TeamsUser) => ({
      ...message({ serviceUrl: connector.url, user, place: 'channel' }, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      entities: [],
      replyToId: forgedReplyTo,
      value: { action: { type: 'Action.Execute', verb: 'case.take', data: { caseId } } },
    });
    const refused = await server.post(invoke(ola));
    assert.match(refused.body, /Du har ikke tilgang/);
    const taken = await server.post(invoke(kristin));
    assert.equal(taken.status, 200);
    assert.match(taken.body, /Tatt av Kristin Nordvik/);
    const put = connector.calls.filter((c) => c.method === 'PUT' && c.activityId === cardId).at(-1);
    assert.ok(put, 'the channel card was updated for everyone');
    assert.match(JSON.stringify(put.body), /Tatt av Kristin Nordvik/);
    assert.doesNotMatch(JSON.stringify(put.body), /Ta saken/);
    assert.ok(
      !connector.calls.some((c) => c.method === 'PUT' && c.activityId === forgedReplyTo),
      "the client's replyToId is never overwritten",
    );
    const again = await server.post(invoke(kristin));
    assert.match(again.body, /Tatt av Kristin Nordvik/, 'a second press changes nothing');
  });

  it('4. anyone can look up the owner; an outsider sees no case content', async () => {
    await server.post(message(personal(siri), `hvem eier ${reference}`));
    assert.deepEqual(
      validateAdaptiveCard(connector.cards(personalConversationId(siri)).at(-1)),
      [],
    );
    const card = lastCardText(personalConversationId(siri));
    assert.match(card, /NAV boligsosialt team/);
    assert.match(card, /Kristin Nordvik \(kristin\.nordvik@demo-kommune\.no\)/);
    assert.match(card, /users=kristin\.nordvik%40demo-kommune\.no/, 'a Teams chat deep link');
    for (const secret of [RESIDENT_NAME, 'mistet jobben', '21 000'])
      assert.ok(!card.includes(secret), secret);
    assert.match(card, /taushetsbelagt/);
  });

  it(
    '5. the coordinator proposes a hand-over, the receiving unit accepts; both sides are ' +
      'told; the lookup shows the new owner',
    async () => {
      const { prisma } = await server.db();
      const olaStaff = await prisma.staff.findUnique({ where: { aadObjectId: ola.aadObjectId } });
      await server.post(message(personal(kristin), `overfør ${reference}`));
      assert.match(lastCardText(personalConversationId(kristin)), /Overfør sak/);
      connector.reset();
      await server.post({
        ...message(personal(kristin), ''),
        text: undefined,
        value: {
          action: 'handover.submit',
          caseId,
          unitKey: 'tildeling',
          coordinatorId: olaStaff!.id,
          note: 'Trenger midlertidig bolig',
        },
      });
      assert.match(
        connector.texts(personalConversationId(kristin)).join(),
        new RegExp(`Forslaget om å overføre sak ${reference} til Tildelingsteam er sendt`),
      );
      const proposal = await prisma.handOverProposal.findFirstOrThrow({ where: { caseId } });
      assert.equal(proposal.status, 'pending');
      assert.equal(
        (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).owningUnitId,
        proposal.fromUnitId,
        'the case stays with NAV until the tildelingsteam accepts',
      );
      // Ola, in the tildelingsteam, presses "Godta" (Action.Execute): the card says so.
      connector.reset();
      const accepted = await server.post({
        ...message(personal(ola), ''),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        entities: [],
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'handover.accept',
            data: { proposalId: proposal.id },
          },
        },
      });
      assert.equal(accepted.status, 200);
      assert.match(accepted.body, /Godtatt av Ola Berg\. Saken er overført\./);
      const answered = await prisma.handOverProposal.findUniqueOrThrow({
        where: { id: proposal.id },
      });
      assert.equal(answered.status, 'accepted');
      assert.equal(answered.answeredById, olaStaff!.id);
      assert.match(
        lastCardText(personalConversationId(kristin)),
        new RegExp(`Sak ${reference} er overført`),
        'the previous saksansvarlig is told',
      );
      assert.match(lastCardText(CHANNEL_ID), /er overført/, "the former owner's channel is told");

      connector.reset();
      await server.post(message(personal(siri), `Hvem eier ${reference}?`));
      const card = lastCardText(personalConversationId(siri));
      assert.match(card, /Tildelingsteam/);
      assert.match(card, /Ola Berg/);
      assert.doesNotMatch(
        card,
        /NAV boligsosialt team/,
        'an outsider sees the contact, not which other units are involved',
      );
      await server.post(message(personal(kristin), `Hvem eier ${reference}?`));
      assert.match(
        lastCardText(personalConversationId(kristin)),
        /Også involvert.*NAV boligsosialt team/,
        'the previous owner is listed as involved',
      );
    },
  );

  it('6. the new coordinator sees the case content, and "mine saker" lists it', async () => {
    await server.post(message(personal(ola), `hvem eier ${reference}`));
    assert.deepEqual(
      validateAdaptiveCard(connector.cards(personalConversationId(ola)).at(-1)),
      [],
      'with details and actions',
    );
    const card = lastCardText(personalConversationId(ola));
    assert.match(card, new RegExp(RESIDENT_NAME));
    assert.match(card, /mistet jobben/);
    await server.post(message(personal(ola), 'mine saker'));
    assert.match(lastCardText(personalConversationId(ola)), new RegExp(reference));
  });

  it(
    '6b. the coordinator starts a målplan; without consent it stays in the owning unit; ' +
      'a measure is marked done',
    async () => {
      await server.post(message(personal(ola), `start målplan ${reference}`));
      const form = connector.cards(personalConversationId(ola)).at(-1)!;
      assert.deepEqual(validateAdaptiveCard(form), []);
      assert.match(JSON.stringify(form), /Ny målplan for sak/);
      const inAMonth = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
      await server.post({
        ...message(personal(ola), ''),
        text: undefined,
        value: {
          action: 'plan.create',
          caseId,
          goalText: 'Beholde boligen',
          measureType: 'nedbetalingsavtale',
          measureDescription: 'Avtale med utleier',
          measureUnitKey: 'tildeling',
          measureDeadline: inAMonth,
          evaluationDate: inAMonth,
          consentGiven: 'nei',
          residentParticipation: 'phone',
        },
      });
      assert.match(
        connector.texts(personalConversationId(ola)).join(),
        new RegExp(`Målplan for sak ${reference} er opprettet`),
      );
      const planCard = connector.cards(personalConversationId(ola)).at(-1)!;
      assert.deepEqual(validateAdaptiveCard(planCard), []);
      const statusAction = JSON.stringify(planCard).match(
        /"action":"plan.measureStatus","measureId":"([^"]+)"/,
      );
      assert.ok(statusAction, 'the coordinator can change measure status');

      await server.post(message(personal(kristin), `målplan ${reference}`));
      const refused = connector.texts(personalConversationId(kristin)).at(-1) ?? '';
      assert.match(
        refused,
        new RegExp(`^Du har ikke tilgang til å se målplanen for saken\\. Sak ${reference} eies`),
        'no consent: the previous owner does not see the plan',
      );
      assert.match(refused, new RegExp(`«samtykke ${reference}»`), 'and is told to ask for one');

      const measureId = statusAction[1];
      await server.post({
        ...message(personal(ola), ''),
        text: undefined,
        value: { action: 'plan.measureStatus', measureId, [`status-${measureId}`]: 'done' },
      });
      assert.match(lastCardText(personalConversationId(ola)), /Utført/);
      assert.equal(
        (await (await server.db()).prisma.measure.findUnique({ where: { id: measureId } }))?.status,
        'done',
      );
    },
  );

  it('7. an identity-number lookup asks why first and is audited without the number', async () => {
    await server.post(
      message(
        personal(siri),
        `hvem har saken til ${RESIDENT_ID.slice(0, 6)} ${RESIDENT_ID.slice(6)}`,
      ),
    );
    const purpose = connector.cards(personalConversationId(siri)).at(-1)!;
    assert.match(JSON.stringify(purpose), /Hvorfor slår du opp personen/);
    assert.ok(
      !withoutRandomIds(JSON.stringify(purpose)).includes(RESIDENT_ID.slice(6)),
      'the number is not in the card data',
    );
    const [purposeAction] = purpose.actions as { data: { lookupId: string } }[];
    const lookupId = present(purposeAction, 'an action on the purpose card').data.lookupId;
    await server.post({
      ...message(personal(siri), ''),
      text: undefined,
      value: { action: 'lookup.purpose', lookupId, purpose: 'ny-bekymring' },
    });
    assert.match(lastCardText(personalConversationId(siri)), new RegExp(`Sak ${reference}`));
    const { prisma } = await server.db();
    assert.equal(await prisma.pendingLookup.count(), 0, 'the question is gone once answered');
    const audits = await prisma.auditEvent.findMany({ where: { action: 'person.lookup', caseId } });
    assert.ok(
      audits.some(
        (a) =>
          a.detail?.includes('"queryKind":"nationalId"') &&
          a.detail.includes('"purpose":"ny-bekymring"'),
      ),
    );
    const audit = withoutRandomIds(JSON.stringify(await prisma.auditEvent.findMany()));
    assert.ok(!audit.includes(RESIDENT_ID.slice(6)));
    const logs = withoutRandomIds(server.logs.join(''));
    assert.ok(!logs.includes(RESIDENT_ID.slice(6)) && !logs.includes(RESIDENT_NAME));
  });

  it('8. audit:resident tells the resident who looked at or changed their data, and why', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/audit-resident.ts', RESIDENT_ID],
      {
        env: { ...process.env, DATABASE_URL: server.dbUrl, NODE_NO_WARNINGS: '1' },
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    const out = run.stdout;
    assert.match(out, new RegExp(`${RESIDENT_ID.slice(0, 6)}\\*{5}`));
    assert.match(
      out,
      new RegExp(`Kristin Nordvik \\(NAV boligsosialt team\\) meldte bekymring i sak ${reference}`),
    );
    assert.match(
      out,
      new RegExp(
        'Kristin Nordvik \\(NAV boligsosialt team\\) tok saken som saksansvarlig ' +
          `i sak ${reference}`,
      ),
    );
    assert.match(
      out,
      new RegExp(
        `Siri Dahl \\(Boligstiftelsen\\) slo opp personen i sak ${reference} ` +
          `– formål: Ny bekymring`,
      ),
    );
    assert.match(out, /foreslo å overføre saken til en annen enhet/);
    assert.match(out, /tok imot saken fra en annen enhet/);
    assert.ok(!out.includes(RESIDENT_ID.slice(6)), 'the full number is never printed');

    const unknown = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/audit-resident.ts', '23914531519'],
      {
        env: { ...process.env, DATABASE_URL: server.dbUrl, NODE_NO_WARNINGS: '1' },
        encoding: 'utf8',
      },
    );
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /ingen opplysninger om denne personen/);
  });
});

void BOT;

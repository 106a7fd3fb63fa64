import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  CHANNEL_ID,
  GROUP_CHAT_ID,
  cardSubmit,
  demoUser,
  installationUpdate,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';
import { only, present } from '../helpers/assert-present.ts';
import { withoutRandomIds } from '../helpers/without-random-ids.ts';

/**
 * Red-team review of November 2026, findings 1, 11 and 18,
 * replayed through the real server: whatever is asked in a channel or group chat, everyone
 * there sees owner facts at most; the rest goes to the asker's personal chat.
 */

const OLA_N = { id: '10910174148', name: 'Ola Nordmann' }; // resident of 2026-0001
const MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
const MONTH_DATE = new RegExp(`\\d{1,2}\\. (?:${MONTHS}) \\d{4}`);
/** What 2026-0001 holds beyond owner facts (reference, owning unit, contact). */
const CASE_CONTENT: readonly (string | RegExp)[] = [
  OLA_N.name,
  OLA_N.id,
  OLA_N.id.slice(0, 6),
  OLA_N.id.slice(6),
  'født',
  /38\s?400/u,
  'leieboer har ikke betalt',
  'Nivå',
  'rødt',
  'Psykisk helse og rus',
  'Boligstiftelsen',
  'Bekymring',
  'Oppfølgingsplan',
  'Påminnelse',
  'Målplan',
  'Samtykke',
  MONTH_DATE,
];
const SENT_TO_PERSONAL =
  'Svaret står i den personlige chatten din med Husly, så ingen andre i kanalen ser det.';
const PERSONAL_ONLY =
  'Dette viser jeg bare i personlig chat, så ingen andre i kanalen ser det. ' +
  'Åpne Husly under Apper i Teams, og skriv det der.';

describe('red team findings 1, 11, 18: channels, group chats, other Bot Framework channels', () => {
  let connector: FakeConnector;
  let server: TestServer;
  // NAV, coordinator of 2026-0001; personal chat installed
  const kristin = demoUser('saksbehandler');
  const ingrid = demoUser('leder'); // tildeling; personal chat installed
  const jonas = demoUser('nav'); // NAV, reads 2026-0001; never opened a personal chat with Husly
  const at = (user: TeamsUser, place: 'channel' | 'groupChat' | 'personal' = 'personal') => ({
    serviceUrl: connector.url,
    user,
    place,
  });
  /** Every body (POST and PUT) the bot sent into a conversation whose id starts with `prefix`. */
  const bodiesIn = (prefix: string) =>
    connector.calls
      .filter((c) => c.conversationId.startsWith(prefix))
      .map((c) => JSON.stringify(c.body));
  const staffId = async (user: TeamsUser) =>
    (await (
      await server.db()
    ).prisma.staff.findUnique({ where: { aadObjectId: user.aadObjectId } }))!.id;
  const caseId = async (reference: string) =>
    (await (await server.db()).prisma.case.findUnique({ where: { reference } }))!.id;
  /** Every Action.Submit / Action.Execute data object in every card the bot sent anywhere. */
  const allActionData = () => {
    const out: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if ((o.type === 'Action.Submit' || o.type === 'Action.Execute') && o.data !== undefined)
          out.push(JSON.stringify(o.data));
        Object.values(o).forEach(walk);
      }
    };
    connector.calls.forEach((c) => walk(c.body));
    return out;
  };
  const assertNoCaseContent = (bodies: string[], where: string) => {
    for (const body of bodies.map(withoutRandomIds))
      for (const secret of CASE_CONTENT)
        assert.ok(
          typeof secret === 'string' ? !body.includes(secret) : !secret.test(body),
          `${where} shows ${secret}: ${body.slice(0, 400)}`,
        );
  };

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer();
    for (const user of [kristin, ingrid]) await server.post(installationUpdate(at(user), 'add'));
    connector.reset();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  for (const place of ['channel', 'groupChat'] as const) {
    const shared = place === 'channel' ? CHANNEL_ID : GROUP_CHAT_ID;
    it(
      `finding 1: "@Husly hvem eier 2026-0001" in a ${place} posts owner facts only; ` +
        `the full answer goes to personal chat; audited as ${place}/owner-facts`,
      async () => {
        connector.reset();
        const { prisma } = await server.db();
        const since = new Date();
        await server.post(message(at(kristin, place), 'hvem eier 2026-0001'));
        const here = bodiesIn(shared);
        assert.equal(here.length, 2, 'owner facts, and a note that the rest went to personal chat');
        const facts = present(here[0], 'the owner facts');
        assert.match(present(here[1], 'the note'), /Svaret står i den personlige chatten din/);
        assert.match(facts, /Sak 2026-0001/);
        assert.match(facts, /NAV boligsosialt team/);
        assert.match(facts, /Kristin Nordvik/);
        assertNoCaseContent(here, place);
        const personal = bodiesIn(personalConversationId(kristin)).join('\n');
        assert.match(personal, new RegExp(OLA_N.name), 'the whole answer in personal chat');
        assert.match(personal, /leieboer har ikke betalt/);
        const rows = await prisma.auditEvent.findMany({
          where: {
            action: 'case.lookup',
            actorStaffId: await staffId(kristin),
            at: { gte: since },
          },
        });
        assert.ok(
          rows.some(
            (r) =>
              r.detail?.includes(`"audience":"${place}"`) &&
              r.detail.includes('"shown":"owner-facts"'),
          ),
          JSON.stringify(rows.map((r) => r.detail)),
        );
        assert.ok(
          rows.some(
            (r) =>
              r.detail?.includes('"audience":"personal"') && r.detail.includes('"shown":"details"'),
          ),
          'and the personal answer as details',
        );
      },
    );
  }

  it(
    'finding 1: without a personal chat the asker gets owner facts in the ' +
      'channel and case content nowhere',
    async () => {
      connector.reset();
      await server.post(message(at(jonas, 'channel'), 'hvem eier 2026-0001'));
      assert.equal(
        connector.calls.filter((c) => !c.conversationId.startsWith(CHANNEL_ID)).length,
        0,
        'nothing sent anywhere else',
      );
      assertNoCaseContent(bodiesIn(CHANNEL_ID), 'channel');
      assert.match(bodiesIn(CHANNEL_ID).join(), /NAV boligsosialt team/);
    },
  );

  it(
    'finding 1: "hvem eier <fødselsnummer>" in a channel: the number is never repeated nor ' +
      'put in card data; the purpose card goes to personal chat',
    async () => {
      connector.reset();
      await server.post(message(at(kristin, 'channel'), `hvem eier ${OLA_N.id}`));
      const here = bodiesIn(CHANNEL_ID);
      const reply = only(here, 'reply in the channel');
      assert.match(reply, /personlige chatten din/);
      assert.match(reply, /Ikke skriv fødselsnummer eller navn i kanaler/);
      assertNoCaseContent(here, 'channel');
      const purpose = connector.cards(personalConversationId(kristin)).at(-1)!;
      assert.match(JSON.stringify(purpose), /Hvorfor slår du opp personen/);
      const lookupId = JSON.stringify(purpose).match(/"lookupId":"([^"]+)"/)![1];
      // The purpose is given in personal chat; the answer (masked number only) comes there.
      await server.post(
        cardSubmit(at(kristin), {
          action: 'lookup.purpose',
          lookupId,
          purpose: 'samarbeid-tiltak',
        }),
      );
      assert.match(bodiesIn(personalConversationId(kristin)).at(-1)!, /Sak 2026-0001/);
      for (const call of connector.calls)
        assert.ok(
          !JSON.stringify(call.body).includes(OLA_N.id),
          `${call.method} ${call.conversationId} carries the full number`,
        );
      for (const data of allActionData().map(withoutRandomIds))
        for (const secret of [OLA_N.id, OLA_N.id.slice(6), OLA_N.name])
          assert.ok(!data.includes(secret), `card data ${data}`);
    },
  );

  it(
    'finding 1: "hvem eier <navn>" in a group chat: the name is not repeated, ' +
      'the question waits sealed, no card data holds it',
    async () => {
      connector.reset();
      await server.post(message(at(kristin, 'groupChat'), `hvem eier ${OLA_N.name}`));
      const here = bodiesIn(GROUP_CHAT_ID);
      assert.equal(here.length, 1);
      assertNoCaseContent(here, 'group chat');
      assert.match(
        JSON.stringify(connector.cards(personalConversationId(kristin)).at(-1)),
        /Hvorfor slår du opp personen/,
      );
      for (const data of allActionData())
        assert.ok(!data.includes('Nordmann') && !data.includes('nordmann'), `card data ${data}`);
      const pending = await (await server.db()).prisma.pendingLookup.findMany();
      assert.ok(
        pending.length > 0 && pending.every((p) => !p.payload.toLowerCase().includes('nordmann')),
        'stored sealed',
      );
    },
  );

  const commands = [
    'målplan 2026-0001',
    'start målplan 2026-0001',
    'mine saker',
    'påminnelser',
    'påminnelser 2026-0001',
    'ny bekymring',
    'overfør 2026-0001',
    'samtykke 2026-0001',
    'gi tilgang 2026-0001',
    'endre nivå 2026-0001',
    'restansen er betalt 2026-0001',
    'avslutt sak 2026-0001',
    'tilgangskontroll',
  ];
  for (const place of ['channel', 'groupChat'] as const)
    it(
      `finding 1: ${commands.length} case commands in a ${place} show nothing case-related ` +
        `there; each answer is in personal chat`,
      async () => {
        const shared = place === 'channel' ? CHANNEL_ID : GROUP_CHAT_ID;
        for (const command of commands) {
          connector.reset();
          await server.post(
            message(at(command === 'tilgangskontroll' ? ingrid : kristin, place), command),
          );
          const here = bodiesIn(shared);
          assert.equal(here.length, 1, `${command}: one message in the ${place}`);
          const sent = connector.calls.find((c) => c.conversationId.startsWith(shared))!.body;
          assert.equal(sent.attachments, undefined, `${command}: no card in the ${place}`);
          assert.equal(sent.text, SENT_TO_PERSONAL, command);
          assertNoCaseContent(here, `${place} after "${command}"`);
          const personal = connector.calls.filter((c) =>
            c.conversationId.startsWith('a:1personal-'),
          );
          assert.ok(personal.length > 0, `${command}: answered in personal chat`);
        }
        // Spot checks that the personal answers are the real ones.
        connector.reset();
        await server.post(message(at(kristin, place), 'påminnelser 2026-0001'));
        assert.match(
          bodiesIn(personalConversationId(kristin)).join(),
          /Oppfølgingsplan for sak 2026-0001/,
        );
        await server.post(message(at(kristin, place), 'mine saker'));
        assert.match(bodiesIn(personalConversationId(kristin)).join(), new RegExp(OLA_N.name));
      },
    );

  it(
    'finding 1: without a personal chat, a case command in a channel gets only the ' +
      '"personlig chat" message and nothing runs',
    async () => {
      const { prisma } = await server.db();
      for (const command of [
        'målplan 2026-0001',
        'mine saker',
        'påminnelser 2026-0001',
        `hvem eier ${OLA_N.id}`,
      ]) {
        connector.reset();
        const audits = await prisma.auditEvent.count({
          where: { actorStaffId: await staffId(jonas), action: { not: 'tenant.refused' } },
        });
        await server.post(message(at(jonas, 'channel'), command));
        const call = only(connector.calls, `call for "${command}"`);
        assert.match(String(call.body.text), new RegExp(`^${PERSONAL_ONLY}`), command);
        assert.equal(call.body.attachments, undefined);
        assert.equal(
          await prisma.auditEvent.count({
            where: { actorStaffId: await staffId(jonas), action: { not: 'tenant.refused' } },
          }),
          audits,
          `${command}: no read happened`,
        );
      }
    },
  );

  it(
    'finding 1/18: a card button pressed in a channel (no mention) is answered in ' +
      'personal chat, not in the channel',
    async () => {
      const id = await caseId('2026-0001');
      for (const action of [
        'case.open',
        'plan.start',
        'access.start',
        'consent.start',
        'resolution.close.start',
      ]) {
        connector.reset();
        await server.post(cardSubmit(at(kristin, 'channel'), { action, caseId: id }));
        const here = bodiesIn(CHANNEL_ID);
        assert.deepEqual(here.length, 1, action);
        assert.equal(
          connector.calls.find((c) => c.conversationId.startsWith(CHANNEL_ID))!.body.text,
          SENT_TO_PERSONAL,
          action,
        );
        assertNoCaseContent(here, `channel after ${action}`);
        assert.ok(
          connector.cards(personalConversationId(kristin)).length > 0,
          `${action}: a card in personal chat`,
        );
      }
      connector.reset();
      await server.post(cardSubmit(at(kristin, 'channel'), { action: 'case.open', caseId: id }));
      assert.match(
        bodiesIn(personalConversationId(kristin)).join(),
        new RegExp(`Sak 2026-0001.*${OLA_N.name}`),
      );
      // In a group chat, without a personal chat: only the message that says where to go.
      connector.reset();
      await server.post(cardSubmit(at(jonas, 'groupChat'), { action: 'case.open', caseId: id }));
      assert.equal(only(connector.calls, 'call').body.text, PERSONAL_ONLY);
    },
  );

  for (const channelId of ['webchat', 'directline'])
    it(
      `finding 18: an activity with channelId '${channelId}' is refused: ` +
        `nothing sent, a channel.refused audit row`,
      async () => {
        connector.reset();
        const { prisma } = await server.db();
        const before = await prisma.auditEvent.count({ where: { action: 'channel.refused' } });
        const counts = await server.rowCounts();
        for (const activity of [
          { ...message(at(kristin), 'hvem eier 2026-0001'), channelId },
          {
            ...cardSubmit(at(kristin), { action: 'case.open', caseId: await caseId('2026-0001') }),
            channelId,
          },
          { ...message(at(kristin, 'channel'), 'mine saker'), channelId },
        ]) {
          const res = await server.post(activity);
          assert.ok(res.status < 500, `HTTP ${res.status}`);
        }
        assert.equal(connector.calls.length, 0, 'nothing sent');
        const rows = await prisma.auditEvent.findMany({
          where: { action: 'channel.refused' },
          orderBy: { at: 'asc' },
        });
        assert.equal(rows.length, before + 3);
        assert.ok(
          rows
            .slice(before)
            .every(
              (r) =>
                r.outcome === 'denied' &&
                r.detail?.includes(channelId) &&
                r.caseId === null &&
                r.residentId === null,
            ),
        );
        const afterCounts = await server.rowCounts();
        assert.deepEqual(
          { ...afterCounts, audit: 0 },
          { ...counts, audit: 0 },
          'no conversation reference or state stored',
        );
      },
    );

  it(
    'finding 11: locale "constructor" (and other prototype keys) gets a ' +
      'Norwegian answer, no turn error',
    async () => {
      for (const locale of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        connector.reset();
        const res = await server.post({ ...message(at(kristin), 'hjelp'), locale });
        assert.ok(res.status < 500, `${locale}: HTTP ${res.status}`);
        assert.match(
          JSON.stringify(connector.cards(personalConversationId(kristin)).at(-1) ?? {}),
          /Dette kan Husly hjelpe deg med/,
          locale,
        );
        connector.reset();
        await server.post({ ...message(at(kristin), 'qwerty asdf zxcv'), locale });
        assert.match(
          JSON.stringify(connector.cards(personalConversationId(kristin)).at(-1) ?? {}),
          /Det forstod jeg ikke helt/,
          locale,
        );
      }
      assert.ok(!server.logs.some((l) => l.includes('"turn.error"')), 'no turn error logged');
    },
  );
});

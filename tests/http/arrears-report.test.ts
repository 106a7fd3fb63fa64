import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  CHANNEL_ID,
  cardSubmit,
  demoUser,
  installationUpdate,
  message,
  personalConversationId,
} from '../helpers/teams-activities.ts';
import { present } from '../helpers/assert-present.ts';

/** Synthetic (month + 80), not in the demo data; an invented name. */
const RESIDENT_ID = '16904322869';
const RESIDENT_NAME = 'Randi Restanse';

/**
 * The restansemelding through the real server: Siri in Boligstiftelsen (the municipal landlord)
 * writes "meld restanse", fills in the card, and the case it opens at NAV gets its P0 reminder
 * planned in the outbox the scheduler sends from.
 */
describe('a restansemelding from the card to the reminder outbox', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const siri = demoUser('bolig');
  const personal = { serviceUrl: '', user: siri };
  let reference = '';

  before(async () => {
    connector = await new FakeConnector().start();
    personal.serviceUrl = connector.url;
    server = await startTestServer();
    await server.post(
      message(
        { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
        'koble kanal nav-bolig',
      ),
    );
    await server.post(installationUpdate(personal, 'add'));
    connector.reset();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it('"meld restanse" → card → submit → case at NAV → P0 planned', async () => {
    await server.post(message(personal, 'meld restanse'));
    const form = present(
      connector.cards(personalConversationId(siri)).at(-1),
      'the restansemelding card',
    );
    assert.deepEqual(validateAdaptiveCard(form), []);
    assert.match(JSON.stringify(form), /Meld restanse.*samtykkeklausul/s);

    const today = localDate(new Date(), 'Europe/Oslo');
    const dueDate = localDate(new Date(Date.now() - 10 * 864e5), 'Europe/Oslo');
    await server.post({
      ...cardSubmit(personal, {
        action: 'arrears.submit',
        submissionId: '55555555-5555-4555-8555-555555555555',
        nationalId: RESIDENT_ID,
        name: RESIDENT_NAME,
        birthDate: '',
        amount: '9 350',
        dueDate,
        reminderSent: 'purring',
        landlord: 'kommunal',
        consentClause: 'ja',
      }),
      replyToId: 'arrears-form-1',
    });
    const sent = connector.calls.find(
      (c) => c.method === 'PUT' && c.activityId === 'arrears-form-1',
    );
    assert.match(JSON.stringify(sent?.body), /Sendt – registrert i sak \d{4}-\d{4}/);
    const receipt = connector.texts(personalConversationId(siri)).join('\n');
    reference = present(
      /Restansen er registrert i sak (\d{4}-\d{4})\. Saken eies av NAV boligsosialt team/.exec(
        receipt,
      )?.[1],
      `a reference in the receipt: ${receipt}`,
    );
    assert.match(receipt, /I dag \(P0\).*tvangsfullbyrdelsesloven § 4-18.*\(P5\)/s);

    const channelCard = JSON.stringify(connector.cards(CHANNEL_ID).at(-1) ?? {});
    assert.match(channelCard, new RegExp(reference), 'NAV’s channel is told');
    for (const secret of [RESIDENT_NAME, RESIDENT_ID, RESIDENT_ID.slice(0, 6), '9 350', '9350'])
      assert.ok(!channelCard.includes(secret), `the channel card shows "${secret}"`);

    const { prisma } = await server.db();
    const kase = present(
      (await prisma.case.findUnique({ where: { reference } })) ?? undefined,
      'the case',
    );
    assert.equal(kase.arrearsReportedDate, today);
    assert.equal(kase.firstMissedRentDate, dueDate);
    const concern = present(
      (await prisma.concern.findFirst({ where: { caseId: kase.id } })) ?? undefined,
      'the concern',
    );
    assert.equal(concern.source, 'innfordring');
    assert.equal(concern.sharingBasis, 'samtykke');
    assert.equal(concern.arrearsReminderSent, 'purring');
    const kinds = (
      await prisma.reminderOutbox.findMany({ where: { caseId: kase.id }, select: { kind: true } })
    ).map((r) => r.kind);
    assert.ok(kinds.includes('P0'), `P0 is planned (planned: ${kinds.join(', ')})`);
    assert.ok(kinds.includes('P5'), `P5 is planned (planned: ${kinds.join(', ')})`);
  });

  it('a second press of "Send" registers nothing new', async () => {
    const { prisma } = await server.db();
    const before = await prisma.concern.count();
    await server.post(
      cardSubmit(personal, {
        action: 'arrears.submit',
        submissionId: '55555555-5555-4555-8555-555555555555',
        nationalId: RESIDENT_ID,
        amount: '9 350',
        dueDate: localDate(new Date(Date.now() - 10 * 864e5), 'Europe/Oslo'),
        reminderSent: 'purring',
        landlord: 'kommunal',
        consentClause: 'ja',
      }),
    );
    assert.match(
      connector.texts(personalConversationId(siri)).join('\n'),
      new RegExp(`allerede meldt i sak ${reference}`),
    );
    assert.equal(await prisma.concern.count(), before);
  });

  it('in a channel, the card is sent to the personal chat and the channel is told so', async () => {
    connector.reset();
    await server.post(message({ ...personal, place: 'channel' }, 'meld restanse'));
    // A reply in the channel goes to the thread: "<channel>;messageid=…".
    const inChannel = connector.calls
      .filter((c) => c.conversationId.startsWith(CHANNEL_ID))
      .map((c) => JSON.stringify(c.body));
    assert.equal(inChannel.length, 1, 'one note in the channel, no card');
    assert.match(inChannel.join(), /Svaret står i den personlige chatten din med Husly/);
    assert.match(
      JSON.stringify(connector.cards(personalConversationId(siri)).at(-1) ?? {}),
      /Send restansemelding/,
    );
  });
});

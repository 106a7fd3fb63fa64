import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/persistence/database.ts';
import { present } from '../helpers/assert-present.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import {
  postActivity,
  spawnHusly,
  startTestServer,
  tempDatabase,
  type ChildHusly,
  type TestServer,
} from '../helpers/husly-server.ts';
import {
  CHANNEL_ID,
  cardSubmit,
  demoUser,
  message,
  personalConversationId,
} from '../helpers/teams-activities.ts';

const kristin = demoUser('saksbehandler'); // NAV boligsosialt team

/** A concern about a synthetic person: routed to NAV (rent arrears), whose channel is linked. */
const concern = (submissionId: string, nationalId: string, name: string) => ({
  action: 'concern.submit',
  submissionId,
  nationalId,
  name,
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

/** A server whose NAV unit has its channel linked, and the connector its messages go to. */
async function withNavChannel(): Promise<{ connector: FakeConnector; server: TestServer }> {
  const connector = await new FakeConnector().start();
  const server = await startTestServer();
  await server.post(
    message(
      { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
      'koble kanal nav-bolig',
    ),
  );
  connector.reset();
  return { connector, server };
}

const channelCardPosts = (connector: FakeConnector) =>
  connector.calls.filter((c) => c.method === 'POST' && c.conversationId === CHANNEL_ID);

/**
 * Teams refuses the new case's card in NAV's channel once (503): the reporter is told the
 * channel is not reached now and that Husly tries again — not that it was told — and the next
 * notice tick delivers the card, which is then recorded as the case's card like one sent at once.
 */
describe('a notice Teams refused is retried, and the confirmation says so', () => {
  let connector: FakeConnector;
  let server: TestServer;
  before(async () => ({ connector, server } = await withNavChannel()));
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it('refused once → "prøver igjen" → the next tick posts and records the card', async () => {
    let refused = 0;
    connector.answer = (call) =>
      call.method === 'POST' && call.conversationId === CHANNEL_ID && refused++ === 0
        ? { status: 503 }
        : null;
    await server.post(
      cardSubmit(
        { serviceUrl: connector.url, user: kristin },
        concern('33333333-3333-4333-8333-333333333331', '28879041858', 'Tuva Testesen'),
      ),
    );
    const answer = connector.texts(personalConversationId(kristin)).join('\n');
    assert.match(answer, /Bekymringen er registrert i sak (\d{4}-\d{4})/);
    assert.match(
      answer,
      /Kanalen til NAV boligsosialt team nås ikke nå – Husly prøver igjen\./,
      'the reporter is told the truth: not reached yet, retried',
    );
    assert.doesNotMatch(answer, /ingen koblet kanal/);
    assert.equal(channelCardPosts(connector).length, 1);
    assert.equal(channelCardPosts(connector)[0]?.status, 503);

    const { prisma } = await server.db();
    const row = present(
      (await prisma.noticeOutbox.findFirst({
        where: { kind: 'case.forUnit', recipientKind: 'unit' },
      })) ?? undefined,
      'the notice row',
    );
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.ok(row.payload, 'kept (sealed) for the retry');
    const caseId = present(row.caseId ?? undefined, 'the case id');
    assert.equal(await prisma.caseCard.count({ where: { caseId } }), 0, 'no card landed yet');

    assert.deepEqual(await server.tickNotices(), { claimed: 0, sent: 0, retried: 0, dead: 0 });
    // The backoff has passed (30 s × jitter): due now.
    await prisma.noticeOutbox.update({
      where: { id: row.id },
      data: { nextAttemptAt: new Date().toISOString() },
    });
    assert.deepEqual(await server.tickNotices(), { claimed: 1, sent: 1, retried: 0, dead: 0 });

    const posts = channelCardPosts(connector);
    assert.equal(posts.length, 2);
    assert.equal(posts[1]?.status, 200);
    assert.match(JSON.stringify(posts[1]?.body), /"title":"Ta saken"/);
    const sent = await prisma.noticeOutbox.findUniqueOrThrow({ where: { id: row.id } });
    assert.equal(sent.status, 'sent');
    assert.equal(sent.payload, null, 'nothing of the notice kept once sent');
    const card = await prisma.caseCard.findFirst({ where: { caseId } });
    assert.equal(card?.conversationId, CHANNEL_ID, 'the late card is recorded for redraws');
    assert.equal(card?.activityId, sent.sentActivityId);
  });
});

/**
 * Teams asks NAV's channel to wait two minutes (429, Retry-After: 120). The next concern for NAV
 * is registered in the reporter's own turn, which must not wait those two minutes for the slot:
 * the reporter is answered at once, truthfully («prøver igjen»), and the notice waits in the
 * outbox until the two minutes are over — never sent into the wait.
 */
describe('a notice held back by Retry-After does not hold up the turn that sent it', () => {
  let connector: FakeConnector;
  let server: TestServer;
  before(async () => ({ connector, server } = await withNavChannel()));
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it(
    'answers at once, says it retries, and retries after the wait',
    { timeout: 30_000 },
    async () => {
      connector.answer = (call) =>
        call.method === 'POST' && call.conversationId === CHANNEL_ID
          ? { status: 429, headers: { 'retry-after': '120' } }
          : null;
      const reporter = { serviceUrl: connector.url, user: kristin };
      await server.post(
        cardSubmit(
          reporter,
          concern('44444444-4444-4444-8444-444444444441', '10910174148', 'Ada Test'),
        ),
      );
      await server.post(
        cardSubmit(
          reporter,
          concern('44444444-4444-4444-8444-444444444442', '23914531519', 'Bo Test'),
        ),
      );
      const answers = connector.texts(personalConversationId(kristin)).join('\n');
      assert.equal(
        answers.split('Kanalen til NAV boligsosialt team nås ikke nå – Husly prøver igjen.')
          .length - 1,
        2,
        'both reporters are told it is not there yet',
      );
      assert.equal(channelCardPosts(connector).length, 1, 'nothing sent into the wait');
      const { prisma } = await server.db();
      const rows = await prisma.noticeOutbox.findMany({
        where: { kind: 'case.forUnit', recipientKind: 'unit' },
      });
      assert.equal(rows.length, 2);
      for (const row of rows) {
        assert.equal(row.status, 'pending');
        const waits = new Date(row.nextAttemptAt).getTime() - Date.now();
        assert.ok(waits > 100_000, `retried after the wait, not before (${waits} ms)`);
      }
    },
  );
});

/**
 * Crash safety: the row is written before Husly sends. The server is killed (SIGKILL) while
 * Teams has the channel card in flight and has not answered; started again, its scheduler takes
 * the row over once the lease has run out and delivers the card. At most the one in flight twice.
 */
describe('a notice in flight survives a crash', () => {
  const db = tempDatabase();
  let connector: FakeConnector;
  let husly: ChildHusly | null = null;
  const env = (interval: string) => ({
    DATABASE_URL: db.url,
    HUSLY_REMINDER_INTERVAL_SECONDS: interval,
    HUSLY_REMINDER_LEASE_SECONDS: '2',
    // The card in flight must still be in flight when the server is killed.
    HUSLY_REMINDER_SEND_TIMEOUT_SECONDS: '120',
  });
  const waitFor = async (check: () => boolean | Promise<boolean>, ms: number) => {
    const deadline = Date.now() + ms;
    while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return check();
  };

  before(async () => {
    connector = await new FakeConnector().start();
  });
  after(async () => {
    husly?.process.kill('SIGKILL');
    await husly?.exited;
    await connector.stop();
    db.cleanup();
  });

  it('killed mid-send, restarted: the card is delivered', async () => {
    husly = await spawnHusly(env('0'));
    await postActivity(
      husly.url,
      message(
        { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
        'koble kanal nav-bolig',
      ),
    );
    connector.reset();
    // Teams takes the channel card and never answers before the crash.
    connector.delayMs = 60_000;
    void postActivity(
      husly.url,
      cardSubmit(
        { serviceUrl: connector.url, user: kristin },
        concern('33333333-3333-4333-8333-333333333332', '23914531519', 'Trond Prøvesen'),
      ),
    ).catch(() => undefined);
    assert.ok(
      await waitFor(() => channelCardPosts(connector).length === 1, 40_000),
      'the card is in flight',
    );
    husly.process.kill('SIGKILL');
    await husly.exited;
    connector.delayMs = 0;

    const check = await openDatabase(db.url);
    try {
      const written = await check.prisma.noticeOutbox.findFirst({
        where: { kind: 'case.forUnit' },
      });
      assert.equal(written?.status, 'claimed', 'written before sending, never settled');
      assert.ok(written.payload, 'the notice itself is kept (sealed) for whoever takes it over');

      husly = await spawnHusly(env('1'));
      assert.ok(
        await waitFor(
          async () =>
            (await check.prisma.noticeOutbox.findFirst({ where: { kind: 'case.forUnit' } }))
              ?.status === 'sent',
          40_000,
        ),
        "the restarted server's tick sent it",
      );
      assert.equal(channelCardPosts(connector).length, 2, 'the one in flight, and once more');
      const sent = await check.prisma.noticeOutbox.findFirstOrThrow({
        where: { kind: 'case.forUnit' },
      });
      // The card is recorded just after the row is settled as sent: wait for it too.
      const card = () => check.prisma.caseCard.findFirst({ where: { caseId: sent.caseId ?? '' } });
      assert.ok(await waitFor(async () => (await card()) !== null, 10_000), 'the card recorded');
      const recorded = await card();
      assert.equal(recorded?.activityId, sent.sentActivityId, 'recorded as the case card');
    } finally {
      await check.close();
    }
  });
});

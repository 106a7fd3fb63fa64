import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Clock } from '../../src/domain/common/clock.ts';
import { present } from '../helpers/assert-present.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import { CHANNEL_ID, demoUser, message } from '../helpers/teams-activities.ts';

/** The server's "now", moved by the test: Monday 30 November 2026, 08:00 in Oslo. */
class TestClock implements Clock {
  private current = new Date('2026-11-30T07:00:00Z');
  now() {
    return new Date(this.current);
  }
  set(iso: string) {
    this.current = new Date(iso);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const THREAD = 'worklist-thread';
const channelPosts = (connector: FakeConnector) =>
  connector.calls.filter((c) => c.method === 'POST' && c.conversationId === CHANNEL_ID);
const cardOf = (body: Record<string, unknown>) =>
  JSON.stringify((body.attachments as { content: unknown }[] | undefined)?.[0]?.content ?? {});

/**
 * The weekly worklist through the real server: NAV's leader sets "hver mandag 08:30" in NAV's
 * channel; when the clock passes Monday 08:30 the scheduler's tick posts the worklist card to the
 * channel once (references and deadlines, no names), a second tick posts nothing, and next week a
 * post Teams refuses is kept in the notice outbox and sent by the notice tick.
 */
describe('the weekly worklist in a unit’s channel (server, scheduler, Teams)', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const clock = new TestClock();

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer({}, undefined, clock);
    await server.post(
      message(
        { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' },
        'koble kanal nav-bolig',
      ),
    );
    connector.reset();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it('set in the channel by the unit’s leader, answered there', async () => {
    await server.post(
      message(
        { serviceUrl: connector.url, user: demoUser('navleder'), place: 'channel', thread: THREAD },
        'arbeidsliste hver mandag 08:30',
      ),
    );
    assert.deepEqual(connector.texts(`${CHANNEL_ID};messageid=${THREAD}`), [
      'Arbeidslisten legges ut i denne kanalen hver mandag kl. 08:30.',
    ]);
    const { prisma } = await server.db();
    const nav = await prisma.unit.findUniqueOrThrow({ where: { key: 'nav-bolig' } });
    assert.equal(nav.worklistWeekday, 1);
    assert.equal(nav.worklistTime, '08:30');
    connector.reset();
  });

  it('Monday 08:30 passes: the worklist card lands in the channel once', async () => {
    clock.set('2026-11-30T07:29:00Z'); // 08:29
    assert.deepEqual(await server.tickWorklists(), { claimed: 0, posted: 0, notPosted: 0 });
    assert.equal(channelPosts(connector).length, 0);

    clock.set('2026-11-30T07:31:00Z'); // 08:31
    assert.deepEqual(await server.tickWorklists(), { claimed: 1, posted: 1, notPosted: 0 });
    const posts = channelPosts(connector);
    assert.equal(posts.length, 1);
    assert.equal(posts[0]?.status, 200);
    const card = cardOf(present(posts[0], 'the post').body);
    assert.match(card, /Arbeidsliste til boligmøtet: NAV boligsosialt team/);
    assert.match(card, /"text":"\d{4}-\d{4}"/, 'rows by case reference');
    // The demo's cases are synthetic people: none of their names may be in a channel post.
    const { prisma } = await server.db();
    for (const { name } of await prisma.resident.findMany({ select: { name: true } }))
      assert.ok(!card.includes(name), `no resident's name in the channel (${name.length} chars)`);

    // The next tick, and one a day later, post nothing.
    clock.advance(60_000);
    assert.deepEqual(await server.tickWorklists(), { claimed: 0, posted: 0, notPosted: 0 });
    clock.advance(86_400_000);
    assert.deepEqual(await server.tickWorklists(), { claimed: 0, posted: 0, notPosted: 0 });
    assert.equal(channelPosts(connector).length, 1);

    const rows = await prisma.noticeOutbox.findMany({ where: { kind: 'unit.worklist' } });
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.status, 'sent');
    assert.equal(rows[0]?.payload, null);
    assert.match(rows[0]?.key ?? '', /^worklist:[^:]+:2026-W49:unit\.worklist:unit:/);
    const audits = await prisma.auditEvent.findMany({ where: { action: 'worklist.posted' } });
    assert.equal(audits.length, 1);
    const detail = JSON.parse(audits[0]?.detail ?? '{}') as Record<string, unknown>;
    assert.equal(detail.week, '2026-W49');
    assert.ok(typeof detail.rows === 'number' && detail.rows > 0, 'the demo has cases due');
    assert.equal(audits[0]?.caseId, null);
  });

  it('next Monday Teams refuses (503): kept, not posted twice, retried', async () => {
    connector.reset();
    let refused = 0;
    connector.answer = (call) =>
      call.method === 'POST' && call.conversationId === CHANNEL_ID && refused++ === 0
        ? { status: 503 }
        : null;
    clock.set('2026-12-07T07:31:00Z'); // Monday 7 December, 08:31
    assert.deepEqual(await server.tickWorklists(), { claimed: 1, posted: 1, notPosted: 0 });
    assert.equal(channelPosts(connector).length, 1);
    assert.equal(channelPosts(connector)[0]?.status, 503);
    const { prisma } = await server.db();
    const row = await prisma.noticeOutbox.findFirstOrThrow({
      where: { kind: 'unit.worklist', key: { contains: '2026-W50' } },
    });
    assert.equal(row.status, 'pending');
    assert.ok(row.payload, 'kept, sealed, for the retry');
    assert.doesNotMatch(row.payload, /NAV boligsosialt team/, 'sealed');

    clock.advance(60_000);
    assert.deepEqual(await server.tickWorklists(), { claimed: 0, posted: 0, notPosted: 0 });
    assert.equal(channelPosts(connector).length, 1, 'the worklist tick does not post it again');

    // Past the backoff (30 s × jitter, at most a minute or so): the notice tick sends it.
    clock.advance(5 * 60_000);
    assert.deepEqual(await server.tickNotices(), { claimed: 1, sent: 1, retried: 0, dead: 0 });
    const posts = channelPosts(connector);
    assert.equal(posts.length, 2);
    assert.equal(posts[1]?.status, 200);
    assert.match(cardOf(present(posts[1], 'the retry').body), /NAV boligsosialt team/);
    const sent = await prisma.noticeOutbox.findUniqueOrThrow({ where: { id: row.id } });
    assert.equal(sent.status, 'sent');
    assert.equal(sent.payload, null);
    assert.equal(await prisma.auditEvent.count({ where: { action: 'worklist.posted' } }), 2);
  });
});

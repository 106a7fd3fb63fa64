import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewNoticeRow, NoticeOutbox } from '../../src/domain/notify/notice-outbox.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { PrismaNoticeOutbox } from '../../src/persistence/prisma-notice-outbox.ts';
import { InMemoryNoticeOutbox } from '../fakes/in-memory-notice-outbox.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

const at = (iso: string) => new Date(iso);
const T0 = at('2026-11-23T09:00:00Z');
const LEASE = 60_000;

const row = (key: string, reference: string | null = '2026-0042'): NewNoticeRow => ({
  key,
  recipient: { kind: 'staff', id: 'staff-1' },
  kind: 'case.handedOver',
  caseId: null,
  reference,
  payload: 'sealed.payload.text',
});

function contract(
  name: string,
  open: () => Promise<{ outbox: NoticeOutbox; close: () => Promise<void> }>,
) {
  describe(`notice outbox contract: ${name}`, () => {
    let outbox: NoticeOutbox;
    let close: () => Promise<void>;
    before(async () => ({ outbox, close } = await open()));
    after(() => close());

    it('adds a row claimed by its writer; the same key is not written twice', async () => {
      const first = await outbox.add(row('k1'), 'a', T0, LEASE);
      assert.equal(first.created, true);
      assert.equal(first.row.status, 'claimed');
      assert.equal(first.row.attempts, 0);
      assert.deepEqual(first.row.recipient, { kind: 'staff', id: 'staff-1' });
      assert.equal(first.row.payload, 'sealed.payload.text');
      const again = await outbox.add(row('k1'), 'b', T0, LEASE);
      assert.equal(again.created, false);
      assert.equal(again.row.id, first.row.id);
    });

    it('sent: delivery stored, payload cleared, no longer due', async () => {
      const { row: r } = await outbox.add(row('k2'), 'a', T0, LEASE);
      assert.equal(
        await outbox.markSent(r.id, 'b', { conversationId: 'c', activityId: 'x' }, T0),
        false,
        'only the lease holder settles',
      );
      assert.equal(
        await outbox.markSent(r.id, 'a', { conversationId: 'c', activityId: 'x' }, T0),
        true,
      );
      const sent = await outbox.byKey('k2');
      assert.equal(sent?.status, 'sent');
      assert.equal(sent?.payload, null);
      assert.equal(sent?.attempts, 1);
      assert.deepEqual([sent?.sentConversationId, sent?.sentActivityId], ['c', 'x']);
    });

    it('retry: pending until due, then claimed once; a lapsed lease is taken over', async () => {
      const { row: r } = await outbox.add(row('k3'), 'a', T0, LEASE);
      // k1 is still claimed by 'a' (never settled): due again once its lease lapses.
      assert.equal(
        await outbox.retryLater(r.id, 'a', at('2026-11-23T09:00:30Z'), 'send.transient'),
        true,
      );
      const pending = await outbox.byKey('k3');
      assert.deepEqual(
        [pending?.status, pending?.attempts, pending?.lastError],
        ['pending', 1, 'send.transient'],
      );
      assert.equal(pending?.payload, 'sealed.payload.text', 'kept for the retry');
      assert.deepEqual(await outbox.claimDue(at('2026-11-23T09:00:10Z'), 'b', LEASE, 10), []);
      const due = await outbox.claimDue(at('2026-11-23T09:00:40Z'), 'b', LEASE, 10);
      assert.deepEqual(
        due.map((d) => d.key),
        ['k3'],
      );
      assert.deepEqual(
        await outbox.claimDue(at('2026-11-23T09:00:41Z'), 'c', LEASE, 10),
        [],
        'not twice',
      );
      const lapsed = await outbox.claimDue(at('2026-11-23T09:01:01Z'), 'c', LEASE, 10);
      assert.deepEqual(
        lapsed.map((d) => d.key),
        ['k1'],
        "the first row's lease ran out",
      );
      assert.equal(
        await outbox.markUnreachable(present(lapsed[0]).id, 'a', 'x'),
        false,
        'the old holder lost it',
      );
    });

    it('dead and unreachable keep the row without payload; dead ones listed by case', async () => {
      const { row: dead } = await outbox.add(row('k4', '2026-0007'), 'a', T0, LEASE);
      const { row: gone } = await outbox.add(row('k5', '2026-0007'), 'a', T0, LEASE);
      assert.equal(await outbox.markDead(dead.id, 'a', 'send.transient'), true);
      assert.equal(await outbox.markUnreachable(gone.id, 'a', 'not-installed'), true);
      assert.deepEqual(
        [(await outbox.byKey('k4'))?.status, (await outbox.byKey('k4'))?.payload],
        ['dead', null],
      );
      assert.equal((await outbox.byKey('k5'))?.status, 'unreachable');
      assert.equal((await outbox.byKey('k5'))?.payload, null);
      assert.deepEqual(
        (await outbox.deadFor(['2026-0007'])).map((d) => d.key),
        ['k4'],
      );
      assert.deepEqual(await outbox.deadFor(['2026-0099']), []);
      assert.deepEqual(await outbox.deadFor([]), []);
      assert.deepEqual(
        await outbox
          .claimDue(at('2026-11-24T09:00:00Z'), 'd', LEASE, 10)
          .then((r) => r.filter((x) => x.key === 'k4' || x.key === 'k5')),
        [],
      );
    });
  });
}

function present<T>(value: T | undefined): T {
  assert.ok(value !== undefined);
  return value;
}

contract('in-memory', async () => ({
  outbox: new InMemoryNoticeOutbox(),
  close: async () => {},
}));

contract('Prisma on SQLite', async () => {
  const temp = tempDatabase();
  const db = await openDatabase(temp.url);
  return {
    outbox: new PrismaNoticeOutbox(db.prisma),
    close: async () => {
      await db.close();
      temp.cleanup();
    },
  };
});

import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { present } from '../helpers/assert-present.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/domain/reminder/checkpoints.ts';
import {
  evictionFollowUp,
  type PlannedReminder,
} from '../../src/domain/reminder/follow-up-plan.ts';
import { handedFromKey, type ReminderOutbox } from '../../src/domain/reminder/outbox.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaReminderOutbox } from '../../src/persistence/prisma-reminder-outbox.ts';
import { InMemoryReminderOutbox } from '../fakes/in-memory-outbox.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

const timeline = {
  ...EMPTY_TIMELINE,
  firstMissedRentDate: '2026-10-01',
  noticeDate: '2026-10-10',
  noticeReceivedDate: '2026-10-12',
  namsmannNoticeDate: '2026-11-02',
  evictionDate: '2026-12-01',
  evictionHappened: false,
};
const planFor = (caseId: string, evictionDate = '2026-12-01'): PlannedReminder[] =>
  evictionFollowUp(
    { caseId, timeline: { ...timeline, evictionDate }, arrearsPaid: false, closed: false },
    DEFAULT_REMINDER_SETTINGS,
    '2026-11-20',
    'Europe/Oslo',
  );
const at = (iso: string) => new Date(iso);

function contract(
  name: string,
  open: () => Promise<{ outbox: ReminderOutbox; close: () => Promise<void> }>,
) {
  describe(`reminder outbox contract: ${name}`, () => {
    let outbox: ReminderOutbox;
    let close: () => Promise<void>;
    before(async () => ({ outbox, close } = await open()));
    after(() => close());

    it('plans once; replanning adds only new keys and cancels pending unplanned ones', async () => {
      const first = planFor('c1');
      assert.deepEqual(await outbox.sync('case:c1:', first, at('2026-11-20T08:00:00Z')), {
        added: first.length,
        cancelled: 0,
      });
      assert.deepEqual(await outbox.sync('case:c1:', first, at('2026-11-20T08:00:00Z')), {
        added: 0,
        cancelled: 0,
      });
      const moved = planFor('c1', '2026-12-15');
      const result = await outbox.sync('case:c1:', moved, at('2026-11-20T09:00:00Z'));
      assert.equal(result.added, moved.length);
      assert.equal(result.cancelled, first.length);
      assert.equal((await outbox.byKey(present(first[0], 'first[0]').key))?.status, 'cancelled');
    });

    it('claims only what is due, leases it, and lets only the lease holder settle it', async () => {
      await outbox.sync('case:c2:', planFor('c2'), at('2026-11-20T08:00:00Z'));
      const due = await outbox.claimDue(at('2026-11-24T07:00:00Z'), 'A', 60_000, 100);
      // c2: F-7 on 24 Nov 07:30 Oslo = 06:30Z is due; c1's moved plan starts 1 Dec.
      assert.deepEqual(
        due.map((r) => r.kind),
        ['F-7'],
      );
      assert.deepEqual(
        await outbox.claimDue(at('2026-11-24T07:00:30Z'), 'B', 60_000, 100),
        [],
        'leased to A',
      );
      assert.equal(
        await outbox.markSent(
          [present(due[0], 'due[0]').id],
          'B',
          { conversationId: 'c', activityId: 'a' },
          at('2026-11-24T07:00:31Z'),
        ),
        0,
        'B does not hold the lease',
      );
      assert.equal(
        await outbox.markSent(
          [present(due[0], 'due[0]').id, 'not-claimed'],
          'A',
          { conversationId: 'c', activityId: 'act-1' },
          at('2026-11-24T07:00:32Z'),
        ),
        1,
      );
      const sent = await outbox.byKey(present(due[0], 'due[0]').key);
      assert.equal(sent?.status, 'sent');
      assert.equal(sent?.sentActivityId, 'act-1');
      assert.deepEqual(
        await outbox.claimDue(at('2026-11-24T08:00:00Z'), 'A', 60_000, 100),
        [],
        'sent rows are never claimed again',
      );
    });

    it('expired leases go to the next claimer; only the holder retries/dead-letters', async () => {
      // F-2 of c2, A then "crashes"
      const due = await outbox.claimDue(at('2026-11-27T07:00:00Z'), 'A', 60_000, 100);
      assert.deepEqual(
        due.map((r) => r.kind),
        ['F-2'],
      );
      const retaken = await outbox.claimDue(at('2026-11-27T07:02:00Z'), 'B', 60_000, 100);
      assert.deepEqual(
        retaken.map((r) => r.id),
        [present(due[0], 'due[0]').id],
      );
      assert.equal(
        await outbox.retryLater(
          present(due[0], 'due[0]').id,
          'A',
          at('2026-11-27T08:00:00Z'),
          'late',
        ),
        false,
        'A lost the lease',
      );
      assert.equal(
        await outbox.retryLater(
          present(due[0], 'due[0]').id,
          'B',
          at('2026-11-27T08:00:00Z'),
          '503',
        ),
        true,
      );
      assert.deepEqual(
        await outbox.claimDue(at('2026-11-27T07:59:00Z'), 'B', 60_000, 100),
        [],
        'not before the retry time',
      );
      const again = await outbox.claimDue(at('2026-11-27T08:00:00Z'), 'B', 60_000, 100);
      assert.equal(present(again[0], 'again[0]').attempts, 1);
      assert.equal(
        await outbox.markDead(present(again[0], 'again[0]').id, 'B', '403 Forbidden'),
        true,
      );
      const dead = await outbox.byKey(present(due[0], 'due[0]').key);
      assert.equal(dead?.status, 'dead');
      assert.equal(dead?.lastError, '403 Forbidden');
    });

    it('marks a reminder done once, and snoozes it as a new pending row', async () => {
      const sentKey = planFor('c2').find((r) => r.kind === 'F-7')!.key;
      assert.equal(await outbox.markDone(sentKey, 'staff-1', at('2026-11-24T09:00:00Z')), 'done');
      assert.equal(
        await outbox.markDone(sentKey, 'staff-2', at('2026-11-24T09:05:00Z')),
        'already',
        'a second press changes nothing',
      );
      assert.equal((await outbox.byKey(sentKey))?.doneById, 'staff-1');
      assert.equal(
        await outbox.markDone('no-such-key', 'staff-1', at('2026-11-24T09:00:00Z')),
        'missing',
      );
      const snoozed = await outbox.snooze(sentKey, at('2026-11-27T06:30:00Z'), '2026-11-27');
      assert.equal(snoozed, `${sentKey}:utsatt:2026-11-27`);
      assert.equal(
        await outbox.snooze(sentKey, at('2026-11-27T06:30:00Z'), '2026-11-27'),
        snoozed,
        'idempotent',
      );
      assert.deepEqual(
        await outbox
          .claimDue(at('2026-11-27T06:00:00Z'), 'S', 60_000, 100)
          .then((r) => r.filter((x) => x.key === snoozed)),
        [],
      );
      const due = (await outbox.claimDue(at('2026-11-27T06:31:00Z'), 'S', 60_000, 100)).filter(
        (x) => x.key === snoozed,
      );
      assert.equal(due.length, 1);
      assert.equal(present(due[0], 'due[0]').kind, 'F-7');
      assert.ok((await outbox.forCase('c2')).some((r) => r.key === snoozed));
    });

    it('"Utført" on a snoozed card stops its pending snoozed copies, not others', async () => {
      const plan = planFor('c5');
      await outbox.sync('case:c5:', plan, at('2026-11-20T08:00:00Z'));
      const key = plan.find((r) => r.kind === 'F-7')!.key;
      const other = plan.find((r) => r.kind === 'F-2')!.key;
      const snoozed = await outbox.snooze(key, at('2026-11-27T06:30:00Z'), '2026-11-27');
      const otherSnoozed = await outbox.snooze(other, at('2026-11-27T06:30:00Z'), '2026-11-27');
      assert.ok(snoozed && otherSnoozed);
      assert.equal(await outbox.markDone(key, 'staff-1', at('2026-11-24T09:00:00Z')), 'done');
      assert.equal((await outbox.byKey(snoozed))?.status, 'cancelled');
      assert.equal((await outbox.byKey(otherSnoozed))?.status, 'pending');
      assert.equal(
        (await outbox.claimDue(at('2026-11-27T07:00:00Z'), 'S', 60_000, 100)).filter(
          (x) => x.key === snoozed,
        ).length,
        0,
        'the snoozed copy does not go out',
      );
    });

    it('hands over once, as a pending copy; the original no longer takes "Utført"', async () => {
      const key = planFor('c3').find((r) => r.kind === 'F-2')!.key;
      await outbox.sync('case:c3:', planFor('c3'), at('2026-11-20T08:00:00Z'));
      assert.equal(await outbox.handOver(key, 'kari', 'ola', at('2026-11-24T09:00:00Z')), 'handed');
      assert.equal(
        await outbox.handOver(key, 'per', 'ola', at('2026-11-24T09:01:00Z')),
        'already',
        'a second press changes nothing',
      );
      assert.equal(
        await outbox.handOver('no-such-key', 'per', 'ola', at('2026-11-24T09:01:00Z')),
        'missing',
      );
      const original = await outbox.byKey(key);
      assert.deepEqual(
        [original?.handedToId, original?.handedById, original?.handedAt?.toISOString()],
        ['kari', 'ola', '2026-11-24T09:00:00.000Z'],
      );
      assert.equal(
        await outbox.markDone(key, 'ola', at('2026-11-24T09:02:00Z')),
        'already',
        'the colleague has it now',
      );
      const copy = (await outbox.claimDue(at('2026-11-24T09:00:01Z'), 'H', 60_000, 100)).find(
        (r) => r.key === `${key}:overfort:kari`,
      );
      assert.ok(copy, 'the copy is due at once');
      assert.deepEqual(
        [copy.assigneeId, copy.kind, copy.dueDate],
        ['kari', 'F-2', original?.dueDate],
      );
      assert.equal(await outbox.defer(copy.id, 'H', at('2026-11-24T09:10:00Z')), true);
      assert.equal(
        await outbox.snooze(copy.key, at('2026-11-26T06:30:00Z'), '2026-11-26'),
        `${key}:overfort:kari:utsatt:2026-11-26`,
      );
      assert.equal(
        (await outbox.byKey(`${key}:overfort:kari:utsatt:2026-11-26`))?.assigneeId,
        'kari',
        'a snoozed copy stays with the colleague',
      );
      assert.equal(
        handedFromKey(`${key}:overfort:kari:utsatt:2026-11-26`),
        key,
        'and still knows where it came from',
      );
      assert.equal(handedFromKey(`${key}:overfort:kari:overfort:per`), `${key}:overfort:kari`);
      assert.equal(handedFromKey(`${key}:utsatt:2026-11-26`), null);
    });

    it('keeps snoozed and handed-over copies while planned, cancels them with it', async () => {
      const copies = [
        `${planFor('c3').find((r) => r.kind === 'F-2')!.key}:overfort:kari`,
        `${planFor('c3').find((r) => r.kind === 'F-2')!.key}:overfort:kari:utsatt:2026-11-26`,
      ];
      assert.equal(
        (await outbox.sync('case:c3:', planFor('c3'), at('2026-11-24T10:00:00Z'))).cancelled,
        0,
      );
      for (const key of copies) assert.equal((await outbox.byKey(key))?.status, 'pending', key);
      await outbox.sync('case:c3:', planFor('c3', '2027-01-15'), at('2026-11-24T10:00:00Z'));
      for (const key of copies)
        assert.equal(
          (await outbox.byKey(key))?.status,
          'cancelled',
          `${key} goes with the eviction date that moved`,
        );
    });

    it('never cancels rows that were sent', async () => {
      const before = await outbox.byKey(planFor('c2').find((r) => r.kind === 'F-7')!.key);
      await outbox.sync('case:c2:', [], at('2026-11-28T08:00:00Z'));
      assert.equal((await outbox.byKey(before!.key))?.status, 'sent');
    });
  });
}

contract('in-memory', async () => ({
  outbox: new InMemoryReminderOutbox(),
  close: async () => {},
}));

contract('Prisma on SQLite', async () => {
  const temp = tempDatabase();
  const db = await openDatabase(temp.url);
  return {
    outbox: new PrismaReminderOutbox(db.prisma),
    close: async () => {
      await db.close();
      temp.cleanup();
    },
  };
});

describe('two scheduler instances on one SQLite file', () => {
  const temp = tempDatabase();
  let a: Database;
  let b: Database;
  before(async () => {
    a = await openDatabase(temp.url);
    b = await openDatabase(temp.url);
  });
  after(async () => {
    await a.close();
    await b.close();
    temp.cleanup();
  });

  it('never claim the same row twice', async () => {
    const outboxA = new PrismaReminderOutbox(a.prisma);
    const outboxB = new PrismaReminderOutbox(b.prisma);
    const cases = Array.from({ length: 40 }, (_, i) => `k${i}`);
    for (const c of cases) await outboxA.sync(`case:${c}:`, planFor(c), at('2026-11-20T08:00:00Z'));
    const now = at('2027-12-31T12:00:00Z'); // everything is due
    const claimed: string[] = [];
    for (let round = 0; round < 60; round++) {
      const [x, y] = await Promise.all([
        outboxA.claimDue(now, 'A', 600_000, 7),
        outboxB.claimDue(now, 'B', 600_000, 7),
      ]);
      claimed.push(...x.map((r) => r.id), ...y.map((r) => r.id));
      if (x.length + y.length === 0) break;
    }
    const total = cases.length * planFor('x').length;
    assert.equal(claimed.length, total, 'every due row claimed');
    assert.equal(new Set(claimed).size, total, 'no row claimed twice');
  });
});

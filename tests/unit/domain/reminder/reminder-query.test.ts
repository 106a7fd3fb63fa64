import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { StoredOutboxRow } from '../../../../src/domain/reminder/outbox.ts';
import {
  MAX_LISTED,
  ReminderQueryService,
  type ListedReminder,
} from '../../../../src/domain/reminder/reminder-query.service.ts';
import { InMemoryNoticeOutbox } from '../../../fakes/in-memory-notice-outbox.ts';
import { OTHER_RESIDENT, reminderFixture, type ReminderFixture } from './reminder-fixture.ts';

/** The checkpoints still ahead on Monday 23 November, in date order. */
const AHEAD = ['F-7', 'O-4', 'F-2', 'F-1', 'O0', 'F0', 'F14', 'F28'];
const AHEAD_DATES = ['11-24', '11-26', '11-27', '11-30', '11-30', '12-01', '12-15', '12-29'].map(
  (d) => `2026-${d}`,
);

/**
 * "påminnelser" (mine) and "påminnelser <ref>" (a case's timeline), in process. Two cases with
 * the same dates, both reported by rop: `navCase` owned by NAV and coordinated by navKoord,
 * `tilCase` owned by the tildelingsteam with no coordinator.
 */
describe('ReminderQueryService', () => {
  // The fixture's parts this suite uses, fresh for each test (set in beforeEach).
  let { husly, actor, clock, outbox, ownership, involvement, resolution, id, at, audit } =
    {} as ReminderFixture;
  let query: ReminderQueryService;
  let notices: InMemoryNoticeOutbox;
  let navCase: { id: string; reference: string };
  let tilCase: { id: string; reference: string };

  const listed = (list: readonly ListedReminder[]) =>
    list.map((l) => [l.reference, l.row.kind, l.row.dueDate]);
  const rowOf = async (caseId: string, kind: string): Promise<StoredOutboxRow> => {
    const found = (await outbox.forCase(caseId)).find((r) => r.kind === kind);
    assert.ok(found, `${kind} of ${caseId}`);
    return found;
  };
  /** Claims just this reminder, the way the scheduler does (lease owner `test`). */
  const claim = async (row: StoredOutboxRow) => {
    const claimed = await outbox.claimDue(new Date('2027-12-31T00:00:00Z'), 'test', 60_000, 1000);
    for (const other of claimed.filter((r) => r.id !== row.id))
      assert.ok(await outbox.defer(other.id, 'test', other.nextAttemptAt));
    assert.ok(claimed.some((r) => r.id === row.id));
  };

  beforeEach(async () => {
    const fx = await reminderFixture();
    ({ husly, actor, clock, outbox, ownership, involvement, resolution, id, at, audit } = fx);
    notices = new InMemoryNoticeOutbox();
    query = new ReminderQueryService(husly, fx.gate, outbox, notices);
    const { report, routeEvictionsTo } = fx;
    await routeEvictionsTo('nav-bolig');
    navCase = (await report({}, 'nav')).kase;
    await routeEvictionsTo('tildeling');
    tilCase = (await report(OTHER_RESIDENT, 'til')).kase;
    assert.notEqual(navCase.reference, tilCase.reference);
    assert.ok((await ownership.take(await actor('navKoord'), navCase.id)).ok);
  });

  describe('mine: "påminnelser" without a case', () => {
    it("lists what is coming on my unit's and my own cases, soonest first", async () => {
      const expected = AHEAD.map((kind) => [navCase.reference, kind]);
      for (const who of ['navKoord', 'navSaks', 'navLeder']) {
        const { upcoming, undelivered } = await query.mine(await actor(who));
        assert.deepEqual(
          upcoming.map((l) => [l.reference, l.row.kind]),
          expected,
          who,
        );
        assert.deepEqual(undelivered, [], who);
      }
      const tildeling = await query.mine(await actor('tilKoord'));
      assert.deepEqual(
        tildeling.upcoming.map((l) => [l.reference, l.row.kind]),
        AHEAD.map((kind) => [tilCase.reference, kind]),
        "the tildelingsteam's case only",
      );
    });

    it("leaves out cases my unit only reported on or was granted, and admins'", async () => {
      const granted = await involvement.grantAccess(await actor('navKoord'), navCase.id, {
        unitKey: 'rop',
        note: 'Følger opp',
      });
      assert.ok(granted.ok);
      // rop reported both cases and may now read the NAV one: still not its own cases.
      assert.deepEqual(await query.mine(await actor('ropSaks')), {
        upcoming: [],
        undelivered: [],
        undeliveredNotices: [],
      });
      assert.deepEqual(await query.mine(await actor('boligSaks')), {
        upcoming: [],
        undelivered: [],
        undeliveredNotices: [],
      });
      // The admin works in the tildelingsteam, which owns tilCase: admins see no case content.
      const events = audit().length;
      assert.deepEqual(await query.mine(await actor('admin')), {
        upcoming: [],
        undelivered: [],
        undeliveredNotices: [],
      });
      assert.equal(audit().length, events, 'nothing shown, nothing audited');
    });

    it("lists a notice Husly gave up on about my unit's case, and not another unit's", async () => {
      const dead = async (reference: string) => {
        const { row } = await notices.add(
          {
            key: `handover:${reference}:staff:x`,
            recipient: { kind: 'staff', id: 'x' },
            kind: 'case.handedOver',
            caseId: null,
            reference,
            payload: 'sealed',
          },
          'test',
          clock.now(),
          60_000,
        );
        assert.ok(await notices.markDead(row.id, 'test', 'send.transient'));
      };
      await dead(navCase.reference);
      await dead(tilCase.reference);
      const { undeliveredNotices } = await query.mine(await actor('navSaks'));
      assert.deepEqual(
        undeliveredNotices.map((n) => [n.reference, n.kind, n.status]),
        [[navCase.reference, 'case.handedOver', 'dead']],
      );
    });

    it('audits each listed case as a read of its dates', async () => {
      await query.mine(await actor('navSaks'));
      assert.deepEqual(
        audit()
          .filter((e) => e.action === 'reminder.list')
          .map((e) => [e.actorStaffId, e.caseId, e.outcome, e.detail?.shown, e.detail?.relation]),
        [[id('navSaks'), navCase.id, 'ok', 'details', 'owner']],
      );
    });

    it('only what is to come: sent ones drop off, snoozed and handed copies show', async () => {
      at('2026-11-24T09:00:00Z');
      const f7 = await rowOf(navCase.id, 'F-7');
      const claimed = await outbox.claimDue(clock.now(), 'test', 60_000, 100);
      assert.deepEqual(
        claimed.map((r) => r.key).sort(),
        [f7.key, (await rowOf(tilCase.id, 'F-7')).key].sort(),
      );
      await outbox.markSent(
        claimed.map((r) => r.id),
        'test',
        { conversationId: 'c', activityId: 'a' },
      );
      await outbox.snooze(f7.key, new Date('2026-11-27T06:30:00Z'), '2026-11-27');
      await outbox.handOver(f7.key, id('navSaks'), id('navKoord'), clock.now());
      const { upcoming } = await query.mine(await actor('navKoord'));
      assert.deepEqual(
        upcoming.map((l) => [l.row.kind, l.row.dueDate, l.row.assigneeId]),
        [
          ['F-7', '2026-11-24', id('navSaks')], // handed to navSaks, due at once
          ['O-4', '2026-11-26', null],
          ['F-2', '2026-11-27', null],
          ['F-7', '2026-11-27', null], // snoozed to Friday
          ['F-1', '2026-11-30', null],
          ['O0', '2026-11-30', null],
          ['F0', '2026-12-01', null],
          ['F14', '2026-12-15', null],
          ['F28', '2026-12-29', null],
        ],
      );
      assert.ok(!upcoming.some((l) => l.row.key === f7.key), 'the sent one is not "coming"');
    });

    it('a reminder waiting for a retry keeps its place, by the day it is about', async () => {
      at('2026-11-26T09:00:00Z');
      const b10 = await rowOf(navCase.id, 'O-4');
      await claim(b10);
      const monday = new Date('2026-11-30T06:30:00Z');
      assert.ok(await outbox.retryLater(b10.id, 'test', monday, 'transient'));
      const { upcoming } = await query.mine(await actor('navKoord'));
      assert.deepEqual(
        upcoming.map((l) => l.row.kind),
        AHEAD,
      );
      assert.deepEqual(upcoming[1]?.row.nextAttemptAt, monday);
    });

    it('lists undelivered (dead-lettered) ones apart, so none is silently lost', async () => {
      const b10 = await rowOf(navCase.id, 'O-4');
      await claim(b10);
      assert.ok(await outbox.markDead(b10.id, 'test', 'unreachable'));
      for (const who of ['navKoord', 'navSaks']) {
        const { upcoming, undelivered } = await query.mine(await actor(who));
        assert.deepEqual(listed(undelivered), [[navCase.reference, 'O-4', '2026-11-26']], who);
        assert.equal(undelivered[0]?.row.lastError, 'unreachable');
        assert.ok(!upcoming.some((l) => l.row.kind === 'O-4'), who);
      }
      assert.deepEqual(
        (await query.mine(await actor('tilKoord'))).undelivered,
        [],
        "not to another unit's people",
      );
    });

    it(`shows at most ${MAX_LISTED} coming reminders, the soonest`, async () => {
      for (let day = 1; day <= 25; day++) {
        const dueDate = `2027-01-${String(day).padStart(2, '0')}`;
        assert.ok(
          await outbox.enqueue({
            key: `extra:${navCase.id}:${dueDate}`,
            caseId: navCase.id,
            kind: 'staff.reassign',
            basis: 'practice',
            dueDate,
            legalDeadline: null,
            audience: 'leader',
            measureId: null,
            assigneeId: null,
            nextAttemptAt: new Date(`${dueDate}T06:30:00Z`),
          }),
        );
      }
      const { upcoming } = await query.mine(await actor('navKoord'));
      assert.equal(MAX_LISTED, 20);
      assert.equal(upcoming.length, MAX_LISTED);
      assert.deepEqual(
        upcoming.map((l) => l.row.dueDate),
        [
          ...AHEAD_DATES,
          ...Array.from(
            { length: MAX_LISTED - AHEAD_DATES.length },
            (_, i) => `2027-01-${String(i + 1).padStart(2, '0')}`,
          ),
        ],
      );
    });

    it('a case handed to another unit leaves my list; a closed one every list', async () => {
      const moved = await ownership.handOver(await actor('navKoord'), navCase.id, {
        unitKey: 'tildeling',
        coordinatorId: null,
        note: 'Tildeling tar over',
      });
      assert.ok(moved.ok);
      assert.deepEqual(await query.mine(await actor('navKoord')), {
        upcoming: [],
        undelivered: [],
        undeliveredNotices: [],
      });
      // Both cases are now the tildelingsteam's: one list, by due date across the cases.
      const both = (await query.mine(await actor('tilKoord'))).upcoming;
      assert.deepEqual(
        both.map((l) => l.row.dueDate),
        AHEAD_DATES.flatMap((d) => [d, d]),
      );
      assert.deepEqual(
        new Set(both.map((l) => l.reference)),
        new Set([navCase.reference, tilCase.reference]),
      );
      const closed = await resolution.close(await actor('tilKoord'), tilCase.id, {
        reason: 'flyttet',
        note: '',
      });
      assert.ok(closed.ok);
      assert.deepEqual(
        [...new Set((await query.mine(await actor('tilKoord'))).upcoming.map((l) => l.reference))],
        [navCase.reference],
      );
    });
  });

  describe('timeline: "påminnelser <ref>"', () => {
    it("shows the case's follow-up: sent and coming, and who holds a handed one", async () => {
      at('2026-11-24T09:00:00Z');
      const f7 = await rowOf(navCase.id, 'F-7');
      await claim(f7);
      await outbox.markSent([f7.id], 'test', { conversationId: 'c', activityId: 'a' });
      await outbox.handOver(f7.key, id('navSaks'), id('navKoord'), clock.now());

      const result = await query.timeline(await actor('navSaks'), navCase.reference);
      assert.ok(result.ok);
      assert.equal(result.value.kase.id, navCase.id);
      const rows = result.value.rows;
      assert.deepEqual(
        rows.map((r) => r.dueDate),
        rows.map((r) => r.dueDate).sort(),
        'in date order',
      );
      // The two F-7 rows share a due date: compared as a set.
      assert.deepEqual(
        rows.map((r) => JSON.stringify([r.kind, r.status, r.handedToId, r.assigneeId])).sort(),
        [
          ['F-7', 'sent', id('navSaks'), null],
          ['F-7', 'pending', null, id('navSaks')],
          ...AHEAD.slice(1).map((kind) => [kind, 'pending', null, null]),
        ]
          .map((r) => JSON.stringify(r))
          .sort(),
      );
      assert.deepEqual(result.value.names, { [id('navSaks')]: 'navSaks' }, 'staff names only');
      assert.ok(result.value.rows.every((r) => r.caseId === navCase.id));
      assert.deepEqual(
        audit()
          .filter((e) => e.action === 'case.timeline')
          .map((e) => [e.actorStaffId, e.caseId, e.outcome, e.detail?.relation]),
        [[id('navSaks'), navCase.id, 'ok', 'owner']],
      );
    });

    it('a unit granted access may read it', async () => {
      assert.deepEqual(await query.timeline(await actor('ropSaks'), navCase.reference), {
        ok: false,
        code: 'ACCESS.DENIED',
      });
      const granted = await involvement.grantAccess(await actor('navKoord'), navCase.id, {
        unitKey: 'rop',
        note: 'Følger opp',
      });
      assert.ok(granted.ok);
      const result = await query.timeline(await actor('ropSaks'), navCase.reference);
      assert.ok(result.ok);
      assert.deepEqual(
        result.value.rows.map((r) => r.kind),
        AHEAD,
      );
    });

    it('an outsider to the case is refused, and the attempt is audited', async () => {
      for (const outsider of ['tilKoord', 'ropSaks', 'boligSaks', 'admin']) {
        assert.deepEqual(
          await query.timeline(await actor(outsider), navCase.reference),
          { ok: false, code: 'ACCESS.DENIED' },
          outsider,
        );
        assert.deepEqual(
          audit()
            .filter((e) => e.actorStaffId === id(outsider) && e.caseId === navCase.id)
            .filter((e) => e.action !== 'concern.register')
            .map((e) => [e.action, e.outcome, e.detail?.code]),
          [['case.readDetails', 'denied', 'ACCESS.DENIED']],
          outsider,
        );
      }
    });

    it('an unknown reference is not found, and nothing is audited', async () => {
      const events = audit().length;
      for (const reference of ['2026-9999', '', 'not a reference'])
        assert.deepEqual(
          await query.timeline(await actor('navKoord'), reference),
          { ok: false, code: 'CASE.NOT_FOUND' },
          reference,
        );
      assert.equal(audit().length, events);
    });

    it('a closed case shows what happened: the undelivered one, not the cancelled', async () => {
      const b10 = await rowOf(navCase.id, 'O-4');
      await claim(b10);
      assert.ok(await outbox.markDead(b10.id, 'test', 'unreachable'));
      const closed = await resolution.close(await actor('navKoord'), navCase.id, {
        reason: 'bolig-sikret',
        note: '',
      });
      assert.ok(closed.ok);
      const result = await query.timeline(await actor('navSaks'), navCase.reference);
      assert.ok(result.ok);
      assert.deepEqual(
        result.value.rows.map((r) => [r.kind, r.status]),
        [['O-4', 'dead']],
      );
    });
  });
});

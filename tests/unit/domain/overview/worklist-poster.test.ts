import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import { unseal } from '../../../../src/domain/identity/sealed-text.ts';
import type { Delivery, Notice, Notifier } from '../../../../src/domain/notify/notifier.ts';
import { OutboxNotifier } from '../../../../src/domain/notify/outbox-notifier.ts';
import { WorklistPoster } from '../../../../src/domain/overview/worklist-poster.ts';
import type { Worklist } from '../../../../src/domain/overview/worklist.service.ts';
import { DEFAULT_RETRY_POLICY } from '../../../../src/domain/reminder/delivery-policy.ts';
import { InMemoryNoticeOutbox } from '../../../fakes/in-memory-notice-outbox.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

const SECRET = 'test-secret-test-secret-test-secret';
const OSLO = 'Europe/Oslo';

/** Teams as scripted: each send takes the next answer, then delivers. */
class ScriptedTeams implements Notifier {
  readonly sent: { unitId: string; notice: Notice }[] = [];
  readonly script: Delivery[] = [];
  private counter = 0;
  toUnitChannel(unitId: string, notice: Notice): Promise<Delivery> {
    this.sent.push({ unitId, notice });
    return Promise.resolve(
      this.script.shift() ?? {
        delivered: true,
        conversationId: `channel-${unitId}`,
        activityId: `act-${++this.counter}`,
      },
    );
  }
  toStaff(): Promise<Delivery> {
    throw new Error('not in this test');
  }
}

/** One row: reference, unit, reasons and dates only, as the statistics give them. */
const worklistOf = (unitId: string): Worklist => ({
  today: '2026-11-30',
  rows: [
    {
      caseId: 'case-1',
      reference: '2026-0042',
      owningUnitId: unitId,
      owningUnitName: 'NAV boligsosialt team',
      reasons: [{ code: 'eviction-soon', due: '2026-12-10' }],
      sortDate: '2026-12-10',
      hasLegalDeadline: true,
    },
  ],
  total: 1,
});

describe('the weekly worklist in a unit’s channel (scheduler tick)', () => {
  let husly: InMemoryHusly;
  let clock: FakeClock;
  let outbox: InMemoryNoticeOutbox;
  let teams: ScriptedTeams;
  let notices: OutboxNotifier;
  let navId: string;
  let asked: string[];

  const poster = () =>
    new WorklistPoster(
      husly,
      {
        forUnitChannel: (unitId) => {
          asked.push(unitId);
          return Promise.resolve(worklistOf(unitId));
        },
      },
      notices,
      outbox,
      new AccessGate(clock),
      OSLO,
    );
  const posts = () => husly.state.audit.filter((e) => e.action === 'worklist.posted');

  beforeEach(async () => {
    ({ husly } = await smallMunicipality());
    // Monday 30 November 2026 (week 49), 08:00 in Oslo.
    clock = new FakeClock(new Date('2026-11-30T07:00:00Z'));
    outbox = new InMemoryNoticeOutbox();
    teams = new ScriptedTeams();
    asked = [];
    notices = new OutboxNotifier(outbox, teams, husly, clock, {
      owner: 'husly-a',
      leaseMs: 60_000,
      batchSize: 10,
      retry: DEFAULT_RETRY_POLICY,
      secret: SECRET,
    });
    navId = present(
      husly.state.units.find((u) => u.key === 'nav-bolig'),
      'NAV',
    ).id;
    const tilId = present(
      husly.state.units.find((u) => u.key === 'tildeling'),
      'til',
    ).id;
    const ropId = present(
      husly.state.units.find((u) => u.key === 'rop'),
      'rop',
    ).id;
    await husly.run(async ({ org }) => {
      const linkedAt = clock.now();
      await org.linkUnitChannel(navId, { conversationId: '19:nav', teamId: null, linkedAt });
      await org.setWorklistSchedule(navId, { weekday: 1, time: '08:30' });
      // A schedule but no channel: nothing to post to.
      await org.setWorklistSchedule(tilId, { weekday: 1, time: '08:00' });
      // A channel but no schedule.
      await org.linkUnitChannel(ropId, { conversationId: '19:rop', teamId: null, linkedAt });
    });
  });

  it('Monday 08:30 passes: the list goes to the unit’s channel once, audited once', async () => {
    assert.deepEqual(await poster().tick(), { claimed: 0, posted: 0, notPosted: 0 });
    assert.equal(teams.sent.length, 0, '08:00: not yet');

    clock.advance(31 * 60_000); // 08:31
    assert.deepEqual(await poster().tick(), { claimed: 1, posted: 1, notPosted: 0 });
    assert.equal(teams.sent.length, 1);
    const [post] = teams.sent;
    assert.equal(post?.unitId, navId);
    assert.deepEqual(post?.notice, {
      kind: 'unit.worklist',
      unitName: 'NAV boligsosialt team',
      week: '2026-W49',
      worklist: worklistOf(navId),
    });
    assert.deepEqual(asked, [navId], 'only the unit that was due');
    assert.deepEqual(
      posts().map((e) => [e.outcome, e.actorStaffId, e.caseId ?? null, e.detail]),
      [['ok', null, null, { unitId: navId, week: '2026-W49', rows: 1, reach: 'reached' }]],
    );

    // The next ticks this week, from this instance or another, post nothing.
    clock.advance(60_000);
    assert.deepEqual(await poster().tick(), { claimed: 0, posted: 0, notPosted: 0 });
    clock.advance(3 * 86_400_000);
    assert.deepEqual(await poster().tick(), { claimed: 0, posted: 0, notPosted: 0 });
    assert.equal(teams.sent.length, 1);
    assert.equal(posts().length, 1);
    assert.equal(outbox.all().length, 1);
    assert.equal(outbox.all()[0]?.key, `worklist:${navId}:2026-W49:unit.worklist:unit:${navId}`);

    // Next Monday 08:30: week 50's list.
    clock.advance(4 * 86_400_000);
    assert.equal(clock.now().toISOString(), '2026-12-07T07:32:00.000Z');
    assert.deepEqual(await poster().tick(), { claimed: 1, posted: 1, notPosted: 0 });
    const next = teams.sent.at(-1)?.notice;
    assert.equal(next?.kind === 'unit.worklist' && next.week, '2026-W50');
  });

  it('Teams refuses: kept (sealed), not posted again, retried by the notice tick', async () => {
    clock.advance(31 * 60_000);
    teams.script.push({ delivered: false, reason: 'failed', failure: { kind: 'transient' } });
    assert.deepEqual(await poster().tick(), { claimed: 1, posted: 1, notPosted: 0 });
    const row = present(outbox.all()[0], 'the row');
    assert.equal(row.status, 'pending');
    const payload = present(row.payload ?? undefined, 'sealed payload');
    assert.doesNotMatch(payload, /2026-0042/, 'sealed, like every notice');
    assert.match(present(unseal(payload, SECRET) ?? undefined, 'unsealed'), /"unit.worklist"/);
    assert.equal(posts()[0]?.detail?.reach, 'retrying');

    // The worklist tick does not post it again while the retry waits.
    clock.advance(60_000);
    assert.deepEqual(await poster().tick(), { claimed: 0, posted: 0, notPosted: 0 });
    assert.equal(teams.sent.length, 1);

    // The notice tick (the same scheduler) sends it once the backoff has passed.
    clock.advance(30 * 60_000);
    assert.deepEqual(await notices.tick(), { claimed: 1, sent: 1, retried: 0, dead: 0 });
    assert.equal(teams.sent.length, 2);
    assert.equal(teams.sent[1]?.notice.kind, 'unit.worklist');
    assert.equal(outbox.all()[0]?.status, 'sent');
    assert.equal(outbox.all()[0]?.payload, null);
    assert.equal(posts().length, 1);
  });

  it('two instances ticking at once post once', async () => {
    clock.advance(31 * 60_000);
    const [a, b] = await Promise.all([poster().tick(), poster().tick()]);
    assert.equal(teams.sent.length, 1);
    assert.equal((a?.posted ?? 0) + (b?.posted ?? 0) >= 1, true);
    assert.equal(outbox.all().length, 1);
  });

  it('Husly not in the channel (unreachable): not retried, audited as not posted', async () => {
    clock.advance(31 * 60_000);
    teams.script.push({ delivered: false, reason: 'no-channel' });
    assert.deepEqual(await poster().tick(), { claimed: 1, posted: 0, notPosted: 1 });
    assert.equal(outbox.all()[0]?.status, 'unreachable');
    assert.deepEqual(
      posts().map((e) => [e.outcome, e.detail?.reach]),
      [['error', 'unreached']],
    );
    clock.advance(60_000);
    assert.deepEqual(await poster().tick(), { claimed: 0, posted: 0, notPosted: 0 });
  });

  it('the list cannot be made (database busy): the next tick tries again', async () => {
    clock.advance(31 * 60_000);
    let fail = true;
    const flaky = new WorklistPoster(
      husly,
      {
        forUnitChannel: (unitId) =>
          fail ? Promise.reject(new Error('busy')) : Promise.resolve(worklistOf(unitId)),
      },
      notices,
      outbox,
      new AccessGate(clock),
      OSLO,
    );
    assert.deepEqual(await flaky.tick(), { claimed: 1, posted: 0, notPosted: 1 });
    assert.equal(outbox.all().length, 0);
    fail = false;
    assert.deepEqual(await flaky.tick(), { claimed: 1, posted: 1, notPosted: 0 });
    assert.equal(teams.sent.length, 1);
  });

  it('a stopped schedule or an unlinked channel posts nothing', async () => {
    await husly.run(({ org }) => org.setWorklistSchedule(navId, null));
    clock.advance(31 * 60_000);
    assert.deepEqual(await poster().tick(), { claimed: 0, posted: 0, notPosted: 0 });
    assert.equal(teams.sent.length, 0);
  });
});

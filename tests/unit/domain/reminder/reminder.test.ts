import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { validateConcernDraft } from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../src/domain/reminder/checkpoints.ts';
import { DEFAULT_RETRY_POLICY } from '../../../../src/domain/reminder/delivery-policy.ts';
import { evictionFollowUp } from '../../../../src/domain/reminder/follow-up-plan.ts';
import type {
  ReminderItem,
  ReminderNotifier,
  ReminderRecipient,
  ReminderSend,
} from '../../../../src/domain/reminder/reminder-notifier.ts';
import { ReminderService } from '../../../../src/domain/reminder/reminder.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { InMemoryReminderOutbox } from '../../../fakes/in-memory-outbox.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

/** Records messages; answers per recipient from a script (default: delivered). */
class ScriptedNotifier implements ReminderNotifier {
  readonly messages: { to: string; items: readonly ReminderItem[] }[] = [];
  readonly script = new Map<string, ReminderSend[]>();
  readonly told: { to: string; keys: string[] }[] = [];
  async tellUndelivered(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<boolean> {
    this.told.push({
      to: to.kind === 'staff' ? `staff:${to.staffId}` : `unit:${to.unitId}`,
      keys: items.map((i) => i.outboxKey),
    });
    return true;
  }
  /** Called on every send, e.g. to let time pass as if the send were slow. */
  onSend: () => void = () => {};
  async send(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<ReminderSend> {
    this.onSend();
    const id = to.kind === 'staff' ? `staff:${to.staffId}` : `unit:${to.unitId}`;
    this.messages.push({ to: id, items });
    return (
      this.script.get(id)?.shift() ?? {
        ok: true,
        conversationId: `conv-${id}`,
        activityId: `act-${this.messages.length}`,
      }
    );
  }
}

describe('ReminderService.tick', () => {
  let husly: InMemoryHusly;
  let people: Record<string, string>;
  let clock: FakeClock;
  let outbox: InMemoryReminderOutbox;
  let notifier: ScriptedNotifier;
  let service: ReminderService;
  let caseId: string;
  let navId: string;
  const staffId = (key: string) => present(people[key], `staff member ${key}`);

  /** A case owned by NAV with an eviction timeline; reminders planned into the outbox. */
  async function caseWithReminders(withCoordinator: boolean) {
    const fixture = await smallMunicipality();
    ({ husly, people } = fixture);
    clock = new FakeClock(new Date('2026-11-20T08:00:00Z'));
    // An eviction-date concern normally goes to the tildelingsteam; here NAV owns it.
    await husly.run(async ({ org, routing }) =>
      routing.set('utkastelsesdato', (await org.findUnitByKey('nav-bolig'))!.id),
    );
    const valid = validateConcernDraft(
      draft({
        namsmannNotice: 'true',
        namsmannNoticeDate: '2026-11-16',
        evictionDateSet: 'true',
        evictionDate: '2026-12-01',
      }),
      '2026-11-20',
      { allowSyntheticIds: true, unitKeys: UNIT_KEYS },
    );
    assert.ok(valid.ok);
    const done = await new RegisterConcernService(
      husly,
      new AccessGate(clock),
      new FakeNotifier(),
      clock,
      { idSecret: 'x'.repeat(40), timeZone: 'Europe/Oslo' },
    ).register(await fixture.actor('ropSaks'), valid.value, 's');
    caseId = done.kase.id;
    navId = done.owningUnit.id;
    if (withCoordinator)
      await new CaseOwnershipService(husly, new AccessGate(clock), new FakeNotifier(), clock).take(
        await fixture.actor('navKoord'),
        caseId,
      );
    const kase = husly.state.cases.find((c) => c.id === caseId)!;
    outbox = new InMemoryReminderOutbox();
    await outbox.sync(
      `case:${caseId}:`,
      evictionFollowUp(
        { caseId, timeline: kase.timeline, arrearsPaid: false, closed: false },
        DEFAULT_REMINDER_SETTINGS,
        '2026-11-20',
        'Europe/Oslo',
      ),
      clock.now(),
    );
    notifier = new ScriptedNotifier();
    service = new ReminderService(
      husly,
      outbox,
      notifier,
      clock,
      {
        owner: 'A',
        leaseMs: 60_000,
        batchSize: 100,
        retry: DEFAULT_RETRY_POLICY,
        settings: DEFAULT_REMINDER_SETTINGS,
        timeZone: 'Europe/Oslo',
      },
      () => 0.5,
    );
  }
  const at = (iso: string) => clock.advance(new Date(iso).getTime() - clock.now().getTime());

  describe('with a coordinator', () => {
    beforeEach(() => caseWithReminders(true));

    it('sends reminders due together to one person as one digest, marks each sent', async () => {
      // F-14 (17 Nov) is past; B10 on 26 Nov; D/V… past. Due now: F-7 (24 Nov)
      at('2026-11-24T12:00:00Z');
      const first = await service.tick();
      assert.deepEqual(first, {
        claimed: 1,
        sent: 1,
        retried: 0,
        dead: 0,
        deferred: 0,
        cancelled: 0,
        messages: 1,
      });
      // O-4 26 Nov, F-2 27 Nov, O0 and F-1 30 Nov, F0 1 Dec all due
      at('2026-12-01T12:00:00Z');
      const digest = await service.tick();
      assert.equal(digest.messages, 2, 'one digest to the saksansvarlig, one to the channel');
      assert.equal(digest.sent, digest.claimed);
      const [toKoord, toChannel] = notifier.messages.slice(-2);
      assert.equal(toKoord?.to, `staff:${people.navKoord}`);
      assert.deepEqual(toKoord.items.map((i) => i.kind).sort(), ['F-1', 'F-2', 'F0', 'O-4', 'O0']);
      // The legal deadlines also reach the owning unit's channel, so a holiday does not hide them.
      assert.equal(toChannel?.to, `unit:${navId}`);
      assert.deepEqual(toChannel.items.map((i) => i.kind).sort(), ['F0', 'O0']);
      assert.ok(
        [...toKoord.items, ...toChannel.items].every((i) => /^\d{4}-\d{4}$/.test(i.reference)),
      );
      assert.deepEqual(
        await service.tick(),
        { claimed: 0, sent: 0, retried: 0, dead: 0, deferred: 0, cancelled: 0, messages: 0 },
        'nothing twice',
      );
    });

    it('honours Retry-After on 429 (never earlier), backs off on 503, dead-letters', async () => {
      at('2026-11-24T12:00:00Z');
      notifier.script.set(`staff:${people.navKoord}`, [
        { ok: false, failure: { kind: 'throttled', retryAfterMs: 30_000 } },
      ]);
      assert.equal((await service.tick()).retried, 1);
      clock.advance(29_000);
      assert.equal((await service.tick()).claimed, 0, 'not before Retry-After');
      clock.advance(5_000);
      assert.equal((await service.tick()).sent, 1);

      at('2026-11-27T12:00:00Z'); // O-4 (26 Nov) and F-2 (27 Nov), in one digest
      const failures = Array.from({ length: DEFAULT_RETRY_POLICY.maxAttempts }, () => ({
        ok: false as const,
        failure: { kind: 'transient' as const },
      }));
      notifier.script.set(`staff:${people.navKoord}`, failures);
      let dead = 0;
      for (let i = 0; i < 3 * DEFAULT_RETRY_POLICY.maxAttempts && dead < 2; i++) {
        dead += (await service.tick()).dead;
        // On to the next attempt (across a night, when the practice ones wait for the morning).
        const next = Math.min(
          ...outbox.rows
            .filter((r) => r.status === 'pending' && ['O-4', 'F-2'].includes(r.kind))
            .map((r) => r.nextAttemptAt.getTime()),
        );
        if (Number.isFinite(next)) at(new Date(next).toISOString());
      }
      assert.equal(dead, 2);
      for (const kind of ['O-4', 'F-2']) {
        const row = outbox.rows.find((r) => r.kind === kind)!;
        assert.equal(row.status, 'dead', `${kind} kept, not dropped`);
        assert.equal(row.attempts, DEFAULT_RETRY_POLICY.maxAttempts);
      }
    });

    it('holds practice reminders off-hours, uncounted; legal deadlines today go now', async () => {
      // Friday 19:00 in Oslo: O-4 and F-2 (practice) are due, nothing legal today
      at('2026-11-27T18:00:00Z');
      const evening = await service.tick();
      assert.equal(evening.deferred, evening.claimed);
      assert.equal(notifier.messages.length, 0);
      const f2 = outbox.rows.find((r) => r.kind === 'F-2')!;
      assert.equal(f2.attempts, 0);
      assert.equal(f2.nextAttemptAt.toISOString(), '2026-11-30T06:30:00.000Z', 'Monday 07:30 Oslo');
      // 18:00 in Oslo on eviction day (say Husly was down all day): F0 is a legal deadline today
      at('2026-12-01T17:00:00Z');
      const night = await service.tick();
      assert.ok(
        notifier.messages.some((m) => m.items.some((i) => i.kind === 'F0')),
        'the eviction-day reminder goes out at once',
      );
      assert.ok(night.deferred >= 1, 'practice ones still wait for the morning');
    });

    it('splits a large digest: at most ten reminders in one card', async () => {
      at('2026-11-24T12:00:00Z');
      const many = Array.from({ length: 24 }, (_, i) => ({
        key: `bulk:${i}`,
        caseId,
        kind: 'F-7' as const,
        basis: 'law' as const,
        dueDate: '2026-11-24',
        sendAt: clock.now(),
        legalDeadline: '2026-12-01',
        audience: 'coordinator' as const,
      }));
      await outbox.sync('bulk:', many, clock.now());
      const result = await service.tick();
      assert.equal(result.sent, 25, '24 + the F-7 of the case');
      assert.deepEqual(
        notifier.messages.map((m) => m.items.length),
        [10, 10, 5],
      );
      assert.ok(notifier.messages.every((m) => m.to === `staff:${people.navKoord}`));
    });

    it('stops before its lease runs out; the rest goes back unsent and uncounted', async () => {
      at('2026-11-24T12:00:00Z');
      const many = Array.from({ length: 24 }, (_, i) => ({
        key: `slow:${i}`,
        caseId,
        kind: 'F-7' as const,
        basis: 'law' as const,
        dueDate: '2026-11-24',
        sendAt: clock.now(),
        legalDeadline: '2026-12-01',
        audience: 'coordinator' as const,
      }));
      await outbox.sync('slow:', many, clock.now());
      notifier.onSend = () => clock.advance(25_000); // each send takes 25 s; the lease is 60 s
      const result = await service.tick();
      assert.equal(
        notifier.messages.length,
        2,
        'the third digest would start after 80 % of the lease',
      );
      assert.deepEqual([result.sent, result.deferred], [20, 5]);
      const back = outbox.rows.filter((r) => r.status === 'pending' && r.dueDate === '2026-11-24');
      assert.equal(back.length, 5);
      assert.ok(
        back.every((r) => r.attempts === 0 && r.nextAttemptAt <= clock.now()),
        'free for the next tick at once',
      );
      notifier.onSend = () => {};
      assert.equal((await service.tick()).sent, 5);
    });

    it('refused outright by Teams: dead-lettered, the coordinator gets plain text', async () => {
      at('2026-11-24T12:00:00Z');
      notifier.script.set(`staff:${people.navKoord}`, [
        { ok: false, failure: { kind: 'rejected' } },
      ]);
      const result = await service.tick();
      assert.deepEqual([result.dead, result.retried], [1, 0]);
      const f7 = outbox.rows.find((r) => r.kind === 'F-7')!;
      assert.equal(f7.status, 'dead');
      assert.deepEqual(notifier.told, [{ to: `staff:${people.navKoord}`, keys: [f7.key] }]);
    });

    it('falls back to the unit channel and leaders if the coordinator is unreachable', async () => {
      at('2026-11-24T12:00:00Z');
      notifier.script.set(`staff:${people.navKoord}`, [
        { ok: false, failure: { kind: 'unreachable' } },
      ]);
      const result = await service.tick();
      assert.equal(result.sent, 1);
      assert.deepEqual(
        notifier.messages.map((m) => m.to),
        [`staff:${people.navKoord}`, `unit:${navId}`, `staff:${people.navLeder}`],
      );
    });
  });

  describe('handed over with "Overfør"', () => {
    beforeEach(() => caseWithReminders(true));

    it("goes to whom it was handed to, not the coordinator; lists the unit's staff", async () => {
      at('2026-11-24T12:00:00Z');
      await service.tick(); // F-7 to the coordinator
      const sent = outbox.rows.find((r) => r.kind === 'F-7')!;
      assert.deepEqual(
        present(notifier.messages[0]?.items[0], 'the F-7 item').colleagues.map((c) => c.name),
        ['navKoord', 'navLeder', 'navSaks'],
        'NAV staff, no admin',
      );
      assert.equal(
        await outbox.handOver(sent.key, staffId('navSaks'), staffId('navKoord'), clock.now()),
        'handed',
      );
      await service.tick();
      assert.deepEqual(
        notifier.messages.map((m) => m.to),
        [`staff:${people.navKoord}`, `staff:${people.navSaks}`],
      );
      assert.equal(
        outbox.rows.find((r) => r.key === `${sent.key}:overfort:${people.navSaks}`)?.status,
        'sent',
      );
    });

    it('falls back to the unit channel and leaders if the colleague is unreachable', async () => {
      at('2026-11-24T12:00:00Z');
      await service.tick();
      await outbox.handOver(
        outbox.rows.find((r) => r.kind === 'F-7')!.key,
        staffId('navSaks'),
        staffId('navKoord'),
        clock.now(),
      );
      notifier.script.set(`staff:${people.navSaks}`, [
        { ok: false, failure: { kind: 'unreachable' } },
      ]);
      assert.equal((await service.tick()).sent, 1);
      assert.deepEqual(
        notifier.messages.slice(1).map((m) => m.to),
        [`staff:${people.navSaks}`, `unit:${navId}`, `staff:${people.navLeder}`],
      );
    });
  });

  describe('without a coordinator', () => {
    beforeEach(() => caseWithReminders(false));

    it('tells the owning unit\u2019s channel and its leader', async () => {
      at('2026-11-24T12:00:00Z');
      await service.tick();
      assert.deepEqual(
        notifier.messages.map((m) => m.to),
        [`unit:${navId}`, `staff:${people.navLeder}`],
      );
    });
  });
});

import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { EMPTY_TIMELINE } from '../../../../src/domain/case/case.ts';
import type { Delivery, Notice, Notifier } from '../../../../src/domain/notify/notifier.ts';
import { seal } from '../../../../src/domain/identity/sealed-text.ts';
import { OutboxNotifier } from '../../../../src/domain/notify/outbox-notifier.ts';
import { DEFAULT_RETRY_POLICY } from '../../../../src/domain/reminder/delivery-policy.ts';
import { InMemoryNoticeOutbox } from '../../../fakes/in-memory-notice-outbox.ts';
import { FakeClock, InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { present } from '../../../helpers/assert-present.ts';

const SECRET = 'test-secret-test-secret-test-secret';
const OWNER = 'husly-test';

/** Answers each send with the next scripted answer (then delivers), recording every call. */
class ScriptedNotifier implements Notifier {
  readonly calls: { to: 'unit' | 'staff'; id: string; notice: Notice }[] = [];
  readonly script: Delivery[] = [];
  private counter = 0;
  conversationId = 'conv-1';

  toUnitChannel(unitId: string, notice: Notice) {
    return this.send('unit', unitId, notice);
  }
  toStaff(staffId: string, notice: Notice) {
    return this.send('staff', staffId, notice);
  }
  private send(to: 'unit' | 'staff', id: string, notice: Notice): Promise<Delivery> {
    this.calls.push({ to, id, notice });
    return Promise.resolve(
      this.script.shift() ?? {
        delivered: true,
        conversationId: this.conversationId,
        activityId: `act-${++this.counter}`,
      },
    );
  }
}

const transient: Delivery = {
  delivered: false,
  reason: 'failed',
  failure: { kind: 'transient' },
};

const forCoordinator: Notice = {
  kind: 'case.forCoordinator',
  caseId: 'case-1',
  reference: '2026-0042',
  residentName: 'Synne Testesen',
  maskedId: '010180*****',
  concernTypes: ['husleierestanse'],
  reporterUnitName: 'Tildelingsteam',
  deadline: null,
  level: 2,
};

const handedOver: Notice = {
  kind: 'case.handedOver',
  reference: '2026-0042',
  fromUnitName: 'NAV',
  toUnitName: 'Tildelingsteam',
  toCoordinatorName: null,
  byName: 'Kari',
};

describe('OutboxNotifier: every notice kept until it is sent', () => {
  let outbox: InMemoryNoticeOutbox;
  let inner: ScriptedNotifier;
  let clock: FakeClock;
  let husly: InMemoryHusly;
  let notifier: OutboxNotifier;

  beforeEach(() => {
    outbox = new InMemoryNoticeOutbox();
    inner = new ScriptedNotifier();
    clock = new FakeClock();
    husly = new InMemoryHusly();
    notifier = new OutboxNotifier(
      outbox,
      inner,
      husly,
      clock,
      {
        owner: OWNER,
        leaseMs: 60_000,
        batchSize: 50,
        retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 },
        secret: SECRET,
      },
      () => 0.5,
    );
  });

  it('never throws when the outbox cannot be written: sends directly, no retry', async () => {
    outbox.add = () => Promise.reject(new Error('SQLITE_BUSY'));
    const delivered = await notifier.toStaff('staff-1', handedOver);
    assert.equal(delivered.delivered, true, 'sent directly');
    inner.script.push(transient);
    const failed = await notifier.toStaff('staff-2', handedOver);
    assert.equal(failed.delivered, false);
    assert.equal(!failed.delivered && failed.retrying, undefined, 'no retry promised');
    assert.equal(inner.calls.length, 2);
  });

  it('delivered at once: the row is sent, its sealed payload cleared', async () => {
    const delivery = await notifier.toStaff('staff-1', forCoordinator);
    assert.equal(delivery.delivered, true);
    const [row] = outbox.all();
    assert.equal(row?.status, 'sent');
    assert.equal(row?.payload, null, 'nothing of the notice stays once it is sent');
    assert.equal(row?.sentConversationId, 'conv-1');
    assert.equal(row?.reference, '2026-0042');
    assert.equal((await notifier.tick()).claimed, 0, 'nothing left for the scheduler');
  });

  it('the row is written before sending, and its payload is sealed, not the name', async () => {
    let seen: string | null | undefined;
    const peeking: Notifier = {
      toUnitChannel: () => Promise.reject(new Error('unused')),
      toStaff: () => {
        seen = outbox.all()[0]?.payload;
        return Promise.resolve(transient);
      },
    };
    const n = new OutboxNotifier(outbox, peeking, husly, clock, {
      owner: OWNER,
      leaseMs: 60_000,
      batchSize: 50,
      retry: DEFAULT_RETRY_POLICY,
      secret: SECRET,
    });
    await n.toStaff('staff-1', forCoordinator);
    const payload = present(seen ?? undefined, 'the payload while sending');
    assert.doesNotMatch(payload, /Synne|Testesen|010180/);
    assert.equal(outbox.all()[0]?.payload, payload, 'kept (sealed) while a retry is due');
  });

  it('a failure stays pending and the next tick after the backoff sends it', async () => {
    inner.script.push(transient);
    const delivery = await notifier.toUnitChannel('unit-1', handedOver);
    assert.deepEqual(
      { delivered: delivery.delivered, retrying: delivery.retrying },
      { delivered: false, retrying: true },
    );
    const [pending] = outbox.all();
    assert.equal(pending?.status, 'pending');
    assert.equal(pending?.attempts, 1);
    assert.equal((await notifier.tick()).claimed, 0, 'not before the backoff');
    clock.advance(60_000);
    assert.deepEqual(await notifier.tick(), { claimed: 1, sent: 1, retried: 0, dead: 0 });
    assert.equal(inner.calls.length, 2);
    assert.deepEqual(inner.calls[1], { to: 'unit', id: 'unit-1', notice: handedOver });
    assert.equal(outbox.all()[0]?.status, 'sent');
    assert.equal(outbox.all()[0]?.payload, null);
  });

  it('a proposal answered while its card waited for a retry is not sent late', async () => {
    const proposal = {
      id: 'p-1',
      caseId: 'case-1',
      kind: 'handover' as const,
      fromUnitId: 'unit-1',
      toUnitId: 'unit-2',
      coordinatorId: null,
      note: null,
      level: null,
      proposedById: 'staff-1',
      proposedAt: clock.now(),
      status: 'pending' as const,
      answeredById: null,
      answeredAt: null,
      declineReason: null,
    };
    husly.state.proposals.push(proposal);
    const proposed: Notice = {
      kind: 'case.handOverProposed',
      proposalId: 'p-1',
      reference: '2026-0042',
      fromUnitName: 'NAV',
      toUnitName: 'Tildelingsteam',
      coordinatorName: null,
      byName: 'Kari',
      note: null,
    };
    inner.script.push(transient, transient);
    await notifier.toUnitChannel('unit-2', proposed, 'ev-1');
    await notifier.toUnitChannel('unit-3', proposed, 'ev-2');
    clock.advance(60_000);
    // The first is still pending when retried: it goes out.
    await notifier.tick();
    assert.equal(inner.calls.length, 4, 'two first tries, two retries while pending');
    husly.state.proposals = husly.state.proposals.map((p) => ({
      ...p,
      status: 'accepted' as const,
    }));
    const calls = inner.calls.length;
    inner.script.push(transient);
    await notifier.toUnitChannel('unit-4', proposed, 'ev-3');
    clock.advance(60_000);
    await notifier.tick();
    assert.equal(inner.calls.length, calls + 1, 'answered meanwhile: the retry is not sent');
    assert.equal(outbox.all().at(-1)?.status, 'unreachable');
  });

  it('the unsealed notice a tick sends is the one written, dates included', async () => {
    const breakGlass: Notice = {
      kind: 'case.breakGlass',
      reference: '2026-0042',
      byName: 'Per',
      byUnitName: 'NAV',
      justification: 'Fare for liv: trenger adressen nå',
      until: new Date('2026-11-24T09:00:00Z'),
    };
    inner.script.push(transient);
    await notifier.toStaff('leader-1', breakGlass);
    clock.advance(60_000);
    await notifier.tick();
    assert.deepEqual(inner.calls[1]?.notice, breakGlass);
  });

  it('too many failures: dead, kept without payload and listed for the case', async () => {
    inner.script.push(transient, transient, transient);
    await notifier.toUnitChannel('unit-1', handedOver);
    clock.advance(10 * 60_000);
    assert.equal((await notifier.tick()).retried, 1);
    clock.advance(10 * 60_000);
    assert.equal((await notifier.tick()).dead, 1);
    const [row] = outbox.all();
    assert.equal(row?.status, 'dead');
    assert.equal(row?.attempts, 3);
    assert.equal(row?.payload, null);
    assert.equal((await outbox.deadFor(['2026-0042'])).length, 1, 'visible under påminnelser');
    clock.advance(60 * 60_000);
    assert.equal((await notifier.tick()).claimed, 0, 'a dead row is not tried again');
  });

  it('a refusal (400) is dead at once; no one to send to is not retried', async () => {
    inner.script.push(
      { delivered: false, reason: 'failed', failure: { kind: 'rejected' } },
      { delivered: false, reason: 'no-channel' },
    );
    assert.equal((await notifier.toUnitChannel('unit-1', handedOver)).retrying, false);
    const unreachable = await notifier.toUnitChannel('unit-2', handedOver);
    assert.deepEqual(unreachable, { delivered: false, reason: 'no-channel', retrying: false });
    assert.deepEqual(
      outbox.all().map((r) => r.status),
      ['dead', 'unreachable'],
    );
    clock.advance(60 * 60_000);
    assert.equal((await notifier.tick()).claimed, 0);
  });

  it('the same event, kind and recipient is written and sent once', async () => {
    const first = await notifier.toStaff('staff-1', forCoordinator, 'concern:s1:sub-1');
    const again = await notifier.toStaff('staff-1', forCoordinator, 'concern:s1:sub-1');
    assert.equal(inner.calls.length, 1, 'no duplicate');
    assert.deepEqual(again, first, 'the second answer is what the first did');
    await notifier.toStaff('staff-2', forCoordinator, 'concern:s1:sub-1');
    assert.equal(outbox.all().length, 2, 'another recipient is another row');
    inner.script.push(transient);
    await notifier.toUnitChannel('unit-1', handedOver, 'handover:1');
    const pending = await notifier.toUnitChannel('unit-1', handedOver, 'handover:1');
    assert.equal(pending.retrying, true, 'still waiting for its retry');
    assert.equal(inner.calls.length, 3);
  });

  it('a sender that died before settling: the lease runs out and a tick sends it', async () => {
    // As if the process stopped after writing the row: the row is claimed and never settled.
    await outbox.add(
      {
        key: 'crash:unit:unit-1',
        recipient: { kind: 'unit', id: 'unit-1' },
        kind: 'case.handedOver',
        caseId: null,
        reference: '2026-0042',
        payload: seal(JSON.stringify(handedOver), SECRET),
      },
      'husly-dead-instance',
      clock.now(),
      60_000,
    );
    assert.equal((await notifier.tick()).claimed, 0, 'not while the lease holds');
    clock.advance(61_000);
    assert.equal((await notifier.tick()).sent, 1);
    assert.deepEqual(inner.calls[0]?.notice, handedOver);
  });

  it("a case's card reaching its unit's channel late is recorded for redraws", async () => {
    const unit = await husly.run(async ({ org }) => {
      const u = await org.upsertUnit({ key: 'til', name: 'Tildelingsteam', kind: 'tildeling' });
      return org.linkUnitChannel(u.id, {
        conversationId: '19:til@thread.tacv2',
        teamId: 'team-1',
        linkedAt: clock.now(),
      });
    });
    inner.conversationId = '19:til@thread.tacv2';
    inner.script.push(transient);
    const card: Notice = {
      kind: 'case.forUnit',
      caseId: 'case-1',
      reference: '2026-0042',
      category: 'fare-for-a-miste-bolig',
      subcategory: 'hoye-boutgifter',
      level: 2,
      deadline: null,
      coordinatorName: null,
      isNewCase: true,
    };
    await notifier.toUnitChannel(unit.id, card);
    assert.equal(husly.state.cards.length, 0);
    // Taken meanwhile: the late card names who has it, instead of offering "Ta saken".
    const ola = await husly.run(({ org }) =>
      org.upsertStaff({
        aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000099',
        name: 'Ola Hansen',
        email: 'ola@k.no',
        unitKey: 'til',
        role: 'koordinator',
      }),
    );
    husly.state.cases.push({
      id: 'case-1',
      reference: '2026-0042',
      residentId: 'r-1',
      category: 'fare-for-a-miste-bolig',
      subcategory: 'hoye-boutgifter',
      level: 2,
      status: 'open',
      owningUnitId: unit.id,
      coordinatorId: ola.id,
      openedAt: clock.now(),
      closedAt: null,
      closedReason: null,
      timeline: EMPTY_TIMELINE,
      arrearsPaidDate: null,
    });
    clock.advance(60_000);
    await notifier.tick();
    assert.deepEqual(inner.calls[1]?.notice, { ...card, coordinatorName: 'Ola Hansen' });
    assert.deepEqual(
      husly.state.cards.map((c) => [c.caseId, c.conversationId, c.activityId]),
      [['case-1', '19:til@thread.tacv2', 'act-1']],
    );
  });
});

import { AccessGate } from '../../../../../src/domain/access/access-gate.ts';
// prettier-ignore
import {
  CaseInvolvementService,
} from
  '../../../../../src/domain/access/case-involvement.service.ts';
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  validateConcernDraft,
  type ConcernDraft,
} from '../../../../../src/domain/concern/concern-form.ts';
// prettier-ignore
import {
  RegisterConcernService,
} from
  '../../../../../src/domain/concern/register-concern.service.ts';
// prettier-ignore
import {
  CaseResolutionService,
} from
  '../../../../../src/domain/case/commands/case-resolution.service.ts';
// prettier-ignore
import {
  LookupOwnerService,
} from
  '../../../../../src/domain/ownership/queries/lookup-owner.service.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../../src/domain/reminder/checkpoints.ts';
// prettier-ignore
import {
  ReminderPlannerService,
} from
  '../../../../../src/domain/reminder/reminder-planner.service.ts';
import { draft, UNIT_KEYS } from '../../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../../fakes/fake-notifier.ts';
import { FakeClock, type InMemoryHusly } from '../../../../fakes/in-memory-repositories.ts';
import { InMemoryReminderOutbox } from '../../../../fakes/in-memory-outbox.ts';
import { smallMunicipality } from '../../../../fakes/org-fixture.ts';

const TODAY = '2026-11-23';
const SECRET = 's'.repeat(40);
/**
 * Rent unpaid since 20 November, and the namsmann has set an eviction date: owned by the
 * tildelingsteam, reported by rop.
 */
const ARREARS_AND_EVICTION: ConcernDraft = {
  firstMissedRentDate: '2026-11-20',
  evictionDateSet: 'true',
  evictionDate: '2027-01-20',
};

describe('arrears paid and case closed stop the follow-up', () => {
  let husly: InMemoryHusly;
  let actor: Awaited<ReturnType<typeof smallMunicipality>>['actor'];
  let outbox: InMemoryReminderOutbox;
  let register: RegisterConcernService;
  let resolution: CaseResolutionService;
  let lookup: LookupOwnerService;
  let caseId: string;
  let clock: FakeClock;
  let planner: ReminderPlannerService;

  const report = async (who: string, overrides: ConcernDraft, submissionId: string) => {
    const valid = validateConcernDraft(draft(overrides), TODAY, {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok);
    return register.register(await actor(who), valid.value, submissionId);
  };
  /** The checkpoints pending for the saksansvarlig (channel copies and escalations aside). */
  const pendingKinds = (id = caseId) => [
    ...new Set(
      outbox.rows
        .filter((r) => r.caseId === id && r.status === 'pending' && r.audience === 'coordinator')
        .map((r) => r.kind)
        .sort(),
    ),
  ];

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    outbox = new InMemoryReminderOutbox();
    planner = new ReminderPlannerService(
      husly,
      outbox,
      clock,
      DEFAULT_REMINDER_SETTINGS,
      'Europe/Oslo',
    );
    const listener = { caseChanged: (id: string) => planner.replan(id) };
    register = new RegisterConcernService(
      husly,
      new AccessGate(clock),
      new FakeNotifier(),
      clock,
      { idSecret: SECRET, timeZone: 'Europe/Oslo' },
      listener,
    );
    resolution = new CaseResolutionService(
      husly,
      new AccessGate(clock),
      clock,
      'Europe/Oslo',
      listener,
    );
    lookup = new LookupOwnerService(husly, new AccessGate(clock), new FakeNotifier(), clock, {
      idSecret: SECRET,
      allowSyntheticIds: true,
    });
    caseId = (await report('ropSaks', ARREARS_AND_EVICTION, 'first')).kase.id;
    involvement = new CaseInvolvementService(
      husly,
      new AccessGate(clock),
      new FakeNotifier(),
      clock,
    );
  });
  let involvement: CaseInvolvementService;

  it('a concern does not let a unit stop the follow-up; an owner grant does', async () => {
    // Red-team finding 3: a pretext concern used to make the reporter's unit involved.
    assert.deepEqual(
      await resolution.markArrearsPaid(await actor('ropSaks'), caseId, '2026-11-22'),
      { ok: false, code: 'ACCESS.DENIED' },
    );
    assert.ok(pendingKinds().includes('D7'), 'the arrears reminders keep going');
    assert.ok(
      (
        await involvement.grantAccess(await actor('tilKoord'), caseId, {
          unitKey: 'rop',
          note: 'Følger opp husleien',
        })
      ).ok,
    );
    assert.ok((await resolution.markArrearsPaid(await actor('ropSaks'), caseId, '2026-11-22')).ok);
  });

  it('"restansen er betalt" stops arrears reminders; eviction and belongings stay', async () => {
    assert.deepEqual(pendingKinds(), [
      'D1M',
      'D3',
      'D7',
      'F-1',
      'F-14',
      'F-2',
      'F-7',
      'F0',
      'F14',
      'F28',
    ]);
    await involvement.grantAccess(await actor('tilKoord'), caseId, {
      unitKey: 'rop',
      note: 'Følger opp husleien',
    });
    const paid = await resolution.markArrearsPaid(await actor('ropSaks'), caseId, '2026-11-22');
    assert.ok(paid.ok);
    assert.equal(paid.value.arrearsPaidDate, '2026-11-22');
    // The eviction date and the belongings after it stay until the request is withdrawn.
    assert.deepEqual(pendingKinds(), ['F-1', 'F-14', 'F-2', 'F-7', 'F0', 'F14', 'F28']);
    assert.deepEqual(
      husly.state.changes.map((c) => [c.field, c.toValue, c.actorId]),
      [['arrearsPaid', '2026-11-22', (await actor('ropSaks')).staff.id]],
      'who and when recorded',
    );
    assert.ok(
      husly.state.audit.some((e) => e.action === 'case.markArrearsPaid' && e.outcome === 'ok'),
    );
    assert.deepEqual(await resolution.markArrearsPaid(await actor('tilKoord'), caseId, TODAY), {
      ok: false,
      code: 'RESOLUTION.ALREADY_PAID',
    });
  });

  it('a replan after downtime keeps a due, unsent reminder (late, not never)', async () => {
    // 30 November: D3 (23 Nov) and D7 (27 Nov) were due while Husly was down
    clock.advance(7 * 86_400_000);
    await planner.replan(caseId);
    assert.deepEqual(
      pendingKinds().filter((k) => k.startsWith('D')),
      ['D1M', 'D3', 'D7'],
    );
    await resolution.close(await actor('tilKoord'), caseId, { reason: 'flyttet', note: '' });
    assert.deepEqual(pendingKinds(), [], 'closing still cancels them');
  });

  it('new arrears after a payment start the arrears follow-up again', async () => {
    await resolution.markArrearsPaid(await actor('tilKoord'), caseId, TODAY);
    await report('boligSaks', { firstMissedRentDate: '2026-11-23' }, 'second');
    assert.equal(husly.state.cases.find((c) => c.id === caseId)?.arrearsPaidDate, null);
    assert.ok(pendingKinds().includes('D0'), 'D1 of the new arrears planned');
  });

  it('refuses a date in the future or not a date, and changes nothing', async () => {
    for (const date of ['2026-11-24', '2026-13-01', '23.11.2026', '']) {
      assert.deepEqual(
        await resolution.markArrearsPaid(await actor('tilKoord'), caseId, date),
        { ok: false, code: 'RESOLUTION.INVALID_DATE' },
        date,
      );
    }
    assert.equal(husly.state.cases.find((c) => c.id === caseId)?.arrearsPaidDate, null);
    assert.deepEqual(husly.state.changes, []);
    assert.ok(pendingKinds().includes('D7'));
  });

  it('only the case\u2019s own units may mark it paid; refusals are audited', async () => {
    for (const who of ['navSaks', 'admin']) {
      assert.deepEqual(
        await resolution.markArrearsPaid(await actor(who), caseId, TODAY),
        { ok: false, code: 'ACCESS.DENIED' },
        who,
      );
    }
    assert.equal(
      husly.state.audit.filter((e) => e.action === 'case.markArrearsPaid' && e.outcome === 'denied')
        .length,
      2,
    );
    assert.equal(husly.state.cases.find((c) => c.id === caseId)?.arrearsPaidDate, null);
  });

  it('closing needs owner, reason, a note for "annet"; reminders stop, read-only', async () => {
    assert.deepEqual(
      await resolution.close(await actor('ropSaks'), caseId, { reason: 'bolig-sikret', note: '' }),
      { ok: false, code: 'ACCESS.DENIED' },
      'involved unit may not close',
    );
    for (const input of [
      { reason: 'annet', note: '  ' },
      { reason: 'ferdig', note: 'x' },
      { reason: 'flyttet', note: 'x'.repeat(501) },
    ])
      assert.deepEqual(
        await resolution.close(await actor('tilKoord'), caseId, input),
        { ok: false, code: 'RESOLUTION.REASON_REQUIRED' },
        JSON.stringify(input).slice(0, 40),
      );
    assert.equal(husly.state.cases.find((c) => c.id === caseId)?.status, 'open');
    assert.ok(pendingKinds().length > 0);

    const closed = await resolution.close(await actor('tilKoord'), caseId, {
      reason: 'bolig-sikret',
      note: '',
    });
    assert.ok(closed.ok);
    assert.equal(closed.value.status, 'closed');
    assert.equal(closed.value.closedReason, 'bolig-sikret');
    assert.ok(closed.value.closedAt);
    assert.deepEqual(pendingKinds(), [], 'every pending reminder cancelled');
    assert.deepEqual(await resolution.markArrearsPaid(await actor('tilKoord'), caseId, TODAY), {
      ok: false,
      code: 'CASE.CLOSED',
    });
    assert.deepEqual(
      await resolution.close(await actor('tilKoord'), caseId, { reason: 'annet', note: 'igjen' }),
      { ok: false, code: 'CASE.CLOSED' },
    );

    const again = await report('ropSaks', {}, 'after-close');
    assert.notEqual(again.kase.id, caseId, 'a new concern opens a new case');
  });

  it('the case card offers the actions the viewer may take', async () => {
    const may = async (who: string) => {
      const answer = await lookup.byReference(await actor(who), '2026-0001');
      assert.ok(answer.ok);
      return answer.value.may;
    };
    assert.deepEqual(
      [(await may('tilKoord')).markArrearsPaid, (await may('tilKoord')).close],
      [true, true],
    );
    assert.deepEqual(
      [(await may('ropSaks')).markArrearsPaid, (await may('ropSaks')).close],
      [false, false],
      'a reporter only',
    );
    await involvement.grantAccess(await actor('tilKoord'), caseId, {
      unitKey: 'rop',
      note: 'Følger opp husleien',
    });
    assert.deepEqual(
      [(await may('ropSaks')).markArrearsPaid, (await may('ropSaks')).close],
      [true, false],
      'granted involvement',
    );
    assert.deepEqual(
      [(await may('navSaks')).markArrearsPaid, (await may('navSaks')).close],
      [false, false],
    );
    await resolution.markArrearsPaid(await actor('tilKoord'), caseId, TODAY);
    assert.equal((await may('tilKoord')).markArrearsPaid, false, 'already paid');
  });
});

import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
// prettier-ignore
import {
  CaseInvolvementService,
} from '../../../../src/domain/access/case-involvement.service.ts';
import { CaseEventService } from '../../../../src/domain/case-event/case-event.service.ts';
// prettier-ignore
import {
  CaseResolutionService,
} from '../../../../src/domain/case/commands/case-resolution.service.ts';
import {
  validateConcernDraft,
  type ConcernDraft,
} from '../../../../src/domain/concern/concern-form.ts';
// prettier-ignore
import {
  RegisterConcernService,
} from '../../../../src/domain/concern/register-concern.service.ts';
// prettier-ignore
import {
  LookupOwnerService,
} from '../../../../src/domain/ownership/queries/lookup-owner.service.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../src/domain/reminder/checkpoints.ts';
// prettier-ignore
import {
  ReminderPlannerService,
} from '../../../../src/domain/reminder/reminder-planner.service.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { InMemoryReminderOutbox } from '../../../fakes/in-memory-outbox.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';

const TODAY = '2026-11-23';
const SECRET = 's'.repeat(40);
/** Rent unpaid since 20 November and an eviction date set: owned by the tildelingsteam. */
const ARREARS_AND_EVICTION: ConcernDraft = {
  firstMissedRentDate: '2026-11-20',
  evictionDateSet: 'true',
  evictionDate: '2027-01-20',
};

describe('recording outcome events on a case', () => {
  let husly: InMemoryHusly;
  let actor: Awaited<ReturnType<typeof smallMunicipality>>['actor'];
  let outbox: InMemoryReminderOutbox;
  let events: CaseEventService;
  let resolution: CaseResolutionService;
  let involvement: CaseInvolvementService;
  let lookup: LookupOwnerService;
  let caseId: string;
  let clock: FakeClock;

  /** The checkpoints pending for the saksansvarlig. */
  const pending = () =>
    outbox.rows.filter(
      (r) => r.caseId === caseId && r.status === 'pending' && r.audience === 'coordinator',
    );
  const pendingKinds = () => [...new Set(pending().map((r) => r.kind))].sort();
  const kase = () => husly.state.cases.find((c) => c.id === caseId);

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    outbox = new InMemoryReminderOutbox();
    const planner = new ReminderPlannerService(
      husly,
      outbox,
      clock,
      DEFAULT_REMINDER_SETTINGS,
      'Europe/Oslo',
    );
    const listener = { caseChanged: (id: string) => planner.replan(id) };
    const gate = new AccessGate(clock);
    const register = new RegisterConcernService(
      husly,
      gate,
      new FakeNotifier(),
      clock,
      { idSecret: SECRET, timeZone: 'Europe/Oslo' },
      listener,
    );
    events = new CaseEventService(husly, gate, clock, 'Europe/Oslo', listener);
    resolution = new CaseResolutionService(husly, gate, clock, 'Europe/Oslo', listener);
    involvement = new CaseInvolvementService(husly, gate, new FakeNotifier(), clock);
    lookup = new LookupOwnerService(husly, gate, new FakeNotifier(), clock, {
      idSecret: SECRET,
      allowSyntheticIds: true,
    });
    const valid = validateConcernDraft(draft(ARREARS_AND_EVICTION), TODAY, {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok);
    caseId = (await register.register(await actor('ropSaks'), valid.value, 'first')).kase.id;
  });

  it('a payment agreement stops the arrears reminders; F and belongings keep warning', async () => {
    assert.ok(pendingKinds().includes('D7'));
    const who = await actor('tilKoord');
    const recorded = await events.record(who, caseId, { type: 'nedbetalingsavtale' });
    assert.ok(recorded.ok);
    assert.deepEqual(pendingKinds(), ['F-1', 'F-14', 'F-2', 'F-7', 'F0', 'F14', 'F28']);
    const [stored] = husly.state.caseEvents;
    assert.deepEqual(
      [stored?.type, stored?.occurredOn, stored?.recordedById, stored?.caseId],
      ['nedbetalingsavtale', TODAY, who.staff.id, caseId],
      'what, when and who',
    );
    const audited = husly.state.audit.filter((e) => e.action === 'case.recordEvent');
    assert.deepEqual(
      audited.map((e) => [e.outcome, e.caseId, e.detail?.type]),
      [['ok', caseId, 'nedbetalingsavtale']],
    );
    // Then the landlord withdraws the request: nothing about the eviction is left.
    assert.ok((await events.record(who, caseId, { type: 'begjaering-trukket' })).ok);
    assert.deepEqual(pendingKinds(), []);
  });

  it('a double press records once; the same step with other values is a new event', async () => {
    const who = await actor('tilKoord');
    const paid = { type: 'stonad-utbetalt', amount: '12 500', covers: 'true' };
    const first = await events.record(who, caseId, paid);
    const again = await events.record(who, caseId, paid);
    assert.ok(first.ok && again.ok);
    assert.equal(first.value.repeated, false);
    assert.equal(again.value.repeated, true);
    assert.equal(again.value.event.id, first.value.event.id);
    const other = await events.record(who, caseId, { ...paid, amount: '3000', covers: 'false' });
    assert.ok(other.ok && !other.value.repeated);
    assert.equal(husly.state.caseEvents.length, 2);
    assert.equal(
      husly.state.audit.filter((e) => e.action === 'case.recordEvent').length,
      2,
      'a repeat is not a new write',
    );
  });

  it('a new eviction date moves F: the old warnings are cancelled, new ones planned', async () => {
    const before = pending().filter((r) => r.kind === 'F0');
    assert.deepEqual(
      before.map((r) => r.dueDate),
      ['2027-01-20'],
    );
    const moved = await events.record(await actor('tilKoord'), caseId, {
      type: 'ny-utkastelsesdato',
      date: '2027-02-15',
    });
    assert.ok(moved.ok);
    assert.equal(moved.value.kase.timeline.evictionDate, '2027-02-15');
    assert.equal(kase()?.timeline.evictionDate, '2027-02-15');
    assert.deepEqual(
      pending()
        .filter((r) => r.kind.startsWith('F'))
        .map((r) => `${r.kind} ${r.dueDate}`)
        .sort(),
      [
        'F-1 2027-02-12',
        'F-14 2027-02-01',
        'F-2 2027-02-12',
        'F-7 2027-02-08',
        'F0 2027-02-15',
        'F14 2027-03-01',
        'F28 2027-03-15',
      ],
    );
    assert.equal(outbox.rows.find((r) => r.key === before[0]?.key)?.status, 'cancelled');
  });

  it('a new eviction date less than two weeks ahead warns at once', async () => {
    assert.ok(
      (
        await events.record(await actor('tilKoord'), caseId, {
          type: 'ny-utkastelsesdato',
          date: '2026-11-30',
        })
      ).ok,
    );
    assert.ok(pendingKinds().includes('F-soon'));
  });

  it('temporary accommodation sets the case’s date; stønad keeps decision and amount', async () => {
    const who = await actor('tilKoord');
    assert.ok(
      (await events.record(who, caseId, { type: 'midlertidig-botilbud', date: '2026-11-20' })).ok,
    );
    assert.equal(kase()?.timeline.temporaryAccommodationSince, '2026-11-20');
    const decided = await events.record(who, caseId, {
      type: 'stonad-vedtak',
      decision: 'innvilget',
      amount: ' 12 500 ',
    });
    assert.ok(decided.ok);
    assert.deepEqual(
      [decided.value.event.decision, decided.value.event.amountNok],
      ['innvilget', 12500],
    );
    const paid = await events.record(who, caseId, {
      type: 'stonad-utbetalt',
      amount: '',
      covers: 'true',
    });
    assert.ok(paid.ok);
    assert.deepEqual([paid.value.event.amountNok, paid.value.event.coversArrears], [null, true]);
    assert.ok(!pendingKinds().includes('D7'), 'a payment covering the arrears stops them');
  });

  it('a first contact is dated the day it was made, never ahead; the same day once', async () => {
    const who = await actor('tilKoord');
    const before = pendingKinds();
    assert.deepEqual(
      await events.record(who, caseId, { type: 'kontakt-opprettet', date: '2026-11-24' }),
      { ok: false, code: 'CASE_EVENT.DATE_IN_FUTURE' },
    );
    for (const date of ['', '21.11.2026', '2025-11-01'])
      assert.deepEqual(
        await events.record(who, caseId, { type: 'kontakt-opprettet', date }),
        { ok: false, code: 'CASE_EVENT.INVALID_DATE' },
        date,
      );
    assert.deepEqual(husly.state.caseEvents, []);
    const contact = await events.record(who, caseId, {
      type: 'kontakt-opprettet',
      date: ' 2026-11-21 ',
    });
    assert.ok(contact.ok && !contact.value.repeated);
    assert.deepEqual(
      [
        contact.value.event.occurredOn,
        contact.value.event.dateValue,
        contact.value.event.recordedAt,
      ],
      ['2026-11-21', null, clock.now()],
      'dated the contact day, recorded now',
    );
    const again = await events.record(who, caseId, {
      type: 'kontakt-opprettet',
      date: '2026-11-21',
    });
    assert.ok(again.ok && again.value.repeated);
    const today = await events.record(who, caseId, { type: 'kontakt-opprettet', date: TODAY });
    assert.ok(today.ok && !today.value.repeated, 'another day is another event');
    assert.equal(husly.state.caseEvents.length, 2);
    // No P anchor on this case (rent unpaid, no restansemelding): nothing to stop.
    assert.deepEqual(pendingKinds(), before);
  });

  it('bad input gets a clear code and changes nothing', async () => {
    const who = await actor('tilKoord');
    const planBefore = JSON.stringify(pending().map((r) => r.key));
    const auditBefore = husly.state.audit.length;
    const refused: [Record<string, string>, string][] = [
      [{ type: 'ny-utkastelsesdato', date: '2026-11-22' }, 'CASE_EVENT.DATE_IN_PAST'],
      [{ type: 'ny-utkastelsesdato', date: '2026-02-30' }, 'CASE_EVENT.INVALID_DATE'],
      [{ type: 'ny-utkastelsesdato', date: '20.01.2027' }, 'CASE_EVENT.INVALID_DATE'],
      [{ type: 'ny-utkastelsesdato', date: '2029-01-01' }, 'CASE_EVENT.INVALID_DATE'],
      [{ type: 'midlertidig-botilbud', date: '' }, 'CASE_EVENT.INVALID_DATE'],
      [{ type: 'stonad-vedtak', decision: 'kanskje' }, 'CASE_EVENT.DECISION_REQUIRED'],
      [
        { type: 'stonad-vedtak', decision: 'innvilget', amount: '12,5' },
        'CASE_EVENT.INVALID_AMOUNT',
      ],
      [{ type: 'stonad-utbetalt', amount: '-300' }, 'CASE_EVENT.INVALID_AMOUNT'],
      [{ type: 'stonad-utbetalt', amount: '0' }, 'CASE_EVENT.INVALID_AMOUNT'],
      [{ type: 'stonad-utbetalt', amount: '99999999' }, 'CASE_EVENT.INVALID_AMOUNT'],
      [{ type: 'betalt' }, 'CASE_EVENT.UNKNOWN_TYPE'],
      [{ type: '' }, 'CASE_EVENT.UNKNOWN_TYPE'],
    ];
    for (const [input, code] of refused)
      assert.deepEqual(
        await events.record(who, caseId, { type: '', ...input }),
        { ok: false, code },
        JSON.stringify(input),
      );
    assert.deepEqual(husly.state.caseEvents, []);
    assert.equal(kase()?.timeline.evictionDate, '2027-01-20');
    assert.equal(kase()?.timeline.temporaryAccommodationSince, null);
    assert.equal(JSON.stringify(pending().map((r) => r.key)), planBefore);
    assert.equal(husly.state.audit.length, auditBefore, 'nothing audited as done');
  });

  it('only those who may report the arrears paid may record; refusals are audited', async () => {
    for (const who of ['ropSaks', 'navSaks', 'admin'])
      assert.deepEqual(
        await events.record(await actor(who), caseId, { type: 'begjaering-trukket' }),
        { ok: false, code: 'ACCESS.DENIED' },
        who,
      );
    assert.deepEqual(await events.forForm(await actor('navSaks'), { reference: '2026-0001' }), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.equal(
      husly.state.audit.filter((e) => e.action === 'case.recordEvent' && e.outcome === 'denied')
        .length,
      4,
    );
    assert.deepEqual(husly.state.caseEvents, []);
    assert.ok(pendingKinds().includes('F0'));
    // The owner grants the reporting unit access: now it may, as it may mark the arrears paid.
    await involvement.grantAccess(await actor('tilKoord'), caseId, {
      unitKey: 'rop',
      note: 'Følger opp husleien',
    });
    assert.ok((await events.record(await actor('ropSaks'), caseId, { type: 'stonad-sokt' })).ok);
  });

  it('a closed case takes no events', async () => {
    await resolution.close(await actor('tilKoord'), caseId, { reason: 'flyttet', note: '' });
    assert.deepEqual(
      await events.record(await actor('tilKoord'), caseId, { type: 'bolig-sikret' }),
      { ok: false, code: 'CASE.CLOSED' },
    );
  });

  it('the case card in personal chat lists the events with who recorded them', async () => {
    const who = await actor('tilKoord');
    await events.record(who, caseId, { type: 'stonad-sokt' });
    clock.advance(60_000);
    await events.record(who, caseId, { type: 'innsigelse-sendt' });
    const answer = await lookup.byReference(who, '2026-0001');
    assert.ok(answer.ok);
    assert.equal(answer.value.may.recordEvent, true);
    assert.deepEqual(
      answer.value.details?.events?.map((v) => [v.event.type, v.recordedByName]),
      [
        ['stonad-sokt', who.staff.name],
        ['innsigelse-sendt', who.staff.name],
      ],
    );
    const stranger = await lookup.byReference(await actor('navSaks'), '2026-0001');
    assert.ok(stranger.ok);
    assert.equal(stranger.value.details, null, 'no relation: no events');
    assert.equal(stranger.value.may.recordEvent, false);
  });
});

import { MEASURE_DEFAULTS, planOf } from '../../../helpers/plan-fixtures.ts';
import { InMemoryReminderOutbox } from '../../../fakes/in-memory-outbox.ts';
import { CaseInvolvementService } from '../../../../src/domain/access/case-involvement.service.ts';
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate, redactNumbers } from '../../../../src/domain/access/access-gate.ts';
import { BreakGlassService } from '../../../../src/domain/access/break-glass.service.ts';
import { ConsentService } from '../../../../src/domain/access/consent.service.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import {
  validateConcernDraft,
  type ConcernDraft,
} from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import { seal, unseal } from '../../../../src/domain/identity/sealed-text.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import {
  LookupOwnerService,
  type OwnerAnswer,
} from '../../../../src/domain/ownership/queries/lookup-owner.service.ts';
import { parseNameQuery } from '../../../../src/domain/ownership/queries/name-query.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

const SECRET = 's'.repeat(40);
const DAY = 86_400_000;

/**
 * The gate's decisions seen through the services a user calls: who reads what, and for how long.
 */
describe('the access gate', () => {
  let husly: InMemoryHusly;
  let actor: (key: string) => Promise<Actor>;
  let clock: FakeClock;
  let notifier: FakeNotifier;
  let gate: AccessGate;
  let register: RegisterConcernService;
  let lookup: LookupOwnerService;
  let ownership: CaseOwnershipService;
  let involvement: CaseInvolvementService;

  beforeEach(async () => {
    ({ husly, actor } = await smallMunicipality());
    clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    notifier = new FakeNotifier();
    gate = new AccessGate(clock, { involvementExpiryDays: 30, lookupLimitPerHour: 3 });
    register = new RegisterConcernService(husly, gate, notifier, clock, {
      idSecret: SECRET,
      timeZone: 'Europe/Oslo',
    });
    lookup = new LookupOwnerService(husly, gate, notifier, clock, {
      idSecret: SECRET,
      allowSyntheticIds: true,
    });
    ownership = new CaseOwnershipService(husly, gate, notifier, clock);
    involvement = new CaseInvolvementService(husly, gate, notifier, clock);
  });

  /**
   * Every concern here carries a § 4-18 notice: more than nivå 1 advice, so the case is routed
   * to NAV rather than kept by the reporting unit, and rop stays a reporter.
   */
  const ROUTED: ConcernDraft = {
    noticeReceived: 'true',
    noticeDate: '2026-11-20',
    noticeReceivedDate: '2026-11-21',
  };
  const report = async (who: string, overrides: ConcernDraft, id: string) => {
    const valid = validateConcernDraft(draft({ ...ROUTED, ...overrides }), '2026-11-23', {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok, JSON.stringify(!valid.ok && valid.errors));
    return register.register(await actor(who), valid.value, id);
  };
  const answer = async (who: string, reference: string): Promise<OwnerAnswer> => {
    const found = await lookup.byReference(await actor(who), reference);
    assert.ok(found.ok);
    return found.value;
  };
  /** Which concern texts the reader sees, by the concern's submission id. */
  const texts = async (who: string, reference: string) =>
    Object.fromEntries(
      ((await answer(who, reference)).details?.concerns ?? []).map((c) => [
        c.concern.submissionId,
        c.textShown,
      ]),
    );

  it("a concern's text follows its sharing basis; every involved unit sees the dates", async () => {
    const { kase } = await report('ropSaks', { sharingBasis: 'ikke-avklart' }, 'unclarified');
    await report('boligSaks', { sharingBasis: 'lovhjemmel' }, 'legal');
    await report(
      'boligSaks',
      { sharingBasis: 'samtykke', consentUnitKeys: 'tildeling', consentForm: 'muntlig' },
      'consent',
    );
    await involvement.grantAccess(await actor('navKoord'), kase.id, {
      unitKey: 'rop',
      note: 'Følger opp',
    });
    await involvement.grantAccess(await actor('navKoord'), kase.id, {
      unitKey: 'tildeling',
      note: 'Bolig',
    });
    assert.deepEqual(
      await texts('navSaks', kase.reference),
      { unclarified: true, legal: true, consent: true },
      'the owner reads all',
    );
    assert.deepEqual(
      await texts('ropSaks', kase.reference),
      { unclarified: true, legal: true, consent: false },
      'rop: its own, and the legal basis',
    );
    assert.deepEqual(
      await texts('tilKoord', kase.reference),
      { unclarified: false, legal: true, consent: true },
      'tildeling: named in the consent',
    );
    assert.equal(
      (await answer('ropSaks', kase.reference)).details?.timeline.firstMissedRentDate,
      '2026-10-01',
      'dates for every involved unit',
    );
    assert.deepEqual(
      await texts('boligSaks', kase.reference),
      {},
      'a reporter alone reads no case',
    );
  });

  it("withdrawing a concern's consent hides its text from that moment", async () => {
    const { kase } = await report(
      'boligSaks',
      { sharingBasis: 'samtykke', consentUnitKeys: 'tildeling', consentForm: 'skriftlig' },
      'c',
    );
    await involvement.grantAccess(await actor('navKoord'), kase.id, {
      unitKey: 'tildeling',
      note: 'Bolig',
    });
    assert.deepEqual(await texts('tilKoord', kase.reference), { c: true });
    const consents = new ConsentService(husly, gate, clock, 'Europe/Oslo');
    const overview = await consents.overview(await actor('navSaks'), { caseId: kase.id });
    assert.ok(overview.ok);
    const consent = present(overview.value.consents[0], 'the consent');
    assert.ok((await consents.withdraw(await actor('navSaks'), kase.id, consent.id)).ok);
    assert.deepEqual(await texts('tilKoord', kase.reference), { c: false });
    assert.deepEqual(
      await consents.withdraw(await actor('navSaks'), kase.id, consent.id),
      { ok: false, code: 'CONSENT.NOT_FOUND' },
      'once',
    );
    assert.deepEqual(
      await consents.overview(await actor('ropSaks'), { caseId: kase.id }),
      { ok: false, code: 'ACCESS.DENIED' },
      'the owner keeps the history',
    );
  });

  it('records a consent only with units, a past date and how it was given', async () => {
    const { kase } = await report('ropSaks', {}, 'a');
    const consents = new ConsentService(husly, gate, clock, 'Europe/Oslo');
    const bad = await consents.record(await actor('navSaks'), kase.id, {
      consentUnitKeys: 'nowhere',
      givenDate: '2027-01-01',
      form: 'telepatisk',
    });
    assert.deepEqual(bad, {
      ok: false,
      code: 'CONSENT.INVALID',
      errors: { consentUnitKeys: 'CHOICE', givenDate: 'DATE_IN_FUTURE', form: 'CHOICE' },
    });
    assert.equal(husly.state.consents.length, 0);
    assert.ok(
      (
        await consents.record(await actor('navSaks'), kase.id, {
          consentUnitKeys: 'rop,tildeling',
          givenDate: '2026-11-20',
          form: 'muntlig',
        })
      ).ok,
    );
    assert.equal(
      (await answer('ropSaks', kase.reference)).details !== null,
      true,
      'a unit in the consent reads the case',
    );
  });

  it("a reporter's consent on its concern opens that text only, never the case", async () => {
    const { kase } = await report(
      'ropSaks',
      { sharingBasis: 'samtykke', consentUnitKeys: 'rop,tildeling', consentForm: 'muntlig' },
      'own-unit',
    );
    assert.equal(
      (await answer('ropSaks', kase.reference)).details,
      null,
      'naming its own unit gives the reporter no case',
    );
    assert.equal((await answer('tilKoord', kase.reference)).details, null);
    const own = (await answer('ropSaks', kase.reference)).ownConcerns;
    assert.deepEqual(
      own.map((c) => c.concern.submissionId),
      ['own-unit'],
      'its own concern, nothing else',
    );
    const consents = new ConsentService(husly, gate, clock, 'Europe/Oslo');
    await consents.record(await actor('navSaks'), kase.id, {
      consentUnitKeys: 'tildeling',
      givenDate: '2026-11-22',
      form: 'skriftlig',
    });
    assert.ok(
      (await answer('tilKoord', kase.reference)).details,
      'a consent the owning unit recorded opens the case',
    );
  });

  it('closed case: owner, coordinator only; consent, break-glass no longer open it', async () => {
    const { kase } = await report('navSaks', {}, 'a');
    await new ConsentService(husly, gate, clock, 'Europe/Oslo').record(
      await actor('navSaks'),
      kase.id,
      { consentUnitKeys: 'rop', givenDate: '2026-11-22', form: 'skriftlig' },
    );
    await new BreakGlassService(
      husly,
      gate,
      notifier,
      new InMemoryReminderOutbox(),
      clock,
      'Europe/Oslo',
    ).open(await actor('tilKoord'), kase.id, 'Fare for liv, må se saken nå i kveld');
    assert.ok(
      (await answer('ropSaks', kase.reference)).details &&
        (await answer('tilKoord', kase.reference)).details,
    );
    const { CaseResolutionService } =
      await import('../../../../src/domain/case/commands/case-resolution.service.ts');
    await new CaseResolutionService(husly, gate, clock, 'Europe/Oslo').close(
      await actor('navKoord'),
      kase.id,
      { reason: 'flyttet', note: '' },
    );
    assert.equal((await answer('ropSaks', kase.reference)).details, null);
    assert.equal((await answer('tilKoord', kase.reference)).details, null);
  });

  it("a former owner's access ends after the set days, unless it has an open measure", async () => {
    const { kase } = await report('ropSaks', {}, 'a');
    await ownership.handOver(await actor('navKoord'), kase.id, {
      unitKey: 'tildeling',
      coordinatorId: null,
      note: 'Bolig',
    });
    assert.ok((await answer('navSaks', kase.reference)).details, 'right after the hand-over');
    clock.advance(31 * DAY);
    assert.equal(
      (await answer('navSaks', kase.reference)).details,
      null,
      'a month later: owner facts only',
    );
    husly.state.plans.push(
      planOf({
        id: 'p',
        caseId: kase.id,
        evaluationDate: '2027-01-01',
        measures: [
          {
            id: 'm',
            type: 'bostotte',
            description: 'x',
            responsibleUnitId: husly.state.units.find((u) => u.key === 'nav-bolig')!.id,
            responsibleStaffId: null,
            deadline: '2027-01-01',
            status: 'in-progress',
            ...MEASURE_DEFAULTS,
          },
        ],
      }),
    );
    assert.ok((await answer('navSaks', kase.reference)).details, 'while it holds an open measure');
  });

  it('closing a case ends every involvement', async () => {
    const { kase } = await report('ropSaks', {}, 'a');
    await involvement.grantAccess(await actor('navKoord'), kase.id, { unitKey: 'rop', note: 'x' });
    const { CaseResolutionService } =
      await import('../../../../src/domain/case/commands/case-resolution.service.ts');
    await new CaseResolutionService(husly, gate, clock, 'Europe/Oslo').close(
      await actor('navKoord'),
      kase.id,
      { reason: 'flyttet', note: '' },
    );
    assert.equal((await answer('ropSaks', kase.reference)).details, null);
    assert.ok((await answer('navSaks', kase.reference)).details, 'the owner still reads it');
  });

  it('break-glass: a justification, 24 h of flagged reading, leaders told at once', async () => {
    const { kase } = await report('navSaks', {}, 'a');
    const glass = new BreakGlassService(
      husly,
      gate,
      notifier,
      new InMemoryReminderOutbox(),
      clock,
      'Europe/Oslo',
    );
    assert.deepEqual(await glass.open(await actor('navSaks'), kase.id, 'x'.repeat(30)), {
      ok: false,
      code: 'BREAKGLASS.NOT_NEEDED',
    });
    assert.deepEqual(await glass.open(await actor('admin'), kase.id, 'x'.repeat(30)), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await glass.open(await actor('tilKoord'), kase.id, 'for kort'), {
      ok: false,
      code: 'BREAKGLASS.JUSTIFICATION_REQUIRED',
    });
    notifier.sent.length = 0;
    const opened = await glass.open(
      await actor('tilKoord'),
      kase.id,
      'Ringte og sa hun vil ta livet sitt i natt',
    );
    assert.ok(opened.ok && opened.value.leadersTold);
    const told = notifier.sent.filter((s) => s.notice.kind === 'case.breakGlass');
    assert.deepEqual(
      told.map((s) => [s.to, s.id]),
      [['staff', husly.state.staff.find((s) => s.name === 'navLeder')!.id]],
      "the owning unit's leader, personally",
    );
    assert.match(JSON.stringify(present(told[0], 'the notice').notice), /ta livet sitt/);
    const during = await answer('tilKoord', kase.reference);
    assert.ok(during.details && during.breakGlassUntil);
    const read = husly.state.audit
      .filter(
        (e) =>
          e.action === 'case.lookup' &&
          e.actorStaffId === husly.state.staff.find((s) => s.name === 'tilKoord')!.id,
      )
      .at(-1);
    assert.equal(read?.detail?.breakGlass, true);
    clock.advance(24 * 3_600_000);
    assert.equal((await answer('tilKoord', kase.reference)).details, null, 'gone after 24 hours');
  });

  it('break-glass: leaders unreachable now are told via the outbox (not the reason)', async () => {
    const { kase } = await report('navSaks', {}, 'a');
    const navLeder = husly.state.staff.find((s) => s.name === 'navLeder')!.id;
    const outbox = new InMemoryReminderOutbox();
    const offline = new FakeNotifier(new Set([navLeder]));
    const opened = await new BreakGlassService(
      husly,
      gate,
      offline,
      outbox,
      clock,
      'Europe/Oslo',
    ).open(await actor('tilKoord'), kase.id, 'Ringte og sa hun vil ta livet sitt i natt');
    assert.ok(opened.ok);
    assert.deepEqual(
      outbox.rows.map((r) => [r.kind, r.audience, r.caseId, r.status]),
      [['case.breakGlass', 'leader', kase.id, 'pending']],
    );
    assert.ok(
      !JSON.stringify(outbox.rows).includes('livet'),
      'the reason stays out of the reminder',
    );
    const reached = new InMemoryReminderOutbox();
    await new BreakGlassService(
      husly,
      gate,
      new FakeNotifier(),
      reached,
      clock,
      'Europe/Oslo',
    ).open(await actor('ropSaks'), kase.id, 'Ringte og sa hun vil ta livet sitt i natt');
    assert.deepEqual(reached.rows, [], 'told in person: nothing queued');
  });

  it('throttles lookups per staff member; leader told once an hour; OK an hour later', async () => {
    await report('ropSaks', {}, 'a');
    const tryOnce = async () => {
      const begun = await lookup.begin(await actor('navSaks'), {
        kind: 'nationalId',
        input: '10910174148',
      });
      assert.ok(begun.ok);
      return lookup.answer(await actor('navSaks'), begun.value.lookupId, { code: 'ny-bekymring' });
    };
    for (let i = 0; i < 3; i++)
      assert.deepEqual(await tryOnce(), { ok: false, code: 'LOOKUP.NOT_FOUND' });
    notifier.sent.length = 0;
    assert.equal((await tryOnce()).ok, false);
    assert.deepEqual(await tryOnce(), {
      ok: false,
      code: 'LOOKUP.THROTTLED',
      tellLeaders: false,
    });
    const told = notifier.sent.filter((s) => s.notice.kind === 'lookup.throttled');
    assert.equal(told.length, 1, 'once, not for every refusal');
    assert.deepEqual(
      told.map((s) => s.id),
      [husly.state.staff.find((s) => s.name === 'navLeder')!.id],
    );
    assert.equal(husly.state.audit.filter((e) => e.action === 'lookup.throttled').length, 2);
    clock.advance(3_600_001);
    assert.deepEqual(await tryOnce(), { ok: false, code: 'LOOKUP.NOT_FOUND' });
  });

  it('purpose note: kept once, on its own lookup, no numbers; listed residents: none', async () => {
    for (const [i, id] of ['10910174148', '21907814367'].entries())
      await report('ropSaks', { nationalId: id, name: 'Ola Nordmann' }, `n${i}`);
    const begun = await lookup.begin(await actor('navSaks'), {
      kind: 'name',
      text: 'Ola Nordmann',
    });
    assert.ok(begun.ok);
    const listed = await lookup.answer(await actor('navSaks'), begun.value.lookupId, {
      code: 'annet',
      note: 'Ringte om Kari 12879343745',
    });
    assert.ok(listed.ok && listed.value.kind === 'choices');
    const notes = husly.state.audit.filter(
      (e) => e.purposeNote !== undefined && e.purposeNote !== null,
    );
    assert.deepEqual(
      notes.map((e) => [e.action, e.residentId ?? null, e.purposeNote]),
      [['person.lookup', null, 'Ringte om Kari [tall fjernet]']],
    );
    assert.ok(husly.state.audit.filter((e) => e.action === 'resident.listed').length === 2);
  });
});

describe('helpers of the gate', () => {
  it('seals text so only the same secret opens it, and a changed text opens to nothing', () => {
    const sealed = seal('Kari Nordmann', 'a'.repeat(40));
    assert.ok(!sealed.includes('Kari'));
    assert.equal(unseal(sealed, 'a'.repeat(40)), 'Kari Nordmann');
    assert.equal(unseal(sealed, 'b'.repeat(40)), null);
    // Change the body's first character: every bit of it counts (the last one of a base64 text
    // may carry unused bits, so changing it can leave the bytes as they were, 1 time in 256).
    const [iv, tag, body] = sealed.split('.') as [string, string, string];
    const changed = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    assert.equal(unseal([iv, tag, changed].join('.'), 'a'.repeat(40)), null);
    assert.equal(unseal('garbage', 'a'.repeat(40)), null);
  });

  it('reads a name search: full name, or a name and a birth date', () => {
    assert.deepEqual(parseNameQuery('Kari Nordmann'), {
      words: ['kari', 'nordmann'],
      birthDate: null,
    });
    assert.deepEqual(parseNameQuery('Nordmann f. 12.07.1987'), {
      words: ['nordmann'],
      birthDate: '1987-07-12',
    });
    assert.deepEqual(parseNameQuery('Bjørn Sæther 1987-07-12'), {
      words: ['bjorn', 'saether'],
      birthDate: '1987-07-12',
    });
    for (const tooLittle of ['Kari', 'a e', 'an', 'K Nordmann', '12345', 'Kari 31.02.1990'])
      assert.equal(parseNameQuery(tooLittle), null, tooLittle);
  });

  it('removes identity numbers and dates from free text', () => {
    assert.equal(
      redactNumbers('Om 128793 43745 og 12.07.1987, sak 2026-0001'),
      'Om [tall fjernet] og [tall fjernet], sak 2026-0001',
    );
  });
});

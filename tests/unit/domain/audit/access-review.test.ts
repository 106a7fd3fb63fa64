import { NOTHING_REPORTED } from '../../../../src/domain/concern/concern.ts';
import { InMemoryReminderOutbox } from '../../../fakes/in-memory-outbox.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  accessReviewCard,
  MAX_CARD_FINDINGS,
} from '../../../../dialogs/cards/access-review.card.ts';
import { nb } from '../../../../dialogs/texts/nb.ts';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import { BreakGlassService } from '../../../../src/domain/access/break-glass.service.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import {
  AccessReviewService,
  calendarPeriod,
  CSV_HEADER,
  isoInZone,
  outsideWorkingHours,
  toCsv,
  type AccessReview,
  type AccessReviewFinding,
} from '../../../../src/domain/audit/access-review.service.ts';
import { EMPTY_TIMELINE, type CaseRecord } from '../../../../src/domain/case/case.ts';
// prettier-ignore
import {
  LookupOwnerService,
} from '../../../../src/domain/ownership/queries/lookup-owner.service.ts';
import { validateAdaptiveCard } from '../../../../scripts/lib/schemas.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { present } from '../../../helpers/assert-present.ts';

/**
 * The access review as a leader or the privacy officer would read it. All people are synthetic;
 * "Kari Testesen" is the resident whose name must never appear in a finding, the CSV or the card.
 */

const ZONE = 'Europe/Oslo';
const RESIDENT_NAME = 'Kari Testesen';
const PURPOSE_NOTE = 'Naboen til Kari Testesen ringte om husleie';
const NOVEMBER = calendarPeriod('2026-11-01', '2026-11-30', ZONE);
// Oslo is UTC+1 in November: 10:00 Oslo = 09:00Z.
const TUESDAY_10 = '2026-11-24T09:00:00Z';
const TUESDAY_21 = '2026-11-24T20:00:00Z';
const SATURDAY_10 = '2026-11-28T09:00:00Z';

async function setup(options: { limit?: number; threshold?: number } = {}) {
  const { husly, people, actor } = await smallMunicipality();
  const clock = new FakeClock(new Date(TUESDAY_10));
  const setTime = (iso: string) => clock.advance(new Date(iso).getTime() - clock.now().getTime());
  const gate = new AccessGate(clock, {
    involvementExpiryDays: 30,
    lookupLimitPerHour: options.limit ?? 1000,
  });
  const notifier = new FakeNotifier();
  const lookup = new LookupOwnerService(husly, gate, notifier, clock, {
    idSecret: 'test-secret',
    allowSyntheticIds: true,
  });
  const breakGlass = new BreakGlassService(
    husly,
    gate,
    notifier,
    new InMemoryReminderOutbox(),
    clock,
    'Europe/Oslo',
  );
  const service = new AccessReviewService(husly, gate, {
    timeZone: ZONE,
    manyPeopleThreshold: options.threshold ?? 10,
  });
  const units = await husly.run(async ({ org }) =>
    Object.fromEntries((await org.listUnits()).map((u) => [u.key, u])),
  );
  const unitId = (key: string) => present(units[key], `unit ${key}`).id;

  let n = 0;
  /** A resident and an open case owned by `unitKey` (nav-bolig unless said). */
  const newCase = (name = `Person ${++n} Syntetisk`, unitKey = 'nav-bolig'): Promise<CaseRecord> =>
    husly.run(async ({ residents, cases }) => {
      const resident = await residents.create({
        idHash: null,
        maskedId: '010190*****',
        name,
        birthDate: '1990-01-01',
      });
      const reference = await cases.nextReference(2026);
      return cases.create(reference, {
        residentId: resident.id,
        category: 'fare-for-a-miste-bolig',
        subcategory: 'hoye-boutgifter',
        level: 2,
        owningUnitId: unitId(unitKey),
        openedAt: new Date('2026-10-01T10:00:00Z'),
        timeline: EMPTY_TIMELINE,
      });
    });
  /** A person lookup that found the case, as LookupOwnerService writes it (with a purpose note). */
  const personLookup = (who: Actor, kase: CaseRecord) =>
    husly.run((repos) =>
      gate.read(
        repos,
        who,
        kase,
        'person.lookup',
        { queryKind: 'nationalId', result: 'found' },
        { code: 'annet', note: PURPOSE_NOTE },
      ),
    );
  /** A person lookup that found nobody (no resident on the event). */
  const notFound = (who: Actor) =>
    husly.run((repos) =>
      gate.record(repos.audit, who, {
        action: 'person.lookup',
        outcome: 'denied',
        detail: { queryKind: 'nationalId', result: 'LOOKUP.NOT_FOUND', purpose: 'annet' },
        purposeNote: PURPOSE_NOTE,
      }),
    );
  const review = async (
    scope: { unitId?: string } = {},
    by: Actor | null = null,
  ): Promise<AccessReview> => {
    const result = await service.review(NOVEMBER, scope, by);
    assert.ok(result.ok, `review refused: ${!result.ok && result.code}`);
    return result.value;
  };
  const of = (r: AccessReview, category: AccessReviewFinding['category']) =>
    r.findings.filter((f) => f.category === category);
  return {
    husly,
    people,
    actor,
    clock,
    setTime,
    gate,
    lookup,
    breakGlass,
    service,
    unitId,
    newCase,
    personLookup,
    notFound,
    review,
    of,
  };
}

describe('access review: lookups without a relation', () => {
  it('flags someone from another unit looking a case up, not the owning unit', async () => {
    const t = await setup();
    const kase = await t.newCase(RESIDENT_NAME);
    assert.ok((await t.lookup.byReference(await t.actor('navSaks'), kase.reference)).ok);
    assert.equal(
      t.of(await t.review(), 'lookup-without-relation').length,
      0,
      'the owning unit looking at its own case is no finding',
    );

    assert.ok((await t.lookup.byReference(await t.actor('ropSaks'), kase.reference)).ok);
    assert.ok(
      (await t.lookup.byReference(await t.actor('ropSaks'), '2026-9999')).ok === false,
      'a reference that does not exist',
    );
    await t.husly.run(async (repos) =>
      t.gate.record(repos.audit, await t.actor('ropSaks'), {
        action: 'case.open',
        outcome: 'denied',
        caseId: kase.id,
        detail: { relation: 'none', code: 'ACCESS.DENIED' },
      }),
    );
    const [finding, ...rest] = t.of(await t.review(), 'lookup-without-relation');
    assert.ok(finding, 'a lookup-without-relation finding');
    assert.equal(
      rest.length,
      0,
      'the failed and the refused lookup showed nothing and are no findings',
    );
    assert.equal(finding.staffName, 'ropSaks');
    assert.equal(finding.staffId, t.people.ropSaks);
    assert.equal(finding.unitName, 'Psykisk helse og rus');
    assert.equal(finding.caseReference, kase.reference);
    assert.equal(finding.action, 'case.lookup');
    assert.equal(finding.detail.relation, 'none');
    assert.equal(finding.detail.shown, 'owner-facts');
    assert.deepEqual(finding.at, new Date(TUESDAY_10));
  });

  it('flags a person lookup and opened case by a unit that only reported a concern', async () => {
    const t = await setup();
    const kase = await t.newCase();
    const rop = await t.actor('ropSaks');
    await t.husly.run(({ concerns }) =>
      concerns.add({
        ...NOTHING_REPORTED,
        source: 'tjeneste',
        category: 'fare-for-a-miste-bolig',
        subcategory: 'hoye-boutgifter',
        rentArrears: null,
        notice: null,
        namsmannNoticeDate: null,
        eviction: null,
        other: true,
        description: 'Syntetisk bekymring',
        sharingBasis: 'ikke-avklart',
        residentInformed: true,
        consentId: null,
        submissionId: 's1',
        caseId: kase.id,
        reporterId: rop.staff.id,
        reporterUnitId: rop.unit.id,
        createdAt: new Date(TUESDAY_10),
      }),
    );
    await t.personLookup(rop, kase);
    await t.lookup.byCaseId(rop, kase.id);
    const found = t.of(await t.review(), 'lookup-without-relation');
    assert.deepEqual(
      found.map((f) => [f.action, f.detail.relation]),
      [
        ['person.lookup', 'reporter'],
        ['case.open', 'reporter'],
      ],
    );
    assert.equal(
      present(found[0], 'the person lookup').detail.purpose,
      'annet',
      'the purpose code is shown, the note is not',
    );
  });
});

describe('access review: outside working hours', () => {
  it('knows working hours in Oslo: 07:00–17:00 on working days, across daylight saving', () => {
    assert.equal(outsideWorkingHours(new Date(TUESDAY_10), ZONE), null);
    assert.equal(outsideWorkingHours(new Date(TUESDAY_21), ZONE), 'after-hours');
    assert.equal(
      outsideWorkingHours(new Date('2026-11-24T05:59:00Z'), ZONE),
      'after-hours',
      '06:59',
    );
    assert.equal(outsideWorkingHours(new Date('2026-11-24T06:00:00Z'), ZONE), null, '07:00');
    assert.equal(outsideWorkingHours(new Date('2026-11-24T15:59:00Z'), ZONE), null, '16:59');
    assert.equal(
      outsideWorkingHours(new Date('2026-11-24T16:00:00Z'), ZONE),
      'after-hours',
      '17:00',
    );
    assert.equal(outsideWorkingHours(new Date(SATURDAY_10), ZONE), 'weekend');
    assert.equal(
      outsideWorkingHours(new Date('2026-12-25T09:00:00Z'), ZONE),
      'holiday',
      'første juledag, a Friday',
    );
    // Summer (UTC+2): 06:30Z is 08:30 in Oslo, 15:30Z is 17:30.
    assert.equal(outsideWorkingHours(new Date('2026-06-16T06:30:00Z'), ZONE), null);
    assert.equal(outsideWorkingHours(new Date('2026-06-16T15:30:00Z'), ZONE), 'after-hours');
  });

  it('flags the owning unit’s lookups at 21:00 and on Saturday, not Tuesday 10:00', async () => {
    const t = await setup();
    const kase = await t.newCase();
    const nav = await t.actor('navSaks');
    await t.lookup.byReference(nav, kase.reference);
    assert.equal(t.of(await t.review(), 'outside-working-hours').length, 0);

    t.setTime(TUESDAY_21);
    await t.personLookup(nav, kase);
    t.setTime(SATURDAY_10);
    await t.lookup.byReference(nav, kase.reference);
    const found = t.of(await t.review(), 'outside-working-hours');
    assert.deepEqual(
      found.map((f) => [f.at.toISOString(), f.action, f.detail.when, f.staffName, f.caseReference]),
      [
        [
          new Date(TUESDAY_21).toISOString(),
          'person.lookup',
          'after-hours',
          'navSaks',
          kase.reference,
        ],
        [new Date(SATURDAY_10).toISOString(), 'case.lookup', 'weekend', 'navSaks', kase.reference],
      ],
    );
    assert.equal(
      t.of(await t.review(), 'lookup-without-relation').length,
      0,
      'the owner’s own lookups have a relation',
    );
  });

  it('does not flag other work at night (only lookups and reads)', async () => {
    const t = await setup();
    t.setTime(TUESDAY_21);
    await t.husly.run(async (repos) =>
      t.gate.record(repos.audit, await t.actor('admin'), {
        action: 'routing.set',
        outcome: 'ok',
        detail: {},
      }),
    );
    assert.equal(t.of(await t.review(), 'outside-working-hours').length, 0);
  });
});

describe('access review: many different people', () => {
  it('9 different people are not many at threshold 10; 10 are, once per staff member', async () => {
    const t = await setup({ threshold: 10 });
    const nav = await t.actor('navSaks');
    const cases: CaseRecord[] = [];
    for (let i = 0; i < 10; i++) cases.push(await t.newCase());
    const first = present(cases[0], 'the first case');
    const tenth = present(cases[9], 'the tenth case');
    for (const kase of cases.slice(0, 9)) await t.personLookup(nav, kase);
    await t.personLookup(nav, first); // the same person again is not another person
    await t.personLookup(await t.actor('navKoord'), tenth);
    assert.equal(t.of(await t.review(), 'many-people').length, 0);

    t.setTime('2026-11-25T12:00:00Z');
    await t.personLookup(nav, tenth);
    const [finding, ...rest] = t.of(await t.review(), 'many-people');
    assert.ok(finding, 'a many-people finding');
    assert.equal(rest.length, 0, 'one finding per staff member, not per lookup');
    assert.equal(finding.staffName, 'navSaks');
    assert.equal(finding.detail.people, 10);
    assert.equal(finding.detail.distinctResidents, 10);
    assert.equal(finding.detail.lookups, 11);
    assert.equal(finding.caseReference, null);
    assert.deepEqual(
      [finding.first, finding.last],
      [new Date(TUESDAY_10), new Date('2026-11-25T12:00:00Z')],
    );
  });

  it('counts lookups that found nobody as attempts at someone (number enumeration)', async () => {
    const t = await setup({ threshold: 10 });
    const bolig = await t.actor('boligSaks');
    for (let i = 0; i < 9; i++) await t.notFound(bolig);
    assert.equal(t.of(await t.review(), 'many-people').length, 0);
    await t.notFound(bolig);
    const [finding] = t.of(await t.review(), 'many-people');
    assert.equal(finding?.staffName, 'boligSaks');
    assert.equal(finding?.detail.withoutResident, 10);
  });
});

describe('access review: break-glass and throttling', () => {
  it('lists every break-glass, its justification (numbers removed) and its reads', async () => {
    const t = await setup();
    const kase = await t.newCase(RESIDENT_NAME);
    const rop = await t.actor('ropSaks');
    assert.equal(t.of(await t.review(), 'break-glass').length, 0);
    const opened = await t.breakGlass.open(
      rop,
      kase.id,
      'Beboer truet med å skade seg; ringte fra 12345678901, må finne kontakt nå',
    );
    assert.ok(opened.ok);
    t.clock.advance(60_000);
    await t.lookup.byCaseId(rop, kase.id);
    const review = await t.review();
    const [finding, ...rest] = t.of(review, 'break-glass');
    assert.ok(finding, 'a break-glass finding');
    assert.equal(rest.length, 0);
    assert.equal(finding.staffName, 'ropSaks');
    assert.equal(finding.caseReference, kase.reference);
    assert.equal(
      finding.justification,
      'Beboer truet med å skade seg; ringte fra [tall fjernet], må finne kontakt nå',
    );
    assert.equal(finding.detail.readsUnderGrant, 1);
    assert.equal(
      t.of(review, 'lookup-without-relation').length,
      0,
      'a read under break-glass is the break-glass finding, not another one',
    );
  });

  it("a unit's review also shows break-glass by other units on cases the unit owns", async () => {
    const t = await setup();
    const kase = await t.newCase(RESIDENT_NAME, 'nav-bolig');
    assert.ok(
      (
        await t.breakGlass.open(
          await t.actor('ropSaks'),
          kase.id,
          'Truer med å skade seg, må finne kontakt nå',
        )
      ).ok,
    );
    const nav = await t.review({ unitId: t.unitId('nav-bolig') });
    assert.deepEqual(
      t.of(nav, 'break-glass').map((f) => [f.staffName, f.caseReference]),
      [['ropSaks', kase.reference]],
    );
    const til = await t.review({ unitId: t.unitId('tildeling') });
    assert.equal(t.of(til, 'break-glass').length, 0, 'not in an unrelated unit');
  });

  it('a refused break-glass (the owner already reads the case) is no finding', async () => {
    const t = await setup();
    const kase = await t.newCase(RESIDENT_NAME, 'nav-bolig');
    const refused = await t.breakGlass.open(
      await t.actor('navSaks'),
      kase.id,
      'Truer med å skade seg, må finne kontakt nå',
    );
    assert.deepEqual(refused, { ok: false, code: 'BREAKGLASS.NOT_NEEDED' });
    assert.equal(t.of(await t.review(), 'break-glass').length, 0, 'all units');
    const nav = await t.review({ unitId: t.unitId('nav-bolig') });
    assert.equal(t.of(nav, 'break-glass').length, 0, "the owner's own leader");
  });

  it('lists every throttling hit', async () => {
    const t = await setup({ limit: 2 });
    const kase = await t.newCase();
    const nav = await t.actor('navSaks');
    await t.personLookup(nav, kase);
    await t.personLookup(nav, kase);
    assert.equal(t.of(await t.review(), 'throttled').length, 0);
    const allowed = await t.husly.run((repos) => t.gate.personLookupAllowed(repos, nav));
    assert.equal(allowed.allowed, false);
    const [finding] = t.of(await t.review(), 'throttled');
    assert.equal(finding?.staffName, 'navSaks');
    assert.equal(finding?.detail.limit, 2);
  });
});

describe('access review: scope, period and who may run it', () => {
  async function mixed() {
    const t = await setup();
    const kase = await t.newCase('Annen Syntetisk', 'tildeling');
    t.setTime(TUESDAY_21);
    await t.lookup.byReference(await t.actor('navSaks'), kase.reference);
    await t.lookup.byReference(await t.actor('ropSaks'), kase.reference);
    return { ...t, kase };
  }

  it('a unit scope shows only staff now in that unit, leavers included', async () => {
    const t = await mixed();
    const whole = await t.review();
    assert.deepEqual(
      new Set(whole.findings.map((f) => f.staffName)),
      new Set(['navSaks', 'ropSaks']),
    );
    const nav = await t.review({ unitId: t.unitId('nav-bolig') });
    assert.deepEqual(new Set(nav.findings.map((f) => f.staffName)), new Set(['navSaks']));
    assert.equal(nav.scope.unitName, 'NAV boligsosialt team');
    assert.deepEqual(nav.counts, {
      'lookup-without-relation': 1,
      'many-people': 0,
      'break-glass': 0,
      'outside-working-hours': 1,
      throttled: 0,
    });

    t.husly.state.staff = t.husly.state.staff.map((s) =>
      s.id === t.people.navSaks ? { ...s, deactivatedAt: new Date('2026-11-26T10:00:00Z') } : s,
    );
    assert.equal(
      (await t.review({ unitId: t.unitId('nav-bolig') })).findings.length,
      2,
      'a leaver’s lookups stay in their unit’s review',
    );
  });

  it('a leader reviews own unit only, in personal chat; others are refused, audited', async () => {
    const t = await mixed();
    const leader = await t.actor('navLeder');
    const own = await t.review({}, leader);
    assert.deepEqual(new Set(own.findings.map((f) => f.staffName)), new Set(['navSaks']));
    const other = await t.service.review(NOVEMBER, { unitId: t.unitId('rop') }, leader);
    assert.deepEqual(other, { ok: false, code: 'ACCESS.DENIED' });
    assert.deepEqual(await t.service.review(NOVEMBER, {}, await t.actor('navSaks')), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await t.service.review(NOVEMBER, {}, await t.actor('admin')), {
      ok: false,
      code: 'ACCESS.DENIED',
    });
    assert.deepEqual(await t.service.review(NOVEMBER, {}, { ...leader, audience: 'channel' }), {
      ok: false,
      code: 'CHANNEL.PERSONAL_ONLY',
    });
    const reviews = t.husly.state.audit.filter((e) => e.action === 'audit.review');
    assert.deepEqual(
      reviews.map((e) => [e.actorStaffId, e.outcome, e.detail?.code ?? e.detail?.scope]),
      [
        [t.people.navLeder, 'ok', t.unitId('nav-bolig')],
        [t.people.navLeder, 'denied', 'ACCESS.DENIED'],
        [t.people.navSaks, 'denied', 'ACCESS.DENIED'],
        [t.people.admin, 'denied', 'ACCESS.DENIED'],
        [t.people.navLeder, 'denied', 'CHANNEL.PERSONAL_ONLY'],
      ],
    );
  });

  it('the review itself is audited with counts and scope (no actor from the CLI)', async () => {
    const t = await mixed();
    await t.review();
    const event = t.husly.state.audit.find((e) => e.action === 'audit.review');
    assert.equal(event?.actorStaffId, null);
    assert.equal(event?.outcome, 'ok');
    assert.deepEqual(event?.detail, {
      audience: 'cli',
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-11-30T23:00:00.000Z',
      scope: 'all',
      findings: 4,
      'lookup-without-relation': 2,
      'many-people': 0,
      'break-glass': 0,
      'outside-working-hours': 2,
      throttled: 0,
    });
    assert.equal(
      t.of(await t.review(), 'outside-working-hours').length,
      2,
      'a review is not itself a finding',
    );
  });

  it('unknown unit: UNIT.NOT_FOUND', async () => {
    const t = await setup();
    assert.deepEqual(await t.service.review(NOVEMBER, { unitId: 'no-such-unit' }), {
      ok: false,
      code: 'UNIT.NOT_FOUND',
    });
  });

  it('the period is whole Oslo calendar days, the last day included', async () => {
    assert.deepEqual(NOVEMBER, {
      from: new Date('2026-10-31T23:00:00Z'),
      to: new Date('2026-11-30T23:00:00Z'),
    });
    assert.deepEqual(
      calendarPeriod('2026-03-29', '2026-03-29', ZONE),
      { from: new Date('2026-03-28T23:00:00Z'), to: new Date('2026-03-29T22:00:00Z') },
      'the day summer time starts',
    );
    const t = await setup();
    const kase = await t.newCase();
    const rop = await t.actor('ropSaks');
    t.setTime('2026-10-31T22:30:00Z'); // 23:30 on 31 October in Oslo
    await t.lookup.byReference(rop, kase.reference);
    t.setTime('2026-11-30T22:30:00Z'); // 23:30 on 30 November in Oslo
    await t.lookup.byReference(rop, kase.reference);
    const found = t.of(await t.review(), 'lookup-without-relation');
    assert.deepEqual(
      found.map((f) => f.at.toISOString()),
      ['2026-11-30T22:30:00.000Z'],
    );
  });
});

describe('access review: nothing about the resident', () => {
  it('no resident name, number or purpose note in findings, CSV or card', async () => {
    const t = await setup({ threshold: 2, limit: 3 });
    const kase = await t.newCase(RESIDENT_NAME);
    const other = await t.newCase();
    const rop = await t.actor('ropSaks');
    t.setTime(TUESDAY_21);
    await t.personLookup(rop, kase);
    await t.personLookup(rop, other);
    await t.notFound(rop);
    await t.husly.run((repos) => t.gate.personLookupAllowed(repos, rop));
    await t.breakGlass.open(rop, kase.id, 'Akutt fare for liv og helse, må finne kontaktperson');
    const review = await t.review();
    assert.deepEqual(review.counts, {
      'lookup-without-relation': 2,
      'many-people': 1,
      'break-glass': 1,
      'outside-working-hours': 3,
      throttled: 1,
    });
    // The note was stored: this checks it is the review that leaves it out.
    assert.ok(t.husly.state.audit.some((e) => e.purposeNote === PURPOSE_NOTE));
    const card = accessReviewCard(nb, {
      period: review.period,
      unitName: null,
      findings: review.findings,
      counts: review.counts,
    });
    for (const [what, text] of [
      ['findings', JSON.stringify(review.findings)],
      ['CSV', toCsv(review.findings)],
      ['card', JSON.stringify(card)],
    ] as const) {
      assert.doesNotMatch(text, /Testesen/, `${what}: resident name`);
      assert.doesNotMatch(text, /Naboen/, `${what}: purpose note`);
      assert.doesNotMatch(text, /010190/, `${what}: masked number`);
    }
    assert.doesNotMatch(JSON.stringify(card), /Akutt fare/, 'the justification stays off the card');
    assert.match(
      toCsv(review.findings),
      /Akutt fare for liv og helse/,
      'the CSV has it for the reviewer',
    );
  });
});

describe('access review CSV', () => {
  const finding = (over: Partial<AccessReviewFinding> = {}): AccessReviewFinding => ({
    category: 'break-glass',
    at: new Date(TUESDAY_21),
    first: null,
    last: null,
    staffId: 's-1',
    staffName: 'Ola Nordmann',
    unitName: 'NAV',
    caseReference: '2026-0001',
    action: 'case.breakGlass',
    detail: { relation: 'none', readsUnderGrant: 2 },
    justification: null,
    ...over,
  });

  it('has a Norwegian header, semicolons, Oslo ISO times and escapes ; and "', () => {
    const csv = toCsv([
      finding({ justification: 'Trusler; han sa "nå" og la på' }),
      finding({ staffName: 'Berg; Ola', unitName: 'NAV "Sentrum"' }),
    ]);
    const [header, row, second, end] = csv.split('\r\n');
    assert.equal(header, CSV_HEADER.join(';'));
    assert.equal(
      header,
      'Tidspunkt;Første;Siste;Kategori;Ansatt;Ansatt-ID;Enhet;Sak;Handling;Detaljer;Begrunnelse',
    );
    assert.equal(
      row,
      '2026-11-24T21:00:00+01:00;;;Nødtilgang;Ola Nordmann;s-1;NAV;2026-0001;case.breakGlass;' +
        'relation=none, readsUnderGrant=2;"Trusler; han sa ""nå"" og la på"',
    );
    assert.equal(
      second,
      '2026-11-24T21:00:00+01:00;;;Nødtilgang;"Berg; Ola";s-1;"NAV ""Sentrum""";2026-0001;' +
        'case.breakGlass;relation=none, readsUnderGrant=2;',
    );
    assert.equal(end, '', 'ends with a line break');
  });

  it('aggregates show first and last; summer time has +02:00; line breaks are quoted', () => {
    const csv = toCsv([
      finding({
        category: 'many-people',
        first: new Date('2026-06-16T06:30:00Z'),
        last: new Date(TUESDAY_21),
        caseReference: null,
        justification: null,
      }),
      finding({ justification: 'første linje\nandre linje' }),
    ]);
    const lines = csv.split('\r\n');
    assert.match(
      present(lines[1], 'the first finding line'),
      new RegExp(
        '^2026-11-24T21:00:00\\+01:00;2026-06-16T08:30:00\\+02:00;' +
          '2026-11-24T21:00:00\\+01:00;Mange ulike personer;',
      ),
    );
    assert.match(csv, /;"første linje\nandre linje"\r\n$/);
  });

  it('a field Excel would run as a formula is defused', () => {
    const csv = toCsv([
      finding({
        staffName: '=HYPERLINK("http://x","klikk")',
        justification: '+47 fra nabo, akutt',
      }),
    ]);
    assert.match(csv, /;"'=HYPERLINK\(""http:\/\/x"",""klikk""\)";/);
    assert.match(csv, /;'\+47 fra nabo, akutt\r\n$/);
  });

  it('isoInZone is local time with its offset', () => {
    assert.equal(isoInZone(new Date('2026-03-29T00:59:59Z'), ZONE), '2026-03-29T01:59:59+01:00');
    assert.equal(isoInZone(new Date('2026-03-29T01:00:00Z'), ZONE), '2026-03-29T03:00:00+02:00');
    assert.equal(
      isoInZone(new Date('2026-11-24T20:00:00.999Z'), 'UTC'),
      '2026-11-24T20:00:00+00:00',
    );
  });
});

describe('access review card', () => {
  const counts = {
    'lookup-without-relation': 0,
    'many-people': 0,
    'break-glass': 0,
    'outside-working-hours': 0,
    throttled: 0,
  };
  const f = (i: number, over: Partial<AccessReviewFinding> = {}): AccessReviewFinding => ({
    category: 'outside-working-hours',
    at: new Date(Date.UTC(2026, 10, 2 + i, 20)),
    first: null,
    last: null,
    staffId: `s${i}`,
    staffName: `Ansatt ${i}`,
    unitName: 'NAV',
    caseReference: `2026-${String(i).padStart(4, '0')}`,
    action: 'case.lookup',
    detail: {},
    justification: null,
    ...over,
  });

  it('is a valid Adaptive Card 1.5, empty and full', () => {
    const empty = accessReviewCard(nb, {
      period: NOVEMBER,
      unitName: 'NAV boligsosialt team',
      findings: [],
      counts,
    });
    assert.deepEqual(validateAdaptiveCard(empty), []);
    assert.match(JSON.stringify(empty), /Ingen funn i perioden/);
    const findings = Array.from({ length: 20 }, (_, i) => f(i + 1));
    const full = accessReviewCard(nb, {
      period: NOVEMBER,
      unitName: null,
      findings,
      counts: { ...counts, 'outside-working-hours': 20 },
    });
    assert.deepEqual(validateAdaptiveCard(full), []);
    assert.notDeepEqual(
      validateAdaptiveCard({ ...full, body: [{ type: 'TextRun' }] }),
      [],
      'the validator is not blind',
    );
  });

  it('shows period, counts per category, 15 newest as "dato kl · navn · kategori · sak"', () => {
    const findings = [
      ...Array.from({ length: 19 }, (_, i) => f(i + 1)),
      f(25, {
        category: 'many-people',
        caseReference: null,
        detail: { people: 12 },
        staffName: 'Mange Oppslag',
      }),
      f(26, { category: 'break-glass', justification: 'Hemmelig begrunnelse som ikke skal vises' }),
    ];
    const card = accessReviewCard(nb, {
      period: NOVEMBER,
      unitName: 'NAV boligsosialt team',
      findings,
      counts: { ...counts, 'outside-working-hours': 19, 'many-people': 1, 'break-glass': 1 },
    });
    const text = JSON.stringify(card);
    assert.match(text, /1\.\snovember 2026 – 30\.\snovember 2026 · NAV boligsosialt team/);
    const factSet = card.body.find((e) => e.type === 'FactSet') as unknown as {
      facts: { title: string; value: string }[];
    };
    assert.deepEqual(
      factSet.facts.map((x) => `${x.title}: ${x.value}`),
      [
        'Oppslag uten tilknytning: 0',
        'Mange ulike personer: 1',
        'Nødtilgang: 1',
        'Utenfor arbeidstid: 19',
        'Sperret (for mange oppslag): 0',
      ],
    );
    const lines = card.body
      .filter((e) => e.type === 'RichTextBlock')
      .slice(1)
      .map((e) => (e.inlines as { text: string }[]).map((r) => r.text).join(''));
    assert.equal(lines.length, MAX_CARD_FINDINGS);
    assert.equal(lines[0], '28.11.2026 kl. 21:00 · Ansatt 26 · Nødtilgang · 2026-0026');
    assert.equal(
      lines[1],
      '27.11.2026 kl. 21:00 · Mange Oppslag · Mange ulike personer (12 personer)',
    );
    assert.equal(lines[2], '21.11.2026 kl. 21:00 · Ansatt 19 · Utenfor arbeidstid · 2026-0019');
    assert.equal(
      lines.at(-1),
      '09.11.2026 kl. 21:00 · Ansatt 7 · Utenfor arbeidstid · 2026-0007',
      'the oldest six are left off',
    );
    assert.match(text, /Nyeste 15 av 21 funn/);
    assert.doesNotMatch(text, /Hemmelig begrunnelse/);
  });
});

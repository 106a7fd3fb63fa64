import { OwnershipQueries } from '../../../../src/domain/ownership/queries/ownership.queries.ts';
import assert from 'node:assert/strict';
import { CaseInvolvementService } from '../../../../src/domain/access/case-involvement.service.ts';
import { beforeEach, describe, it } from 'node:test';
import {
  validateConcernDraft,
  type ConcernDraft,
  type ValidConcern,
} from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from
  '../../../../src/domain/ownership/commands/case-ownership.service.ts';
import {
  LookupOwnerService,
  type LookupOutcome,
  type OwnerAnswer,
} from '../../../../src/domain/ownership/queries/lookup-owner.service.ts';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import type { Result } from '../../../../src/domain/common/result.ts';
import { FakeClock, type InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';
import { draft, KARI, UNIT_KEYS } from '../../../fakes/concern-draft.ts';
import { only, present } from '../../../helpers/assert-present.ts';

const TODAY = '2026-11-23';
const SECRET = 's'.repeat(40);

const valid = (d: ConcernDraft): ValidConcern => {
  const r = validateConcernDraft(d, TODAY, { allowSyntheticIds: true, unitKeys: UNIT_KEYS });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
};

describe('concern, lookup and ownership services', () => {
  let husly: InMemoryHusly;
  let actor: Awaited<ReturnType<typeof smallMunicipality>>['actor'];
  let people: Record<string, string>;
  let notifier: FakeNotifier;
  let register: RegisterConcernService;
  let lookup: LookupOwnerService;
  let ownership: CaseOwnershipService;
  let involvement: CaseInvolvementService;
  let queries: OwnershipQueries;
  const staffId = (key: string) => present(people[key], `staff member ${key}`);

  beforeEach(async () => {
    ({ husly, actor, people } = await smallMunicipality());
    const clock = new FakeClock(new Date('2026-11-23T10:00:00Z'));
    notifier = new FakeNotifier();
    const gate = new AccessGate(clock);
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
    queries = new OwnershipQueries(husly, gate);
  });

  /** A person lookup as the dialog runs it: begin (the question waits sealed), then the purpose. */
  const personLookup = async (
    who: Actor,
    query: { kind: 'nationalId'; input: string } | { kind: 'name'; text: string },
    purpose: { code: 'ny-bekymring' | 'annet' | 'samarbeid-tiltak'; note?: string } | null,
  ): Promise<Result<LookupOutcome, string>> => {
    const begun = await lookup.begin(who, query);
    if (!begun.ok) return begun;
    return lookup.answer(who, begun.value.lookupId, purpose);
  };
  const byRef = async (who: Actor, reference: string): Promise<OwnerAnswer> => {
    const r = await lookup.byReference(who, reference);
    assert.ok(r.ok);
    return r.value;
  };

  it('opens a routed case at the suggested level; no personal data to the channel', async () => {
    const done = await register.register(await actor('boligSaks'), valid(draft()), 'sub-1');
    assert.equal(done.createdCase, true);
    assert.equal(done.kase.reference, '2026-0001');
    assert.equal(
      done.owningUnit.key,
      'nav-bolig',
      'rent arrears from the landlord (which owns no cases) → NAV boligsosialt team',
    );
    assert.equal(done.kase.level, 1, 'arrears alone: advice for a short period (nivå 1)');
    assert.equal(done.kase.timeline.firstMissedRentDate, '2026-10-01');
    const channel = notifier.sent.find((s) => s.to === 'unit' && s.notice.kind === 'case.forUnit');
    assert.ok(channel);
    const text = JSON.stringify(channel.notice);
    for (const secret of ['Kari', KARI, '879343', 'svarer ikke', '12500'])
      assert.ok(!text.includes(secret), secret);
    assert.deepEqual(
      husly.state.involvements,
      [],
      "reporting does not make the reporter's unit involved",
    );
  });

  it('an eviction date suggests nivå 2 (need, not stage), routed by the admin rule', async () => {
    const done = await register.register(
      await actor('navSaks'),
      valid(draft({ rentArrears: 'false', evictionDateSet: 'true', evictionDate: '2026-12-10' })),
      's',
    );
    assert.equal(done.kase.level, 2);
    assert.equal(done.owningUnit.key, 'tildeling', 'the fixture routes eviction dates there');
    assert.equal(done.deadline, '2026-12-10');
  });

  it('a second concern joins the open case, updates dates, alerts involved units', async () => {
    const first = await register.register(await actor('boligSaks'), valid(draft()), 'a');
    // The owner gave ROP access (a reporter alone is not involved).
    assert.ok(
      (
        await involvement.grantAccess(await actor('navKoord'), first.kase.id, {
          unitKey: 'rop',
          note: 'Følger opp rus',
        })
      ).ok,
    );
    notifier.sent.length = 0;
    const second = await register.register(
      await actor('boligSaks'),
      valid(draft({ namsmannNotice: 'true', namsmannNoticeDate: '2026-11-20' })),
      'b',
    );
    assert.equal(second.createdCase, false);
    assert.equal(second.kase.reference, '2026-0001');
    assert.equal(second.kase.timeline.namsmannNoticeDate, '2026-11-20');
    assert.equal(second.deadline, '2026-12-04', 'B + 14');
    const alerts = notifier.sent.filter((s) => s.notice.kind === 'case.involvedAlert');
    assert.deepEqual(
      alerts.map((a) => a.id),
      [husly.state.units.find((u) => u.key === 'rop')!.id],
      'rop was given access; bolig is the reporter now',
    );
  });

  it('registers a double-pressed form once', async () => {
    const a = await register.register(await actor('boligSaks'), valid(draft()), 'same');
    const b = await register.register(await actor('boligSaks'), valid(draft()), 'same');
    assert.equal(b.duplicate, true);
    assert.equal(b.kase.id, a.kase.id);
    assert.equal(husly.state.concerns.length, 1);
  });

  it('an anonymised person gets name and number back with a new concern', async () => {
    const first = await register.register(await actor('boligSaks'), valid(draft()), 'old');
    husly.state.cases = husly.state.cases.map((c) =>
      c.id === first.kase.id ? { ...c, status: 'closed' as const } : c,
    );
    // What retention leaves: the keyed hash only.
    husly.state.residents = husly.state.residents.map((r) => ({
      ...r,
      name: '',
      maskedId: null,
      birthDate: null,
    }));
    const again = await register.register(await actor('boligSaks'), valid(draft()), 'new');
    assert.notEqual(again.kase.id, first.kase.id);
    const resident = only(husly.state.residents, 'resident');
    assert.deepEqual([resident.name, resident.maskedId], ['Kari Nordmann', '128793*****']);
  });

  it('a zero-width space or a direction mark does not make a second resident', async () => {
    await register.register(
      await actor('ropSaks'),
      valid(draft({ nationalId: '', name: 'Kari Nordmann', birthDate: '1990-01-01' })),
      'a',
    );
    await register.register(
      await actor('ropSaks'),
      valid(draft({ nationalId: '', name: 'Kari\u200b Nordmann\u202e', birthDate: '1990-01-01' })),
      'b',
    );
    assert.equal(husly.state.residents.length, 1);
    assert.equal(husly.state.cases.length, 1);
  });

  it("a form id is the reporter's own: someone else's id registers their own concern", async () => {
    const kristins = await register.register(await actor('navSaks'), valid(draft()), 'shared-id');
    const pers = await register.register(
      await actor('ropSaks'),
      valid(draft({ nationalId: '10910174148', name: 'Ola Nordmann' })),
      'shared-id',
    );
    assert.equal(pers.duplicate, false);
    assert.notEqual(pers.kase.id, kristins.kase.id);
    assert.equal(husly.state.concerns.length, 2);
  });

  it('matches a resident by identity hash, never by name alone', async () => {
    await register.register(await actor('boligSaks'), valid(draft()), '1');
    await register.register(
      await actor('ropSaks'),
      valid(draft({ nationalId: '', name: 'Kari Nordmann', birthDate: '1990-01-01' })),
      '2',
    );
    assert.equal(husly.state.residents.length, 2);
    assert.equal(husly.state.cases.length, 2);
  });

  it('answers who owns a case; details only for units on it; purpose for people', async () => {
    const { kase } = await register.register(await actor('boligSaks'), valid(draft()), '1');
    const outsider = await byRef(await actor('tilKoord'), kase.reference);
    assert.equal(outsider.owningUnit.name, 'NAV boligsosialt team');
    assert.equal(outsider.details, null, 'no case content for a unit with no relation');
    assert.equal(outsider.context, null, 'not even the level or the other units');
    const reporter = await byRef(await actor('boligSaks'), kase.reference);
    assert.equal(
      reporter.details,
      null,
      'the reporter sees owner facts only until the owner grants access',
    );
    await involvement.grantAccess(await actor('navKoord'), kase.id, {
      unitKey: 'rop',
      note: 'Samarbeid om tiltak',
    });
    const involved = await byRef(await actor('ropSaks'), kase.reference);
    assert.equal(involved.details?.concerns.length, 1);

    assert.deepEqual(
      await personLookup(await actor('tilKoord'), { kind: 'nationalId', input: KARI }, null),
      { ok: false, code: 'LOOKUP.PURPOSE_REQUIRED' },
    );
    const byId = await personLookup(
      await actor('tilKoord'),
      { kind: 'nationalId', input: '128793 43745' },
      { code: 'ny-bekymring' },
    );
    assert.ok(
      byId.ok && byId.value.kind === 'answer' && byId.value.answer.reference === kase.reference,
    );
    const audits = JSON.stringify(husly.state.audit);
    assert.ok(!audits.includes(KARI) && !audits.includes('43745'), 'the number is never audited');
    assert.ok(
      husly.state.audit.filter((a) => a.action === 'case.lookup' || a.action === 'person.lookup')
        .length >= 4,
      'every lookup audited',
    );
  });

  it('a name search needs a full name; several matches listed only if related to all', async () => {
    const ids = ['10910174148', '21907814367', '24835626977'];
    for (const [i, id] of ids.entries())
      await register.register(
        await actor('boligSaks'),
        valid(draft({ nationalId: id, name: `Ola ${['Ås', 'Berg', 'Dahl'][i]} Nordmann` })),
        `n${i}`,
      );
    assert.deepEqual(
      await personLookup(
        await actor('tilKoord'),
        { kind: 'name', text: 'Ola' },
        { code: 'ny-bekymring' },
      ),
      { ok: false, code: 'LOOKUP.NAME_TOO_SHORT' },
    );
    assert.deepEqual(
      await personLookup(
        await actor('tilKoord'),
        { kind: 'name', text: 'a e' },
        { code: 'ny-bekymring' },
      ),
      { ok: false, code: 'LOOKUP.NAME_TOO_SHORT' },
    );
    // Unrelated: three people match; none is listed, no birth year, no masked number.
    assert.deepEqual(
      await personLookup(
        await actor('tilKoord'),
        { kind: 'name', text: 'ola NORDMANN' },
        { code: 'ny-bekymring' },
      ),
      { ok: false, code: 'LOOKUP.AMBIGUOUS' },
    );
    // Related (NAV owns all three): listed with birth year and masked number.
    const found = await personLookup(
      await actor('navSaks'),
      { kind: 'name', text: 'Ola Nordmann' },
      { code: 'annet', note: 'Ringte om husleie' },
    );
    assert.ok(found.ok && found.value.kind === 'choices');
    assert.equal(found.value.residents.length, 3);
    const [firstChoice, secondChoice] = found.value.residents;
    assert.ok(firstChoice && secondChoice);
    assert.match(firstChoice.maskedId ?? '', /^\d{6}\*{5}$/);
    const chosen = await lookup.choose(
      await actor('navSaks'),
      found.value.lookupId,
      secondChoice.residentId,
    );
    assert.ok(chosen.ok && chosen.value.kind === 'answer');
    assert.deepEqual(
      await lookup.choose(await actor('navSaks'), found.value.lookupId, secondChoice.residentId),
      { ok: false, code: 'LOOKUP.EXPIRED' },
      'a choice is used once',
    );
    // A whole name plus birth date narrows to one.
    const one = await personLookup(
      await actor('tilKoord'),
      { kind: 'name', text: 'Ola Berg 21.10.1978' },
      { code: 'ny-bekymring' },
    );
    assert.ok(one.ok && one.value.kind === 'answer' && one.value.answer.details === null);
    assert.deepEqual(
      await personLookup(
        await actor('tilKoord'),
        { kind: 'name', text: 'Ingen Slik' },
        { code: 'ny-bekymring' },
      ),
      { ok: false, code: 'LOOKUP.NOT_FOUND' },
    );
    assert.deepEqual(
      await personLookup(
        await actor('tilKoord'),
        { kind: 'name', text: 'Ola Nordmann' },
        { code: 'annet' },
      ),
      { ok: false, code: 'LOOKUP.PURPOSE_NOTE_REQUIRED' },
    );
  });

  it('"Ta saken": the owner unit takes it once; a second press changes nothing', async () => {
    const { kase } = await register.register(await actor('boligSaks'), valid(draft()), '1');
    // A refusal names only what anyone may know: the owning unit, and who has it.
    assert.deepEqual(await ownership.take(await actor('ropSaks'), kase.id), {
      ok: false,
      code: 'ACCESS.DENIED',
      detail: { owningUnitName: 'NAV boligsosialt team' },
    });
    const taken = await ownership.take(await actor('navKoord'), kase.id);
    assert.ok(taken.ok && !taken.value.alreadyYours);
    const again = await ownership.take(await actor('navKoord'), kase.id);
    assert.ok(again.ok && again.value.alreadyYours, 'idempotent for the same person');
    assert.deepEqual(await ownership.take(await actor('navSaks'), kase.id), {
      ok: false,
      code: 'CASE.ALREADY_TAKEN',
      detail: { owningUnitName: 'NAV boligsosialt team', coordinatorName: 'navKoord' },
    });
    assert.equal(husly.state.ownership.filter((o) => o.caseId === kase.id).length, 2);
  });

  it('"ta saken 2026-0001" by reference; the owner answer offers it to the unit only', async () => {
    const { kase } = await register.register(await actor('boligSaks'), valid(draft()), '1');
    for (const [who, may] of [
      ['navSaks', true],
      ['navLeder', true],
      ['ropSaks', false],
      ['admin', false],
    ] as const)
      assert.equal((await byRef(await actor(who), kase.reference)).may.take, may, who);
    assert.deepEqual(await ownership.takeByReference(await actor('navSaks'), '2026-0099'), {
      ok: false,
      code: 'CASE.NOT_FOUND',
    });
    const taken = await ownership.takeByReference(await actor('navSaks'), kase.reference);
    assert.ok(taken.ok);
    assert.equal(taken.value.kase.coordinatorId, staffId('navSaks'));
    assert.equal(
      (await byRef(await actor('navLeder'), kase.reference)).may.take,
      false,
      'nobody is offered a taken case',
    );
    assert.deepEqual(
      husly.state.audit.filter((a) => a.action === 'case.take').map((a) => a.outcome),
      ['ok'],
    );
  });

  it('hands a case over with a note, keeps history and the previous owner involved', async () => {
    const { kase } = await register.register(await actor('boligSaks'), valid(draft()), '1');
    await ownership.take(await actor('navKoord'), kase.id);
    assert.deepEqual(
      await ownership.handOver(await actor('navSaks'), kase.id, {
        unitKey: 'tildeling',
        coordinatorId: null,
        note: 'x',
      }),
      { ok: false, code: 'ACCESS.DENIED' },
    );
    assert.deepEqual(
      await ownership.handOver(await actor('navKoord'), kase.id, {
        unitKey: 'tildeling',
        coordinatorId: staffId('navSaks'),
        note: 'x',
      }),
      { ok: false, code: 'HANDOVER.COORDINATOR_NOT_IN_UNIT' },
    );
    assert.deepEqual(
      await ownership.handOver(await actor('navKoord'), kase.id, {
        unitKey: 'tildeling',
        coordinatorId: null,
        note: ' ',
      }),
      { ok: false, code: 'HANDOVER.NOTE_REQUIRED' },
    );
    const moved = await ownership.handOver(await actor('navKoord'), kase.id, {
      unitKey: 'tildeling',
      coordinatorId: staffId('tilKoord'),
      note: 'Trenger bolig',
    });
    assert.ok(moved.ok);
    assert.equal(moved.value.everyoneTold, true, 'both channels and both coordinators reached');
    assert.equal(moved.value.previous.unit.key, 'nav-bolig');
    const answer = await byRef(await actor('tilKoord'), kase.reference);
    assert.equal(answer.owningUnit.name, 'Tildelingsteam');
    assert.equal(answer.coordinator?.name, 'tilKoord');
    assert.ok(answer.context?.involvedUnits.some((u) => u.name === 'NAV boligsosialt team'));
    assert.deepEqual(
      await ownership.handOver(await actor('tilKoord'), kase.id, {
        unitKey: 'tildeling',
        coordinatorId: staffId('admin'),
        note: 'x',
      }),
      { ok: false, code: 'HANDOVER.COORDINATOR_NOT_CASEWORKER' },
      'an admin cannot become coordinator',
    );
    assert.equal(husly.state.ownership.filter((o) => o.caseId === kase.id).length, 3);
  });

  it('a hand-over says so when a channel could not be told', async () => {
    const { kase } = await register.register(await actor('boligSaks'), valid(draft()), '1');
    const tildeling = present(
      husly.state.units.find((u) => u.key === 'tildeling'),
      'the tildeling unit',
    );
    const unreachable = new CaseOwnershipService(
      husly,
      new AccessGate(new FakeClock(new Date('2026-11-23T10:00:00Z'))),
      new FakeNotifier(new Set([tildeling.id])),
      new FakeClock(new Date('2026-11-23T10:00:00Z')),
    );
    const moved = await unreachable.handOver(await actor('navKoord'), kase.id, {
      unitKey: 'tildeling',
      coordinatorId: null,
      note: 'Trenger bolig',
    });
    assert.ok(moved.ok, 'the hand-over itself stands');
    assert.equal(moved.value.everyoneTold, false);
  });

  it('"mine saker": most urgent first', async () => {
    await register.register(await actor('boligSaks'), valid(draft()), '1'); // arrears, nav-bolig
    await register.register(
      await actor('ropSaks'),
      valid(
        draft({
          nationalId: '10910174148',
          namsmannNotice: 'true',
          namsmannNoticeDate: '2026-11-20',
        }),
      ),
      '2',
    ); // a namsmann's letter
    const mine = await queries.myCases(await actor('navSaks'), TODAY);
    assert.deepEqual(
      mine.map((m) => m.phase),
      ['begjaert', 'for-varsel'],
      'the request filed first, whatever the level',
    );
    assert.deepEqual(await queries.myCases(await actor('tilKoord'), TODAY), []);
    assert.deepEqual(
      await queries.myCases(await actor('admin'), TODAY),
      [],
      'an admin (in tildeling) sees no resident names',
    );
  });
});

describe('reaching a unit without a linked channel', () => {
  it('tells its leaders and coordinators personally instead', async () => {
    const { husly, actor, people } = await smallMunicipality();
    const nav = husly.state.units.find((u) => u.key === 'nav-bolig')!;
    const notifier = new FakeNotifier(new Set([nav.id])); // NAV has no channel
    const clock = new FakeClock();
    const service = new RegisterConcernService(husly, new AccessGate(clock), notifier, clock, {
      idSecret: 'x'.repeat(40),
      timeZone: 'Europe/Oslo',
    });
    const valid = validateConcernDraft(draft(), '2026-11-23', {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok);
    // The landlord reports: routed to NAV (nivå 1 would otherwise stay with a service unit).
    const done = await service.register(await actor('boligSaks'), valid.value, 'x');
    assert.equal(done.ownerChannelReached, true, 'reached through people');
    assert.deepEqual(
      notifier.sent
        .filter((s) => s.notice.kind === 'case.forUnit')
        .map((s) => [s.to, s.id])
        .sort(),
      [
        ['staff', people.navKoord],
        ['staff', people.navLeder],
      ].sort(),
    );
    assert.equal(husly.state.cards.length, 0, 'a personal copy is not the channel card');
  });
});

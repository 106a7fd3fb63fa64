import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import { ClassifyCaseService } from '../../../../src/domain/case/commands/classify-case.service.ts';
import {
  validateConcernDraft,
  type ConcernDraft,
} from '../../../../src/domain/concern/concern-form.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import type { Notice } from '../../../../src/domain/notify/notifier.ts';
import { nb } from '../../../../dialogs/texts/nb.ts';
// prettier-ignore
import {
  CaseOwnershipService,
} from '../../../../src/domain/ownership/commands/case-ownership.service.ts';
// prettier-ignore
import {
  HandOverProposalService,
} from '../../../../src/domain/ownership/commands/hand-over-proposal.service.ts';
import { proposalEscalationKey } from '../../../../src/domain/ownership/hand-over-proposal.ts';
// prettier-ignore
import {
  LookupOwnerService,
} from '../../../../src/domain/ownership/queries/lookup-owner.service.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../src/domain/reminder/checkpoints.ts';
import { DEFAULT_RETRY_POLICY } from '../../../../src/domain/reminder/delivery-policy.ts';
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

const TZ = 'Europe/Oslo';
const SECRET = 's'.repeat(40);

/** Records the reminder digests the scheduler sends, by recipient. */
class RecordingReminderNotifier implements ReminderNotifier {
  readonly messages: { to: string; kinds: string[] }[] = [];
  async send(to: ReminderRecipient, items: readonly ReminderItem[]): Promise<ReminderSend> {
    const id = to.kind === 'staff' ? `staff:${to.staffId}` : `unit:${to.unitId}`;
    this.messages.push({ to: id, kinds: items.map((i) => i.kind) });
    return { ok: true, conversationId: `conv-${id}`, activityId: `act-${this.messages.length}` };
  }
  async tellUndelivered(): Promise<boolean> {
    return true;
  }
}

describe('ownership follows Kongsvinger: nivå 1 at home, proposals, level review', () => {
  let husly: InMemoryHusly;
  let actor: (key: string) => Promise<Actor>;
  let people: Record<string, string>;
  let clock: FakeClock;
  let notifier: FakeNotifier;
  let outbox: InMemoryReminderOutbox;
  let register: RegisterConcernService;
  let ownership: CaseOwnershipService;
  let proposals: HandOverProposalService;
  let classify: ClassifyCaseService;
  let lookup: LookupOwnerService;
  const id = (key: string) => present(people[key], `staff member ${key}`);
  const unitId = async (key: string) =>
    present((await husly.run(({ org }) => org.findUnitByKey(key))) ?? undefined, key).id;
  const caseOf = async (caseId: string) =>
    present((await husly.run(({ cases }) => cases.findById(caseId))) ?? undefined, 'case');
  const sentOf = (kind: Notice['kind']) => notifier.sent.filter((s) => s.notice.kind === kind);

  beforeEach(async () => {
    const small = await smallMunicipality();
    ({ husly, actor, people } = small);
    // Leaders in the receiving units, to be told and escalated to.
    await husly.run(async ({ org }) => {
      for (const [key, unitKey, n] of [
        ['ropLeder', 'rop', 20],
        ['tilLeder', 'tildeling', 21],
      ] as const) {
        const s = await org.upsertStaff({
          aadObjectId: `aaaaaaaa-0000-4000-8000-0000000000${n}`,
          name: key,
          email: `${key}@k.no`,
          unitKey,
          role: 'leder',
        });
        people[key] = s.id;
      }
    });
    clock = new FakeClock(new Date('2026-11-23T09:00:00Z')); // Monday, 10:00 in Oslo
    notifier = new FakeNotifier();
    outbox = new InMemoryReminderOutbox();
    const gate = new AccessGate(clock);
    register = new RegisterConcernService(husly, gate, notifier, clock, {
      idSecret: SECRET,
      timeZone: TZ,
    });
    ownership = new CaseOwnershipService(husly, gate, notifier, clock);
    proposals = new HandOverProposalService(husly, gate, notifier, ownership, outbox, clock, TZ);
    classify = new ClassifyCaseService(husly, gate, clock, proposals);
    lookup = new LookupOwnerService(husly, gate, notifier, clock, {
      idSecret: SECRET,
      allowSyntheticIds: true,
    });
  });

  const report = async (who: string, overrides: ConcernDraft = {}, submissionId = 'form-1') => {
    const valid = validateConcernDraft(draft(overrides), '2026-11-23', {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.ok(valid.ok, JSON.stringify(!valid.ok && valid.errors));
    return register.register(await actor(who), valid.value, submissionId);
  };

  /** A NAV case: the landlord (Boligstiftelsen) reports the arrears, so routing gives it NAV. */
  const navCase = async () => {
    const done = await report('boligSaks');
    assert.equal(done.owningUnit.key, 'nav-bolig');
    return done.kase;
  };

  const propose = async (caseId: string, unitKey = 'rop', coordinatorId = '') =>
    proposals.propose(await actor('navKoord'), caseId, {
      unitKey,
      coordinatorId: coordinatorId || null,
      note: 'Trenger fast oppfølging fra psykisk helse og rus.',
    });

  describe('nivå 1 stays with the reporting unit', () => {
    it('a service unit reporting arrears alone (nivå 1) owns the new case itself', async () => {
      const done = await report('ropSaks');
      assert.equal(done.kase.level, 1);
      assert.equal(done.owningUnit.key, 'rop');
      assert.equal(done.ownedBy, 'reporter-unit');
      // Its own channel gets the case card ("Ta saken"), not NAV's.
      assert.deepEqual(
        sentOf('case.forUnit').map((s) => s.id),
        [await unitId('rop')],
      );
    });

    it('routes as before when something needs NAV or the tildeling team now', async () => {
      const cases: [string, ConcernDraft, string][] = [
        [
          'acute',
          { acute: 'true', rentArrears: 'false', category: 'uten-egen-bolig/uten-tak-over-hodet' },
          'nav-bolig',
        ],
        [
          '§ 4-18 notice',
          { noticeReceived: 'true', noticeDate: '2026-11-20', noticeReceivedDate: '2026-11-21' },
          'nav-bolig',
        ],
        [
          'namsmann letter',
          { namsmannNotice: 'true', namsmannNoticeDate: '2026-11-16' },
          'nav-bolig',
        ],
        [
          'the landlord’s notice to NAV (husleieloven § 9-11)',
          { landlordNotice: 'true', landlordNoticeDate: '2026-11-20' },
          'nav-bolig',
        ],
        [
          'eviction date',
          { evictionDateSet: 'true', evictionDate: '2026-12-10' },
          'tildeling', // the fixture's routing rule for utkastelsesdato
        ],
      ];
      const residents = ['10910174148', '12879343745'];
      for (const [i, [what, overrides, expected]] of cases.entries()) {
        // A new resident each time: a second concern would join the open case.
        await husly.run(async ({ cases: all }) => {
          for (const c of await all.listOpenForStaff(id('navKoord'), await unitId('nav-bolig')))
            await all.update(c.id, { status: 'closed' });
          for (const c of await all.listOpenForStaff(id('tilKoord'), await unitId('tildeling')))
            await all.update(c.id, { status: 'closed' });
          for (const c of await all.listOpenForStaff(id('ropSaks'), await unitId('rop')))
            await all.update(c.id, { status: 'closed' });
        });
        const done = await report(
          'ropSaks',
          { ...overrides, nationalId: residents[i % 2], name: 'Testperson' },
          `form-${i}`,
        );
        assert.equal(done.owningUnit.key, expected, what);
        assert.equal(done.ownedBy, 'routing', what);
      }
    });

    it('a unit that does not follow people up (the landlord, innfordring) is routed', async () => {
      const done = await report('boligSaks');
      assert.equal(done.kase.level, 1);
      assert.equal(done.owningUnit.key, 'nav-bolig');
      assert.equal(done.ownedBy, 'routing');
    });

    it('a concern joining an open case changes no owner', async () => {
      await report('boligSaks');
      const again = await report('ropSaks', {}, 'form-2');
      assert.equal(again.owningUnit.key, 'nav-bolig');
      assert.equal(again.ownedBy, null);
    });
  });

  describe('a level raised to 2 or more asks the tildeling team', () => {
    /** ropSaks's own nivå 1 case, taken by ropSaks (saksansvarlig may change the level). */
    const ropCase = async () => {
      const done = await report('ropSaks');
      assert.ok((await ownership.take(await actor('ropSaks'), done.kase.id)).ok);
      return done.kase;
    };
    const raise = async (caseId: string, level: number, who = 'ropSaks') =>
      classify.change(await actor(who), caseId, {
        level,
        categoryChoice: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
        reason: 'Trenger oppfølging over tid.',
      });

    it('tells the tildeling team (channel, leaders): reference, level and units only', async () => {
      const kase = await ropCase();
      const changed = await raise(kase.id, 2);
      assert.ok(changed.ok);
      assert.deepEqual(changed.value.levelReview, {
        tildelingUnitName: 'Tildelingsteam',
        reached: 'reached',
      });
      const asked = sentOf('case.levelReview');
      assert.deepEqual(
        asked.map((s) => `${s.to}:${s.id}`).sort(),
        [`unit:${await unitId('tildeling')}`, `staff:${id('tilLeder')}`].sort(),
      );
      const notice = present(asked[0], 'notice').notice;
      assert.ok(notice.kind === 'case.levelReview');
      assert.deepEqual(
        { ...notice, proposalId: '' },
        {
          kind: 'case.levelReview',
          proposalId: '',
          reference: kase.reference,
          level: 2,
          owningUnitName: 'Psykisk helse og rus',
          tildelingUnitName: 'Tildelingsteam',
        },
      );
    });

    it('"behold": the answer is recorded (who, when), the owner told; nothing moves', async () => {
      const kase = await ropCase();
      assert.ok((await raise(kase.id, 3)).ok);
      const notice = present(sentOf('case.levelReview')[0], 'notice').notice;
      assert.ok(notice.kind === 'case.levelReview');
      const kept = await proposals.answer(await actor('tilKoord'), notice.proposalId, 'decline');
      assert.ok(kept.ok);
      assert.equal(kept.value.view.proposal.status, 'declined');
      assert.equal(kept.value.view.proposal.answeredById, id('tilKoord'));
      assert.deepEqual(kept.value.view.proposal.answeredAt, clock.now());
      assert.equal((await caseOf(kase.id)).owningUnitId, await unitId('rop'));
      const told = sentOf('case.handOverAnswered');
      assert.deepEqual(
        told.map((s) => `${s.to}:${s.id}`).sort(),
        [`staff:${id('ropSaks')}`, `unit:${await unitId('rop')}`].sort(),
      );
    });

    it('"ta over": the tildeling team owns it, the former owner stays involved', async () => {
      const kase = await ropCase();
      assert.ok((await raise(kase.id, 2)).ok);
      const notice = present(sentOf('case.levelReview')[0], 'notice').notice;
      assert.ok(notice.kind === 'case.levelReview');
      assert.ok((await proposals.answer(await actor('tilKoord'), notice.proposalId, 'accept')).ok);
      const moved = await caseOf(kase.id);
      assert.equal(moved.owningUnitId, await unitId('tildeling'));
      assert.equal(moved.coordinatorId, null, 'the tildeling team chooses its saksansvarlig');
      const answer = await lookup.byReference(await actor('ropSaks'), kase.reference);
      assert.ok(answer.ok && answer.value.details !== null, 'rop still reads it for a while');
    });

    it('asks nothing when lowered, unchanged at 1, or already the tildeling team’s', async () => {
      const kase = await ropCase();
      const category = await raise(kase.id, 1); // same level: only the category would change
      assert.equal(category.ok, false);
      assert.equal(sentOf('case.levelReview').length, 0);
      // The tildeling team's own case (an eviction date is routed there by the fixture).
      const tilCase = await report(
        'ropSaks',
        { evictionDateSet: 'true', evictionDate: '2026-12-10', nationalId: '10910174148' },
        'form-9',
      );
      assert.equal(tilCase.owningUnit.key, 'tildeling');
      assert.ok((await ownership.take(await actor('tilKoord'), tilCase.kase.id)).ok);
      const raised = await raise(tilCase.kase.id, 3, 'tilKoord');
      assert.ok(raised.ok);
      assert.equal(raised.value.levelReview, null);
      assert.equal(sentOf('case.levelReview').length, 0);
    });
  });

  describe('a hand-over is proposed and accepted', () => {
    it('says the receiving unit is being retried, or was not reached, as it happened', async () => {
      const kase = await navCase();
      notifier.retrying.add(await unitId('rop'));
      notifier.retrying.add(id('ropLeder'));
      const retried = await propose(kase.id, 'rop', id('ropSaks'));
      assert.ok(retried.ok && retried.value.kind === 'proposed');
      assert.equal(retried.value.receiverTold, 'retrying');
      assert.match(
        nb.handOver.proposed(kase.reference, 'Psykisk helse og rus', 'retrying'),
        /Psykisk helse og rus nås ikke nå – Husly prøver igjen\.$/,
      );
      assert.match(
        nb.handOver.proposed(kase.reference, 'Psykisk helse og rus', 'unreached'),
        /Varselet kom ikke fram til Psykisk helse og rus \(kanal ikke koblet/,
      );
      assert.doesNotMatch(
        nb.handOver.proposed(kase.reference, 'Psykisk helse og rus', 'reached'),
        /Varselet|prøver igjen/,
      );
    });

    it('the case stays with the owner while the receiving unit is asked', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id, 'rop', id('ropSaks'));
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      assert.equal(proposed.value.receiverTold, 'reached');
      assert.equal((await caseOf(kase.id)).owningUnitId, await unitId('nav-bolig'));
      // The channel gets owner facts; the leader personally also the note.
      const asked = sentOf('case.handOverProposed');
      const toChannel = present(
        asked.find((s) => s.to === 'unit'),
        'channel',
      ).notice;
      const toLeader = present(
        asked.find((s) => s.to === 'staff'),
        'leader',
      );
      assert.equal(toLeader.id, id('ropLeder'));
      assert.ok(toChannel.kind === 'case.handOverProposed' && toChannel.note === null);
      assert.ok(
        toLeader.notice.kind === 'case.handOverProposed' &&
          toLeader.notice.note === 'Trenger fast oppfølging fra psykisk helse og rus.',
      );
      assert.equal(toChannel.coordinatorName, 'ropSaks');
    });

    it('accepting moves the case as a hand-over did: history, previous owner stays', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id, 'rop', id('ropSaks'));
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      const accepted = await proposals.answer(
        await actor('ropSaks'),
        proposed.value.proposal.id,
        'accept',
      );
      assert.ok(accepted.ok);
      assert.equal(accepted.value.alreadyAnswered, false);
      const moved = await caseOf(kase.id);
      assert.equal(moved.owningUnitId, await unitId('rop'));
      assert.equal(moved.coordinatorId, id('ropSaks'));
      const history = await husly.run(({ cases }) => cases.ownershipHistory(kase.id));
      assert.equal(history.at(-1)?.note, 'Trenger fast oppfølging fra psykisk helse og rus.');
      assert.equal(history.at(-1)?.unitId, await unitId('rop'));
      // NAV keeps reading for a while, to hand over well.
      const answer = await lookup.byReference(await actor('navSaks'), kase.reference);
      assert.ok(answer.ok && answer.value.details !== null, 'NAV still reads it for a while');
      // Both channels hear of the hand-over; the proposer hears the answer.
      assert.deepEqual(
        sentOf('case.handedOver')
          .filter((s) => s.to === 'unit')
          .map((s) => s.id)
          .sort(),
        [await unitId('nav-bolig'), await unitId('rop')].sort(),
      );
      assert.ok(
        sentOf('case.handOverAnswered').some(
          (s) =>
            s.id === id('navKoord') &&
            s.notice.kind === 'case.handOverAnswered' &&
            s.notice.outcome === 'accepted',
        ),
      );
      assert.ok(
        husly.state.audit.some((e) => e.action === 'handover.accept' && e.outcome === 'ok'),
      );
    });

    it('declining needs a reason; the case stays and the proposer gets the reason', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id);
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      const proposalId = proposed.value.proposal.id;
      const ropSaks = await actor('ropSaks');
      assert.deepEqual(await proposals.answer(ropSaks, proposalId, 'decline', '   '), {
        ok: false,
        code: 'HANDOVER.DECLINE_REASON_REQUIRED',
      });
      assert.equal((await proposals.view(proposalId))?.proposal.status, 'pending');
      const declined = await proposals.answer(
        ropSaks,
        proposalId,
        'decline',
        'Personen har allerede fast kontakt hos NAV.',
      );
      assert.ok(declined.ok);
      assert.equal(declined.value.view.proposal.status, 'declined');
      assert.equal((await caseOf(kase.id)).owningUnitId, await unitId('nav-bolig'));
      const answers = sentOf('case.handOverAnswered');
      const toProposer = present(
        answers.find((s) => s.id === id('navKoord')),
        'proposer',
      );
      assert.ok(
        toProposer.notice.kind === 'case.handOverAnswered' &&
          toProposer.notice.reason === 'Personen har allerede fast kontakt hos NAV.' &&
          toProposer.notice.outcome === 'declined',
      );
      const toChannel = present(
        answers.find((s) => s.to === 'unit'),
        'channel',
      );
      assert.ok(toChannel.notice.kind === 'case.handOverAnswered' && !toChannel.notice.reason);
    });

    it('a second press on an old card changes nothing', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id);
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      const proposalId = proposed.value.proposal.id;
      assert.ok((await proposals.answer(await actor('ropSaks'), proposalId, 'accept')).ok);
      const before = JSON.stringify(husly.state.cases);
      const history = (await husly.run(({ cases }) => cases.ownershipHistory(kase.id))).length;
      const sent = notifier.sent.length;
      for (const decision of ['accept', 'decline'] as const) {
        const again = await proposals.answer(await actor('ropLeder'), proposalId, decision, 'x');
        assert.ok(again.ok);
        assert.equal(again.value.alreadyAnswered, true);
        assert.equal(again.value.view.proposal.status, 'accepted');
        assert.equal(again.value.view.answeredByName, 'ropSaks');
      }
      assert.equal(JSON.stringify(husly.state.cases), before);
      assert.equal(
        (await husly.run(({ cases }) => cases.ownershipHistory(kase.id))).length,
        history,
      );
      assert.equal(notifier.sent.length, sent, 'nobody is told twice');
    });

    it('only caseworkers of the receiving unit may answer; a refusal is audited', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id);
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      for (const who of ['navLeder', 'boligSaks', 'tilKoord']) {
        const refused = await proposals.answer(
          await actor(who),
          proposed.value.proposal.id,
          'accept',
        );
        assert.deepEqual(refused, { ok: false, code: 'HANDOVER.NOT_RECEIVING_UNIT' }, who);
      }
      assert.equal((await caseOf(kase.id)).owningUnitId, await unitId('nav-bolig'));
      assert.equal(
        husly.state.audit.filter((e) => e.action === 'handover.accept' && e.outcome === 'denied')
          .length,
        3,
      );
    });

    it('an admin of the receiving unit cannot answer (admins see no cases)', async () => {
      const kase = await navCase();
      const proposed = await proposals.propose(await actor('navKoord'), kase.id, {
        unitKey: 'tildeling',
        coordinatorId: null,
        note: 'Tildelingsteamet bør ha den.',
      });
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      assert.deepEqual(
        await proposals.answer(await actor('admin'), proposed.value.proposal.id, 'accept'),
        { ok: false, code: 'HANDOVER.NOT_RECEIVING_UNIT' },
      );
    });

    it('bad input: no unit, no note, a saksansvarlig elsewhere — nothing is stored', async () => {
      const kase = await navCase();
      const navKoord = await actor('navKoord');
      const tries = [
        [{ unitKey: '', coordinatorId: null, note: 'x' }, 'HANDOVER.UNIT_REQUIRED'],
        [{ unitKey: 'rop', coordinatorId: null, note: '  ' }, 'HANDOVER.NOTE_REQUIRED'],
        [{ unitKey: 'nope', coordinatorId: null, note: 'x' }, 'UNIT.NOT_FOUND'],
        [
          { unitKey: 'rop', coordinatorId: id('tilKoord'), note: 'x' },
          'HANDOVER.COORDINATOR_NOT_IN_UNIT',
        ],
      ] as const;
      for (const [request, code] of tries) {
        const refused = await proposals.propose(navKoord, kase.id, request);
        assert.equal(!refused.ok && refused.code, code);
      }
      assert.equal(husly.state.proposals.length, 0);
      assert.equal(sentOf('case.handOverProposed').length, 0);
      assert.equal(outbox.rows.length, 0);
    });

    it('"Til enhet" left empty with a saksansvarlig chosen: their unit is asked', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id, '', id('ropSaks'));
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      assert.equal(proposed.value.toUnit.key, 'rop');
    });

    it('a new saksansvarlig in the owning unit itself needs no acceptance', async () => {
      const kase = await navCase();
      const handed = await propose(kase.id, 'nav-bolig', id('navSaks'));
      assert.ok(handed.ok && handed.value.kind === 'handed');
      assert.equal((await caseOf(kase.id)).coordinatorId, id('navSaks'));
      assert.equal(husly.state.proposals.length, 0);
    });

    it('a proposal made stale by a move meanwhile changes nothing when accepted', async () => {
      const kase = await navCase();
      const toRop = await propose(kase.id, 'rop');
      assert.ok(toRop.ok && toRop.value.kind === 'proposed');
      // Another route moves the case first (tildeling took it over after a level review).
      await husly.run(async ({ cases }) =>
        cases.update(kase.id, { owningUnitId: await unitId('tildeling') }),
      );
      assert.deepEqual(
        await proposals.answer(await actor('ropSaks'), toRop.value.proposal.id, 'accept'),
        { ok: false, code: 'HANDOVER.STALE' },
      );
      assert.equal((await caseOf(kase.id)).owningUnitId, await unitId('tildeling'));
      assert.equal((await proposals.view(toRop.value.proposal.id))?.proposal.status, 'withdrawn');
    });
  });

  describe('an unanswered proposal escalates to the receiving leaders after a working day', () => {
    const scheduler = (reminders: RecordingReminderNotifier) =>
      new ReminderService(husly, outbox, reminders, clock, {
        owner: 'A',
        leaseMs: 60_000,
        batchSize: 100,
        retry: DEFAULT_RETRY_POLICY,
        settings: DEFAULT_REMINDER_SETTINGS,
        timeZone: TZ,
      });

    it('is planned for the next working day and reaches the receiving unit’s leaders', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id);
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      const key = proposalEscalationKey(proposed.value.proposal.id);
      const row = present(
        outbox.rows.find((r) => r.key === key),
        'escalation row',
      );
      assert.equal(row.kind, 'handover.unanswered');
      assert.equal(row.dueDate, '2026-11-24');
      const reminders = new RecordingReminderNotifier();
      // Monday afternoon: not yet.
      clock.advance(5 * 3_600_000);
      await scheduler(reminders).tick();
      assert.deepEqual(reminders.messages, []);
      // Tuesday morning, 09:00 in Oslo: ropLeder (the receiving unit's), not NAV's leader.
      clock.advance(18 * 3_600_000);
      await scheduler(reminders).tick();
      assert.deepEqual(reminders.messages, [
        { to: `staff:${id('ropLeder')}`, kinds: ['handover.unanswered'] },
      ]);
    });

    it('is dropped once the proposal is answered', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id);
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      const key = proposalEscalationKey(proposed.value.proposal.id);
      assert.ok(
        (
          await proposals.answer(
            await actor('ropSaks'),
            proposed.value.proposal.id,
            'decline',
            'Ikke vår sak.',
          )
        ).ok,
      );
      assert.equal((await outbox.byKey(key))?.status, 'cancelled');
      const reminders = new RecordingReminderNotifier();
      clock.advance(23 * 3_600_000);
      await scheduler(reminders).tick();
      assert.deepEqual(reminders.messages, []);
    });

    it('is not sent even if still pending in the outbox when the answer came', async () => {
      const kase = await navCase();
      const proposed = await propose(kase.id);
      assert.ok(proposed.ok && proposed.value.kind === 'proposed');
      // Answered behind the outbox's back (another instance, or a cancel that failed).
      const proposalId = proposed.value.proposal.id;
      await husly.run(({ handOverProposals }) =>
        handOverProposals.settle(proposalId, {
          status: 'accepted',
          byId: id('ropSaks'),
          at: clock.now(),
          declineReason: null,
        }),
      );
      const reminders = new RecordingReminderNotifier();
      clock.advance(23 * 3_600_000);
      await scheduler(reminders).tick();
      assert.deepEqual(reminders.messages, []);
    });
  });
});

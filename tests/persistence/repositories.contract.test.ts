import { NOTHING_REPORTED } from '../../src/domain/concern/concern.ts';
import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { present } from '../helpers/assert-present.ts';
import type { ConversationRef } from '../../src/domain/conversation/conversation-ref.ts';
import type { UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/**
 * What every implementation of the repositories must do. The in-memory fakes used by the
 * domain tests pass the same suite as the Prisma repositories, so the fakes cannot drift.
 */
const NEW_PLAN = {
  evaluationDate: '2031-04-01',
  periodStart: '2031-02-01',
  periodEnd: null,
  vedtakReference: 'V-1',
  ipNeeded: false,
  whatMatters: null,
  resources: null,
  residentParticipation: null,
  levelAtStart: null,
  template: null,
  createdAt: new Date('2031-02-01T10:00:00Z'),
  createdById: 's',
} as const;

function contract(
  name: string,
  open: () => Promise<{ uow: UnitOfWork; close: () => Promise<void> }>,
) {
  describe(`repository contract: ${name}`, () => {
    let uow: UnitOfWork;
    let close: () => Promise<void>;
    before(async () => ({ uow, close } = await open()));
    after(() => close());

    it('upserts units by key and staff by Entra object id', async () => {
      await uow.run(async ({ org }) => {
        const unit = await org.upsertUnit({ key: 'nav-bolig', name: 'NAV bolig', kind: 'nav' });
        const again = await org.upsertUnit({
          key: 'nav-bolig',
          name: 'NAV boligsosialt team',
          kind: 'nav',
        });
        assert.equal(again.id, unit.id);
        assert.equal((await org.findUnitByKey('nav-bolig'))?.name, 'NAV boligsosialt team');
        await org.upsertUnit({ key: 'tildeling', name: 'Tildelingsteam', kind: 'tildeling' });
        const staff = await org.upsertStaff({
          aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
          name: 'A Admin',
          email: 'a@k.no',
          unitKey: 'nav-bolig',
          role: 'admin',
        });
        const moved = await org.upsertStaff({
          aadObjectId: staff.aadObjectId,
          name: 'A Admin',
          email: 'a@k.no',
          unitKey: 'tildeling',
          role: 'admin',
        });
        assert.equal(moved.id, staff.id);
        assert.equal(moved.unitId, (await org.findUnitByKey('tildeling'))?.id);
        assert.deepEqual(
          (await org.listStaffByRole('admin')).map((s) => s.name),
          ['A Admin'],
        );
        assert.deepEqual(await org.listStaffByRole('leder'), []);
        assert.deepEqual(
          (await org.listUnits()).map((u) => u.key),
          ['nav-bolig', 'tildeling'],
        );
        assert.equal(
          await org.findStaffByAadObjectId('aaaaaaaa-0000-4000-8000-000000000009'),
          null,
        );
      });
    });

    it('links a channel to one unit at a time', async () => {
      await uow.run(async ({ org }) => {
        const nav = (await org.findUnitByKey('nav-bolig'))!;
        const til = (await org.findUnitByKey('tildeling'))!;
        await org.linkUnitChannel(nav.id, {
          conversationId: '19:c@thread.tacv2',
          teamId: '19:t',
          linkedAt: new Date(),
        });
        await org.linkUnitChannel(til.id, {
          conversationId: '19:c@thread.tacv2',
          teamId: '19:t',
          linkedAt: new Date(),
        });
        assert.equal((await org.findUnitById(nav.id))?.channelConversationId, null);
        assert.equal((await org.findUnitById(til.id))?.channelConversationId, '19:c@thread.tacv2');
      });
    });

    it('keeps a unit’s weekly worklist time, through an upsert, until stopped', async () => {
      await uow.run(async ({ org }) => {
        const nav = (await org.findUnitByKey('nav-bolig'))!;
        const set = await org.setWorklistSchedule(nav.id, { weekday: 1, time: '08:30' });
        assert.deepEqual(set.worklistSchedule, { weekday: 1, time: '08:30' });
        await org.upsertUnit({ key: 'nav-bolig', name: 'NAV boligsosialt team', kind: 'nav' });
        const listed = (await org.listUnits()).find((u) => u.id === nav.id);
        assert.deepEqual(listed?.worklistSchedule, { weekday: 1, time: '08:30' });
        await org.setWorklistSchedule(nav.id, null);
        assert.equal((await org.findUnitById(nav.id))?.worklistSchedule ?? null, null);
      });
    });

    it('saves and replaces a conversation reference', async () => {
      const ref: ConversationRef = {
        conversationId: 'a:1x',
        conversationType: 'personal',
        tenantId: 't',
        serviceUrl: 'https://smba.example/emea/',
        botId: '28:bot',
        aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
        teamId: null,
        channelId: null,
        installedAt: new Date('2026-11-01T10:00:00Z'),
        removedAt: null,
        unreachableAt: null,
        locale: 'nn-NO',
        lastSeenAt: new Date('2026-11-01T10:00:00Z'),
      };
      await uow.run(({ conversations }) => conversations.save(ref));
      assert.equal(
        (
          await uow.run(({ conversations }) =>
            conversations.findPersonalFor('aaaaaaaa-0000-4000-8000-000000000001'),
          )
        )?.locale,
        'nn-NO',
      );
      await uow.run(({ conversations }) =>
        conversations.save({
          ...ref,
          serviceUrl: 'https://smba.example/no/',
          removedAt: new Date('2026-11-02T10:00:00Z'),
          locale: 'en-US',
        }),
      );
      const found = await uow.run(({ conversations }) =>
        conversations.findByConversationId('a:1x'),
      );
      assert.equal(found?.serviceUrl, 'https://smba.example/no/');
      assert.equal(found?.locale, 'en-US');
      await uow.run(({ conversations }) => conversations.save({ ...ref, locale: null }));
      assert.equal(
        (await uow.run(({ conversations }) => conversations.findByConversationId('a:1x')))?.locale,
        null,
      );
      assert.deepEqual(found?.removedAt, new Date('2026-11-02T10:00:00Z'));
      assert.deepEqual(found?.installedAt, ref.installedAt);
      assert.equal(
        await uow.run(({ conversations }) => conversations.findByConversationId('nope')),
        null,
      );
      await uow.run(({ conversations }) =>
        conversations.markUnreachable('a:1x', new Date('2026-11-03T10:00:00Z')),
      );
      assert.deepEqual(
        (await uow.run(({ conversations }) => conversations.findByConversationId('a:1x')))
          ?.unreachableAt,
        new Date('2026-11-03T10:00:00Z'),
      );
    });

    it('stores residents by identity hash and finds them by folded name words', async () => {
      await uow.run(async ({ residents }) => {
        const kari = await residents.create({
          idHash: 'h1',
          maskedId: '128793*****',
          name: 'Kari Nordmann',
          birthDate: '1993-07-12',
        });
        await residents.create({
          idHash: null,
          maskedId: null,
          name: 'Bjørn Sæther',
          birthDate: '1980-01-01',
        });
        assert.deepEqual(await residents.findByIdHash('h1'), kari);
        assert.equal(await residents.findByIdHash('nope'), null);
        assert.deepEqual(
          (await residents.searchByName('saether bjorn', 5)).map((r) => r.name),
          ['Bjørn Sæther'],
        );
        assert.deepEqual(
          (await residents.searchByName('nord', 5)).map((r) => r.name),
          ['Kari Nordmann'],
        );
        assert.deepEqual(await residents.searchByName('ola', 5), []);
      });
    });

    it('creates cases: gap-free yearly references, ownership history, involvement', async () => {
      await uow.run(async ({ residents, cases, org }) => {
        const nav = (await org.findUnitByKey('nav-bolig'))!;
        const til = (await org.findUnitByKey('tildeling'))!;
        const kari = (await residents.findByIdHash('h1'))!;
        assert.equal(await cases.nextReference(2031), '2031-0001');
        assert.equal(await cases.nextReference(2031), '2031-0002');
        assert.equal(await cases.nextReference(2032), '2032-0001');
        const timeline = {
          ...EMPTY_TIMELINE,
          firstMissedRentDate: '2031-01-01',
          noticeDate: null,
          noticeReceivedDate: null,
          namsmannNoticeDate: null,
          evictionDate: null,
          evictionHappened: false,
        };
        const kase = await cases.create('2031-0002', {
          residentId: kari.id,
          category: 'fare-for-a-miste-bolig',
          subcategory: 'hoye-boutgifter',
          level: 2,
          owningUnitId: nav.id,
          openedAt: new Date('2031-02-01T10:00:00Z'),
          timeline,
        });
        assert.deepEqual(await cases.findByReference('2031-0002'), kase);
        assert.deepEqual(await cases.findOpenForResident(kari.id), kase);
        assert.equal(kase.status, 'open');
        assert.deepEqual(kase.timeline, timeline);
        const updated = await cases.update(kase.id, {
          coordinatorId: null,
          level: 3,
          timeline: { ...timeline, evictionDate: '2031-03-01' },
        });
        assert.equal(updated.level, 3);
        assert.equal(updated.timeline.evictionDate, '2031-03-01');
        // «Ta saken»: the first take wins, a second one (another person, or another instance at
        // the same moment) gets nothing and changes nothing.
        const admin = (await org.findStaffByAadObjectId('aaaaaaaa-0000-4000-8000-000000000001'))!;
        const taken = await cases.takeIfUntaken(kase.id, admin.id);
        assert.equal(taken?.coordinatorId, admin.id);
        assert.equal(await cases.takeIfUntaken(kase.id, 'someone-else'), null);
        assert.equal((await cases.findById(kase.id))?.coordinatorId, admin.id);
        await cases.update(kase.id, { coordinatorId: null });
        await cases.startOwnership(kase.id, {
          unitId: til.id,
          coordinatorId: null,
          startedAt: new Date('2031-02-05T10:00:00Z'),
          note: 'flytt',
          changedById: null,
        });
        const history = await cases.ownershipHistory(kase.id);
        assert.deepEqual(
          history.map((h) => [h.unitId, h.endedAt?.toISOString() ?? null]),
          [
            [nav.id, '2031-02-05T10:00:00.000Z'],
            [til.id, null],
          ],
        );
        assert.equal((await cases.currentOwnership(kase.id))?.note, 'flytt');
        await cases.addInvolvement(kase.id, {
          unitId: nav.id,
          since: new Date('2031-02-05T10:00:00Z'),
          reason: 'previous-owner',
        });
        await cases.addInvolvement(kase.id, {
          unitId: nav.id,
          since: new Date('2031-02-06T10:00:00Z'),
          reason: 'granted',
          grantedById: 'g',
          note: 'n',
        });
        assert.deepEqual(
          (await cases.involvements(kase.id)).map((i) => i.reason),
          ['previous-owner'],
          'involved once, first reason kept',
        );
        await cases.endInvolvements(kase.id, new Date('2031-02-07T10:00:00Z'), nav.id);
        assert.equal(
          (await cases.involvements(kase.id))[0]?.endedAt?.toISOString(),
          '2031-02-07T10:00:00.000Z',
        );
        await cases.addInvolvement(kase.id, {
          unitId: nav.id,
          since: new Date('2031-02-08T10:00:00Z'),
          reason: 'granted',
          grantedById: 'g',
          note: 'Tjenstlig behov',
        });
        assert.deepEqual(
          (await cases.involvements(kase.id)).map((i) => [
            i.reason,
            i.grantedById,
            i.note,
            i.endedAt ?? null,
          ]),
          [['granted', 'g', 'Tjenstlig behov', null]],
          'an ended involvement starts again with the new reason',
        );
        await cases.endInvolvements(kase.id, new Date('2031-02-09T10:00:00Z'));
        assert.ok(
          (await cases.involvements(kase.id)).every((i) => i.endedAt),
          'all ended (closing)',
        );
        await cases.update(kase.id, { owningUnitId: til.id });
        assert.deepEqual(
          (await cases.listOpenForStaff('nobody', til.id)).map((c) => c.id),
          [kase.id],
        );
        await cases.addCard(kase.id, {
          conversationId: 'c',
          activityId: 'a',
          createdAt: new Date(),
        });
        assert.deepEqual(await cases.cards(kase.id), [{ conversationId: 'c', activityId: 'a' }]);
      });
    });

    it('stores concerns with all their facts, and finds one by submission id', async () => {
      await uow.run(async ({ concerns, cases, org, routing }) => {
        const kase = (await cases.findByReference('2031-0002'))!;
        const stored = await concerns.add({
          ...NOTHING_REPORTED,
          source: 'tjeneste',
          submissionId: 'sub-1',
          caseId: kase.id,
          reporterId: 'r',
          reporterUnitId: 'u',
          createdAt: new Date('2031-02-01T10:00:00Z'),
          category: 'fare-for-a-miste-bolig',
          subcategory: 'utkastelse-tvangssalg',
          rentArrears: {
            amountNok: 12500,
            months: 2,
            landlord: 'privat',
            firstMissedRentDate: '2031-01-01',
          },
          notice: { noticeDate: '2031-01-10', receivedDate: '2031-01-12' },
          namsmannNoticeDate: '2031-01-30',
          eviction: { date: '2031-03-01', happened: false },
          other: true,
          description: 'tekst',
          sharingBasis: 'samtykke',
          residentInformed: false,
          consentId: 'c-1',
        });
        assert.deepEqual(await concerns.findBySubmissionId('r', 'sub-1'), stored);
        assert.deepEqual(await concerns.listForCase(kase.id), [stored]);
        assert.equal(await concerns.findBySubmissionId('r', 'sub-2'), null);
        assert.equal(
          await concerns.findBySubmissionId('someone-else', 'sub-1'),
          null,
          "another reporter's form id finds nothing",
        );
        const nav = (await org.findUnitByKey('nav-bolig'))!;
        assert.equal(await routing.unitFor('varsel'), null);
        await routing.set('varsel', nav.id);
        assert.equal(await routing.unitFor('varsel'), nav.id);
        assert.deepEqual(await routing.all(), [{ type: 'varsel', unitId: nav.id }]);
      });
    });

    it('stores a målplan with goals, measures, status changes and evaluations', async () => {
      await uow.run(async ({ plans, cases }) => {
        const kase = (await cases.findByReference('2031-0002'))!;
        const plan = await plans.create({
          ...NEW_PLAN,
          residentId: kase.residentId,
          caseId: kase.id,
          whatMatters: 'Å ha katten min',
          residentParticipation: 'meeting',
          levelAtStart: 3,
          template: 'cti',
        });
        assert.equal(plan.vedtakReference, 'V-1');
        assert.equal(plan.status, 'active');
        assert.deepEqual(plan.caseIds, [kase.id]);
        const goalId = await plans.addGoal(plan.id, {
          text: 'Bo trygt',
          residentWords: 'Jeg vil bo i fred',
          targetDate: null,
          createdAt: new Date('2031-02-01T10:00:00Z'),
        });
        await plans.addParticipant(plan.id, {
          kind: 'external',
          name: 'Ola Behandler',
          organisation: 'spesialisthelsetjenesten',
          unitId: null,
          staffId: null,
          role: 'behandler',
          addedAt: new Date('2031-02-01T10:00:00Z'),
          addedById: 's',
        });
        const participantId = present(
          (await plans.findById(plan.id))?.participants[0],
          'the participant',
        ).id;
        await plans.addMeasure(plan.id, {
          type: 'bostotte',
          description: 'Søke',
          goalId,
          scope: '2 timer i uka',
          responsibleUnitId: 'u1',
          responsibleStaffId: null,
          responsibleResident: true,
          responsibleParticipantId: participantId,
          deadline: '2031-03-01',
          status: 'planned',
          createdAt: new Date('2031-02-01T10:00:01Z'),
        });
        await plans.setPhases(plan.id, [
          { kind: 'overgang', startDate: '2031-02-01', endDate: '2031-04-30', contactEveryDays: 7 },
        ]);
        const withMeasure = (await plans.findByCaseId(kase.id))!;
        const measureId = present(withMeasure.measures[0], 'the measure').id;
        assert.equal((await plans.findByMeasureId(measureId))?.id, plan.id);
        await plans.setMeasureStatus(measureId, 'done');
        await plans.addEvaluation(plan.id, {
          at: new Date('2031-04-01T10:00:00Z'),
          byId: 's',
          summary: 'Bra',
          nextEvaluationDate: '2031-06-01',
          residentParticipation: 'phone',
          levelAtEvaluation: 2,
          goals: [{ goalId, outcome: 'partly', note: null }],
        });
        await plans.update(plan.id, { isIp: true, ipCoordinatorId: 's', resources: 'Sterk vilje' });
        const found = (await plans.findById(plan.id))!;
        assert.deepEqual(
          found.goals.map((g) => [g.text, g.residentWords]),
          [['Bo trygt', 'Jeg vil bo i fred']],
        );
        assert.deepEqual(
          found.measures.map((m) => [
            m.type,
            m.status,
            m.responsibleUnitId,
            m.goalId,
            m.scope,
            m.responsibleResident,
            m.responsibleParticipantId,
          ]),
          [['bostotte', 'done', 'u1', goalId, '2 timer i uka', true, participantId]],
        );
        assert.deepEqual(
          found.evaluations.map((e) => [
            e.summary,
            e.nextEvaluationDate,
            e.residentParticipation,
            e.levelAtEvaluation,
            e.goals,
          ]),
          [['Bra', '2031-06-01', 'phone', 2, [{ goalId, outcome: 'partly', note: null }]]],
        );
        assert.equal(found.evaluationDate, '2031-06-01');
        assert.deepEqual(
          [found.whatMatters, found.resources, found.isIp, found.ipCoordinatorId, found.template],
          ['Å ha katten min', 'Sterk vilje', true, 's', 'cti'],
        );
        assert.deepEqual(
          found.participants.map((p) => [p.kind, p.name, p.organisation, p.role]),
          [['external', 'Ola Behandler', 'spesialisthelsetjenesten', 'behandler']],
        );
        assert.deepEqual(
          found.phases.map((p) => [p.kind, p.contactEveryDays]),
          [['overgang', 7]],
        );
        await plans.removeParticipant(plan.id, participantId, new Date('2031-04-02T10:00:00Z'));
        assert.deepEqual((await plans.findById(plan.id))?.participants, []);
        assert.equal(await plans.findByMeasureId('nope'), null);
      });
    });

    it('keeps one living plan per person; it moves to a new case, its consents stay', async () => {
      // A second living plan for the same person is refused by the store itself (and, as any
      // failed write, rolls its transaction back: PostgreSQL takes no more statements in it).
      await assert.rejects(
        uow.run(async ({ plans, cases }) => {
          const first = (await cases.findByReference('2031-0002'))!;
          await plans.create({ ...NEW_PLAN, residentId: first.residentId, caseId: first.id });
        }),
      );
      await uow.run(async ({ plans, cases, consents }) => {
        const first = (await cases.findByReference('2031-0002'))!;
        const living = (await plans.findActiveForResident(first.residentId))!;
        assert.equal(living.caseId, first.id);
        const consent = await consents.add({
          caseId: first.id,
          unitIds: ['u9'],
          givenDate: '2031-02-01',
          form: 'skriftlig',
          source: 'plan',
          planId: living.id,
          recordedById: 's',
          recordedAt: new Date('2031-02-01T10:00:00Z'),
        });
        assert.equal(consent.planId, living.id);
        const second = await cases.create('2031-0077', {
          residentId: first.residentId,
          category: 'fare-for-a-miste-bolig',
          subcategory: 'hoye-boutgifter',
          level: 2,
          owningUnitId: first.owningUnitId,
          openedAt: new Date('2031-05-01T10:00:00Z'),
          timeline: first.timeline,
        });
        await plans.moveToCase(living.id, second.id, new Date('2031-05-01T10:00:00Z'));
        const moved = (await plans.findById(living.id))!;
        assert.equal(moved.caseId, second.id);
        assert.deepEqual(moved.caseIds, [first.id, second.id]);
        assert.equal((await plans.findByCaseId(second.id))?.id, living.id);
        assert.equal(await plans.findByCaseId(first.id), null, 'the plan moved on');
        // The consent stays on the case it was given on, found by the plan wherever it hangs.
        assert.deepEqual(
          (await consents.listForPlan(living.id)).map((c) => [c.id, c.caseId]),
          [[consent.id, first.id]],
        );
        assert.deepEqual((await consents.listForCase(second.id)).length, 0);
        await plans.close(living.id, {
          at: new Date('2031-06-01T10:00:00Z'),
          byId: 's',
          reason: 'goals-reached',
          note: null,
        });
        assert.equal(await plans.findActiveForResident(first.residentId), null);
        const closed = (await plans.findByCaseId(second.id))!;
        assert.deepEqual([closed.status, closed.closeReason], ['closed', 'goals-reached']);
        // Closing frees the person for a new plan, which is found before the closed one.
        const next = await plans.create({
          ...NEW_PLAN,
          residentId: first.residentId,
          caseId: second.id,
          createdAt: new Date('2031-06-02T10:00:00Z'),
        });
        assert.equal((await plans.findByCaseId(second.id))?.id, next.id);
      });
    });

    it('lists every plan that hangs on a case, the closed one before the newer one', async () => {
      await uow.run(async ({ plans, cases }) => {
        const first = (await cases.findByReference('2031-0002'))!;
        const second = (await cases.findByReference('2031-0077'))!;
        const listed = await plans.listForCase(second.id);
        assert.deepEqual(
          listed.map((p) => [p.status, p.createdAt.toISOString(), p.caseIds.length]),
          [
            ['closed', '2031-02-01T10:00:00.000Z', 2],
            ['active', '2031-06-02T10:00:00.000Z', 1],
          ],
        );
        assert.deepEqual(
          listed.map((p) => p.residentId),
          [first.residentId, first.residentId],
        );
        // Whole plans, as findById gives them.
        assert.deepEqual(listed[0], await plans.findById(present(listed[0], 'the closed').id));
        assert.deepEqual(await plans.listForCase(first.id), [], 'the plan moved on');
        assert.deepEqual(await plans.listForCase('no-such-case'), []);
      });
    });

    it('keeps consents with their history; a withdrawal counts once', async () => {
      await uow.run(async ({ consents, cases }) => {
        const kase = (await cases.findByReference('2031-0002'))!;
        const given = await consents.add({
          caseId: kase.id,
          unitIds: ['u1', 'u2'],
          givenDate: '2031-02-01',
          form: 'muntlig',
          source: 'case',
          recordedById: 's',
          recordedAt: new Date('2031-02-01T10:00:00Z'),
        });
        assert.deepEqual(given.unitIds, ['u1', 'u2']);
        assert.equal(
          await consents.withdraw(given.id, 't', new Date('2031-02-02T10:00:00Z')),
          true,
        );
        assert.equal(
          await consents.withdraw(given.id, 't', new Date('2031-02-03T10:00:00Z')),
          false,
          'already withdrawn',
        );
        // The case also holds the consent given with its målplan (the test above).
        const stored = (await consents.listForCase(kase.id)).find((c) => c.id === given.id);
        assert.deepEqual(
          [stored?.withdrawnAt?.toISOString(), stored?.withdrawnById, stored?.form],
          ['2031-02-02T10:00:00.000Z', 't', 'muntlig'],
        );
        assert.equal((await consents.findById(given.id))?.id, given.id);
      });
    });

    it('finds a break-glass grant while it runs, pending lookups until they expire', async () => {
      await uow.run(async ({ breakGlass, pendingLookups, cases }) => {
        const kase = (await cases.findByReference('2031-0002'))!;
        await breakGlass.add({
          caseId: kase.id,
          staffId: 's',
          justification: 'fare',
          grantedAt: new Date('2031-02-01T10:00:00Z'),
          expiresAt: new Date('2031-02-02T10:00:00Z'),
        });
        assert.equal(
          (await breakGlass.activeFor(kase.id, 's', new Date('2031-02-01T12:00:00Z')))
            ?.justification,
          'fare',
        );
        assert.equal(
          await breakGlass.activeFor(kase.id, 's', new Date('2031-02-02T10:00:00Z')),
          null,
          'expired',
        );
        assert.equal(
          await breakGlass.activeFor(kase.id, 'other', new Date('2031-02-01T12:00:00Z')),
          null,
        );
        assert.equal(
          (
            await breakGlass.listBetween(
              new Date('2031-02-01T00:00:00Z'),
              new Date('2031-02-03T00:00:00Z'),
            )
          ).length,
          1,
        );
        await pendingLookups.add({
          id: 'p1',
          staffId: 's',
          kind: 'person',
          payload: 'sealed',
          createdAt: new Date('2031-02-01T10:00:00Z'),
          expiresAt: new Date('2031-02-01T10:30:00Z'),
        });
        await pendingLookups.update('p1', {
          kind: 'choices',
          payload: 'sealed2',
          expiresAt: new Date('2031-02-01T11:00:00Z'),
        });
        assert.deepEqual(
          [
            (await pendingLookups.findById('p1'))?.kind,
            (await pendingLookups.findById('p1'))?.payload,
          ],
          ['choices', 'sealed2'],
        );
        assert.equal(await pendingLookups.deleteExpired(new Date('2031-02-01T10:59:00Z')), 0);
        assert.equal(await pendingLookups.deleteExpired(new Date('2031-02-01T11:00:00Z')), 1);
        assert.equal(await pendingLookups.findById('p1'), null);
      });
    });

    it("counts an actor's audit events (throttling), lists a period (access review)", async () => {
      await uow.run(async ({ audit }) => {
        const at = (m: number) => new Date(Date.UTC(2031, 1, 1, 10, m));
        for (const m of [0, 10, 20])
          await audit.record({
            at: at(m),
            action: 'person.lookup',
            outcome: 'ok',
            actorStaffId: 'x',
          });
        await audit.record({
          at: at(30),
          action: 'case.lookup',
          outcome: 'ok',
          actorStaffId: 'x',
          residentId: 'r1',
        });
        assert.equal(await audit.countByActor('x', ['person.lookup'], at(5)), 2);
        assert.equal(await audit.countByActor('y', ['person.lookup'], at(0)), 0);
        assert.deepEqual(
          (await audit.listBetween(at(10), at(30))).map((e) => e.at.getTime()),
          [at(10).getTime(), at(20).getTime()],
        );
        assert.equal(await audit.hasEventsForResident('r1'), true);
        assert.equal(await audit.countBefore(at(10)), 1);
      });
    });

    it('keeps nothing of a unit of work that throws', async () => {
      await assert.rejects(
        uow.run(async ({ org, audit }) => {
          await org.upsertUnit({ key: 'doomed', name: 'Doomed', kind: 'annet' });
          await audit.record({ at: new Date(), action: 'org.import', outcome: 'ok' });
          throw new Error('crash mid-way');
        }),
      );
      assert.equal(await uow.run(({ org }) => org.findUnitByKey('doomed')), null);
    });
  });
}

contract('in-memory', async () => {
  const husly = new InMemoryHusly();
  return { uow: husly, close: async () => {} };
});

contract('Prisma on SQLite', async () => {
  const temp = tempDatabase();
  const db: Database = await openDatabase(temp.url);
  return {
    uow: new PrismaUnitOfWork(db.prisma),
    close: async () => {
      await db.close();
      temp.cleanup();
    },
  };
});

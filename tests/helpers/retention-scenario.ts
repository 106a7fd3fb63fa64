import { NOTHING_REPORTED } from '../../src/domain/concern/concern.ts';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
import type { Actor } from '../../src/domain/actor/actor.ts';
import { EMPTY_TIMELINE, type CaseRecord } from '../../src/domain/case/case.ts';
import type { Clock } from '../../src/domain/common/clock.ts';
import type { Repositories } from '../../src/domain/common/unit-of-work.ts';
import { hashNationalId } from '../../src/domain/identity/national-id-hash.ts';
import { maskNationalId, parseNationalId } from '../../src/domain/identity/national-id.ts';
import type { Database } from '../../src/persistence/database.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';

/**
 * A municipality with cases of every age retention cares about, built with the real
 * repositories and the access gate (which writes the audit events). Synthetic people only
 * (tests/fixtures/fodselsnummer.json).
 *
 * - Kari (`old`): one case closed 800 days ago, with every kind of free text, a plan, a consent,
 *   a break-glass grant, a reminder and a card; audit events 2000 and 790 days old.
 * - Ola (`mixed`): a case closed 800 days ago and an open one.
 * - Jonas (`recent`): a case closed 100 days ago.
 * - Eva (`open`): an open case.
 * - One audit event 1900 days old about nobody in particular.
 */
export const PEOPLE = {
  old: { number: '12879343745', name: 'Kari Gammelsak' },
  mixed: { number: '10910174148', name: 'Ola Toppsak' },
  recent: { number: '21907814367', name: 'Jonas Nyligsak' },
  open: { number: '24835626977', name: 'Eva Åpensak' },
} as const;

export const TEXT = {
  description: 'Leietaker skylder husleie etter samlivsbrudd og har søkt om sosialhjelp',
  goal: 'Beholde leiligheten i Storgata',
  measure: 'Søke bostøtte og startlån',
  evaluation: 'Bostøtte innvilget, restansen nedbetalt',
  ownershipNote: 'Overført fordi beboeren har rusutfordringer',
  changeReason: 'Restansen økte til tre måneder',
  involvementNote: 'Tjenstlig behov: booppfølging hjemme',
  justification: 'Beboer truet med å skade seg selv, trengte kontaktinfo',
  vedtak: 'VEDTAK-2023-88',
  whatMatters: 'Å bo nær datteren min på Kvam',
  residentWords: 'Jeg vil ha mitt eget sted',
  scope: 'To timer i uka med Kari fra bo-oppfølgingen',
} as const;

export const DAY = 86_400_000;

export interface Scenario {
  readonly references: {
    readonly old: string;
    readonly mixedClosed: string;
    readonly mixedOpen: string;
    readonly recent: string;
    readonly open: string;
  };
  readonly residentIds: Readonly<Record<keyof typeof PEOPLE, string>>;
  readonly caseIds: Readonly<
    Record<'old' | 'mixedClosed' | 'mixedOpen' | 'recent' | 'open', string>
  >;
}

export async function buildRetentionScenario(
  db: Database,
  now: Date,
  idSecret: string,
): Promise<Scenario> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const at = { current: now };
  const clock: Clock = { now: () => at.current };
  const gate = new AccessGate(clock);
  const uow = new PrismaUnitOfWork(db.prisma);
  const hashOf = (n: string) => {
    const id = parseNationalId(n, { allowSynthetic: true });
    if (!id.ok) throw new Error(id.code);
    return {
      idHash: hashNationalId(id.value, idSecret),
      maskedId: maskNationalId(id.value),
      birthDate: id.value.birthDate,
    };
  };

  return uow
    .run(async (repos: Repositories) => {
      const { org, residents, cases, concerns, plans, consents, breakGlass, caseEvents } = repos;
      const nav = await org.upsertUnit({
        key: 'nav-bolig',
        name: 'NAV boligsosialt team',
        kind: 'nav',
      });
      const rop = await org.upsertUnit({
        key: 'rop',
        name: 'Psykisk helse og rus',
        kind: 'rus-psykisk-helse',
      });
      const koord = await org.upsertStaff({
        aadObjectId: 'aaaaaaaa-0000-4000-8000-0000000000a1',
        name: 'Kristin Syntetisk',
        email: 'k@k.no',
        unitKey: 'nav-bolig',
        role: 'koordinator',
      });
      const ropStaff = await org.upsertStaff({
        aadObjectId: 'aaaaaaaa-0000-4000-8000-0000000000a2',
        name: 'Per Syntetisk',
        email: 'p@k.no',
        unitKey: 'rop',
        role: 'saksbehandler',
      });
      const koordActor: Actor = { staff: koord, unit: nav, tenantId: 't' };

      const residentIds = {} as Record<keyof typeof PEOPLE, string>;
      for (const key of Object.keys(PEOPLE) as (keyof typeof PEOPLE)[])
        residentIds[key] = (
          await residents.create({ ...hashOf(PEOPLE[key].number), name: PEOPLE[key].name })
        ).id;

      let seq = 0;
      const newCase = async (
        residentId: string,
        openedAt: Date,
        closedAt: Date | null,
      ): Promise<CaseRecord> => {
        const reference = `${openedAt.getUTCFullYear()}-${String(++seq).padStart(4, '0')}`;
        const kase = await cases.create(reference, {
          residentId,
          category: 'fare-for-a-miste-bolig',
          subcategory: 'utkastelse-tvangssalg',
          level: 3,
          owningUnitId: nav.id,
          openedAt,
          timeline: { ...EMPTY_TIMELINE, firstMissedRentDate: '2023-01-01' },
        });
        await cases.update(kase.id, { coordinatorId: koord.id });
        await concerns.add({
          ...NOTHING_REPORTED,
          source: 'tjeneste',
          submissionId: `s-${reference}`,
          caseId: kase.id,
          reporterId: ropStaff.id,
          reporterUnitId: rop.id,
          createdAt: openedAt,
          category: 'fare-for-a-miste-bolig',
          subcategory: 'utkastelse-tvangssalg',
          rentArrears: {
            amountNok: 21_000,
            months: 3,
            landlord: 'privat',
            firstMissedRentDate: '2023-01-01',
          },
          notice: null,
          namsmannNoticeDate: null,
          eviction: null,
          other: false,
          description: `${TEXT.description} (${reference})`,
          sharingBasis: 'ikke-avklart',
          residentInformed: true,
          consentId: null,
        });
        if (closedAt)
          await cases.update(kase.id, { status: 'closed', closedAt, closedReason: 'bolig-sikret' });
        return (await cases.findById(kase.id))!;
      };

      const old = await newCase(residentIds.old, ago(900), ago(800));
      const mixedClosed = await newCase(residentIds.mixed, ago(900), ago(800));
      const recent = await newCase(residentIds.recent, ago(200), ago(100));
      const mixedOpen = await newCase(residentIds.mixed, ago(50), null);
      const open = await newCase(residentIds.open, ago(40), null);

      // Everything with free text on the old case.
      await cases.startOwnership(old.id, {
        unitId: nav.id,
        coordinatorId: koord.id,
        startedAt: ago(880),
        note: TEXT.ownershipNote,
        changedById: koord.id,
      });
      await cases.recordChange({
        caseId: old.id,
        at: ago(870),
        actorId: koord.id,
        field: 'level',
        fromValue: '2',
        toValue: '3',
        reason: TEXT.changeReason,
      });
      await cases.addInvolvement(old.id, {
        unitId: rop.id,
        since: ago(860),
        reason: 'granted',
        grantedById: koord.id,
        note: TEXT.involvementNote,
      });
      await cases.addCard(old.id, {
        conversationId: '19:kanal@thread.tacv2',
        activityId: 'aktivitet-1',
        createdAt: ago(900),
      });
      await consents.add({
        caseId: old.id,
        unitIds: [rop.id],
        givenDate: '2023-06-01',
        form: 'skriftlig',
        source: 'case',
        recordedById: koord.id,
        recordedAt: ago(860),
      });
      // An outcome event: its amount and decision are the person's; what and when stay.
      await caseEvents.add({
        caseId: old.id,
        type: 'stonad-vedtak',
        occurredOn: '2023-06-02',
        decision: 'innvilget',
        amountNok: 17_350,
        coversArrears: null,
        dateValue: null,
        recordedById: koord.id,
        recordedAt: ago(858),
      });
      await breakGlass.add({
        caseId: old.id,
        staffId: ropStaff.id,
        justification: TEXT.justification,
        grantedAt: ago(850),
        expiresAt: ago(849),
      });
      const plan = await plans.create({
        residentId: old.residentId,
        caseId: old.id,
        evaluationDate: '2023-09-01',
        periodStart: '2023-06-01',
        periodEnd: '2023-12-01',
        vedtakReference: TEXT.vedtak,
        ipNeeded: false,
        whatMatters: TEXT.whatMatters,
        resources: null,
        residentParticipation: 'meeting',
        levelAtStart: 3,
        template: null,
        createdAt: ago(860),
        createdById: koord.id,
      });
      const goalId = await plans.addGoal(plan.id, {
        text: TEXT.goal,
        residentWords: TEXT.residentWords,
        targetDate: '2023-12-01',
        createdAt: ago(860),
      });
      await plans.addMeasure(plan.id, {
        type: 'bostotte',
        description: TEXT.measure,
        goalId,
        scope: TEXT.scope,
        responsibleUnitId: rop.id,
        responsibleStaffId: ropStaff.id,
        responsibleResident: true,
        responsibleParticipantId: null,
        deadline: '2023-08-01',
        status: 'done',
        createdAt: ago(860),
      });
      await plans.addEvaluation(plan.id, {
        at: ago(830),
        byId: koord.id,
        summary: TEXT.evaluation,
        nextEvaluationDate: '2023-12-01',
        residentParticipation: 'phone',
        levelAtEvaluation: 2,
        goals: [{ goalId, outcome: 'reached', note: null }],
      });
      // The plan ended when its goal was reached, before the case closed.
      await plans.close(plan.id, {
        at: ago(825),
        byId: koord.id,
        reason: 'goals-reached',
        note: null,
      });

      // Audit events through the gate, at their own times.
      at.current = ago(2000);
      await gate.record(repos.audit, koordActor, {
        action: 'case.lookup',
        outcome: 'ok',
        caseId: old.id,
        residentId: residentIds.old,
        detail: { relation: 'owner' },
      });
      at.current = ago(1900);
      await gate.record(repos.audit, koordActor, {
        action: 'routing.set',
        outcome: 'ok',
        detail: {},
      });
      at.current = ago(790);
      await gate.read(
        repos,
        { staff: ropStaff, unit: rop, tenantId: 't' },
        old,
        'case.open',
        {},
        { code: 'samarbeid-tiltak' },
      );
      at.current = now;

      return {
        references: {
          old: old.reference,
          mixedClosed: mixedClosed.reference,
          mixedOpen: mixedOpen.reference,
          recent: recent.reference,
          open: open.reference,
        },
        residentIds,
        caseIds: {
          old: old.id,
          mixedClosed: mixedClosed.id,
          mixedOpen: mixedOpen.id,
          recent: recent.id,
          open: open.id,
        },
      };
    })
    .then(async (scenario) => {
      // A planned reminder on the old case (the outbox is not a repository of the unit of work).
      await db.prisma.reminderOutbox.create({
        data: {
          key: `${scenario.caseIds.old}:D7:2023-01-08`,
          caseId: scenario.caseIds.old,
          kind: 'D7',
          basis: 'practice',
          dueDate: '2023-01-08',
          audience: 'coordinator',
          status: 'sent',
          nextAttemptAt: ago(900).toISOString(),
          sentAt: ago(899),
        },
      });
      return scenario;
    });
}

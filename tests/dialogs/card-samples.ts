import { randomUUID } from 'node:crypto';
import { accessReviewCard } from '../../dialogs/cards/access-review.card.ts';
import {
  accessCard,
  breakGlassCard,
  breakGlassDoneCard,
  consentCard,
} from '../../dialogs/cards/access.cards.ts';
import type { AdaptiveCard } from '../../dialogs/cards/adaptive-card.ts';
import {
  arrearsReportCard,
  arrearsReportSentCard,
} from '../../dialogs/cards/arrears-report.card.ts';
import { arrearsPaidCard, closeCaseCard } from '../../dialogs/cards/case-resolution.cards.ts';
import { caseEventCard, caseEventFormCard } from '../../dialogs/cards/case-event.cards.ts';
import { concernFormCard, concernSentCard } from '../../dialogs/cards/concern-form.card.ts';
import {
  planCard,
  planChangeCard,
  planFormCard,
  planPrintCard,
} from '../../dialogs/cards/goal-plan.cards.ts';
import { helpCard } from '../../dialogs/cards/help.card.ts';
import { askArgumentCard, chosenCard, didYouMeanCard } from '../../dialogs/cards/task.cards.ts';
import { lookupCard, purposeCard, residentChoicesCard } from '../../dialogs/cards/lookup.cards.ts';
import {
  acuteCaseCard,
  caseForUnitCard,
  channelCaseCard,
  noticeCard,
  ownedCaseCard,
} from '../../dialogs/cards/notice.cards.ts';
import { receiptCard } from '../../dialogs/cards/receipt.card.ts';
import { reportCard, reportLinkCard } from '../../dialogs/cards/report.card.ts';
import {
  proposalAnsweredCard,
  proposalCard,
  proposalInputOf,
} from '../../dialogs/cards/proposal.cards.ts';
import { ownerAnswerCard, ownerFactsCard } from '../../dialogs/cards/owner-answer.card.ts';
import {
  CATEGORY_CHOICES,
  classificationCard,
  handOverCard,
  myCasesCard,
} from '../../dialogs/cards/ownership.cards.ts';
import {
  reminderCard,
  remindersListCard,
  timelineCard,
} from '../../dialogs/cards/reminder.cards.ts';
import { nb, type Texts } from '../../dialogs/texts/nb.ts';
import { overviewCard } from '../../dialogs/cards/overview.card.ts';
import { worklistCard, worklistChannelCard } from '../../dialogs/cards/worklist.card.ts';
import {
  EMPTY_FIGURES,
  EMPTY_WORKLIST,
  sampleOverview,
  sampleWorklist,
} from './overview-samples.ts';
import { EMPTY_TIMELINE, type CaseRecord } from '../../src/domain/case/case.ts';
import type { CaseCardFacts } from '../../src/domain/case/queries/case-facts.query.ts';
import type { AcuteNotice, UnitNotice } from '../../src/domain/notify/notifier.ts';
import type { Unit } from '../../src/domain/org/org.ts';
import type { PlanView } from '../../src/domain/goal-plan/goal-plan.service.ts';
import type { OwnerAnswer } from '../../src/domain/ownership/queries/lookup-owner.service.ts';

const TZ = 'Europe/Oslo';
const nav: Unit = {
  id: 'u-nav',
  key: 'nav-bolig',
  name: 'NAV',
  kind: 'nav',
  channelConversationId: null,
};
const rop: Unit = {
  id: 'u-rop',
  key: 'rop',
  name: 'Psykisk helse og rus',
  kind: 'rus-psykisk-helse',
  channelConversationId: null,
};
const units = [nav, rop];
const staff = [{ id: 's-kristin', name: 'Kristin', unitName: 'NAV' }];
const caseId = '0b5f7a52-4c1e-4a43-9a1e-6f1d2b3c4d5e';
const kase: CaseRecord = {
  id: caseId,
  reference: '2026-0001',
  residentId: 'r-1',
  category: 'fare-for-a-miste-bolig',
  subcategory: 'utkastelse-tvangssalg',
  level: 3,
  status: 'open',
  owningUnitId: nav.id,
  coordinatorId: 's-kristin',
  openedAt: new Date('2026-11-01T10:00:00Z'),
  closedAt: null,
  closedReason: null,
  timeline: EMPTY_TIMELINE,
  arrearsPaidDate: null,
};
const NAV_CHANNEL = '19:nav-channel@thread.tacv2';
const cardFacts: CaseCardFacts = {
  kase,
  owningUnit: { ...nav, channelConversationId: NAV_CHANNEL },
  coordinator: {
    id: 's-kristin',
    aadObjectId: randomUUID(),
    name: 'Kristin',
    email: 'k@k.no',
    unitId: nav.id,
    role: 'koordinator',
  },
  cards: [{ conversationId: NAV_CHANNEL, activityId: 'activity-1' }],
};
const unitNotice: UnitNotice = {
  kind: 'case.forUnit',
  caseId,
  reference: kase.reference,
  category: kase.category,
  subcategory: kase.subcategory,
  level: 3,
  deadline: '2026-12-01',
  coordinatorName: null,
  isNewCase: true,
};
const acuteNotice: AcuteNotice = {
  kind: 'case.acute',
  caseId,
  reference: kase.reference,
  owningUnitName: nav.name,
  coordinatorName: null,
};
/** Reported "uten tak over hodet i natt" today, nobody has taken it yet. */
const acuteFacts: CaseCardFacts = {
  ...cardFacts,
  kase: { ...kase, timeline: { ...EMPTY_TIMELINE, acuteDate: '2026-11-26' } },
  coordinator: null,
};
const answer: OwnerAnswer = {
  caseId,
  reference: kase.reference,
  owningUnit: { id: nav.id, name: nav.name },
  coordinator: { id: 's-kristin', name: 'Kristin', email: 'k@k.no' },
  context: {
    level: 3,
    status: 'open',
    since: new Date('2026-11-01T10:00:00Z'),
    involvedUnits: [],
  },
  details: null,
  ownConcerns: [],
  breakGlassUntil: null,
  askerIsCoordinator: false,
  hasPlan: false,
  may: {
    take: true,
    handOver: true,
    startPlan: true,
    changeClassification: true,
    markArrearsPaid: true,
    recordEvent: true,
    close: true,
    grantAccess: true,
    consent: true,
    breakGlass: true,
  },
};
const consent = {
  id: 'k-1',
  caseId,
  unitIds: [rop.id],
  givenDate: '2026-11-01',
  form: 'skriftlig' as const,
  source: 'case' as const,
  recordedById: 's-kristin',
  recordedAt: new Date('2026-11-01T10:00:00Z'),
  withdrawnAt: null,
  withdrawnById: null,
  planId: null,
};
const reminder = {
  outboxKey: `case:${caseId}:F-7:2026-12-01`,
  caseId,
  reference: kase.reference,
  kind: 'F-7' as const,
  basis: 'law' as const,
  dueDate: '2026-12-01',
  legalDeadline: '2026-12-08',
  colleagues: [{ id: 's-jonas', name: 'Jonas' }],
  handedBy: null,
};
/** A unit that takes part in the plan but is in no consent: it does not see the plan. */
const bolig: Unit = {
  id: 'u-bolig',
  key: 'bolig',
  name: 'Boligstiftelsen',
  kind: 'bolig',
  channelConversationId: null,
};
/**
 * A målplan made with the resident, as its owner sees it: what matters to her, a goal in her
 * own words with a measure she carries out herself, a measure held by an agency in the plan, one
 * without a goal, an evaluation, participants (one unit outside the consent), CTI phases, and an
 * IP with what it still lacks.
 */
export const samplePlan: PlanView = {
  kase,
  plan: {
    id: 'p-1',
    residentId: 'r-1',
    caseId,
    status: 'active',
    evaluationDate: '2027-01-15',
    periodStart: '2026-12-01',
    periodEnd: null,
    vedtakReference: 'V-1',
    ipNeeded: true,
    isIp: true,
    ipCoordinatorId: 's-kristin',
    whatMatters: 'Å bo nær barna mine',
    resources: 'God kontakt med søsteren sin',
    residentParticipation: 'meeting',
    levelAtStart: 3,
    template: 'cti',
    closedAt: null,
    closeReason: null,
    closeNote: null,
    createdAt: new Date('2026-11-20T10:00:00Z'),
    caseIds: ['c-earlier', caseId],
    goals: [
      {
        id: 'g-1',
        text: 'Beholde boligen',
        residentWords: 'Jeg vil bli boende her',
        targetDate: '2027-06-01',
      },
      { id: 'g-2', text: 'Stabil økonomi', residentWords: null, targetDate: null },
    ],
    measures: [
      {
        id: 'm-1',
        type: 'nedbetalingsavtale',
        description: 'Betale 1 000 kr ekstra hver måned',
        goalId: 'g-1',
        scope: '1 000 kr i måneden',
        responsibleUnitId: null,
        responsibleStaffId: null,
        responsibleResident: true,
        responsibleParticipantId: null,
        deadline: '2026-12-15',
        status: 'planned',
      },
      {
        id: 'm-2',
        type: 'sosialt-entreprenorskap',
        description: 'Arbeidstrening to dager i uka',
        goalId: 'g-2',
        scope: null,
        responsibleUnitId: nav.id,
        responsibleStaffId: null,
        responsibleResident: false,
        responsibleParticipantId: 'pa-2',
        deadline: '2027-02-01',
        status: 'in-progress',
      },
      {
        id: 'm-3',
        type: 'bostotte',
        description: 'Søke bostøtte',
        goalId: null,
        scope: null,
        responsibleUnitId: nav.id,
        responsibleStaffId: 's-kristin',
        responsibleResident: false,
        responsibleParticipantId: null,
        deadline: '2026-12-01',
        status: 'done',
      },
    ],
    evaluations: [
      {
        at: new Date('2026-11-25T10:00:00Z'),
        byId: 's-kristin',
        summary: 'Avtalen med utleier holder',
        nextEvaluationDate: '2027-01-15',
        residentParticipation: 'phone',
        levelAtEvaluation: 2,
        goals: [
          { goalId: 'g-1', outcome: 'partly', note: null },
          { goalId: 'g-2', outcome: 'not-reached', note: null },
        ],
      },
    ],
    participants: [
      {
        id: 'pa-1',
        kind: 'relative',
        name: 'Siri Haugen',
        organisation: null,
        unitId: null,
        staffId: null,
        role: 'søster',
      },
      {
        id: 'pa-2',
        kind: 'external',
        name: 'Jon Berg',
        organisation: 'kriminalomsorgen',
        unitId: null,
        staffId: null,
        role: 'kontaktbetjent',
      },
      {
        id: 'pa-3',
        kind: 'unit',
        name: null,
        organisation: null,
        unitId: bolig.id,
        staffId: null,
        role: null,
      },
      {
        id: 'pa-4',
        kind: 'unit',
        name: null,
        organisation: null,
        unitId: rop.id,
        staffId: null,
        role: null,
      },
    ],
    phases: [
      {
        kind: 'overgang',
        startDate: '2026-12-01',
        endDate: '2027-02-28',
        contactEveryDays: 7,
      },
    ],
  },
  scope: 'all',
  coordinatorId: 's-kristin',
  consents: [consent],
  unitNames: { [nav.id]: nav.name, [rop.id]: rop.name, [bolig.id]: bolig.name },
  staffNames: { 's-kristin': 'Kristin' },
  mayChange: true,
  mayChangeMeasures: true,
  staff,
  caseReferences: ['2025-0040', kase.reference],
  ipGaps: ['period-revision', 'cooperation'],
  extraMeasureTypes: [
    {
      code: 'sosialt-entreprenorskap',
      label: { nb: 'Arbeidstrening hos sosial entreprenør', en: 'Work training' },
    },
  ],
  attached: false,
  movableTo: null,
  resident: { name: 'Kari Haugen', birthDate: '1990-05-01' },
};
const plan = samplePlan;
/** The same plan as a unit outside the consent sees it: its own measure only. */
const ownMeasuresPlan: PlanView = {
  ...plan,
  plan: { ...plan.plan, goals: [], evaluations: [], measures: plan.plan.measures.slice(1, 2) },
  scope: 'own-measures',
  consents: [],
  mayChange: false,
  caseReferences: [],
  ipGaps: [],
  resident: null,
};
/** Closed, with a reason and a note: read only. */
const closedPlan: PlanView = {
  ...plan,
  plan: {
    ...plan.plan,
    status: 'closed',
    closedAt: new Date('2026-11-26T10:00:00Z'),
    closeReason: 'other',
    closeNote: 'Flyttet til en annen kommune',
  },
  mayChange: false,
  mayChangeMeasures: false,
};
/** A reminder outbox row of the sample case, as "påminnelser" lists it. */
const listedRow = (kind: 'F-14' | 'F-7' | 'F-2', dueDate: string, status: 'pending' | 'dead') => ({
  id: `row-${kind}`,
  key: `case:${caseId}:${kind}:${dueDate}`,
  caseId,
  kind,
  basis: 'law' as const,
  dueDate,
  legalDeadline: '2026-12-03',
  audience: 'coordinator' as const,
  measureId: null,
  assigneeId: null,
  status,
  attempts: 0,
  nextAttemptAt: new Date('2026-11-26T07:00:00Z'),
  sentConversationId: null,
  sentActivityId: null,
  lastError: null,
  doneAt: null,
  doneById: null,
  handedToId: null,
  handedById: null,
  handedAt: null,
});
const reviewCounts = {
  'lookup-without-relation': 0,
  'many-people': 0,
  'break-glass': 0,
  'outside-working-hours': 0,
  throttled: 0,
};

/**
 * Every card builder in dialogs/cards, called with inputs that make it show every button it
 * has (a plan that may be changed, an owner answer with every permission, an open reminder
 * with colleagues…). Keyed by builder name: card-routes.test.ts checks that no builder is
 * missing here.
 */
const CASE_ID_NEWER = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

export function sampleCards(texts: Texts = nb): Readonly<Record<string, readonly AdaptiveCard[]>> {
  const handOverProposed = {
    kind: 'case.handOverProposed',
    proposalId: randomUUID(),
    reference: '2026-0004',
    fromUnitName: nav.name,
    toUnitName: rop.name,
    coordinatorName: 'Per',
    byName: 'Kristin',
    note: 'Trenger oppfølging av psykisk helse og rus over tid.',
  } as const;
  const levelReview = {
    kind: 'case.levelReview',
    proposalId: randomUUID(),
    reference: '2026-0004',
    level: 2,
    owningUnitName: rop.name,
    tildelingUnitName: 'Tildelingsteam',
  } as const;
  return {
    accessCard: [
      accessCard(texts, {
        caseId,
        reference: kase.reference,
        units,
        involved: [
          {
            unit: rop,
            involvement: {
              unitId: rop.id,
              since: new Date('2026-11-01T10:00:00Z'),
              reason: 'granted',
              grantedById: 's-kristin',
              note: 'Følger opp',
              endedAt: null,
            },
            grantedByName: 'Kristin',
            inForce: true,
          },
        ],
        timeZone: TZ,
      }),
    ],
    consentCard: [
      consentCard(texts, {
        caseId,
        reference: kase.reference,
        consents: [consent],
        units,
        staffNames: { 's-kristin': 'Kristin' },
        today: '2026-11-26',
        timeZone: TZ,
      }),
    ],
    breakGlassCard: [breakGlassCard(texts, { caseId, reference: kase.reference })],
    breakGlassDoneCard: [breakGlassDoneCard(texts, kase.reference, '27. november kl. 14:05')],
    accessReviewCard: [
      accessReviewCard(texts, {
        period: { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') },
        unitName: nav.name,
        findings: [],
        counts: reviewCounts,
      }),
    ],
    reportCard: [
      reportCard(texts, { today: '2026-11-27' }),
      reportCard(texts, { today: '2026-03-01' }),
    ],
    reportLinkCard: [
      reportLinkCard(texts, {
        period: { from: '2026-01-01', to: '2026-06-30' },
        url: 'http://localhost:3978/api/reports/eyJ2IjoxfQ.c2lnbmF0dXJl',
      }),
    ],
    arrearsPaidCard: [
      arrearsPaidCard(texts, {
        caseId,
        reference: kase.reference,
        paidDate: '2026-11-20',
        today: '2026-11-26',
      }),
    ],
    closeCaseCard: [closeCaseCard(texts, { caseId, reference: kase.reference })],
    receiptCard: [
      receiptCard(
        texts.handOver.title(kase.reference),
        texts.handOver.done(kase.reference, 'Tildelingsteam', true),
      ),
    ],
    concernFormCard: [
      concernFormCard(texts, { submissionId: randomUUID(), units }),
      concernFormCard(texts, {
        submissionId: randomUUID(),
        units,
        values: { source: 'utleier', acute: 'true', namsmannNotice: 'true', children: '2' },
        errors: { category: 'ACUTE_CATEGORY', namsmannNoticeDate: 'NAMSMANN_DATE_REQUIRED' },
      }),
    ],
    arrearsReportCard: [
      arrearsReportCard(texts, { submissionId: randomUUID() }),
      arrearsReportCard(texts, {
        submissionId: randomUUID(),
        values: { amount: 'mye', landlord: 'kommunal', consentClause: 'nei' },
        errors: { amount: 'AMOUNT_RANGE', consentClause: 'NO_CONSENT_CLAUSE' },
      }),
    ],
    arrearsReportSentCard: [
      arrearsReportSentCard(texts, {
        reference: kase.reference,
        unitName: nav.name,
        coordinator: null,
      }),
    ],
    concernSentCard: [
      concernSentCard(texts, { reference: kase.reference, unitName: nav.name, coordinator: null }),
    ],
    planFormCard: [
      planFormCard(texts, { caseId, reference: kase.reference, level: 3, units, staff }),
      planFormCard(texts, {
        caseId,
        reference: kase.reference,
        level: 1,
        units,
        staff,
        extraMeasureTypes: plan.extraMeasureTypes,
        values: { goalResidentWords: 'Bli boende', measureResident: 'ja', template: 'cti' },
        errors: {
          residentParticipation: 'REQUIRED',
          measureUnitKey: 'RESPONSIBLE_REQUIRED',
          periodEnd: 'PERIOD_ORDER',
        },
      }),
    ],
    planCard: [
      planCard(texts, plan, units),
      planCard(texts, ownMeasuresPlan, units),
      planCard(texts, closedPlan, units),
      planCard(texts, { ...plan, attached: true }, units, texts.errors['PLAN.CLOSED']),
      // The person has a newer case with another unit: the owner may move the plan there.
      planCard(
        texts,
        {
          ...plan,
          movableTo: {
            id: CASE_ID_NEWER,
            reference: '2026-0040',
            unitName: 'Tildelingsteam',
            needsConsent: true,
          },
        },
        units,
      ),
    ],
    planChangeCard: [
      ...(['goal', 'measure', 'participant', 'details', 'close'] as const).map((change) =>
        planChangeCard(texts, plan, units, change),
      ),
      planChangeCard(texts, plan, units, 'evaluation', {
        values: { evaluationSummary: 'Går bedre', 'goalOutcome.g-1': 'reached' },
        errors: { evaluationLevel: 'CHOICE', 'goalOutcome.g-2': 'OUTCOME_REQUIRED' },
      }),
      planChangeCard(texts, plan, units, 'removeParticipant', {
        errors: { participantKind: 'CHOICE' },
      }),
    ],
    planPrintCard: [
      planPrintCard(texts, {
        reference: kase.reference,
        url: 'http://localhost:3978/api/plans/eyJ2IjoxfQ.c2lnbmF0dXJl',
      }),
    ],
    helpCard: [
      helpCard(texts, { isAdmin: false, inChannel: false, isLeader: true, mayOverview: true }),
      helpCard(texts, { isAdmin: true, inChannel: true }),
      helpCard(texts, { isAdmin: true, inChannel: false, notUnderstood: true }),
    ],
    didYouMeanCard: [
      didYouMeanCard(texts, [
        { id: 'whoOwns', argument: '2026-0001' },
        { id: 'reminders', argument: '2026-0001' },
      ]),
    ],
    askArgumentCard: [askArgumentCard(texts, 'startPlan'), askArgumentCard(texts, 'whoOwns')],
    chosenCard: [chosenCard(texts, 'reminders')],
    lookupCard: [lookupCard(texts)],
    purposeCard: [purposeCard(texts, randomUUID())],
    residentChoicesCard: [
      residentChoicesCard(texts, randomUUID(), [
        {
          residentId: randomUUID(),
          name: 'Kari',
          birthYear: '1993',
          maskedId: null,
          reference: kase.reference,
          owningUnitName: nav.name,
        },
      ]),
    ],
    noticeCard: [
      noticeCard(texts, unitNotice),
      noticeCard(texts, acuteNotice),
      noticeCard(texts, {
        kind: 'case.involvedAlert',
        reference: kase.reference,
        concernTypes: ['namsmann'],
        owningUnitName: nav.name,
        deadline: null,
      }),
      noticeCard(texts, handOverProposed),
      noticeCard(texts, levelReview),
      // The person got a new case with another unit; the plan stayed with this one.
      noticeCard(texts, {
        kind: 'plan.newCaseElsewhere',
        planReference: '2026-0001',
        newReference: '2026-0040',
        newOwningUnitName: rop.name,
      }),
      // The weekly post in a unit's channel (the worklist card's channel variant).
      noticeCard(texts, {
        kind: 'unit.worklist',
        unitName: nav.name,
        week: '2026-W48',
        worklist: sampleWorklist(3),
      }),
    ],
    proposalCard: [
      proposalCard(texts, proposalInputOf(handOverProposed)),
      proposalCard(texts, {
        ...proposalInputOf(handOverProposed),
        problem: texts.errors['HANDOVER.DECLINE_REASON_REQUIRED'],
      }),
      proposalCard(texts, { ...proposalInputOf(handOverProposed), note: null, status: 'accepted' }),
      proposalCard(texts, { ...proposalInputOf(handOverProposed), status: 'declined' }),
      proposalCard(texts, { ...proposalInputOf(handOverProposed), status: 'withdrawn' }),
      proposalCard(texts, proposalInputOf(levelReview)),
      proposalCard(texts, { ...proposalInputOf(levelReview), status: 'accepted' }),
      proposalCard(texts, { ...proposalInputOf(levelReview), status: 'declined' }),
    ],
    proposalAnsweredCard: [
      proposalAnsweredCard(texts, {
        kind: 'case.handOverAnswered',
        reference: kase.reference,
        proposalKind: 'handover',
        outcome: 'declined',
        fromUnitName: nav.name,
        toUnitName: rop.name,
        byName: 'Per',
        reason: 'Personen har allerede fast kontakt hos NAV.',
      }),
      proposalAnsweredCard(texts, {
        kind: 'case.handOverAnswered',
        reference: kase.reference,
        proposalKind: 'level-review',
        outcome: 'accepted',
        fromUnitName: nav.name,
        toUnitName: 'Tildelingsteam',
        byName: 'Tove',
        reason: null,
      }),
    ],
    caseForUnitCard: [
      caseForUnitCard(texts, unitNotice),
      caseForUnitCard(texts, { ...unitNotice, coordinatorName: 'Kristin' }),
      caseForUnitCard(texts, unitNotice, { kind: 'moved', owningUnitName: rop.name }),
      caseForUnitCard(texts, unitNotice, { kind: 'closed', owningUnitName: nav.name }),
    ],
    channelCaseCard: [
      channelCaseCard(texts, cardFacts, NAV_CHANNEL, '2026-11-26'),
      channelCaseCard(texts, { ...cardFacts, coordinator: null }, NAV_CHANNEL, '2026-11-26'),
      channelCaseCard(texts, cardFacts, '19:another-channel@thread.tacv2', '2026-11-26'),
      channelCaseCard(
        texts,
        { ...cardFacts, kase: { ...kase, status: 'closed' } },
        NAV_CHANNEL,
        '2026-11-26',
      ),
    ],
    acuteCaseCard: [
      acuteCaseCard(texts, acuteNotice),
      acuteCaseCard(texts, { ...acuteNotice, coordinatorName: 'Kristin' }),
    ],
    ownedCaseCard: [
      ownedCaseCard(texts, acuteFacts, '2026-11-26'),
      ownedCaseCard(texts, cardFacts, '2026-11-26'),
    ],
    ownerAnswerCard: [
      ownerAnswerCard(texts, answer, TZ),
      ownerAnswerCard(texts, { ...answer, hasPlan: true }, TZ),
    ],
    ownerFactsCard: [ownerFactsCard(texts, answer)],
    handOverCard: [
      handOverCard(texts, {
        caseId,
        reference: kase.reference,
        units,
        staff: [
          {
            id: 's-kristin',
            aadObjectId: randomUUID(),
            name: 'Kristin',
            email: 'k@k.no',
            unitId: nav.id,
            role: 'koordinator',
            unitName: nav.name,
          },
        ],
      }),
    ],
    myCasesCard: [
      myCasesCard(texts, [
        { kase, residentName: 'Kari', iAmCoordinator: true, phase: 'varsel', nextDeadline: null },
      ]),
    ],
    classificationCard: [
      classificationCard(texts, {
        caseId,
        reference: kase.reference,
        level: kase.level,
        categoryChoice: `${kase.category}/${kase.subcategory}`,
        categoryChoices: CATEGORY_CHOICES.map((c) => [c, c] as const),
      }),
    ],
    reminderCard: [
      reminderCard(texts, [reminder]),
      reminderCard(texts, [reminder, { ...reminder, outboxKey: `${reminder.outboxKey}:2` }]),
      // Snoozed to a day before the deadline, and (capped) to the deadline itself.
      reminderCard(texts, [reminder], { [reminder.outboxKey]: { snoozedUntil: '2026-12-04' } }),
      reminderCard(texts, [reminder], { [reminder.outboxKey]: { snoozedUntil: '2026-12-08' } }),
      // Done: the outcomes of the checkpoint, one tap each.
      reminderCard(texts, [reminder], {
        [reminder.outboxKey]: { doneBy: { name: 'Kristin', date: '2026-12-01' } },
      }),
      // Due today: "i dag", in red.
      reminderCard(texts, [reminder], {}, reminder.dueDate),
    ],
    caseEventCard: [caseEventCard(texts, { caseId, reference: kase.reference })],
    caseEventFormCard: (
      [
        'stonad-vedtak',
        'stonad-utbetalt',
        'ny-utkastelsesdato',
        'midlertidig-botilbud',
        'kontakt-opprettet',
      ] as const
    ).map((type) =>
      caseEventFormCard(texts, {
        caseId,
        reference: kase.reference,
        type,
        today: '2026-11-26',
        problem: texts.errors['CASE_EVENT.INVALID_AMOUNT'],
      }),
    ),
    remindersListCard: [
      remindersListCard(texts, [], []),
      // A row due today ("i dag"), a later one and one that could not be delivered: each with
      // its own "Åpne sak".
      remindersListCard(
        texts,
        [
          { row: listedRow('F-7', '2026-11-26', 'pending'), reference: kase.reference },
          { row: listedRow('F-2', '2026-12-01', 'pending'), reference: kase.reference },
        ],
        [{ row: listedRow('F-14', '2026-11-19', 'dead'), reference: kase.reference }],
        [],
        '2026-11-26',
      ),
    ],
    timelineCard: [timelineCard(texts, kase.reference, [], '2026-11-26')],
    worklistCard: [worklistCard(texts, sampleWorklist()), worklistCard(texts, EMPTY_WORKLIST)],
    worklistChannelCard: [
      worklistChannelCard(texts, nav.name, sampleWorklist(11)),
      worklistChannelCard(texts, nav.name, EMPTY_WORKLIST),
    ],
    overviewCard: [
      overviewCard(texts, sampleOverview('whole')),
      overviewCard(texts, sampleOverview('nav')),
      overviewCard(texts, sampleOverview('whole', EMPTY_FIGURES)),
    ],
  };
}

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
import { planCard, planFormCard } from '../../dialogs/cards/goal-plan.cards.ts';
import { helpCard } from '../../dialogs/cards/help.card.ts';
import { lookupCard, purposeCard, residentChoicesCard } from '../../dialogs/cards/lookup.cards.ts';
import {
  acuteCaseCard,
  caseForUnitCard,
  channelCaseCard,
  noticeCard,
  ownedCaseCard,
} from '../../dialogs/cards/notice.cards.ts';
import { receiptCard } from '../../dialogs/cards/receipt.card.ts';
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
import { nb } from '../../dialogs/texts/nb.ts';
import { EMPTY_TIMELINE, type CaseRecord } from '../../src/domain/case/case.ts';
import type { CaseCardFacts } from '../../src/domain/case/queries/case-facts.query.ts';
import type { AcuteNotice, UnitNotice } from '../../src/domain/notify/notifier.ts';
import type { Unit } from '../../src/domain/org/org.ts';
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
const plan = {
  kase,
  plan: {
    id: 'p-1',
    caseId,
    evaluationDate: '2027-01-15',
    periodStart: null,
    periodEnd: null,
    vedtakReference: 'V-1',
    ipNeeded: false,
    goals: [{ id: 'g-1', text: 'Beholde boligen', targetDate: null }],
    measures: [
      {
        id: 'm-1',
        type: 'nedbetalingsavtale' as const,
        description: 'Avtale med utleier',
        responsibleUnitId: nav.id,
        responsibleStaffId: null,
        deadline: '2026-12-15',
        status: 'planned' as const,
      },
    ],
    evaluations: [],
  },
  scope: 'all' as const,
  coordinatorId: 's-kristin',
  consents: [],
  unitNames: { [nav.id]: nav.name },
  staffNames: { 's-kristin': 'Kristin' },
  mayChange: true,
  mayChangeMeasures: true,
  staff,
};
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
export function sampleCards(): Readonly<Record<string, readonly AdaptiveCard[]>> {
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
      accessCard(nb, {
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
      consentCard(nb, {
        caseId,
        reference: kase.reference,
        consents: [consent],
        units,
        staffNames: { 's-kristin': 'Kristin' },
        today: '2026-11-26',
        timeZone: TZ,
      }),
    ],
    breakGlassCard: [breakGlassCard(nb, { caseId, reference: kase.reference })],
    breakGlassDoneCard: [breakGlassDoneCard(nb, kase.reference, '27. november kl. 14:05')],
    accessReviewCard: [
      accessReviewCard(nb, {
        period: { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') },
        unitName: nav.name,
        findings: [],
        counts: reviewCounts,
      }),
    ],
    arrearsPaidCard: [
      arrearsPaidCard(nb, {
        caseId,
        reference: kase.reference,
        paidDate: '2026-11-20',
        today: '2026-11-26',
      }),
    ],
    closeCaseCard: [closeCaseCard(nb, { caseId, reference: kase.reference })],
    receiptCard: [
      receiptCard(
        nb.handOver.title(kase.reference),
        nb.handOver.done(kase.reference, 'Tildelingsteam', true),
      ),
    ],
    concernFormCard: [
      concernFormCard(nb, { submissionId: randomUUID(), units }),
      concernFormCard(nb, {
        submissionId: randomUUID(),
        units,
        values: { source: 'utleier', acute: 'true', namsmannNotice: 'true', children: '2' },
        errors: { category: 'ACUTE_CATEGORY', namsmannNoticeDate: 'NAMSMANN_DATE_REQUIRED' },
      }),
    ],
    arrearsReportCard: [
      arrearsReportCard(nb, { submissionId: randomUUID() }),
      arrearsReportCard(nb, {
        submissionId: randomUUID(),
        values: { amount: 'mye', landlord: 'kommunal', consentClause: 'nei' },
        errors: { amount: 'AMOUNT_RANGE', consentClause: 'NO_CONSENT_CLAUSE' },
      }),
    ],
    arrearsReportSentCard: [
      arrearsReportSentCard(nb, {
        reference: kase.reference,
        unitName: nav.name,
        coordinator: null,
      }),
    ],
    concernSentCard: [
      concernSentCard(nb, { reference: kase.reference, unitName: nav.name, coordinator: null }),
    ],
    planFormCard: [planFormCard(nb, { caseId, reference: kase.reference, level: 3, units, staff })],
    planCard: [planCard(nb, plan, units)],
    helpCard: [
      helpCard(nb, { isAdmin: false, inChannel: false }),
      helpCard(nb, { isAdmin: true, inChannel: true }),
    ],
    lookupCard: [lookupCard(nb)],
    purposeCard: [purposeCard(nb, randomUUID())],
    residentChoicesCard: [
      residentChoicesCard(nb, randomUUID(), [
        { residentId: randomUUID(), name: 'Kari', birthYear: '1993', maskedId: null },
      ]),
    ],
    noticeCard: [
      noticeCard(nb, unitNotice),
      noticeCard(nb, acuteNotice),
      noticeCard(nb, {
        kind: 'case.involvedAlert',
        reference: kase.reference,
        concernTypes: ['namsmann'],
        owningUnitName: nav.name,
        deadline: null,
      }),
      noticeCard(nb, handOverProposed),
      noticeCard(nb, levelReview),
    ],
    proposalCard: [
      proposalCard(nb, proposalInputOf(handOverProposed)),
      proposalCard(nb, {
        ...proposalInputOf(handOverProposed),
        problem: nb.errors['HANDOVER.DECLINE_REASON_REQUIRED'],
      }),
      proposalCard(nb, { ...proposalInputOf(handOverProposed), note: null, status: 'accepted' }),
      proposalCard(nb, { ...proposalInputOf(handOverProposed), status: 'declined' }),
      proposalCard(nb, { ...proposalInputOf(handOverProposed), status: 'withdrawn' }),
      proposalCard(nb, proposalInputOf(levelReview)),
      proposalCard(nb, { ...proposalInputOf(levelReview), status: 'accepted' }),
      proposalCard(nb, { ...proposalInputOf(levelReview), status: 'declined' }),
    ],
    proposalAnsweredCard: [
      proposalAnsweredCard(nb, {
        kind: 'case.handOverAnswered',
        reference: kase.reference,
        proposalKind: 'handover',
        outcome: 'declined',
        fromUnitName: nav.name,
        toUnitName: rop.name,
        byName: 'Per',
        reason: 'Personen har allerede fast kontakt hos NAV.',
      }),
      proposalAnsweredCard(nb, {
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
      caseForUnitCard(nb, unitNotice),
      caseForUnitCard(nb, { ...unitNotice, coordinatorName: 'Kristin' }),
      caseForUnitCard(nb, unitNotice, { kind: 'moved', owningUnitName: rop.name }),
      caseForUnitCard(nb, unitNotice, { kind: 'closed', owningUnitName: nav.name }),
    ],
    channelCaseCard: [
      channelCaseCard(nb, cardFacts, NAV_CHANNEL, '2026-11-26'),
      channelCaseCard(nb, { ...cardFacts, coordinator: null }, NAV_CHANNEL, '2026-11-26'),
      channelCaseCard(nb, cardFacts, '19:another-channel@thread.tacv2', '2026-11-26'),
      channelCaseCard(
        nb,
        { ...cardFacts, kase: { ...kase, status: 'closed' } },
        NAV_CHANNEL,
        '2026-11-26',
      ),
    ],
    acuteCaseCard: [
      acuteCaseCard(nb, acuteNotice),
      acuteCaseCard(nb, { ...acuteNotice, coordinatorName: 'Kristin' }),
    ],
    ownedCaseCard: [
      ownedCaseCard(nb, acuteFacts, '2026-11-26'),
      ownedCaseCard(nb, cardFacts, '2026-11-26'),
    ],
    ownerAnswerCard: [
      ownerAnswerCard(nb, answer, TZ),
      ownerAnswerCard(nb, { ...answer, hasPlan: true }, TZ),
    ],
    ownerFactsCard: [ownerFactsCard(nb, answer)],
    handOverCard: [
      handOverCard(nb, {
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
      myCasesCard(nb, [
        { kase, residentName: 'Kari', iAmCoordinator: true, phase: 'varsel', nextDeadline: null },
      ]),
    ],
    classificationCard: [
      classificationCard(nb, {
        caseId,
        reference: kase.reference,
        level: kase.level,
        categoryChoice: `${kase.category}/${kase.subcategory}`,
        categoryChoices: CATEGORY_CHOICES.map((c) => [c, c] as const),
      }),
    ],
    reminderCard: [
      reminderCard(nb, [reminder]),
      reminderCard(nb, [reminder, { ...reminder, outboxKey: `${reminder.outboxKey}:2` }]),
      // Snoozed to a day before the deadline, and (capped) to the deadline itself.
      reminderCard(nb, [reminder], { [reminder.outboxKey]: { snoozedUntil: '2026-12-04' } }),
      reminderCard(nb, [reminder], { [reminder.outboxKey]: { snoozedUntil: '2026-12-08' } }),
      // Done: the outcomes of the checkpoint, one tap each.
      reminderCard(nb, [reminder], {
        [reminder.outboxKey]: { doneBy: { name: 'Kristin', date: '2026-12-01' } },
      }),
    ],
    caseEventCard: [caseEventCard(nb, { caseId, reference: kase.reference })],
    caseEventFormCard: (
      ['stonad-vedtak', 'stonad-utbetalt', 'ny-utkastelsesdato', 'midlertidig-botilbud'] as const
    ).map((type) =>
      caseEventFormCard(nb, {
        caseId,
        reference: kase.reference,
        type,
        today: '2026-11-26',
        problem: nb.errors['CASE_EVENT.INVALID_AMOUNT'],
      }),
    ),
    remindersListCard: [remindersListCard(nb, [], [])],
    timelineCard: [timelineCard(nb, kase.reference, [], '2026-11-26')],
  };
}

import { randomUUID } from 'node:crypto';
import { hashNationalId } from '../domain/identity/national-id-hash.ts';
import { maskNationalId, parseNationalId } from '../domain/identity/national-id.ts';
import { eventRule } from '../domain/case-event/case-event.ts';
import { addDays, daysBetween } from '../domain/common/calendar-date.ts';
import { foldText } from '../domain/common/fold-text.ts';
import { localDate } from '../domain/common/local-date.ts';
import {
  DEMO_CASES,
  DEMO_RESIDENTS,
  DEMO_ROUTING,
  DEMO_STAFF,
  DEMO_TEAM_ID,
  DEMO_UNITS,
  demoChannelId,
  demoStaffName,
  type DemoCase,
} from '../demo/demo-municipality.ts';
import type { Prisma, PrismaClient } from './generated/client.ts';

/**
 * Fills an empty database with Demo kommune, in one transaction. Returns false (and writes
 * nothing) if the database already has units, so it never touches a real organisation. Each unit
 * is linked to its channel in the playground's team: Husly can post there once the channel has
 * been opened in the playground (which installs Husly in it and posts the unit's untaken cases).
 */
export async function seedDemoMunicipality(
  prisma: PrismaClient,
  idSecret: string,
  now: Date,
  timeZone: string,
): Promise<boolean> {
  const today = localDate(now, timeZone);
  // Days since the current half-year began (1 January or 1 July), the overview's period.
  const thisYear = today.slice(0, 4);
  const halfYearBegan = daysBetween(
    today < `${thisYear}-07-01` ? `${thisYear}-01-01` : `${thisYear}-07-01`,
    today,
  );
  return prisma.$transaction(async (tx) => {
    if ((await tx.unit.count()) > 0) return false;
    const unitIds = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      const row = await tx.unit.create({
        data: {
          ...unit,
          channelConversationId: demoChannelId(unit.key),
          channelTeamId: DEMO_TEAM_ID,
          channelLinkedAt: now,
        },
      });
      unitIds.set(unit.key, row.id);
    }
    const unitId = (key: string) => required(unitIds.get(key), `unit ${key}`);
    const staffRows = new Map<string, { id: string; unitId: string }>();
    for (const s of DEMO_STAFF) {
      const row = await tx.staff.create({
        data: {
          aadObjectId: s.aadObjectId,
          name: demoStaffName(s),
          email: s.email,
          role: s.role,
          unitId: unitId(s.unitKey),
        },
      });
      staffRows.set(s.persona, { id: row.id, unitId: row.unitId });
    }
    const staff = (persona: string) => required(staffRows.get(persona), `staff ${persona}`);
    // Everything below goes in one createMany per table (ids made here): the seed stays fast.
    const rows = {
      residents: [] as Prisma.ResidentCreateManyInput[],
      cases: [] as Prisma.CaseCreateManyInput[],
      ownership: [] as Prisma.CaseOwnershipCreateManyInput[],
      involvements: [] as Prisma.CaseInvolvementCreateManyInput[],
      consents: [] as Prisma.CaseConsentCreateManyInput[],
      concerns: [] as Prisma.ConcernCreateManyInput[],
      events: [] as Prisma.CaseEventCreateManyInput[],
      changes: [] as Prisma.CaseChangeCreateManyInput[],
      plans: [] as Prisma.GoalPlanCreateManyInput[],
      planLinks: [] as Prisma.PlanCaseLinkCreateManyInput[],
      goals: [] as Prisma.GoalCreateManyInput[],
      measures: [] as Prisma.MeasureCreateManyInput[],
      evaluations: [] as Prisma.EvaluationCreateManyInput[],
      goalEvaluations: [] as Prisma.GoalEvaluationCreateManyInput[],
      participants: [] as Prisma.PlanParticipantCreateManyInput[],
    };
    const residentIds: string[] = [];
    for (const r of DEMO_RESIDENTS) {
      const parsed = parseNationalId(r.nationalId, { allowSynthetic: true });
      if (!parsed.ok)
        throw new Error(`Demo resident has an invalid identity number (${parsed.code}).`);
      const id = randomUUID();
      rows.residents.push({
        id,
        idHash: hashNationalId(parsed.value, idSecret),
        maskedId: maskNationalId(parsed.value),
        name: r.name,
        nameSearch: foldText(r.name),
        birthDate: parsed.value.birthDate,
      });
      residentIds.push(id);
    }
    for (const c of DEMO_CASES) {
      const caseId = randomUUID();
      const owningUnitId = unitId(c.owningUnitKey);
      const coordinatorId = c.coordinatorPersona ? staff(c.coordinatorPersona).id : null;
      // Days before today, scaled into the current half-year for `inHalfYear` cases.
      const oldest = c.inHalfYear ? Math.max(...pastDays(c)) : 0;
      const scale = oldest > halfYearBegan ? halfYearBegan / oldest : 1;
      const ago = (n: number) => Math.round(n * scale);
      const daysAgo = (n: number) => addDays(today, -ago(n));
      const instant = (n: number) => new Date(now.getTime() - ago(n) * 86_400_000);
      const fromToday = (n: number) => (n < 0 ? daysAgo(-n) : addDays(today, n));
      const moment = (at: string | { readonly daysAgo: number }) =>
        typeof at === 'string' ? new Date(at) : instant(at.daysAgo);
      const openedAt = moment(c.openedAt);
      const closedAt = c.closedAt ? moment(c.closedAt) : null;
      const k = c.concern;
      const accommodation = (c.events ?? [])
        .filter((e) => eventRule(e.type).sets === 'temporaryAccommodationSince')
        .at(-1);
      const timeline = {
        firstMissedRentDate: k?.arrears ? daysAgo(k.arrears.firstMissedRentDaysAgo) : null,
        noticeDate: k?.notice ? daysAgo(k.notice.sentDaysAgo) : null,
        noticeReceivedDate: k?.notice ? daysAgo(k.notice.receivedDaysAgo) : null,
        namsmannNoticeDate:
          k?.namsmannNoticeDaysAgo !== undefined ? daysAgo(k.namsmannNoticeDaysAgo) : null,
        evictionDate: k?.evictionInDays !== undefined ? fromToday(k.evictionInDays) : null,
        arrearsReportedDate: k?.arrearsReport ? daysAgo(k.arrearsReport.reportedDaysAgo) : null,
        acuteDate: k?.acute ? today : null,
        landlordNoticeDate:
          k?.landlordNoticeDaysAgo !== undefined ? daysAgo(k.landlordNoticeDaysAgo) : null,
        namsmannCopyDate:
          k?.namsmannCopyDaysAgo !== undefined ? daysAgo(k.namsmannCopyDaysAgo) : null,
        evictionHappened: k?.evictionHappened ?? false,
        temporaryAccommodationSince: accommodation ? daysAgo(accommodation.daysAgo) : null,
      };
      rows.cases.push({
        id: caseId,
        reference: c.reference,
        residentId: required(residentIds[c.residentIndex], c.reference),
        category: c.category,
        subcategory: c.subcategory,
        level: c.level,
        status: c.status,
        owningUnitId,
        coordinatorId,
        openedAt,
        closedAt,
        closedReason: c.closedReason ?? null,
        ...timeline,
      });
      rows.ownership.push({
        caseId,
        unitId: owningUnitId,
        coordinatorId,
        startedAt: openedAt,
        endedAt: closedAt,
      });
      for (const key of c.involvedUnitKeys)
        rows.involvements.push({
          caseId,
          unitId: unitId(key),
          since: openedAt,
          reason: 'granted',
          grantedById: coordinatorId,
          note: 'Demo: tjenstlig behov i oppfølgingen',
        });
      if (k) {
        const reporter = staff(k.reporterPersona);
        const consentId = k.consentUnitKeys ? randomUUID() : null;
        if (consentId && k.consentUnitKeys)
          rows.consents.push({
            id: consentId,
            caseId,
            unitIds: JSON.stringify(k.consentUnitKeys.map(unitId)),
            givenDate: localDate(openedAt, timeZone),
            form: 'skriftlig',
            source: 'concern',
            recordedById: reporter.id,
            recordedAt: openedAt,
          });
        rows.concerns.push({
          submissionId: `demo-${c.reference}`,
          caseId,
          reporterId: reporter.id,
          reporterUnitId: reporter.unitId,
          createdAt: openedAt,
          category: c.category,
          subcategory: c.subcategory,
          rentArrears: Boolean(k.arrears),
          arrearsAmount: k.arrears?.amountNok ?? null,
          arrearsMonths: k.arrears?.months ?? null,
          landlordType: k.arrears?.landlord ?? null,
          firstMissedRentDate: timeline.firstMissedRentDate,
          noticeReceived: Boolean(k.notice),
          noticeDate: timeline.noticeDate,
          noticeReceivedDate: timeline.noticeReceivedDate,
          namsmannNotice: timeline.namsmannNoticeDate !== null,
          namsmannNoticeDate: timeline.namsmannNoticeDate,
          evictionDateSet: timeline.evictionDate !== null,
          evictionDate: timeline.evictionDate,
          evictionHappened: timeline.evictionHappened,
          landlordNoticeDate: timeline.landlordNoticeDate,
          namsmannCopyDate: timeline.namsmannCopyDate,
          children: k.children ?? null,
          source: k.source,
          acute: k.acute ?? false,
          arrearsReportedDate: timeline.arrearsReportedDate,
          arrearsReminderSent: k.arrearsReport?.reminderSent ?? null,
          description: k.description,
          sharingBasis: k.sharingBasis,
          consentId,
          residentInformed: true,
        });
      }
      // What was done, the level history and the plan, by the saksansvarlig (or the reporter).
      const by = staff(c.coordinatorPersona ?? k?.reporterPersona ?? 'admin').id;
      for (const e of c.events ?? [])
        rows.events.push({
          caseId,
          type: e.type,
          occurredOn: daysAgo(e.daysAgo),
          decision: e.decision ?? null,
          amountNok: e.amountNok ?? null,
          coversArrears: e.coversArrears ?? null,
          dateValue: eventRule(e.type).value === 'date' ? daysAgo(e.daysAgo) : null,
          recordedById: by,
          recordedAt: instant(e.daysAgo),
        });
      for (const l of c.levelChanges ?? [])
        rows.changes.push({
          caseId,
          at: instant(l.daysAgo),
          actorId: by,
          field: 'level',
          fromValue: String(l.from),
          toValue: String(l.to),
          reason: l.reason,
        });
      const plan = c.plan;
      if (plan) {
        const planId = randomUUID();
        const createdAt = instant(plan.createdDaysAgo);
        const residentId = required(residentIds[c.residentIndex], c.reference);
        const living = c.status === 'open';
        rows.plans.push({
          id: planId,
          residentId,
          // The demo's plans on closed cases ended with them (as before plans outlived cases).
          status: living ? 'active' : 'closed',
          activeResidentId: living ? residentId : null,
          closedAt: living ? null : closedAt,
          closeReason: living ? null : 'case-closed',
          // The level when the plan was made: before the level changes the demo records.
          levelAtStart: c.levelChanges?.[0]?.from ?? c.level,
          whatMatters: plan.whatMatters ?? null,
          residentParticipation: 'meeting',
          caseId,
          evaluationDate: fromToday(plan.evaluationInDays),
          periodStart: daysAgo(plan.createdDaysAgo),
          vedtakReference: plan.vedtakReference ?? null,
          ipNeeded: plan.vedtakReference ? false : null,
          createdAt,
          createdById: by,
        });
        rows.planLinks.push({ planId, caseId, reason: 'created', linkedAt: createdAt });
        const goalId = randomUUID();
        rows.goals.push({
          id: goalId,
          planId,
          text: plan.goal,
          residentWords: plan.goalResidentWords ?? null,
          createdAt,
        });
        for (const m of plan.measures)
          rows.measures.push({
            planId,
            goalId,
            type: m.type,
            description: m.description,
            scope: m.scope ?? null,
            responsibleResident: m.byResident ?? false,
            responsibleUnitId: m.byResident ? null : owningUnitId,
            deadline: fromToday(m.deadlineInDays),
            status: m.status,
            createdAt,
          });
        for (const x of plan.participants ?? [])
          rows.participants.push({
            planId,
            kind: x.kind,
            name: x.name,
            organisation: x.organisation ?? null,
            role: x.role,
            addedAt: createdAt,
            addedById: by,
          });
        const evaluation = plan.evaluation;
        if (evaluation) {
          const evaluationId = randomUUID();
          rows.evaluations.push({
            id: evaluationId,
            planId,
            at: instant(evaluation.daysAgo),
            byId: by,
            summary: evaluation.summary,
            nextEvaluationDate: fromToday(evaluation.nextInDays),
            residentParticipation: 'meeting',
            levelAtEvaluation: evaluation.level ?? null,
          });
          if (evaluation.outcome)
            rows.goalEvaluations.push({ evaluationId, goalId, outcome: evaluation.outcome });
        }
      }
    }
    await tx.resident.createMany({ data: rows.residents });
    await tx.case.createMany({ data: rows.cases });
    await tx.caseOwnership.createMany({ data: rows.ownership });
    await tx.caseInvolvement.createMany({ data: rows.involvements });
    await tx.caseConsent.createMany({ data: rows.consents });
    await tx.concern.createMany({ data: rows.concerns });
    await tx.caseEvent.createMany({ data: rows.events });
    await tx.caseChange.createMany({ data: rows.changes });
    await tx.goalPlan.createMany({ data: rows.plans });
    await tx.planCaseLink.createMany({ data: rows.planLinks });
    await tx.goal.createMany({ data: rows.goals });
    await tx.measure.createMany({ data: rows.measures });
    await tx.evaluation.createMany({ data: rows.evaluations });
    await tx.goalEvaluation.createMany({ data: rows.goalEvaluations });
    await tx.planParticipant.createMany({ data: rows.participants });
    for (const [type, key] of Object.entries(DEMO_ROUTING))
      await tx.routingRule.create({ data: { concernType: type, unitId: unitId(key) } });
    const year = Number(required(DEMO_CASES.at(-1), 'last case').reference.slice(0, 4));
    await tx.caseSequence.create({ data: { year, last: DEMO_CASES.length } });
    return true;
  });
}

/**
 * The case's dates that count in a period (not the first missed rent or the restansemelding,
 * which come before): its oldest sets how far an `inHalfYear` case is scaled.
 */
function pastDays(c: DemoCase): number[] {
  const k = c.concern;
  const relative = (at: string | { readonly daysAgo: number } | undefined) =>
    at !== undefined && typeof at !== 'string' ? [at.daysAgo] : [];
  return [
    0,
    ...relative(c.openedAt),
    ...relative(c.closedAt),
    ...(k?.notice ? [k.notice.sentDaysAgo] : []),
    ...[k?.landlordNoticeDaysAgo, k?.namsmannNoticeDaysAgo, k?.namsmannCopyDaysAgo].filter(
      (n) => n !== undefined,
    ),
    ...(k?.evictionInDays !== undefined ? [-k.evictionInDays] : []),
    ...(c.events ?? []).map((e) => e.daysAgo),
    ...(c.levelChanges ?? []).map((l) => l.daysAgo),
    ...(c.plan ? [c.plan.createdDaysAgo, c.plan.evaluation?.daysAgo ?? 0] : []),
  ];
}

/** Demo data is a fixed table: a hole in it is a programming error, reported by what is missing. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data is missing ${what}`);
  return value;
}

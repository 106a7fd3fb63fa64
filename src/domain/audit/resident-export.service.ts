import type { CaseEvent } from '../case-event/case-event.ts';
import type { AccessGate } from '../access/access-gate.ts';
import type { ConsentForm, ConsentSource } from '../access/consent.ts';
import type { CaseChangeRecord, InvolvementReason } from '../case/case.repository.ts';
import type { CaseRecord } from '../case/case.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories } from '../common/unit-of-work.ts';
import type { StoredConcern } from '../concern/concern.ts';
import {
  latestOutcome,
  type Evaluation,
  type Goal,
  type GoalOutcome,
  type GoalPlan,
  type Measure,
  type Participant,
} from '../goal-plan/goal-plan.ts';
import { hashNationalId } from '../identity/national-id-hash.ts';
import { parseNationalId, type NationalIdError } from '../identity/national-id.ts';
import type {
  AccessReportLine,
  ResidentAccessReportService,
} from './resident-access-report.service.ts';
import type { ExportedReminder, ResidentExportStore, ResidentRecords } from './resident-export.ts';
import type { HandOverProposal } from '../ownership/hand-over-proposal.ts';

export interface ExportedCase {
  readonly kase: CaseRecord;
  readonly anonymisedAt: Date | null;
  readonly owners: readonly {
    unitName: string | null;
    coordinatorName: string | null;
    startedAt: Date;
    endedAt: Date | null;
    note: string | null;
  }[];
  readonly involvements: readonly {
    unitName: string | null;
    reason: InvolvementReason;
    since: Date;
    endedAt: Date | null;
    grantedByName: string | null;
    note: string | null;
  }[];
  readonly consents: readonly {
    unitNames: (string | null)[];
    givenDate: string;
    form: ConsentForm;
    source: ConsentSource;
    recordedByName: string | null;
    recordedAt: Date;
    withdrawnAt: Date | null;
    withdrawnByName: string | null;
  }[];
  readonly changes: readonly {
    at: Date;
    byName: string | null;
    field: CaseChangeRecord['field'];
    fromValue: string;
    toValue: string;
    reason: string;
  }[];
  readonly breakGlass: readonly {
    staffName: string | null;
    unitName: string | null;
    grantedAt: Date;
    expiresAt: Date;
    justification: string;
  }[];
  readonly concerns: readonly {
    concern: StoredConcern;
    reporterName: string | null;
    reporterUnitName: string | null;
  }[];
  /** Every plan that hangs on the case now (a closed one and a newer one), oldest first. */
  readonly plans: readonly ExportedPlan[];
  readonly reminders: readonly ExportedReminder[];
  /** Outcome events: what was done and decided, by whom. */
  readonly events: readonly (Omit<CaseEvent, 'recordedById'> & { recordedByName: string | null })[];
  /** Proposed hand-overs and level reviews, with the note and any reason for declining. */
  readonly proposals: readonly {
    readonly kind: HandOverProposal['kind'];
    readonly status: HandOverProposal['status'];
    readonly fromUnitName: string | null;
    readonly toUnitName: string | null;
    readonly proposedByName: string | null;
    readonly proposedAt: Date;
    readonly note: string | null;
    readonly answeredByName: string | null;
    readonly answeredAt: Date | null;
    readonly declineReason: string | null;
  }[];
}

/** A målplan with the names of the units, staff and participants it refers to. */
export interface ExportedPlan {
  readonly plan: Omit<GoalPlan, 'caseIds' | 'goals' | 'measures' | 'evaluations' | 'participants'>;
  /** The resident's cases the plan has hung on, oldest first, by reference. */
  readonly caseReferences: readonly string[];
  readonly ipCoordinatorName: string | null;
  readonly goals: readonly (Goal & { readonly latestOutcome: GoalOutcome | null })[];
  readonly measures: readonly (Measure & {
    readonly responsibleUnitName: string | null;
    readonly responsibleStaffName: string | null;
    /** The relative or external participant responsible, if still on the plan. */
    readonly responsibleParticipantName: string | null;
    readonly goalText: string | null;
  })[];
  readonly evaluations: readonly (Omit<Evaluation, 'goals'> & {
    readonly byName: string | null;
    readonly goals: readonly (Evaluation['goals'][number] & { readonly goalText: string | null })[];
  })[];
  readonly participants: readonly (Participant & {
    readonly unitName: string | null;
    readonly staffName: string | null;
  })[];
}

/** Everything Husly stores about one resident, with unit and staff names resolved. */
export interface ResidentExport {
  /** Never the identity number or its hash. */
  readonly resident: {
    readonly maskedId: string | null;
    readonly name: string;
    readonly birthDate: string | null;
    readonly anonymisedAt: Date | null;
  };
  readonly cases: readonly ExportedCase[];
  /** Who has looked at or changed the resident's data (the same lines as `audit:resident`). */
  readonly accessLog: readonly AccessReportLine[];
}

/**
 * The resident's right of access (GDPR art. 15): a copy of everything Husly stores about them —
 * cases, concerns with their free text, the målplan, consents, reminders and the access log.
 * Producing it is audited (`audit.residentExport`, and the access report it includes as
 * `audit.residentReport`).
 */
export class ResidentExportService {
  constructor(
    private readonly store: ResidentExportStore,
    private readonly accessReport: ResidentAccessReportService,
    private readonly gate: AccessGate,
    private readonly options: { readonly idSecret: string; readonly allowSyntheticIds: boolean },
  ) {}

  async export(
    nationalId: string,
  ): Promise<Result<ResidentExport, NationalIdError | 'LOOKUP.NOT_FOUND'>> {
    const id = parseNationalId(nationalId, { allowSynthetic: this.options.allowSyntheticIds });
    if (!id.ok) return fail(id.code);
    const idHash = hashNationalId(id.value, this.options.idSecret);
    const report = await this.accessReport.report(nationalId);
    if (!report.ok) return fail(report.code);
    return this.store.run(async (repos, records) => {
      const resident = await repos.residents.findByIdHash(idHash);
      if (!resident) return fail('LOOKUP.NOT_FOUND');
      const names = new Names(repos);
      const cases: ExportedCase[] = [];
      const ownCases = await records.casesForResident(resident.id);
      const references = new Map(ownCases.map((k) => [k.id, k.reference]));
      for (const kase of ownCases)
        cases.push(await this.exportCase(repos, records, names, references, kase));
      await this.gate.record(repos.audit, null, {
        action: 'audit.residentExport',
        outcome: 'ok',
        residentId: resident.id,
        detail: { cases: cases.length, accessLogLines: report.value.lines.length, audience: 'cli' },
      });
      return ok({
        resident: {
          maskedId: resident.maskedId,
          name: resident.name,
          birthDate: resident.birthDate,
          anonymisedAt: await records.residentAnonymisedAt(resident.id),
        },
        cases,
        accessLog: report.value.lines,
      });
    });
  }

  private async exportCase(
    repos: Repositories,
    records: ResidentRecords,
    names: Names,
    references: ReadonlyMap<string, string>,
    kase: CaseRecord & { anonymisedAt: Date | null },
  ): Promise<ExportedCase> {
    const { anonymisedAt, ...record } = kase;
    const [
      ownership,
      involvements,
      consents,
      changes,
      grants,
      concerns,
      plans,
      reminders,
      events,
      proposals,
    ] = await Promise.all([
      repos.cases.ownershipHistory(kase.id),
      repos.cases.involvements(kase.id),
      repos.consents.listForCase(kase.id),
      repos.cases.changes(kase.id),
      records.breakGlassForCase(kase.id),
      repos.concerns.listForCase(kase.id),
      repos.plans.listForCase(kase.id),
      records.remindersForCase(kase.id),
      repos.caseEvents.listForCase(kase.id),
      repos.handOverProposals.listForCase(kase.id),
    ]);
    const owners = [];
    for (const o of ownership)
      owners.push({
        unitName: await names.unit(o.unitId),
        coordinatorName: await names.staff(o.coordinatorId),
        startedAt: o.startedAt,
        endedAt: o.endedAt,
        note: o.note,
      });
    const involved = [];
    for (const i of involvements)
      involved.push({
        unitName: await names.unit(i.unitId),
        reason: i.reason,
        since: i.since,
        endedAt: i.endedAt ?? null,
        grantedByName: await names.staff(i.grantedById),
        note: i.note ?? null,
      });
    const consentRows = [];
    for (const c of consents)
      consentRows.push({
        unitNames: await Promise.all(c.unitIds.map((u) => names.unit(u))),
        givenDate: c.givenDate,
        form: c.form,
        source: c.source,
        recordedByName: await names.staff(c.recordedById),
        recordedAt: c.recordedAt,
        withdrawnAt: c.withdrawnAt,
        withdrawnByName: await names.staff(c.withdrawnById),
      });
    const changeRows = [];
    for (const c of changes)
      changeRows.push({
        at: c.at,
        byName: await names.staff(c.actorId),
        field: c.field,
        fromValue: c.fromValue,
        toValue: c.toValue,
        reason: c.reason,
      });
    const breakGlass = [];
    for (const g of grants)
      breakGlass.push({
        staffName: await names.staff(g.staffId),
        unitName: await names.unitOfStaff(g.staffId),
        grantedAt: g.grantedAt,
        expiresAt: g.expiresAt,
        justification: g.justification,
      });
    const concernRows = [];
    for (const c of concerns)
      concernRows.push({
        concern: c,
        reporterName: await names.staff(c.reporterId),
        reporterUnitName: await names.unit(c.reporterUnitId),
      });
    const eventRows = [];
    for (const { recordedById, ...e } of events)
      eventRows.push({ ...e, recordedByName: await names.staff(recordedById) });
    const proposalRows = [];
    for (const p of proposals)
      proposalRows.push({
        kind: p.kind,
        status: p.status,
        fromUnitName: await names.unit(p.fromUnitId),
        toUnitName: await names.unit(p.toUnitId),
        proposedByName: await names.staff(p.proposedById),
        proposedAt: p.proposedAt,
        note: p.note,
        answeredByName: await names.staff(p.answeredById),
        answeredAt: p.answeredAt,
        declineReason: p.declineReason,
      });
    return {
      kase: record,
      anonymisedAt,
      owners,
      involvements: involved,
      consents: consentRows,
      changes: changeRows,
      breakGlass,
      concerns: concernRows,
      plans: await exportPlans(plans, kase.residentId, names, references),
      reminders,
      events: eventRows,
      proposals: proposalRows,
    };
  }
}

/**
 * The resident's own plans on the case, with names resolved. A plan only ever moves between one
 * person's cases; the checks keep anyone else's plan or case out of the copy all the same.
 */
async function exportPlans(
  plans: readonly GoalPlan[],
  residentId: string,
  names: Names,
  references: ReadonlyMap<string, string>,
): Promise<ExportedPlan[]> {
  const rows: ExportedPlan[] = [];
  for (const plan of plans)
    if (plan.residentId === residentId) rows.push(await exportPlan(plan, names, references));
  return rows;
}

async function exportPlan(
  plan: GoalPlan,
  names: Names,
  references: ReadonlyMap<string, string>,
): Promise<ExportedPlan> {
  const { caseIds, goals, measures, evaluations, participants, ...rest } = plan;
  const goalText = (id: string | null) => goals.find((g) => g.id === id)?.text ?? null;
  const participantRows = [];
  for (const p of participants)
    participantRows.push({
      ...p,
      unitName: await names.unit(p.unitId),
      staffName: await names.staff(p.staffId),
    });
  const measureRows = [];
  for (const m of measures)
    measureRows.push({
      ...m,
      responsibleUnitName: await names.unit(m.responsibleUnitId),
      responsibleStaffName: await names.staff(m.responsibleStaffId),
      responsibleParticipantName: participantName(
        participantRows.find((p) => p.id === m.responsibleParticipantId),
      ),
      goalText: goalText(m.goalId),
    });
  const evaluationRows = [];
  for (const e of evaluations)
    evaluationRows.push({
      ...e,
      byName: await names.staff(e.byId),
      goals: e.goals.map((g) => ({ ...g, goalText: goalText(g.goalId) })),
    });
  return {
    plan: rest,
    caseReferences: caseIds.flatMap((id) => references.get(id) ?? []),
    ipCoordinatorName: await names.staff(plan.ipCoordinatorId),
    goals: goals.map((g) => ({ ...g, latestOutcome: latestOutcome(plan, g.id) })),
    measures: measureRows,
    evaluations: evaluationRows,
    participants: participantRows,
  };
}

/** A participant as a person reads them: their name, else the staff or unit behind them. */
function participantName(
  p: (Participant & { unitName: string | null; staffName: string | null }) | undefined,
): string | null {
  return p ? (p.name ?? p.staffName ?? p.unitName) : null;
}

/** Unit and staff names by id, each looked up once. */
class Names {
  private readonly units = new Map<string, string | null>();
  private readonly staffRows = new Map<string, { name: string; unitId: string } | null>();

  constructor(private readonly repos: Repositories) {}

  async unit(id: string | null | undefined): Promise<string | null> {
    if (!id) return null;
    if (!this.units.has(id))
      this.units.set(id, (await this.repos.org.findUnitById(id))?.name ?? null);
    return this.units.get(id) ?? null;
  }

  async staff(id: string | null | undefined): Promise<string | null> {
    return (await this.staffRow(id))?.name ?? null;
  }

  async unitOfStaff(id: string | null | undefined): Promise<string | null> {
    return this.unit((await this.staffRow(id))?.unitId);
  }

  private async staffRow(id: string | null | undefined) {
    if (!id) return null;
    if (!this.staffRows.has(id)) {
      const s = await this.repos.org.findStaffById(id);
      this.staffRows.set(id, s ? { name: s.name, unitId: s.unitId } : null);
    }
    return this.staffRows.get(id) ?? null;
  }
}

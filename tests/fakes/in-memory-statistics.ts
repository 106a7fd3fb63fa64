import { casePhase, type CaseRecord } from '../../src/domain/case/case.ts';
import { zonedInstant } from '../../src/domain/calendar/zoned-time.ts';
import { addDays, daysBetween } from '../../src/domain/common/calendar-date.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import type { Unit } from '../../src/domain/org/org.ts';
import {
  LANDLORDS,
  LEGAL_STEPS,
  type Landlord,
  type LegalStep,
  type RawFigures,
  type StatisticsFilter,
  type StatisticsRepository,
} from '../../src/domain/overview/statistics.ts';
import type { WorklistCandidate } from '../../src/domain/overview/worklist.ts';
import type { CaseState } from './in-memory-cases.ts';
import type { CaseEventState } from './in-memory-case-events.ts';
import type { PlanState } from './in-memory-goal-plans.ts';

type StatisticsState = CaseState & PlanState & CaseEventState & { units: Unit[] };

/**
 * The statistics read model over the in-memory database, by plain loops: the same answers as
 * the Prisma repository's aggregate queries (tests/persistence/statistics.test.ts runs both).
 */
export class InMemoryStatisticsRepository implements StatisticsRepository {
  constructor(
    private readonly s: StatisticsState,
    private readonly timeZone = 'Europe/Oslo',
  ) {}

  async worklistCandidates(staffId: string, unitId: string) {
    return this.candidates(
      (c) =>
        c.owningUnitId === unitId ||
        c.coordinatorId === staffId ||
        this.s.involvements.some((i) => i.caseId === c.id && i.unitId === unitId && !i.endedAt),
    );
  }

  async worklistCandidatesOwnedBy(unitId: string) {
    return this.candidates((c) => c.owningUnitId === unitId);
  }

  private candidates(chosen: (c: CaseRecord) => boolean): WorklistCandidate[] {
    return this.s.cases
      .filter((c) => c.status === 'open' && chosen(c))
      .sort((a, b) => a.reference.localeCompare(b.reference))
      .map((c) => {
        const plan = this.s.plans.find((p) => p.caseId === c.id);
        const openDeadlines = (plan?.measures ?? [])
          .filter((m) => m.status !== 'done' && m.status !== 'cancelled')
          .map((m) => m.deadline)
          .sort();
        const latestEvaluation = [...(plan?.evaluations ?? [])].sort(
          (a, b) => b.at.getTime() - a.at.getTime(),
        )[0];
        const contacts = this.s.caseEvents
          .filter((e) => e.caseId === c.id && e.type === 'kontakt-opprettet')
          .map((e) => e.occurredOn)
          .sort();
        return {
          caseId: c.id,
          reference: c.reference,
          owningUnitId: c.owningUnitId,
          owningUnitName: this.s.units.find((u) => u.id === c.owningUnitId)?.name ?? '',
          coordinatorId: c.coordinatorId,
          level: c.level,
          openedOn: localDate(c.openedAt, this.timeZone),
          timeline: c.timeline,
          hasPlan: plan !== undefined,
          hasVedtak: (plan?.vedtakReference ?? '').trim() !== '',
          earliestOpenMeasureDeadline: openDeadlines[0] ?? null,
          nextEvaluationDate: latestEvaluation?.nextEvaluationDate ?? plan?.evaluationDate ?? null,
          firstContactOn: contacts[0] ?? null,
        };
      });
  }

  /** The landlord type of the case's latest concern that named one. */
  private landlord(caseId: string): Landlord {
    const named = this.s.concerns
      .filter((k) => k.caseId === caseId && k.rentArrears)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return named[0]?.rentArrears?.landlord ?? 'ukjent';
  }

  async figures(filter: StatisticsFilter): Promise<RawFigures> {
    const { from, to } = filter.period;
    const fromAt = zonedInstant(from, '00:00', filter.timeZone);
    const toAt = zonedInstant(addDays(to, 1), '00:00', filter.timeZone);
    const inPeriod = (day: string | null) => day !== null && day >= from && day <= to;
    const atInPeriod = (at: Date | null) => at !== null && at >= fromAt && at < toAt;
    const cases = this.s.cases.filter(
      (c) => filter.unitId === null || c.owningUnitId === filter.unitId,
    );
    const ids = new Set(cases.map((c) => c.id));
    const open = cases.filter((c) => c.status === 'open');

    const count = <K>(keys: readonly K[], same: (a: K, b: K) => boolean) => {
      const out: { key: K; count: number }[] = [];
      for (const key of keys) {
        const found = out.find((o) => same(o.key, key));
        if (found) found.count++;
        else out.push({ key, count: 1 });
      }
      return out;
    };

    const steps: { step: LegalStep; landlord: Landlord }[] = [];
    for (const c of cases) {
      const t = c.timeline;
      const dated: Record<LegalStep, string | null> = {
        'varsel-4-18': t.noticeDate ?? t.noticeReceivedDate,
        'varsel-9-11': t.landlordNoticeDate,
        begjaering: t.namsmannNoticeDate ?? t.namsmannCopyDate,
        utkastelse: t.evictionHappened ? t.evictionDate : null,
      };
      for (const step of LEGAL_STEPS)
        if (inPeriod(dated[step])) steps.push({ step, landlord: this.landlord(c.id) });
    }

    const outcomes: { landlord: Landlord; outcome: 'prevented' | 'evicted' }[] = [];
    for (const c of cases) {
      const t = c.timeline;
      const legal =
        t.noticeDate ?? t.noticeReceivedDate ?? t.namsmannNoticeDate ?? t.namsmannCopyDate;
      if (!atInPeriod(c.closedAt) || legal === null) continue;
      const evicted = c.closedReason === 'utkastet' || t.evictionHappened;
      if (evicted) outcomes.push({ landlord: this.landlord(c.id), outcome: 'evicted' });
      else if (c.closedReason === 'bolig-sikret')
        outcomes.push({ landlord: this.landlord(c.id), outcome: 'prevented' });
    }

    const daysToFirstContact: number[] = [];
    for (const c of cases) {
      const first = this.s.caseEvents
        .filter((e) => e.caseId === c.id && e.type === 'kontakt-opprettet')
        .map((e) => e.occurredOn)
        .sort()[0];
      const concern = this.s.concerns
        .filter((k) => k.caseId === c.id)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
      if (first && inPeriod(first) && concern)
        daysToFirstContact.push(
          Math.max(0, daysBetween(localDate(concern.createdAt, filter.timeZone), first)),
        );
    }

    const granted = this.s.caseEvents.filter(
      (e) =>
        ids.has(e.caseId) &&
        e.type === 'stonad-vedtak' &&
        e.decision === 'innvilget' &&
        inPeriod(e.occurredOn),
    );

    let households = 0;
    let children = 0;
    for (const c of cases) {
      if (c.openedAt >= toAt || (c.closedAt !== null && c.closedAt < fromAt)) continue;
      const latest = this.s.concerns
        .filter((k) => k.caseId === c.id && k.children !== null)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
      if (latest?.children) {
        households++;
        children += latest.children;
      }
    }

    const moves = this.s.changes.filter(
      (ch) => ids.has(ch.caseId) && ch.field === 'level' && atInPeriod(ch.at),
    );

    return {
      openByLevel: count(
        open.map((c) => c.level),
        (a, b) => a === b,
      )
        .map(({ key, count }) => ({ level: key, count }))
        .sort((a, b) => a.level - b.level),
      openByPhase: count(
        open.map((c) => casePhase(c.timeline, filter.today)),
        (a, b) => a === b,
      ).map(({ key, count }) => ({ phase: key, count })),
      openByCategory: count(
        open.map((c) => ({ category: c.category, subcategory: c.subcategory })),
        (a, b) => a.category === b.category && a.subcategory === b.subcategory,
      ).map(({ key, count }) => ({ ...key, count })),
      openByUnit: count(
        open.map((c) => c.owningUnitId),
        (a, b) => a === b,
      ).map(({ key, count }) => ({ unitId: key, count })),
      newCases: cases.filter((c) => atInPeriod(c.openedAt)).length,
      levelMoves: count(
        moves.map((m) => ({ fromLevel: Number(m.fromValue), toLevel: Number(m.toValue) })),
        (a, b) => a.fromLevel === b.fromLevel && a.toLevel === b.toLevel,
      ).map(({ key, count }) => ({ ...key, count })),
      outcomes: count(outcomes, (a, b) => a.landlord === b.landlord && a.outcome === b.outcome)
        .map(({ key, count }) => ({ ...key, count }))
        .sort((a, b) => LANDLORDS.indexOf(a.landlord) - LANDLORDS.indexOf(b.landlord)),
      legalSteps: count(steps, (a, b) => a.step === b.step && a.landlord === b.landlord).map(
        ({ key, count }) => ({ ...key, count }),
      ),
      daysToFirstContact: daysToFirstContact.sort((a, b) => a - b),
      moneyGranted: {
        cases: new Set(granted.map((e) => e.caseId)).size,
        totalNok: granted.reduce((sum, e) => sum + (e.amountNok ?? 0), 0),
      },
      children: { households, children },
    };
  }
}

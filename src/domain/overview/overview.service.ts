import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { checkPeriod, shownFigures, type OverviewFigures, type PeriodError } from './overview.ts';

export interface OverviewRequest {
  /** A unit id, or null for the whole municipality. */
  readonly unitId: string | null;
  readonly from: string;
  readonly to: string;
}

export type OverviewError = 'ACCESS.DENIED' | 'UNIT.NOT_FOUND' | PeriodError;

/**
 * The overview for coordinators, leaders and admins: counts only — no reference, name or date
 * of any case — with small numbers suppressed, so it may be shown to any of them for any unit.
 */
export class OverviewService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  today(): string {
    return localDate(this.clock.now(), this.timeZone);
  }

  overview(
    actor: Actor,
    request: OverviewRequest,
  ): Promise<Result<OverviewFigures, OverviewError>> {
    const today = this.today();
    return this.uow.read(async (repos) => {
      const allowed = await this.gate.authorizeOrg(
        repos.audit,
        actor,
        'statistics.overview',
        'statistics.overview',
      );
      if (!allowed.ok) return allowed;
      const period = checkPeriod(request.from, request.to);
      if (!period.ok) return period;
      const units = await repos.org.listUnits();
      const unit = request.unitId === null ? null : units.find((u) => u.id === request.unitId);
      if (unit === undefined) return fail('UNIT.NOT_FOUND');
      const raw = await repos.statistics.figures({
        unitId: unit?.id ?? null,
        period: period.value,
        today,
        timeZone: this.timeZone,
      });
      await this.gate.record(repos.audit, actor, {
        action: 'statistics.overview',
        outcome: 'ok',
        detail: {
          unit: unit?.id ?? 'all',
          from: period.value.from,
          to: period.value.to,
          audience: actor.audience ?? 'personal',
        },
      });
      return ok(
        shownFigures(raw, {
          period: period.value,
          asOf: today,
          unit: unit ? { id: unit.id, name: unit.name } : null,
          unitNames: new Map(units.map((u) => [u.id, u.name])),
        }),
      );
    });
  }
}

import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import { localTime } from '../calendar/zoned-time.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { isActive } from '../org/org.ts';
import { checkPeriod, shownFigures, type PeriodError } from './overview.ts';
import {
  buildReport,
  periodMonths,
  type Report,
  type ReportBlock,
  type ReportFormat,
  type ReportUnit,
} from './report.ts';
import type { ReportLabels } from './report-words.ts';
import type { Period } from './statistics.ts';

export interface ReportRequest {
  readonly from: string;
  readonly to: string;
}

export type ReportError = 'ACCESS.DENIED' | PeriodError;

/**
 * The report file for leaders and admins (issue 12 §3): the overview's indicators per month and
 * owning unit, Husbanken's half-year report and the KOSTRA eviction items. Counts only, with small
 * numbers suppressed as in the overview, so the file may leave Husly.
 *
 * In Teams a leader asks for it (`request`) and gets a short-lived link; the file is made when
 * the link is opened (`download`), after checking again that they may still have it. The command
 * line (`npm run report`) is run by an operator on the server (`forOperator`).
 */
export class ReportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly labels: ReportLabels,
  ) {}

  /** Today, local: for the card's default period. */
  today(): string {
    return localDate(this.clock.now(), this.timeZone);
  }

  /**
   * May the actor have the report at all (before they are shown the card)? A refusal is audited
   * as `statistics.report`; a yes shows nothing and is not.
   */
  mayRequest(actor: Actor): Promise<Result<void, 'ACCESS.DENIED'>> {
    return this.uow.read((repos) =>
      this.gate.authorizeOrg(repos.audit, actor, 'statistics.report', 'statistics.report'),
    );
  }

  /**
   * A leader asks for the report in Teams: may they, and is the period valid? Audited as
   * `statistics.report`; the file itself is made and audited when the link is opened.
   */
  request(
    actor: Actor,
    request: ReportRequest & { readonly format: ReportFormat },
  ): Promise<Result<Period, ReportError>> {
    return this.uow.read(async (repos) => {
      const allowed = await this.gate.authorizeOrg(
        repos.audit,
        actor,
        'statistics.report',
        'statistics.report',
      );
      if (!allowed.ok) return allowed;
      const period = checkPeriod(request.from, request.to);
      if (!period.ok) return period;
      await this.gate.record(repos.audit, actor, {
        action: 'statistics.report',
        outcome: 'ok',
        detail: {
          from: period.value.from,
          to: period.value.to,
          format: request.format,
          audience: actor.audience ?? 'personal',
        },
      });
      return ok(period.value);
    });
  }

  /** The report for a staff member in Husly (requires 'statistics.report'). */
  async forActor(actor: Actor, request: ReportRequest): Promise<Result<Report, ReportError>> {
    const checked = await this.uow.read(async (repos) => {
      const allowed = await this.gate.authorizeOrg(
        repos.audit,
        actor,
        'statistics.report',
        'statistics.report',
      );
      return allowed.ok ? checkPeriod(request.from, request.to) : allowed;
    });
    if (!checked.ok) return checked;
    const report = await this.build(checked.value);
    await this.uow.read((repos) =>
      this.gate.record(repos.audit, actor, {
        action: 'statistics.report',
        outcome: 'ok',
        detail: { ...checked.value, audience: actor.audience ?? 'personal' },
      }),
    );
    return ok(report);
  }

  /**
   * A download link was opened: the staff member it was made for must still be active and still
   * may have the report. Audited as `statistics.download` (a refusal too). `tenantId` is the one
   * Husly saw when it made the link (the link is signed).
   */
  async download(
    link: { readonly staffId: string; readonly tenantId: string },
    request: ReportRequest & { readonly format: ReportFormat },
  ): Promise<Result<Report, ReportError>> {
    const checked = await this.uow.read(async (repos) => {
      const staff = await repos.org.findStaffById(link.staffId);
      const unit = staff && (await repos.org.findUnitById(staff.unitId));
      if (!staff || !unit || !isActive(staff)) {
        await this.gate.record(repos.audit, link, {
          action: 'statistics.download',
          outcome: 'denied',
          detail: { code: 'ACCESS.DENIED', reason: staff ? 'deactivated' : 'unknown-staff' },
        });
        return fail('ACCESS.DENIED');
      }
      const actor: Actor = { staff, unit, tenantId: link.tenantId };
      const allowed = await this.gate.authorizeOrg(
        repos.audit,
        actor,
        'statistics.report',
        'statistics.download',
      );
      if (!allowed.ok) return allowed;
      const period = checkPeriod(request.from, request.to);
      return period.ok ? ok({ actor, period: period.value }) : period;
    });
    if (!checked.ok) return checked;
    const { actor, period } = checked.value;
    const report = await this.build(period);
    await this.uow.read((repos) =>
      this.gate.record(repos.audit, actor, {
        action: 'statistics.download',
        outcome: 'ok',
        detail: { ...period, format: request.format },
      }),
    );
    return ok(report);
  }

  /** `npm run report`: an operator on the server, no actor. Audited with audience 'cli'. */
  async forOperator(request: ReportRequest): Promise<Result<Report, PeriodError>> {
    const period = checkPeriod(request.from, request.to);
    if (!period.ok) return period;
    const report = await this.build(period.value);
    await this.uow.read((repos) =>
      this.gate.record(repos.audit, null, {
        action: 'statistics.report',
        outcome: 'ok',
        detail: { ...period.value, audience: 'cli' },
      }),
    );
    return ok(report);
  }

  /**
   * The report, read in one short transaction per count query rather than one long one: over
   * five years and every unit that is hundreds of queries, and SQLite has one writer, so a long
   * transaction would hold the bot up. Counts from a moment apart are fine for statistics.
   */
  private async build(period: Period): Promise<Report> {
    const now = this.clock.now();
    const today = localDate(now, this.timeZone);
    const units: ReportUnit[] = (await this.uow.read((repos) => repos.org.listUnits()))
      .map((u) => ({ id: u.id, key: u.key, name: u.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    const figures = async (p: Period, unit: ReportUnit | null) => {
      const raw = await this.uow.read((repos) =>
        repos.statistics.figures({
          unitId: unit?.id ?? null,
          period: p,
          today,
          timeZone: this.timeZone,
        }),
      );
      const shown = shownFigures(raw, {
        period: p,
        asOf: today,
        unit: unit ? { id: unit.id, name: unit.name } : null,
        unitNames,
      });
      return { raw, shown };
    };
    const block = async (p: Period): Promise<ReportBlock> => {
      const municipality = await figures(p, null);
      const byUnit = [];
      for (const unit of units) byUnit.push({ unit, figures: (await figures(p, unit)).shown });
      return {
        period: p,
        municipality: municipality.shown,
        municipalityLegalSteps: municipality.raw.legalSteps,
        units: byUnit,
      };
    };
    const months: ReportBlock[] = [];
    for (const month of periodMonths(period)) months.push(await block(month));
    return buildReport(
      {
        period,
        asOf: today,
        madeAt: `${today} ${localTime(now, this.timeZone)}`,
        timeZone: this.timeZone,
        months,
        whole: await block(period),
      },
      this.labels,
    );
  }
}

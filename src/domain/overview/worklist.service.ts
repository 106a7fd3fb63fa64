import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { WORKLIST_MAX_ROWS, worklistRows, type WorklistRow } from './worklist.ts';

export interface Worklist {
  /** Local date the list was made for. */
  readonly today: string;
  /** At most WORKLIST_MAX_ROWS rows, most pressing first. */
  readonly rows: readonly WorklistRow[];
  /** How many cases need a decision in all (rows beyond the card's are counted). */
  readonly total: number;
}

/**
 * The worklist for the weekly boligmøte: for a caseworker, coordinator or leader, the open cases
 * of their own (their unit owns them or is involved, or they are saksansvarlig) that need a
 * decision this week. Each row shown is a read of the case: checked and audited by the gate.
 */
export class WorklistService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  forActor(actor: Actor): Promise<Result<Worklist>> {
    const today = localDate(this.clock.now(), this.timeZone);
    return this.uow.read(async (repos) => {
      const allowed = await this.gate.authorizeOrg(
        repos.audit,
        actor,
        'statistics.worklist',
        'case.listWorklist',
      );
      if (!allowed.ok) return allowed;
      const candidates = await repos.statistics.worklistCandidates(actor.staff.id, actor.unit.id);
      const rows = worklistRows(candidates, today);
      // The gate decides and audits each row shown; a row it refuses (rare: the query mirrors
      // the policy) makes room for the next.
      const shown: WorklistRow[] = [];
      for (let start = 0; start < rows.length && shown.length < WORKLIST_MAX_ROWS;) {
        const batch = rows.slice(start, start + WORKLIST_MAX_ROWS - shown.length);
        start += batch.length;
        const cases = await repos.cases.findManyByIds(batch.map((r) => r.caseId));
        const allowed = new Set(
          (await this.gate.readListedMany(repos, actor, cases, 'case.listWorklist')).map(
            (c) => c.id,
          ),
        );
        shown.push(...batch.filter((r) => allowed.has(r.caseId)));
      }
      return ok({ today, rows: shown, total: rows.length });
    });
  }

  /**
   * The list for a unit's channel (the weekly post): the cases the unit owns, by reference and
   * what is due — owner facts and deadlines, as every card in the unit's own channel. Nobody
   * opens a case by it: "Åpne sak" goes through the gate for whoever presses it.
   */
  forUnitChannel(unitId: string): Promise<Worklist> {
    const today = localDate(this.clock.now(), this.timeZone);
    return this.uow.read(async (repos) => {
      const rows = worklistRows(await repos.statistics.worklistCandidatesOwnedBy(unitId), today);
      return { today, rows: rows.slice(0, WORKLIST_MAX_ROWS), total: rows.length };
    });
  }
}

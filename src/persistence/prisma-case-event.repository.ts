import type {
  CaseEvent,
  CaseEventRepository,
  NewCaseEvent,
} from '../domain/case-event/case-event.ts';
import type { Db } from './database.ts';
import type { CaseEvent as CaseEventRow } from './generated/client.ts';
import { stored, storedOrNull } from './stored-columns.ts';

const toEvent = (r: CaseEventRow): CaseEvent => ({
  id: r.id,
  caseId: r.caseId,
  type: stored('case_events.type', r.type),
  occurredOn: r.occurredOn,
  decision: storedOrNull('case_events.decision', r.decision),
  amountNok: r.amountNok,
  coversArrears: r.coversArrears,
  dateValue: r.dateValue,
  recordedById: r.recordedById,
  recordedAt: r.recordedAt,
});

/** Outcome events (`case_events`): what was done and decided on a case. */
export class PrismaCaseEventRepository implements CaseEventRepository {
  constructor(private readonly db: Db) {}

  async add(event: NewCaseEvent) {
    return toEvent(await this.db.caseEvent.create({ data: event }));
  }

  async listForCase(caseId: string) {
    return (
      await this.db.caseEvent.findMany({
        where: { caseId },
        orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }],
      })
    ).map(toEvent);
  }
}

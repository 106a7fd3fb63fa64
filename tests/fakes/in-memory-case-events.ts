import { randomUUID } from 'node:crypto';
import type {
  CaseEvent,
  CaseEventRepository,
  NewCaseEvent,
} from '../../src/domain/case-event/case-event.ts';

/** Outcome events in memory (same contract as the Prisma repository). */
export interface CaseEventState {
  caseEvents: CaseEvent[];
}

export const emptyCaseEventState = (): CaseEventState => ({ caseEvents: [] });

export class InMemoryCaseEventRepository implements CaseEventRepository {
  constructor(private readonly s: CaseEventState) {}
  async add(event: NewCaseEvent) {
    const stored: CaseEvent = { id: randomUUID(), ...event };
    this.s.caseEvents.push(stored);
    return stored;
  }
  async listForCase(caseId: string) {
    return this.s.caseEvents
      .filter((e) => e.caseId === caseId)
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id));
  }
}

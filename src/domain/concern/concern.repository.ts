import type { ConcernType, StoredConcern } from './concern.ts';

export interface ConcernRepository {
  add(concern: Omit<StoredConcern, 'id'>): Promise<StoredConcern>;
  listForCase(caseId: string): Promise<StoredConcern[]>;
  /**
   * The reporter's own concern with this form id (ids
   * are the client's: never trusted across people).
   */
  findBySubmissionId(reporterId: string, submissionId: string): Promise<StoredConcern | null>;
}

/** Which unit owns a new case, by the main concern type. Editable by an admin. */
export interface RoutingRepository {
  unitFor(type: ConcernType): Promise<string | null>;
  set(type: ConcernType, unitId: string): Promise<void>;
  all(): Promise<{ type: ConcernType; unitId: string }[]>;
}

/**
 * One entry in the audit trail. Holds ids and codes only: never names, identity numbers or
 * free text, so the trail itself can be shown to a resident exercising their right of access.
 */
export interface AuditEvent {
  readonly at: Date;
  /** What was attempted, e.g. 'tenant.refused', 'channel.link'. */
  readonly action: string;
  readonly outcome: 'ok' | 'denied' | 'error';
  readonly actorStaffId?: string | null;
  readonly actorAadObjectId?: string | null;
  readonly tenantId?: string | null;
  readonly caseId?: string | null;
  readonly residentId?: string | null;
  /** Error code or other codes/ids; never personal data. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
  /** The purpose an asker gave in their own words when looking a resident up (max 200 chars). */
  readonly purposeNote?: string;
}

export interface AuditLog {
  /** Written only by the access gate (src/domain/access/access-gate.ts); a test enforces it. */
  record(event: AuditEvent): Promise<void>;
  /** Every event about one resident, oldest first (for the resident's right of access). */
  listForResident(residentId: string): Promise<AuditEvent[]>;
  /** How many of these actions one staff member did since `since` (throttling). */
  countByActor(staffId: string, actions: readonly string[], since: Date): Promise<number>;
  /** Events in [from, to), oldest first (the access review). */
  listBetween(from: Date, to: Date): Promise<AuditEvent[]>;
  /** Retention: deletes events before `before`; returns how many. */
  deleteBefore(before: Date): Promise<number>;
  countBefore(before: Date): Promise<number>;
  /** Whether any event about the resident remains (their identity hash is kept while one does). */
  hasEventsForResident(residentId: string): Promise<boolean>;
}

import type { CaseAction } from '../access/case-access.ts';

/**
 * What an audit event records besides the case actions of the access policy (whose names are
 * used for their refusals): reads, lists, org changes, reports. Beside the error codes
 * (src/domain/common/errors.ts); scripts/lib/audit-action-labels.ts words each for a resident.
 */
type OtherAuditAction =
  // Reads and lists of case data (audited with what was shown).
  | 'case.lookup'
  // A living målplan taken over by a new case; a plan printed (a copy leaves Husly).
  | 'plan.attached'
  | 'plan.print'
  | 'case.open'
  | 'case.listMine'
  | 'case.timeline'
  | 'person.lookup'
  | 'resident.listed'
  | 'lookup.throttled'
  | 'consent.read'
  | 'reminder.list'
  | 'reminder.view'
  | 'case.listWorklist'
  // Writes next to the case actions.
  | 'concern.register'
  | 'case.endAccess'
  | 'consent.record'
  | 'consent.withdraw'
  | 'reminder.done'
  | 'reminder.snooze'
  | 'reminder.handOver'
  | 'handover.propose'
  | 'handover.accept'
  | 'handover.decline'
  // Organisation and operations.
  | 'channel.link'
  | 'routing.set'
  | 'org.import'
  | 'staff.moved'
  | 'staff.deactivated'
  | 'retention.run'
  // The whole picture: counts only, suppressed below 5.
  | 'statistics.overview'
  | 'statistics.report'
  | 'statistics.download'
  | 'worklist.posted'
  | 'worklist.schedule'
  // Reports on the trail itself.
  | 'audit.review'
  | 'audit.residentReport'
  | 'audit.residentExport'
  // Who was turned away before any case was touched.
  | 'tenant.refused'
  | 'channel.refused'
  | 'actor.deactivated'
  | 'actor.unregistered';
export type AuditAction = CaseAction | OtherAuditAction;

export const AUDIT_OUTCOMES = ['ok', 'denied', 'error'] as const;
type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One entry in the audit trail. Holds ids and codes only: never names, identity numbers or
 * free text, so the trail itself can be shown to a resident exercising their right of access.
 */
export interface AuditEvent {
  readonly at: Date;
  /** What was attempted, e.g. 'tenant.refused', 'channel.link'. */
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
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

/**
 * An event as read back. Its action stays a string: the trail is kept for years and may hold
 * names an older version wrote; a reader compares it with AuditAction values and shows the rest
 * by their code.
 */
export interface StoredAuditEvent extends Omit<AuditEvent, 'action'> {
  readonly action: string;
}

export interface AuditLog {
  /** Written only by the access gate (src/domain/access/access-gate.ts); a test enforces it. */
  record(event: AuditEvent): Promise<void>;
  /** Several events in one statement (a list of cases shown at once); also the gate's only. */
  recordMany(events: readonly AuditEvent[]): Promise<void>;
  /** Every event about one resident, oldest first (for the resident's right of access). */
  listForResident(residentId: string): Promise<StoredAuditEvent[]>;
  /** How many of these actions one staff member did since `since` (throttling). */
  countByActor(staffId: string, actions: readonly AuditAction[], since: Date): Promise<number>;
  /** Events in [from, to), oldest first (the access review). */
  listBetween(from: Date, to: Date): Promise<StoredAuditEvent[]>;
  /** Retention: deletes events before `before`; returns how many. */
  deleteBefore(before: Date): Promise<number>;
  countBefore(before: Date): Promise<number>;
  /** Whether any event about the resident remains (their identity hash is kept while one does). */
  hasEventsForResident(residentId: string): Promise<boolean>;
}

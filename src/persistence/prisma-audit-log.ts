import type { AuditEvent, AuditLog } from '../domain/audit/audit-event.ts';
import type { AuditEvent as AuditRow } from './generated/client.ts';

const toEvent = (r: AuditRow): AuditEvent => ({
  at: r.at,
  action: r.action,
  outcome: r.outcome as AuditEvent['outcome'],
  actorStaffId: r.actorStaffId,
  actorAadObjectId: r.actorAadObjectId,
  tenantId: r.tenantId,
  caseId: r.caseId,
  residentId: r.residentId,
  detail: r.detail ? (JSON.parse(r.detail) as AuditEvent['detail']) : undefined,
  purposeNote: r.purposeNote ?? undefined,
});
import type { Db } from './database.ts';

export class PrismaAuditLog implements AuditLog {
  constructor(private readonly db: Db) {}

  async record(event: AuditEvent): Promise<void> {
    await this.db.auditEvent.create({
      data: {
        at: event.at,
        action: event.action,
        outcome: event.outcome,
        actorStaffId: event.actorStaffId ?? null,
        actorAadObjectId: event.actorAadObjectId ?? null,
        tenantId: event.tenantId ?? null,
        caseId: event.caseId ?? null,
        residentId: event.residentId ?? null,
        detail: event.detail ? JSON.stringify(event.detail) : null,
        purposeNote: event.purposeNote?.slice(0, 200) ?? null,
      },
    });
  }

  async listForResident(residentId: string): Promise<AuditEvent[]> {
    return (await this.db.auditEvent.findMany({ where: { residentId }, orderBy: { at: 'asc' } })).map(toEvent);
  }
}

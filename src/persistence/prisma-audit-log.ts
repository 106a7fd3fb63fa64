import type { AuditEvent, AuditLog } from '../domain/audit/audit-event.ts';
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
}

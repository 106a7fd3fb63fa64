import type { AuditEvent, AuditLog, StoredAuditEvent } from '../domain/audit/audit-event.ts';
import type { Db } from './database.ts';
import type { AuditEvent as AuditRow } from './generated/client.ts';
import { stored } from './stored-columns.ts';
import { jsonFlatRecord } from './stored-value.ts';

const toEvent = (r: AuditRow): StoredAuditEvent => ({
  at: r.at,
  action: r.action,
  outcome: stored('audit_events.outcome', r.outcome),
  actorStaffId: r.actorStaffId,
  actorAadObjectId: r.actorAadObjectId,
  tenantId: r.tenantId,
  caseId: r.caseId,
  residentId: r.residentId,
  detail: r.detail ? jsonFlatRecord(r.detail, 'audit_events.detail') : undefined,
  purposeNote: r.purposeNote ?? undefined,
});

export class PrismaAuditLog implements AuditLog {
  constructor(private readonly db: Db) {}

  async record(event: AuditEvent): Promise<void> {
    await this.db.auditEvent.create({ data: auditRow(event) });
  }

  async recordMany(events: readonly AuditEvent[]): Promise<void> {
    if (events.length > 0) await this.db.auditEvent.createMany({ data: events.map(auditRow) });
  }

  async listForResident(residentId: string): Promise<StoredAuditEvent[]> {
    return (
      await this.db.auditEvent.findMany({ where: { residentId }, orderBy: { at: 'asc' } })
    ).map(toEvent);
  }

  countByActor(staffId: string, actions: readonly string[], since: Date): Promise<number> {
    return this.db.auditEvent.count({
      where: { actorStaffId: staffId, action: { in: [...actions] }, at: { gte: since } },
    });
  }

  async listBetween(from: Date, to: Date): Promise<StoredAuditEvent[]> {
    return (
      await this.db.auditEvent.findMany({
        where: { at: { gte: from, lt: to } },
        orderBy: { at: 'asc' },
      })
    ).map(toEvent);
  }

  async deleteBefore(before: Date): Promise<number> {
    return (await this.db.auditEvent.deleteMany({ where: { at: { lt: before } } })).count;
  }

  countBefore(before: Date): Promise<number> {
    return this.db.auditEvent.count({ where: { at: { lt: before } } });
  }

  async hasEventsForResident(residentId: string): Promise<boolean> {
    return (
      (await this.db.auditEvent.findFirst({ where: { residentId }, select: { id: true } })) !== null
    );
  }
}

function auditRow(event: AuditEvent) {
  return {
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
  };
}

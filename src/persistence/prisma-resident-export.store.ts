import type { Repositories } from '../domain/common/unit-of-work.ts';
import type {
  ExportedReminder,
  ResidentExportStore,
  ResidentRecords,
} from '../domain/audit/resident-export.ts';
import type { Db } from './database.ts';
import type { PrismaClient } from './generated/client.ts';
import { toCase } from './prisma-case.repository.ts';
import { repositoriesFor } from './prisma-unit-of-work.ts';
import { stored } from './stored-columns.ts';

class PrismaResidentRecords implements ResidentRecords {
  constructor(private readonly db: Db) {}

  async residentAnonymisedAt(residentId: string) {
    return (
      (
        await this.db.resident.findUnique({
          where: { id: residentId },
          select: { anonymisedAt: true },
        })
      )?.anonymisedAt ?? null
    );
  }

  async casesForResident(residentId: string) {
    const rows = await this.db.case.findMany({
      where: { residentId },
      orderBy: [{ openedAt: 'asc' }, { reference: 'asc' }],
    });
    return rows.map((row) => ({ ...toCase(row), anonymisedAt: row.anonymisedAt }));
  }

  breakGlassForCase(caseId: string) {
    return this.db.breakGlassGrant.findMany({ where: { caseId }, orderBy: { grantedAt: 'asc' } });
  }

  async remindersForCase(caseId: string): Promise<ExportedReminder[]> {
    const rows = await this.db.reminderOutbox.findMany({
      where: { caseId },
      orderBy: [{ dueDate: 'asc' }, { key: 'asc' }],
    });
    return rows.map((r) => ({
      kind: stored('reminder_outbox.kind', r.kind),
      dueDate: r.dueDate,
      legalDeadline: r.legalDeadline,
      status: r.doneAt
        ? 'done'
        : r.handedAt
          ? 'handed'
          : stored('reminder_outbox.status', r.status),
      sentAt: r.sentAt,
    }));
  }
}

export class PrismaResidentExportStore implements ResidentExportStore {
  constructor(private readonly prisma: PrismaClient) {}

  run<T>(work: (repos: Repositories, records: ResidentRecords) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(
      (tx) => work(repositoriesFor(tx), new PrismaResidentRecords(tx)),
      { maxWait: 10_000, timeout: 60_000 },
    );
  }
}

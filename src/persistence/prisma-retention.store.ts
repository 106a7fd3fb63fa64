import { mustExist } from '../domain/common/must-exist.ts';
import type { Repositories } from '../domain/common/unit-of-work.ts';
import type {
  RetentionCase,
  RetentionRecords,
  RetentionStore,
} from '../domain/retention/retention.ts';
import type { Db } from './database.ts';
import type { PrismaClient } from './generated/client.ts';
import { repositoriesFor } from './prisma-unit-of-work.ts';

class PrismaRetentionRecords implements RetentionRecords {
  constructor(private readonly db: Db) {}

  async casesDue(closedBefore: Date): Promise<RetentionCase[]> {
    const rows = await this.db.case.findMany({
      // A case on which the person's living målplan still hangs waits until the plan is closed
      // (or moves on): the plan is the follow-up going on now.
      where: {
        status: 'closed',
        closedAt: { lt: closedBefore },
        anonymisedAt: null,
        goalPlans: { none: { status: 'active' } },
      },
      select: {
        id: true,
        reference: true,
        residentId: true,
        closedAt: true,
        resident: { select: { idHash: true } },
      },
      orderBy: { reference: 'asc' },
    });
    return rows.map((r) => ({
      caseId: r.id,
      reference: r.reference,
      residentId: r.residentId,
      residentHasIdHash: r.resident.idHash !== null,
      // `closedAt < closedBefore` matched, so it is set (SQL's null compares false).
      closedAt: mustExist(r.closedAt, 'closedAt of a case selected by it'),
    }));
  }

  async liveCaseIds(residentId: string): Promise<string[]> {
    const rows = await this.db.case.findMany({
      where: { residentId, OR: [{ status: 'open' }, { anonymisedAt: null }] },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  async anonymisedResidentsWithIdHash(): Promise<string[]> {
    const rows = await this.db.resident.findMany({
      where: { anonymisedAt: { not: null }, idHash: { not: null } },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  async hasAuditEventsFrom(residentId: string, from: Date): Promise<boolean> {
    return (
      (await this.db.auditEvent.findFirst({
        where: { residentId, at: { gte: from } },
        select: { id: true },
      })) !== null
    );
  }

  async deleteSettledNotices(before: Date): Promise<number> {
    const { count } = await this.db.noticeOutbox.deleteMany({
      where: { status: { in: ['sent', 'unreachable', 'dead'] }, createdAt: { lt: before } },
    });
    return count;
  }

  countExpiredPendingLookups(at: Date): Promise<number> {
    return this.db.pendingLookup.count({ where: { expiresAt: { lte: at } } });
  }

  async anonymiseCase(caseId: string, at: Date): Promise<void> {
    const db = this.db;
    await db.concern.updateMany({
      where: { caseId },
      data: {
        description: '',
        arrearsAmount: null,
        arrearsMonths: null,
        landlordType: null,
        contact: null,
        wishes: null,
        children: null,
      },
    });
    // Plans that hang on this case and have ended; a living plan (which moved on to a later case,
    // or lives on after this one) is the person's current follow-up and is not erased.
    for (const plan of await db.goalPlan.findMany({
      where: { caseId, status: 'closed' },
      select: { id: true },
    })) {
      const planId = plan.id;
      await db.goal.updateMany({ where: { planId }, data: { text: '', residentWords: null } });
      await db.measure.updateMany({ where: { planId }, data: { description: '', scope: null } });
      await db.goalEvaluation.updateMany({
        where: { evaluation: { planId } },
        data: { note: null },
      });
      await db.evaluation.updateMany({ where: { planId }, data: { summary: '' } });
      await db.planParticipant.updateMany({ where: { planId }, data: { name: null, role: null } });
      await db.goalPlan.update({
        where: { id: planId },
        data: { vedtakReference: null, whatMatters: null, resources: null, closeNote: null },
      });
    }
    await db.caseOwnership.updateMany({ where: { caseId }, data: { note: null } });
    await db.caseChange.updateMany({ where: { caseId }, data: { reason: '' } });
    await db.caseInvolvement.updateMany({ where: { caseId }, data: { note: null } });
    await db.breakGlassGrant.updateMany({ where: { caseId }, data: { justification: '' } });
    // Hand-over proposals keep who, when and the outcome; the note and the reason are case content.
    await db.handOverProposal.updateMany({
      where: { caseId },
      data: { note: null, declineReason: null },
    });
    // Outcome events keep what and when (statistics); amounts and decisions are the person's.
    await db.caseEvent.updateMany({
      where: { caseId },
      data: { amountNok: null, decision: null, coversArrears: null },
    });
    await db.reminderOutbox.deleteMany({ where: { caseId } });
    // Its notices, by case id or (kinds without one) by reference.
    const { reference } = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { reference: true },
    });
    await db.noticeOutbox.deleteMany({ where: { OR: [{ caseId }, { reference }] } });
    await db.caseCard.deleteMany({ where: { caseId } });
    await db.case.update({ where: { id: caseId }, data: { anonymisedAt: at } });
  }

  async anonymiseResident(residentId: string, at: Date, keepIdHash: boolean): Promise<void> {
    await this.db.resident.update({
      where: { id: residentId },
      data: {
        name: '',
        nameSearch: '',
        birthDate: null,
        maskedId: null,
        anonymisedAt: at,
        ...(keepIdHash ? {} : { idHash: null }),
      },
    });
  }

  async forgetIdHash(residentId: string): Promise<void> {
    await this.db.resident.update({ where: { id: residentId }, data: { idHash: null } });
  }
}

export class PrismaRetentionStore implements RetentionStore {
  constructor(private readonly prisma: PrismaClient) {}

  run<T>(work: (repos: Repositories, records: RetentionRecords) => Promise<T>): Promise<T> {
    // The first run in a municipality with years of closed cases may touch many rows.
    return this.prisma.$transaction(
      (tx) => work(repositoriesFor(tx), new PrismaRetentionRecords(tx)),
      { maxWait: 10_000, timeout: 120_000 },
    );
  }
}

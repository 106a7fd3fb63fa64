import type { BreakGlassGrant, BreakGlassRepository } from '../domain/access/break-glass.ts';
import type { CaseConsent, ConsentRepository, NewConsent } from '../domain/access/consent.ts';
import type {
  PendingLookupRecord,
  PendingLookupRepository,
} from '../domain/ownership/queries/pending-lookup.ts';
import type { Db } from './database.ts';
import type { CaseConsent as ConsentRow, PendingLookup } from './generated/client.ts';
import { stored } from './stored-columns.ts';
import { jsonStringList } from './stored-value.ts';

const toConsent = (r: ConsentRow): CaseConsent => ({
  id: r.id,
  caseId: r.caseId,
  unitIds: jsonStringList(r.unitIds, 'case_consents.unitIds'),
  givenDate: r.givenDate,
  form: stored('case_consents.form', r.form),
  source: stored('case_consents.source', r.source),
  recordedById: r.recordedById,
  recordedAt: r.recordedAt,
  withdrawnAt: r.withdrawnAt,
  withdrawnById: r.withdrawnById,
  planId: r.planId,
});

const toPendingLookup = (r: PendingLookup): PendingLookupRecord => ({
  id: r.id,
  staffId: r.staffId,
  kind: stored('pending_lookups.kind', r.kind),
  payload: r.payload,
  createdAt: r.createdAt,
  expiresAt: r.expiresAt,
});

export class PrismaConsentRepository implements ConsentRepository {
  constructor(private readonly db: Db) {}

  async listForPlan(planId: string) {
    return (
      await this.db.caseConsent.findMany({ where: { planId }, orderBy: { recordedAt: 'asc' } })
    ).map(toConsent);
  }

  async listForCase(caseId: string) {
    return (
      await this.db.caseConsent.findMany({ where: { caseId }, orderBy: { recordedAt: 'asc' } })
    ).map(toConsent);
  }

  async findById(id: string) {
    const row = await this.db.caseConsent.findUnique({ where: { id } });
    return row ? toConsent(row) : null;
  }

  async add(consent: NewConsent) {
    return toConsent(
      await this.db.caseConsent.create({
        data: { ...consent, unitIds: JSON.stringify(consent.unitIds) },
      }),
    );
  }

  async withdraw(id: string, byStaffId: string, at: Date) {
    const { count } = await this.db.caseConsent.updateMany({
      where: { id, withdrawnAt: null },
      data: { withdrawnAt: at, withdrawnById: byStaffId },
    });
    return count === 1;
  }
}

export class PrismaBreakGlassRepository implements BreakGlassRepository {
  constructor(private readonly db: Db) {}

  add(grant: Omit<BreakGlassGrant, 'id'>) {
    return this.db.breakGlassGrant.create({ data: grant });
  }

  activeFor(caseId: string, staffId: string, at: Date) {
    return this.db.breakGlassGrant.findFirst({
      where: { caseId, staffId, grantedAt: { lte: at }, expiresAt: { gt: at } },
      orderBy: { expiresAt: 'desc' },
    });
  }

  listBetween(from: Date, to: Date) {
    return this.db.breakGlassGrant.findMany({
      where: { grantedAt: { gte: from, lt: to } },
      orderBy: { grantedAt: 'asc' },
    });
  }

  activeOnCase(caseId: string, at: Date) {
    return this.db.breakGlassGrant.findMany({
      where: { caseId, grantedAt: { lte: at }, expiresAt: { gt: at } },
      orderBy: { grantedAt: 'asc' },
    });
  }
}

export class PrismaPendingLookupRepository implements PendingLookupRepository {
  constructor(private readonly db: Db) {}

  async add(lookup: PendingLookupRecord) {
    await this.db.pendingLookup.create({ data: lookup });
  }

  async findById(id: string) {
    const row = await this.db.pendingLookup.findUnique({ where: { id } });
    return row ? toPendingLookup(row) : null;
  }

  async update(
    id: string,
    change: { kind: PendingLookupRecord['kind']; payload: string; expiresAt: Date },
  ) {
    await this.db.pendingLookup.updateMany({ where: { id }, data: change });
  }

  async delete(id: string) {
    await this.db.pendingLookup.deleteMany({ where: { id } });
  }

  async deleteExpired(at: Date) {
    return (await this.db.pendingLookup.deleteMany({ where: { expiresAt: { lte: at } } })).count;
  }
}

import type { Category, Subcategory } from '../domain/case/case.ts';
import type {
  ConcernType,
  LandlordType,
  SharingBasis,
  StoredConcern,
} from '../domain/concern/concern.ts';
import type { ConcernRepository, RoutingRepository } from '../domain/concern/concern.repository.ts';
import type { Db } from './database.ts';
import type { Concern as ConcernRow } from './generated/client.ts';

const toConcern = (r: ConcernRow): StoredConcern => ({
  id: r.id,
  submissionId: r.submissionId,
  caseId: r.caseId,
  reporterId: r.reporterId,
  reporterUnitId: r.reporterUnitId,
  createdAt: r.createdAt,
  category: r.category as Category,
  subcategory: r.subcategory as Subcategory,
  rentArrears: r.rentArrears
    ? {
        amountNok: r.arrearsAmount ?? 0,
        months: r.arrearsMonths ?? 0,
        landlord: r.landlordType as LandlordType,
        firstMissedRentDate: r.firstMissedRentDate ?? '',
      }
    : null,
  notice: r.noticeReceived
    ? { noticeDate: r.noticeDate ?? '', receivedDate: r.noticeReceivedDate ?? '' }
    : null,
  namsmannNoticeDate: r.namsmannNotice ? r.namsmannNoticeDate : null,
  eviction: r.evictionDateSet ? { date: r.evictionDate ?? '', happened: r.evictionHappened } : null,
  other: r.other,
  description: r.description,
  sharingBasis: r.sharingBasis as SharingBasis,
  residentInformed: r.residentInformed,
  consentId: r.consentId,
});

export class PrismaConcernRepository implements ConcernRepository {
  constructor(private readonly db: Db) {}

  async add(c: Omit<StoredConcern, 'id'>) {
    const row = await this.db.concern.create({
      data: {
        submissionId: c.submissionId,
        caseId: c.caseId,
        reporterId: c.reporterId,
        reporterUnitId: c.reporterUnitId,
        createdAt: c.createdAt,
        category: c.category,
        subcategory: c.subcategory,
        rentArrears: c.rentArrears !== null,
        arrearsAmount: c.rentArrears?.amountNok ?? null,
        arrearsMonths: c.rentArrears?.months ?? null,
        landlordType: c.rentArrears?.landlord ?? null,
        firstMissedRentDate: c.rentArrears?.firstMissedRentDate ?? null,
        noticeReceived: c.notice !== null,
        noticeDate: c.notice?.noticeDate ?? null,
        noticeReceivedDate: c.notice?.receivedDate ?? null,
        namsmannNotice: c.namsmannNoticeDate !== null,
        namsmannNoticeDate: c.namsmannNoticeDate,
        evictionDateSet: c.eviction !== null,
        evictionDate: c.eviction?.date ?? null,
        evictionHappened: c.eviction?.happened ?? false,
        other: c.other,
        description: c.description,
        sharingBasis: c.sharingBasis,
        residentInformed: c.residentInformed,
        consentId: c.consentId,
      },
    });
    return toConcern(row);
  }

  async listForCase(caseId: string) {
    return (
      await this.db.concern.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } })
    ).map(toConcern);
  }

  async findBySubmissionId(reporterId: string, submissionId: string) {
    const row = await this.db.concern.findUnique({
      where: { reporterId_submissionId: { reporterId, submissionId } },
    });
    return row ? toConcern(row) : null;
  }
}

export class PrismaRoutingRepository implements RoutingRepository {
  constructor(private readonly db: Db) {}

  async unitFor(type: ConcernType) {
    return (await this.db.routingRule.findUnique({ where: { concernType: type } }))?.unitId ?? null;
  }

  async set(type: ConcernType, unitId: string) {
    await this.db.routingRule.upsert({
      where: { concernType: type },
      create: { concernType: type, unitId },
      update: { unitId },
    });
  }

  async all() {
    return (await this.db.routingRule.findMany({ orderBy: { concernType: 'asc' } })).map((r) => ({
      type: r.concernType as ConcernType,
      unitId: r.unitId,
    }));
  }
}

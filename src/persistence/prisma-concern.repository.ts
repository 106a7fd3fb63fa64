import type { ConcernType, RentArrears, StoredConcern } from '../domain/concern/concern.ts';
import type { ConcernRepository, RoutingRepository } from '../domain/concern/concern.repository.ts';
import type { Db } from './database.ts';
import type { Concern as ConcernRow } from './generated/client.ts';
import { stored, storedOrNull, storedSubcategory } from './stored-columns.ts';

/**
 * Retention removes a concern's amounts and landlord (all three set to NULL) but leaves the
 * flag that arrears were reported. The domain has no shape for "arrears, details removed"
 * (`RentArrears.landlord` is required), so such a concern reads as one without arrears
 * rather than with a made-up landlord. A landlord missing while the amounts are kept is not
 * retention's doing, and `stored` refuses it.
 */
function rentArrearsOf(r: ConcernRow): RentArrears | null {
  if (!r.rentArrears) return null;
  if (r.landlordType === null && r.arrearsAmount === null && r.arrearsMonths === null) return null;
  return {
    amountNok: r.arrearsAmount ?? 0,
    months: r.arrearsMonths ?? 0,
    landlord: stored('concerns.landlordType', r.landlordType),
    firstMissedRentDate: r.firstMissedRentDate ?? '',
  };
}

const toConcern = (r: ConcernRow): StoredConcern => {
  const category = stored('concerns.category', r.category);
  return {
    id: r.id,
    submissionId: r.submissionId,
    caseId: r.caseId,
    reporterId: r.reporterId,
    reporterUnitId: r.reporterUnitId,
    createdAt: r.createdAt,
    category,
    subcategory: storedSubcategory(category, r.subcategory, 'concerns.subcategory'),
    rentArrears: rentArrearsOf(r),
    notice: r.noticeReceived
      ? { noticeDate: r.noticeDate ?? '', receivedDate: r.noticeReceivedDate ?? '' }
      : null,
    namsmannNoticeDate: r.namsmannNotice ? r.namsmannNoticeDate : null,
    eviction: r.evictionDateSet
      ? { date: r.evictionDate ?? '', happened: r.evictionHappened }
      : null,
    namsmannCopyDate: r.namsmannCopyDate,
    objectionDeadline: r.objectionDeadline,
    belongingsDeadline: r.belongingsDeadline,
    arrearsReport: r.arrearsReportedDate
      ? {
          reportedDate: r.arrearsReportedDate,
          reminderSent: stored('concerns.arrearsReminderSent', r.arrearsReminderSent ?? 'ingen'),
        }
      : null,
    landlordNoticeDate: r.landlordNoticeDate,
    tenantReservedAgainstNotice: r.tenantReservedAgainstNotice,
    leaseEndDate: r.leaseEndDate,
    terminationDate: r.terminationDate,
    releaseDate: r.releaseDate,
    temporaryAccommodationSince: r.temporaryAccommodationSince,
    acute: r.acute,
    other: r.other,
    source: stored('concerns.source', r.source),
    children: r.children,
    tenure: storedOrNull('concerns.tenure', r.tenure),
    contact: r.contact,
    wishes: r.wishes,
    description: r.description,
    sharingBasis: stored('concerns.sharingBasis', r.sharingBasis),
    residentInformed: r.residentInformed,
    consentId: r.consentId,
  };
};

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
        namsmannCopyDate: c.namsmannCopyDate,
        objectionDeadline: c.objectionDeadline,
        belongingsDeadline: c.belongingsDeadline,
        arrearsReportedDate: c.arrearsReport?.reportedDate ?? null,
        arrearsReminderSent: c.arrearsReport?.reminderSent ?? null,
        landlordNoticeDate: c.landlordNoticeDate,
        tenantReservedAgainstNotice: c.tenantReservedAgainstNotice,
        leaseEndDate: c.leaseEndDate,
        terminationDate: c.terminationDate,
        releaseDate: c.releaseDate,
        temporaryAccommodationSince: c.temporaryAccommodationSince,
        acute: c.acute,
        other: c.other,
        source: c.source,
        children: c.children,
        tenure: c.tenure,
        contact: c.contact,
        wishes: c.wishes,
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
      type: stored('routing_rules.concernType', r.concernType),
      unitId: r.unitId,
    }));
  }
}

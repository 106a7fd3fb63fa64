import type { CaseRecord, OwnershipPeriod, Resident } from '../domain/case/case.ts';
import type {
  CaseChangeRecord,
  CasePatch,
  CaseRepository,
  Involvement,
  NewCase,
  NewResident,
  ResidentRepository,
} from '../domain/case/case.repository.ts';
import { formatCaseReference } from '../domain/case/case.ts';
import { foldText } from '../domain/common/fold-text.ts';
import type { Db } from './database.ts';
import type { Provider } from './provider.ts';
import { dialectOf } from './sql-dialect.ts';
import type { Case as CaseRow, Resident as ResidentRow } from './generated/client.ts';
import { stored, storedOrNull, storedSubcategory } from './stored-columns.ts';

const toResident = (row: ResidentRow): Resident => ({
  id: row.id,
  maskedId: row.maskedId,
  name: row.name,
  birthDate: row.birthDate,
});

export const toCase = (row: CaseRow): CaseRecord => {
  const category = stored('cases.category', row.category);
  return {
    id: row.id,
    reference: row.reference,
    residentId: row.residentId,
    category,
    subcategory: storedSubcategory(category, row.subcategory, 'cases.subcategory'),
    level: stored('cases.level', row.level),
    status: stored('cases.status', row.status),
    owningUnitId: row.owningUnitId,
    coordinatorId: row.coordinatorId,
    openedAt: row.openedAt,
    closedAt: row.closedAt,
    closedReason: storedOrNull('cases.closedReason', row.closedReason),
    arrearsPaidDate: row.arrearsPaidDate,
    timeline: {
      firstMissedRentDate: row.firstMissedRentDate,
      noticeDate: row.noticeDate,
      noticeReceivedDate: row.noticeReceivedDate,
      namsmannNoticeDate: row.namsmannNoticeDate,
      namsmannCopyDate: row.namsmannCopyDate,
      objectionDeadline: row.objectionDeadline,
      evictionDate: row.evictionDate,
      evictionHappened: row.evictionHappened,
      belongingsDeadline: row.belongingsDeadline,
      arrearsReportedDate: row.arrearsReportedDate,
      landlordNoticeDate: row.landlordNoticeDate,
      leaseEndDate: row.leaseEndDate,
      terminationDate: row.terminationDate,
      releaseDate: row.releaseDate,
      temporaryAccommodationSince: row.temporaryAccommodationSince,
      acuteDate: row.acuteDate,
    },
  };
};

/**
 * An FTS5 query for names with every one of these folded words as a whole word, or as the
 * start of a word ("" if none).
 * Each word is quoted, so nothing typed is read as query syntax.
 */
/**
 * Every word of `words` (folded), as the name index's query language wants it: an FTS5 MATCH
 * expression on SQLite (`"kari" "nordmann"`), a tsquery on PostgreSQL (`kari & nordmann`).
 * Only letters and digits reach either: the words are split on everything else.
 */
function matchAllWords(
  words: readonly string[],
  dialect: Provider,
  as: 'word' | 'prefix' = 'word',
): string {
  const parts = words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  if (dialect === 'postgresql')
    return parts.map((w) => (as === 'prefix' ? `${w}:*` : w)).join(' & ');
  return parts.map((w) => (as === 'prefix' ? `"${w}"*` : `"${w}"`)).join(' ');
}

export class PrismaResidentRepository implements ResidentRepository {
  constructor(private readonly db: Db) {}

  async findById(id: string) {
    const row = await this.db.resident.findUnique({ where: { id } });
    return row ? toResident(row) : null;
  }

  async findByIdHash(idHash: string) {
    const row = await this.db.resident.findUnique({ where: { idHash } });
    return row ? toResident(row) : null;
  }

  // The name index: the FTS5 table on SQLite (migration 20261127070000_resident_name_index), a
  // GIN index over the folded name's words on PostgreSQL (its resident_name_index migration).

  async searchByName(folded: string, limit: number) {
    const dialect = dialectOf(this.db);
    const match = matchAllWords(folded.split(' '), dialect, 'prefix');
    if (!match) return [];
    const ids = await this.db.$queryRawUnsafe<{ id: string }[]>(
      dialect === 'sqlite'
        ? `SELECT r.id FROM residents_fts f JOIN residents r ON r.rowid = f.rowid
           WHERE residents_fts MATCH ? ORDER BY r.name LIMIT ?`
        : `SELECT r.id FROM residents r
           WHERE to_tsvector('simple', r."nameSearch") @@ to_tsquery('simple', $1)
           ORDER BY r.name LIMIT $2`,
      match,
      limit,
    );
    return this.byIds(ids.map((r) => r.id));
  }

  async searchWithOpenCase(words: readonly string[], birthDate: string | null, limit: number) {
    const dialect = dialectOf(this.db);
    const match = matchAllWords(words, dialect);
    if (!match) return [];
    // One indexed query: the name index, then each hit's open case (cases_residentId index).
    const hits = await this.db.$queryRawUnsafe<{ residentId: string; caseId: string }[]>(
      dialect === 'sqlite'
        ? `SELECT r.id AS residentId, c.id AS caseId
           FROM residents_fts f
           JOIN residents r ON r.rowid = f.rowid
           JOIN cases c ON c.residentId = r.id AND c.status = 'open'
           WHERE residents_fts MATCH ? AND (? IS NULL OR r.birthDate = ?)
           ORDER BY r.name, c.openedAt DESC LIMIT ?`
        : `SELECT r.id AS "residentId", c.id AS "caseId"
           FROM residents r
           JOIN cases c ON c."residentId" = r.id AND c.status = 'open'
           WHERE to_tsvector('simple', r."nameSearch") @@ to_tsquery('simple', $1)
             AND ($2::text IS NULL OR r."birthDate" = $3)
           ORDER BY r.name, c."openedAt" DESC LIMIT $4`,
      match,
      birthDate,
      birthDate,
      limit,
    );
    const residents = new Map(
      (await this.byIds(hits.map((h) => h.residentId))).map((r) => [r.id, r]),
    );
    return hits.flatMap((h) => {
      const resident = residents.get(h.residentId);
      return resident ? [{ resident, caseId: h.caseId }] : [];
    });
  }

  private async byIds(ids: readonly string[]) {
    if (ids.length === 0) return [];
    const rows = await this.db.resident.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((row) => [row.id, toResident(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async restore(id: string, details: { name: string; maskedId: string; birthDate: string | null }) {
    return toResident(
      await this.db.resident.update({
        where: { id },
        data: { ...details, nameSearch: foldText(details.name), anonymisedAt: null },
      }),
    );
  }

  async create(resident: NewResident) {
    return toResident(
      await this.db.resident.create({ data: { ...resident, nameSearch: foldText(resident.name) } }),
    );
  }
}

export class PrismaCaseRepository implements CaseRepository {
  constructor(private readonly db: Db) {}

  async findById(id: string) {
    const row = await this.db.case.findUnique({ where: { id } });
    return row ? toCase(row) : null;
  }

  async findManyByIds(ids: readonly string[]) {
    const rows = await this.db.case.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((row) => [row.id, toCase(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findByReference(reference: string) {
    const row = await this.db.case.findUnique({ where: { reference } });
    return row ? toCase(row) : null;
  }

  async findOpenForResident(residentId: string) {
    const row = await this.db.case.findFirst({
      where: { residentId, status: 'open' },
      orderBy: { openedAt: 'desc' },
    });
    return row ? toCase(row) : null;
  }

  async listOpenCoordinatedBy(staffId: string) {
    return (
      await this.db.case.findMany({
        where: { status: 'open', coordinatorId: staffId },
        orderBy: { reference: 'asc' },
      })
    ).map(toCase);
  }

  async listOpenForStaff(staffId: string, unitId: string) {
    const rows = await this.db.case.findMany({
      where: { status: 'open', OR: [{ coordinatorId: staffId }, { owningUnitId: unitId }] },
    });
    return rows.map(toCase);
  }

  async nextReference(year: number) {
    const row = await this.db.caseSequence.upsert({
      where: { year },
      create: { year, last: 1 },
      update: { last: { increment: 1 } },
    });
    return formatCaseReference(year, row.last);
  }

  async create(reference: string, input: NewCase) {
    const { timeline, ...rest } = input;
    const row = await this.db.case.create({
      data: { reference, status: 'open', ...rest, ...timeline },
    });
    await this.db.caseOwnership.create({
      data: { caseId: row.id, unitId: row.owningUnitId, startedAt: input.openedAt },
    });
    return toCase(row);
  }

  async update(id: string, patch: CasePatch) {
    const { timeline, ...rest } = patch;
    return toCase(
      await this.db.case.update({ where: { id }, data: { ...rest, ...(timeline ?? {}) } }),
    );
  }

  async takeIfUntaken(id: string, staffId: string) {
    const { count } = await this.db.case.updateMany({
      where: { id, coordinatorId: null },
      data: { coordinatorId: staffId },
    });
    if (count === 0) return null;
    return toCase(await this.db.case.findUniqueOrThrow({ where: { id } }));
  }

  async currentOwnership(caseId: string): Promise<OwnershipPeriod | null> {
    const row = await this.db.caseOwnership.findFirst({
      where: { caseId, endedAt: null },
      orderBy: { startedAt: 'desc' },
    });
    return row
      ? {
          unitId: row.unitId,
          coordinatorId: row.coordinatorId,
          startedAt: row.startedAt,
          endedAt: null,
          note: row.note,
        }
      : null;
  }

  async startOwnership(
    caseId: string,
    period: Omit<OwnershipPeriod, 'endedAt'> & { changedById: string | null },
  ) {
    await this.db.caseOwnership.updateMany({
      where: { caseId, endedAt: null },
      data: { endedAt: period.startedAt },
    });
    await this.db.caseOwnership.create({ data: { caseId, ...period } });
  }

  async ownershipHistory(caseId: string) {
    const rows = await this.db.caseOwnership.findMany({
      where: { caseId },
      orderBy: { startedAt: 'asc' },
    });
    return rows.map((r) => ({
      unitId: r.unitId,
      coordinatorId: r.coordinatorId,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      note: r.note,
    }));
  }

  async involvements(caseId: string) {
    const rows = await this.db.caseInvolvement.findMany({
      where: { caseId },
      orderBy: { since: 'asc' },
    });
    return rows.map(toInvolvement);
  }

  async unitInvolvements(caseIds: readonly string[], unitId: string) {
    const rows = await this.db.caseInvolvement.findMany({
      where: { caseId: { in: [...caseIds] }, unitId },
      orderBy: { since: 'asc' },
    });
    const byCase = new Map<string, Involvement[]>();
    for (const row of rows)
      byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), toInvolvement(row)]);
    return byCase;
  }

  async addInvolvement(caseId: string, involvement: Involvement) {
    const data = {
      since: involvement.since,
      reason: involvement.reason,
      grantedById: involvement.grantedById ?? null,
      note: involvement.note ?? null,
      endedAt: null,
    };
    const existing = await this.db.caseInvolvement.findUnique({
      where: { caseId_unitId: { caseId, unitId: involvement.unitId } },
    });
    if (!existing)
      await this.db.caseInvolvement.create({
        data: { caseId, unitId: involvement.unitId, ...data },
      });
    else if (existing.endedAt)
      await this.db.caseInvolvement.update({ where: { id: existing.id }, data });
  }

  async endInvolvements(caseId: string, at: Date, unitId?: string) {
    await this.db.caseInvolvement.updateMany({
      where: { caseId, endedAt: null, ...(unitId ? { unitId } : {}) },
      data: { endedAt: at },
    });
  }

  async recordChange(change: CaseChangeRecord) {
    await this.db.caseChange.create({ data: change });
  }

  async changes(caseId: string) {
    const rows = await this.db.caseChange.findMany({ where: { caseId }, orderBy: { at: 'asc' } });
    return rows.map((r): CaseChangeRecord => ({
      caseId: r.caseId,
      at: r.at,
      actorId: r.actorId,
      field: stored('case_changes.field', r.field),
      fromValue: r.fromValue,
      toValue: r.toValue,
      reason: r.reason,
    }));
  }

  async addCard(
    caseId: string,
    card: { conversationId: string; activityId: string; createdAt: Date },
  ) {
    await this.db.caseCard.create({ data: { caseId, ...card } });
  }

  async cards(caseId: string) {
    return this.db.caseCard.findMany({
      where: { caseId },
      select: { conversationId: true, activityId: true },
      orderBy: { createdAt: 'asc' },
    });
  }
}

function toInvolvement(r: {
  unitId: string;
  since: Date;
  reason: string;
  grantedById: string | null;
  note: string | null;
  endedAt: Date | null;
}): Involvement {
  return {
    unitId: r.unitId,
    since: r.since,
    reason: stored('case_involvements.reason', r.reason),
    grantedById: r.grantedById,
    note: r.note,
    endedAt: r.endedAt,
  };
}

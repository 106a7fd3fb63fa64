import { randomUUID } from 'node:crypto';
import type { CaseRecord, OwnershipPeriod, Resident } from '../../src/domain/case/case.ts';
import { formatCaseReference } from '../../src/domain/case/case.ts';
import type {
  CaseChangeRecord,
  CasePatch,
  CaseRepository,
  Involvement,
  NewCase,
  NewResident,
  ResidentRepository,
} from '../../src/domain/case/case.repository.ts';
import type { ConcernType, StoredConcern } from '../../src/domain/concern/concern.ts';
import type {
  ConcernRepository,
  RoutingRepository,
} from '../../src/domain/concern/concern.repository.ts';
import { foldText } from '../../src/domain/common/fold-text.ts';

/** The case-related part of the in-memory database. */
export interface CaseState {
  residents: (Resident & { idHash: string | null })[];
  cases: CaseRecord[];
  sequences: Record<number, number>;
  ownership: (OwnershipPeriod & { caseId: string; changedById: string | null })[];
  involvements: (Involvement & { caseId: string })[];
  concerns: StoredConcern[];
  changes: CaseChangeRecord[];
  cards: { caseId: string; conversationId: string; activityId: string; createdAt: Date }[];
  routing: Partial<Record<ConcernType, string>>;
}

export const emptyCaseState = (): CaseState => ({
  residents: [],
  cases: [],
  sequences: {},
  ownership: [],
  involvements: [],
  concerns: [],
  changes: [],
  cards: [],
  routing: {},
});

export class InMemoryResidentRepository implements ResidentRepository {
  constructor(private readonly s: CaseState) {}
  private strip = (r: CaseState['residents'][number] | undefined): Resident | null =>
    r ? { id: r.id, maskedId: r.maskedId, name: r.name, birthDate: r.birthDate } : null;
  async findById(id: string) {
    return this.strip(this.s.residents.find((r) => r.id === id));
  }
  async findByIdHash(idHash: string) {
    return this.strip(this.s.residents.find((r) => r.idHash === idHash));
  }
  /** Whole words, as the database's name index has them. */
  private hasWords(name: string, words: readonly string[], prefix = false) {
    const own = foldText(name).split(/[^\p{L}\p{N}]+/u);
    const wanted = words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
    return (
      wanted.length > 0 &&
      wanted.every((w) => own.some((o) => (prefix ? o.startsWith(w) : o === w)))
    );
  }
  async searchWithOpenCase(words: readonly string[], birthDate: string | null, limit: number) {
    return this.s.residents
      .filter((r) => this.hasWords(r.name, words) && (!birthDate || r.birthDate === birthDate))
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((r) => {
        const open = this.s.cases
          .filter((c) => c.residentId === r.id && c.status === 'open')
          .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime());
        return open.map((c) => ({ resident: this.strip(r)!, caseId: c.id }));
      })
      .slice(0, limit);
  }
  async searchByName(folded: string, limit: number) {
    return this.s.residents
      .filter((r) => this.hasWords(r.name, folded.split(' '), true))
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((r) => this.strip(r)!);
  }
  async restore(id: string, details: { name: string; maskedId: string; birthDate: string | null }) {
    const row = this.s.residents.find((r) => r.id === id)!;
    Object.assign(row, details);
    return this.strip(row)!;
  }
  async create(resident: NewResident) {
    const row = { id: randomUUID(), ...resident };
    this.s.residents.push(row);
    return this.strip(row)!;
  }
}

export class InMemoryCaseRepository implements CaseRepository {
  constructor(private readonly s: CaseState) {}
  async findById(id: string) {
    return this.s.cases.find((c) => c.id === id) ?? null;
  }
  async findManyByIds(ids: readonly string[]) {
    return ids.flatMap((id) => this.s.cases.find((c) => c.id === id) ?? []);
  }
  async findByReference(reference: string) {
    return this.s.cases.find((c) => c.reference === reference) ?? null;
  }
  async findOpenForResident(residentId: string) {
    return (
      this.s.cases
        .filter((c) => c.residentId === residentId && c.status === 'open')
        .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime())[0] ?? null
    );
  }
  async listOpenCoordinatedBy(staffId: string) {
    return this.s.cases
      .filter((c) => c.status === 'open' && c.coordinatorId === staffId)
      .sort((a, b) => a.reference.localeCompare(b.reference));
  }
  async listOpenForStaff(staffId: string, unitId: string) {
    return this.s.cases.filter(
      (c) => c.status === 'open' && (c.coordinatorId === staffId || c.owningUnitId === unitId),
    );
  }
  async nextReference(year: number) {
    this.s.sequences[year] = (this.s.sequences[year] ?? 0) + 1;
    return formatCaseReference(year, this.s.sequences[year]);
  }
  async create(reference: string, input: NewCase) {
    const kase: CaseRecord = {
      id: randomUUID(),
      reference,
      status: 'open',
      coordinatorId: null,
      closedAt: null,
      closedReason: null,
      arrearsPaidDate: null,
      ...input,
    };
    this.s.cases.push(kase);
    this.s.ownership.push({
      caseId: kase.id,
      unitId: input.owningUnitId,
      coordinatorId: null,
      startedAt: input.openedAt,
      endedAt: null,
      note: null,
      changedById: null,
    });
    return kase;
  }
  async update(id: string, patch: CasePatch) {
    const index = this.s.cases.findIndex((c) => c.id === id);
    const current = this.s.cases[index];
    // Like Prisma's update, which throws when the record is not there.
    if (!current) throw new Error(`No case ${id} to update`);
    const updated = { ...current, ...patch };
    this.s.cases[index] = updated;
    return updated;
  }
  async takeIfUntaken(id: string, staffId: string) {
    const current = this.s.cases.find((c) => c.id === id);
    if (!current || current.coordinatorId) return null;
    return this.update(id, { coordinatorId: staffId });
  }
  async currentOwnership(caseId: string) {
    const open = this.s.ownership.filter((o) => o.caseId === caseId && o.endedAt === null).at(-1);
    return open
      ? {
          unitId: open.unitId,
          coordinatorId: open.coordinatorId,
          startedAt: open.startedAt,
          endedAt: null,
          note: open.note,
        }
      : null;
  }
  async startOwnership(
    caseId: string,
    period: Omit<OwnershipPeriod, 'endedAt'> & { changedById: string | null },
  ) {
    this.s.ownership = this.s.ownership.map((o) =>
      o.caseId === caseId && o.endedAt === null ? { ...o, endedAt: period.startedAt } : o,
    );
    this.s.ownership.push({ caseId, ...period, endedAt: null });
  }
  async ownershipHistory(caseId: string) {
    return this.s.ownership
      .filter((o) => o.caseId === caseId)
      .map(({ caseId: _c, changedById: _b, ...p }) => p);
  }
  async unitInvolvements(caseIds: readonly string[], unitId: string) {
    const byCase = new Map<string, Involvement[]>();
    for (const { caseId, ...i } of this.s.involvements)
      if (caseIds.includes(caseId) && i.unitId === unitId)
        byCase.set(caseId, [...(byCase.get(caseId) ?? []), i]);
    return byCase;
  }
  async involvements(caseId: string) {
    return this.s.involvements.filter((i) => i.caseId === caseId).map(({ caseId: _c, ...i }) => i);
  }
  async addInvolvement(caseId: string, involvement: Involvement) {
    const existing = this.s.involvements.findIndex(
      (i) => i.caseId === caseId && i.unitId === involvement.unitId,
    );
    const fresh = { caseId, grantedById: null, note: null, ...involvement, endedAt: null };
    const current = this.s.involvements[existing];
    if (!current) this.s.involvements.push(fresh);
    else if (current.endedAt) this.s.involvements[existing] = fresh;
  }
  async endInvolvements(caseId: string, at: Date, unitId?: string) {
    this.s.involvements = this.s.involvements.map((i) =>
      i.caseId === caseId && !i.endedAt && (!unitId || i.unitId === unitId)
        ? { ...i, endedAt: at }
        : i,
    );
  }
  async recordChange(change: CaseChangeRecord) {
    this.s.changes.push(change);
  }
  async changes(caseId: string) {
    return this.s.changes.filter((c) => c.caseId === caseId);
  }
  async addCard(
    caseId: string,
    card: { conversationId: string; activityId: string; createdAt: Date },
  ) {
    this.s.cards.push({ caseId, ...card });
  }
  async cards(caseId: string) {
    return this.s.cards
      .filter((c) => c.caseId === caseId)
      .map(({ conversationId, activityId }) => ({ conversationId, activityId }));
  }
}

export class InMemoryConcernRepository implements ConcernRepository {
  constructor(private readonly s: CaseState) {}
  async add(concern: Omit<StoredConcern, 'id'>) {
    const stored = { id: randomUUID(), ...concern };
    this.s.concerns.push(stored);
    return stored;
  }
  async listForCase(caseId: string) {
    return this.s.concerns.filter((c) => c.caseId === caseId);
  }
  async findBySubmissionId(reporterId: string, submissionId: string) {
    return (
      this.s.concerns.find((c) => c.reporterId === reporterId && c.submissionId === submissionId) ??
      null
    );
  }
}

export class InMemoryRoutingRepository implements RoutingRepository {
  constructor(private readonly s: CaseState) {}
  async unitFor(type: ConcernType) {
    return this.s.routing[type] ?? null;
  }
  async set(type: ConcernType, unitId: string) {
    this.s.routing[type] = unitId;
  }
  async all() {
    return Object.entries(this.s.routing)
      .map(([type, unitId]) => ({ type: type as ConcernType, unitId: unitId }))
      .sort((a, b) => a.type.localeCompare(b.type));
  }
}

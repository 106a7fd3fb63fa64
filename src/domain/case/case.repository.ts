import type {
  CaseLevel,
  CaseRecord,
  CaseStatus,
  Category,
  CloseReason,
  EvictionTimeline,
  OwnershipPeriod,
  Resident,
  Subcategory,
} from './case.ts';

export interface NewResident {
  readonly idHash: string | null;
  readonly maskedId: string | null;
  readonly name: string;
  readonly birthDate: string | null;
}

export interface NewCase {
  readonly residentId: string;
  readonly category: Category;
  readonly subcategory: Subcategory;
  readonly level: CaseLevel;
  readonly owningUnitId: string;
  readonly openedAt: Date;
  readonly timeline: EvictionTimeline;
}

export interface CasePatch {
  readonly level?: CaseLevel;
  readonly category?: Category;
  readonly subcategory?: Subcategory;
  readonly owningUnitId?: string;
  readonly coordinatorId?: string | null;
  readonly timeline?: EvictionTimeline;
  readonly arrearsPaidDate?: string | null;
  readonly status?: CaseStatus;
  readonly closedAt?: Date | null;
  readonly closedReason?: CloseReason | null;
}

export const CASE_CHANGE_FIELDS = ['level', 'category', 'arrearsPaid', 'status'] as const;
type CaseChangeField = (typeof CASE_CHANGE_FIELDS)[number];

export interface CaseChangeRecord {
  readonly caseId: string;
  readonly at: Date;
  readonly actorId: string;
  readonly field: CaseChangeField;
  readonly fromValue: string;
  readonly toValue: string;
  readonly reason: string;
}

/**
 * A unit working on a case besides the owner. `granted`: the owning unit gave it access for a
 * stated need; `measure`: it holds a measure in the målplan; `previous-owner`: it owned the case
 * before (expires); `reporter`: made involved by reporting, before reporting stopped granting
 * access (kept by the 2026-12 migration; expires like previous-owner).
 */
export const INVOLVEMENT_REASONS = ['granted', 'measure', 'previous-owner', 'reporter'] as const;
export type InvolvementReason = (typeof INVOLVEMENT_REASONS)[number];

export interface Involvement {
  readonly unitId: string;
  readonly since: Date;
  readonly reason: InvolvementReason;
  readonly grantedById?: string | null;
  readonly note?: string | null;
  /** Ended by the owner or when the case closed. */
  readonly endedAt?: Date | null;
}

export interface ResidentRepository {
  findById(id: string): Promise<Resident | null>;
  findByIdHash(idHash: string): Promise<Resident | null>;
  /** Residents whose folded name has a word starting with each word of `folded`; by name. */
  searchByName(folded: string, limit: number): Promise<Resident[]>;
  /**
   * Residents with an open case whose folded name has every one of `words` as a whole word (and
   * this birth date, if given), by name; at most `limit`. One indexed query however many
   * residents there are.
   */
  searchWithOpenCase(
    words: readonly string[],
    birthDate: string | null,
    limit: number,
  ): Promise<{ resident: Resident; caseId: string }[]>;
  create(resident: NewResident): Promise<Resident>;
  /**
   * A resident anonymised by retention is reported again: name, masked number and birth date come
   * back.
   */
  restore(
    id: string,
    details: { name: string; maskedId: string; birthDate: string | null },
  ): Promise<Resident>;
}

export interface CaseRepository {
  findById(id: string): Promise<CaseRecord | null>;
  /** The cases with these ids, in the order given (missing ones left out). */
  findManyByIds(ids: readonly string[]): Promise<CaseRecord[]>;
  findByReference(reference: string): Promise<CaseRecord | null>;
  /** The resident's open case, if any (a resident has at most one). */
  findOpenForResident(residentId: string): Promise<CaseRecord | null>;
  /** Open cases the staff member coordinates or their unit owns. */
  listOpenForStaff(staffId: string, unitId: string): Promise<CaseRecord[]>;
  /** Open cases the staff member coordinates (for re-assignment when they leave or move). */
  listOpenCoordinatedBy(staffId: string): Promise<CaseRecord[]>;
  /** Takes the next number for the year atomically (gap-free, unique across instances). */
  nextReference(year: number): Promise<string>;
  create(reference: string, input: NewCase): Promise<CaseRecord>;
  update(id: string, patch: CasePatch): Promise<CaseRecord>;
  /**
   * Makes `staffId` the case's coordinator if it has none, in one conditional write: of two
   * instances pressing «Ta saken» at once, one gets the case (its record returned), the other
   * null. Reading first and writing after would let both think they had it.
   */
  takeIfUntaken(id: string, staffId: string): Promise<CaseRecord | null>;
  /** The current owner period (no end), if any. */
  currentOwnership(caseId: string): Promise<OwnershipPeriod | null>;
  /** Ends the open period and starts a new one. */
  startOwnership(
    caseId: string,
    period: Omit<OwnershipPeriod, 'endedAt'> & { changedById: string | null },
  ): Promise<void>;
  ownershipHistory(caseId: string): Promise<OwnershipPeriod[]>;
  /** Every involvement, ended ones included (the gate decides which still give access). */
  involvements(caseId: string): Promise<Involvement[]>;
  /** One unit's involvements in each of these cases, ended ones included (a long list). */
  unitInvolvements(caseIds: readonly string[], unitId: string): Promise<Map<string, Involvement[]>>;
  /**
   * A unit is involved once: an active involvement keeps its first reason; an ended one starts
   * again.
   */
  addInvolvement(caseId: string, involvement: Involvement): Promise<void>;
  /** Ends one unit's involvement (or all of them, when the case closes). */
  endInvolvements(caseId: string, at: Date, unitId?: string): Promise<void>;
  recordChange(change: CaseChangeRecord): Promise<void>;
  changes(caseId: string): Promise<CaseChangeRecord[]>;
  addCard(
    caseId: string,
    card: { conversationId: string; activityId: string; createdAt: Date },
  ): Promise<void>;
  cards(caseId: string): Promise<{ conversationId: string; activityId: string }[]>;
}

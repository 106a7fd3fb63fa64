import type { Staff, StaffRole, Unit, UnitKind, WeeklySchedule } from './org.ts';

export interface UnitUpsert {
  readonly key: string;
  readonly name: string;
  readonly kind: UnitKind;
}

export interface StaffUpsert {
  readonly aadObjectId: string;
  readonly name: string;
  readonly email: string;
  readonly unitKey: string;
  readonly role: StaffRole;
}

export interface ChannelLink {
  readonly conversationId: string;
  readonly teamId: string | null;
  readonly linkedAt: Date;
}

/** Units and staff. Implementations: Prisma (src/persistence) and in-memory (tests/fakes). */
export interface OrgRepository {
  findStaffByAadObjectId(aadObjectId: string): Promise<Staff | null>;
  findStaffById(id: string): Promise<Staff | null>;
  listStaffInUnit(unitId: string): Promise<Staff[]>;
  listStaffByRole(role: StaffRole): Promise<Staff[]>;
  findUnitById(id: string): Promise<Unit | null>;
  findUnitByKey(key: string): Promise<Unit | null>;
  listUnits(): Promise<Unit[]>;
  /** Inserts or updates by key; returns the unit. */
  upsertUnit(unit: UnitUpsert): Promise<Unit>;
  /** Inserts or updates by aadObjectId; `unitKey` must exist. */
  upsertStaff(staff: StaffUpsert): Promise<Staff>;
  /**
   * Marks an active staff member as left (no longer in the
   * org file); an already deactivated one keeps its date.
   */
  deactivateStaff(staffId: string, at: Date): Promise<void>;
  /**
   * Links a unit to its channel; a channel serves one
   * unit, so any other unit linked to it is unlinked.
   */
  linkUnitChannel(unitId: string, link: ChannelLink): Promise<Unit>;
  /** When the unit's worklist is posted to its channel each week; null stops it. */
  setWorklistSchedule(unitId: string, schedule: WeeklySchedule | null): Promise<Unit>;
}

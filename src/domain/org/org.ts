/** The organisation: units and the staff who work in them. */

export const UNIT_KINDS = [
  'nav',
  'tildeling',
  'helse',
  'rus-psykisk-helse',
  'hjemmetjeneste',
  'bolig',
  'innfordring',
  'flyktning',
  'annet',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Ordered from least to most privileged. */
export const STAFF_ROLES = ['saksbehandler', 'koordinator', 'leder', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface Unit {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** The Teams channel conversation the unit is reached in, once an admin has linked one. */
  readonly channelConversationId: string | null;
  /** When the worklist is posted to the unit's channel each week; none when not set. */
  readonly worklistSchedule?: WeeklySchedule | null;
}

/** A weekly time: ISO weekday 1 (Monday) – 7 and local wall-clock time 'HH:MM'. */
export interface WeeklySchedule {
  readonly weekday: number;
  readonly time: string;
}

export interface Staff {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly email: string;
  readonly unitId: string;
  readonly role: StaffRole;
  /** Set when the org import no longer lists them: they lose all access. */
  readonly deactivatedAt?: Date | null;
}

export const isActive = (s: Staff): boolean => !s.deactivatedAt;

/*
 * Role rules, named once. The access policy (src/domain/access/case-access.ts) decides what a
 * role may do with a case; these say who someone is when Husly picks people to tell or offer.
 */

/** Admins run Husly (org, channels, audit) and never work on cases. */
export const isAdmin = (s: Pick<Staff, 'role'>): boolean => s.role === 'admin';

/** Unit leaders: told about break-glass, throttled lookups and escalations. */
export const isLeader = (s: Pick<Staff, 'role'>): boolean => s.role === 'leder';

/** Leaders and coordinators: who is told in person when the unit's channel cannot be reached. */
export const leadsOrCoordinates = (s: Pick<Staff, 'role'>): boolean =>
  s.role === 'leder' || s.role === 'koordinator';

/** Someone a case, measure or reminder can be given to: still employed, and not an admin. */
export const isCaseworker = (s: Staff): boolean => !isAdmin(s) && isActive(s);

export const isUnitKind = (value: string): value is UnitKind =>
  (UNIT_KINDS as readonly string[]).includes(value);
export const isStaffRole = (value: string): value is StaffRole =>
  (STAFF_ROLES as readonly string[]).includes(value);

/** Entra object ids are GUIDs; comparing them case-insensitively avoids duplicate staff rows. */
export const normaliseAadObjectId = (value: string): string => value.trim().toLowerCase();
export const isAadObjectId = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);

import type { StaffRole } from '../org/org.ts';

/**
 * What each role may do, as data. Services check a permission as their first step, so the
 * dialog path and the scheduler path are both covered. Case-level rules (owner / involved /
 * consent) build on this table.
 */
const PERMISSIONS = {
  'org.linkChannel': ['admin'],
  'org.editRouting': ['admin'],
  /** The worklist for the boligmøte: anyone who does casework (their own cases only). */
  'statistics.worklist': ['saksbehandler', 'koordinator', 'leder'],
  /** The overview with charts: counts only, small numbers suppressed. */
  'statistics.overview': ['koordinator', 'leder', 'admin'],
  /** The report file for the municipality's reporting (Husbanken, KOSTRA). */
  'statistics.report': ['leder', 'admin'],
  /** When the worklist is posted to a unit's channel each week. */
  'org.scheduleWorklist': ['leder', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

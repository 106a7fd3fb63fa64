import type { StaffRole } from '../org/org.ts';

/**
 * What each role may do, as data. Services check a permission as their first step, so the
 * dialog path and the scheduler path are both covered. Case-level rules (owner / involved /
 * consent) build on this table.
 */
const PERMISSIONS = {
  'org.linkChannel': ['admin'],
  'org.editRouting': ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

import type { Staff, Unit } from '../org/org.ts';

/** A registered staff member acting through Husly, with the unit they work in. */
export interface Actor {
  readonly staff: Staff;
  readonly unit: Unit;
  readonly tenantId: string;
}

/** Who an inbound activity says it is from, after the Bot Framework token was verified. */
export interface Caller {
  readonly tenantId: string | null;
  readonly aadObjectId: string | null;
}

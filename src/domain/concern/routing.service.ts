import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { Unit } from '../org/org.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { CONCERN_TYPES, type ConcernType } from './concern.ts';
import { DEFAULT_ROUTING } from './register-concern.service.ts';

export interface RoutingEntry {
  readonly type: ConcernType;
  /** The unit a new case of this type goes to, or null if no unit of the default kind exists. */
  readonly unit: Unit | null;
  /** True when an admin set it; false when it follows the default (first unit of a kind). */
  readonly explicit: boolean;
}

/**
 * The routing table (concern type → owning unit of
 * a new case): anyone may see it, admins change it.
 */
export class RoutingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
  ) {}

  table(): Promise<RoutingEntry[]> {
    return this.uow.read(async ({ routing, org }) => {
      const units = await org.listUnits();
      const rules = new Map((await routing.all()).map((r) => [r.type, r.unitId]));
      return CONCERN_TYPES.map((type) => {
        const explicit = units.find((u) => u.id === rules.get(type));
        return {
          type,
          unit: explicit ?? units.find((u) => u.kind === DEFAULT_ROUTING[type]) ?? null,
          explicit: Boolean(explicit),
        };
      });
    });
  }

  set(
    actor: Actor,
    type: string,
    unitKey: string,
  ): Promise<
    Result<
      RoutingEntry & { readonly unit: Unit },
      'ACCESS.DENIED' | 'ROUTING.UNKNOWN_TYPE' | 'UNIT.NOT_FOUND'
    >
  > {
    return this.uow.run(async ({ routing, org, audit }) => {
      const allowed = await this.gate.authorizeOrg(audit, actor, 'org.editRouting', 'routing.set');
      if (!allowed.ok) return allowed;
      if (!(CONCERN_TYPES as readonly string[]).includes(type)) return fail('ROUTING.UNKNOWN_TYPE');
      const unit = await org.findUnitByKey(unitKey);
      if (!unit) return fail('UNIT.NOT_FOUND');
      await routing.set(type as ConcernType, unit.id);
      await this.gate.record(audit, actor, {
        action: 'routing.set',
        outcome: 'ok',
        detail: { type, unitId: unit.id },
      });
      return ok({ type: type as ConcernType, unit, explicit: true });
    });
  }
}

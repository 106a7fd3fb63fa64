import type { AuditLog } from '../audit/audit-event.ts';
import { normaliseAadObjectId, type Staff } from '../org/org.ts';
import type { OrgRepository } from '../org/org.repository.ts';
import type { Clock } from '../common/clock.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Actor, Caller } from './actor.ts';

export interface TenantPolicy {
  /** Empty means any tenant (allowed in development only; config enforces that). */
  readonly allowedTenants: readonly string[];
}

export class IdentifyActorService {
  constructor(
    private readonly org: OrgRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly policy: TenantPolicy,
  ) {}

  /** Is this tenant served at all? A refusal is audited (tenant id only). */
  async checkTenant(caller: Caller): Promise<Result<string, 'TENANT.NOT_ALLOWED'>> {
    const tenantId = caller.tenantId?.trim().toLowerCase() ?? '';
    const allowed = this.policy.allowedTenants;
    if (tenantId && (allowed.length === 0 || allowed.includes(tenantId))) return ok(tenantId);
    await this.audit.record({
      at: this.clock.now(),
      action: 'tenant.refused',
      outcome: 'denied',
      tenantId: tenantId || null,
      actorAadObjectId: caller.aadObjectId ? normaliseAadObjectId(caller.aadObjectId) : null,
    });
    return fail('TENANT.NOT_ALLOWED');
  }

  /** The staff member behind a caller from an allowed tenant. An unknown caller is audited. */
  async identify(tenantId: string, caller: Caller): Promise<Result<Actor, 'ACTOR.NOT_REGISTERED'>> {
    const aad = caller.aadObjectId ? normaliseAadObjectId(caller.aadObjectId) : '';
    const staff = aad ? await this.org.findStaffByAadObjectId(aad) : null;
    const unit = staff ? await this.org.findUnitById(staff.unitId) : null;
    if (staff && unit) return ok({ staff, unit, tenantId });
    await this.audit.record({
      at: this.clock.now(),
      action: 'actor.unregistered',
      outcome: 'denied',
      tenantId,
      actorAadObjectId: aad || null,
    });
    return fail('ACTOR.NOT_REGISTERED');
  }

  /** Who an unregistered user should contact: the administrators. */
  administrators(): Promise<Staff[]> {
    return this.org.listStaffByRole('admin');
  }
}

import type { AccessGate } from '../access/access-gate.ts';
import type { AuditLog } from '../audit/audit-event.ts';
import { isActive, normaliseAadObjectId, type Staff, type Unit } from '../org/org.ts';
import type { OrgRepository } from '../org/org.repository.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Actor, Caller } from './actor.ts';

export interface TenantPolicy {
  /** Empty means any tenant (allowed in development only; config enforces that). */
  readonly allowedTenants: readonly string[];
  /**
   * Bot Framework channels served (default only 'msteams'): on Web Chat or Direct Line a client
   * could shape the tenant and user ids that Teams sets and vouches for.
   */
  readonly allowedChannels?: readonly string[];
}

/**
 * How long a recognised staff member (with their unit) is kept in memory. Every turn starts by
 * identifying the caller; two reads per turn were a large part of a short turn's cost. An org
 * import in another process (or on another instance) takes effect within this time.
 */
const IDENTITY_CACHE_MS = 30_000;

export class IdentifyActorService {
  private readonly known = new Map<string, { staff: Staff; unit: Unit; until: number }>();

  constructor(
    private readonly org: OrgRepository,
    private readonly audit: AuditLog,
    private readonly gate: AccessGate,
    private readonly policy: TenantPolicy,
    private readonly cacheMs = IDENTITY_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Is this tenant served at all? A refusal is audited (tenant id only). */
  async checkTenant(caller: Caller): Promise<Result<string, 'TENANT.NOT_ALLOWED'>> {
    const tenantId = caller.tenantId?.trim().toLowerCase() ?? '';
    const allowed = this.policy.allowedTenants;
    const channelOk = (this.policy.allowedChannels ?? ['msteams']).includes(
      caller.channel ?? 'msteams',
    );
    if (channelOk && tenantId && (allowed.length === 0 || allowed.includes(tenantId)))
      return ok(tenantId);
    await this.gate.record(
      this.audit,
      {
        tenantId: tenantId || null,
        aadObjectId: caller.aadObjectId ? normaliseAadObjectId(caller.aadObjectId) : null,
      },
      {
        action: channelOk ? 'tenant.refused' : 'channel.refused',
        outcome: 'denied',
        ...(channelOk ? {} : { detail: { channel: String(caller.channel).slice(0, 40) } }),
      },
    );
    return fail('TENANT.NOT_ALLOWED');
  }

  /** The staff member behind a caller from an allowed tenant. An unknown caller is audited. */
  async identify(tenantId: string, caller: Caller): Promise<Result<Actor, 'ACTOR.NOT_REGISTERED'>> {
    const aad = caller.aadObjectId ? normaliseAadObjectId(caller.aadObjectId) : '';
    const cached = aad ? this.known.get(aad) : undefined;
    if (cached && cached.until > this.now())
      return ok({ staff: cached.staff, unit: cached.unit, tenantId });
    const staff = aad ? await this.org.findStaffByAadObjectId(aad) : null;
    const unit = staff ? await this.org.findUnitById(staff.unitId) : null;
    // Someone the org import deactivated (left, or no longer listed) is not a user any more.
    if (staff && unit && isActive(staff)) {
      if (this.cacheMs > 0) this.known.set(aad, { staff, unit, until: this.now() + this.cacheMs });
      return ok({ staff, unit, tenantId });
    }
    this.known.delete(aad);
    await this.gate.record(
      this.audit,
      { tenantId, aadObjectId: aad || null, staffId: staff?.id ?? null },
      {
        action: staff ? 'actor.deactivated' : 'actor.unregistered',
        outcome: 'denied',
      },
    );
    return fail('ACTOR.NOT_REGISTERED');
  }

  /** Who an unregistered user should contact: the administrators. */
  administrators(): Promise<Staff[]> {
    return this.org.listStaffByRole('admin');
  }
}

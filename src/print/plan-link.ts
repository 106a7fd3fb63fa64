import { z } from 'zod';
import type { Clock } from '../domain/common/clock.ts';
import { SignedTokens } from '../report/report-link.ts';

/** How long a plan's PDF link works. */
export const PLAN_LINK_TTL_MS = 5 * 60 * 1000;

/** A plan id as Husly makes them (`randomUUID`, Prisma's `uuid()`): lowercase, hyphenated. */
const PLAN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What a plan link says, signed: who asked, for which plan, until when. */
interface PlanLinkClaims {
  readonly staffId: string;
  readonly tenantId: string;
  readonly planId: string;
  /** Milliseconds since the epoch. */
  readonly expires: number;
}

const claimsSchema = z
  .object({
    v: z.literal(1),
    s: z.string().min(1).max(64),
    t: z.string().max(64),
    p: z.string().regex(PLAN_ID),
    e: z.number().int().positive(),
  })
  .strict();

export type PlanLinkCheck =
  | { readonly ok: true; readonly claims: PlanLinkClaims }
  | { readonly ok: false; readonly reason: 'forged' | 'expired' };

/**
 * Short-lived signed links to a målplan's PDF, `<base>/api/plans/<token>`, made like the report's
 * links (`ReportLinks`): the claims and an HMAC-SHA256 of them, with a key derived from
 * HUSLY_ID_SECRET for plan links only, so a report link's token is forged here and a plan link's
 * there. A bearer link for 5 minutes, opened once (plan-download.ts); when it is opened, the
 * plan's loader checks again that the staff member may still see the plan, and audits the print.
 */
export class PlanLinks {
  private readonly tokens: SignedTokens<z.infer<typeof claimsSchema>>;

  constructor(
    secret: string,
    private readonly baseUrl: () => string,
    private readonly clock: Clock,
    private readonly ttlMs: number = PLAN_LINK_TTL_MS,
  ) {
    this.tokens = new SignedTokens(secret, 'husly:plan-link:v1', claimsSchema, clock);
  }

  /** A link to the plan's PDF for the staff member, valid for 5 minutes from now. */
  linkFor(who: { readonly staffId: string; readonly tenantId: string }, planId: string): string {
    if (!PLAN_ID.test(planId)) throw new RangeError('plan_id_not_uuid');
    const token = this.tokens.make({
      v: 1,
      s: who.staffId,
      t: who.tenantId,
      p: planId,
      e: this.clock.now().getTime() + this.ttlMs,
    });
    return `${this.baseUrl().replace(/\/+$/, '')}/api/plans/${token}`;
  }

  /** Reads a token from a link: forged (or tampered with, or not a plan token) or expired. */
  check(token: string): PlanLinkCheck {
    const check = this.tokens.check(token);
    if (!check.ok) return check;
    const c = check.claims;
    return { ok: true, claims: { staffId: c.s, tenantId: c.t, planId: c.p, expires: c.e } };
  }
}

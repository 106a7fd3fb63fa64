import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../domain/common/clock.ts';
import { REPORT_FORMATS, type ReportFormat } from '../domain/overview/report.ts';
import type { Period } from '../domain/overview/statistics.ts';

/** How long a download link works. */
export const REPORT_LINK_TTL_MS = 15 * 60 * 1000;

/** Longer than any token Husly makes: refused before anything is decoded. */
const MAX_TOKEN_LENGTH = 1024;
const TOKEN = /^[A-Za-z0-9_-]{1,900}\.[A-Za-z0-9_-]{43}$/;

/** What a download link says, signed: who asked, for which period and format, until when. */
interface ReportLinkClaims {
  readonly staffId: string;
  readonly tenantId: string;
  readonly from: string;
  readonly to: string;
  readonly format: ReportFormat;
  /** Milliseconds since the epoch. */
  readonly expires: number;
}

const claimsSchema = z
  .object({
    v: z.literal(1),
    s: z.string().min(1).max(64),
    t: z.string().max(64),
    f: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    u: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    x: z.enum(REPORT_FORMATS),
    e: z.number().int().positive(),
  })
  .strict();

type LinkCheck<T> =
  | { readonly ok: true; readonly claims: T }
  | { readonly ok: false; readonly reason: 'forged' | 'expired' };

export type ReportLinkCheck = LinkCheck<ReportLinkClaims>;

/**
 * A signed bearer token, `<claims as base64url JSON>.<HMAC-SHA256 of them>`, with `e` the expiry
 * (milliseconds since the epoch). The HMAC key is derived from the secret and a label naming the
 * use, so a token made for one use (a report) is forged for every other (a plan).
 */
export class SignedTokens<C extends { readonly e: number }> {
  private readonly key: Buffer;

  constructor(
    secret: string,
    label: string,
    private readonly schema: z.ZodType<C>,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', secret).update(label).digest();
  }

  make(claims: C): string {
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** Forged (or tampered with, or not a token, or claims out of shape) or expired. */
  check(token: string): LinkCheck<C> {
    if (token.length > MAX_TOKEN_LENGTH || !TOKEN.test(token)) return forged;
    const [body = '', signature = ''] = token.split('.');
    const expected = Buffer.from(this.sign(body), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return forged;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return forged;
    }
    const claims = this.schema.safeParse(parsed);
    if (!claims.success) return forged;
    if (claims.data.e <= this.clock.now().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, claims: claims.data };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/**
 * Short-lived signed download links for the report (issue 12 §3): Husly answers "rapport" with
 * `<base>/api/reports/<token>`, where the token is the claims (base64url JSON) and an HMAC-SHA256
 * of them. The key is derived from HUSLY_ID_SECRET for this use only, so no new secret has to be
 * configured and a token cannot be mistaken for anything else Husly signs. The link is a bearer
 * link for 15 minutes; the server checks again, when it is opened, that the staff member it was
 * made for is active and may still have the report.
 */
export class ReportLinks {
  private readonly tokens: SignedTokens<z.infer<typeof claimsSchema>>;

  constructor(
    secret: string,
    private readonly baseUrl: () => string,
    private readonly clock: Clock,
    private readonly ttlMs: number = REPORT_LINK_TTL_MS,
  ) {
    this.tokens = new SignedTokens(secret, 'husly:report-link:v1', claimsSchema, clock);
  }

  /** A link for the staff member, valid for 15 minutes from now. */
  linkFor(
    who: { readonly staffId: string; readonly tenantId: string },
    period: Period,
    format: ReportFormat,
  ): string {
    const token = this.tokens.make({
      v: 1,
      s: who.staffId,
      t: who.tenantId,
      f: period.from,
      u: period.to,
      x: format,
      e: this.clock.now().getTime() + this.ttlMs,
    });
    return `${this.baseUrl().replace(/\/+$/, '')}/api/reports/${token}`;
  }

  /** Reads a token from a link: forged (or tampered with, or not a token) or expired. */
  check(token: string): ReportLinkCheck {
    const check = this.tokens.check(token);
    if (!check.ok) return check;
    const c = check.claims;
    return {
      ok: true,
      claims: { staffId: c.s, tenantId: c.t, from: c.f, to: c.u, format: c.x, expires: c.e },
    };
  }
}

const forged = { ok: false, reason: 'forged' } as const;

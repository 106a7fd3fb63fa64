/**
 * Break-glass ("nødtilgang"): reading a case without a relation to it, to avert danger to life
 * or health (forvaltningsloven § 13 b nr. 7). Needs a written justification, lasts 24 hours,
 * tells the owning unit's leaders at once, and every read under it is flagged in the audit.
 */
export const BREAK_GLASS_HOURS = 24;
export const MIN_JUSTIFICATION = 20;
export const MAX_JUSTIFICATION = 500;

export interface BreakGlassGrant {
  readonly id: string;
  readonly caseId: string;
  readonly staffId: string;
  /** Confidential: shown to the owning unit's leaders and in the access review, never logged. */
  readonly justification: string;
  readonly grantedAt: Date;
  readonly expiresAt: Date;
}

export interface BreakGlassRepository {
  add(grant: Omit<BreakGlassGrant, 'id'>): Promise<BreakGlassGrant>;
  /** The staff member's unexpired grant for the case, if any. */
  activeFor(caseId: string, staffId: string, at: Date): Promise<BreakGlassGrant | null>;
  listBetween(from: Date, to: Date): Promise<BreakGlassGrant[]>;
  /** Every unexpired grant on a case (the owner sees who holds one). */
  activeOnCase(caseId: string, at: Date): Promise<BreakGlassGrant[]>;
}

/**
 * The resident's consent to share with named units (forvaltningsloven § 13 a nr. 1), kept as a
 * record on the case: scope, date, how it was given, who recorded it, and a withdrawal that
 * takes effect from that moment. Each consent is its own record; the active scope is the union
 * of the ones not withdrawn.
 */
export const CONSENT_FORMS = ['skriftlig', 'muntlig'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export const CONSENT_SOURCES = ['case', 'concern', 'plan'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export interface CaseConsent {
  readonly id: string;
  readonly caseId: string;
  readonly unitIds: readonly string[];
  /** 'YYYY-MM-DD' the resident gave it. */
  readonly givenDate: string;
  readonly form: ConsentForm;
  readonly source: ConsentSource;
  readonly recordedById: string;
  readonly recordedAt: Date;
  readonly withdrawnAt: Date | null;
  readonly withdrawnById: string | null;
  /**
   * The living målplan it was given with (or recorded under). It stays on the case it was given
   * on; on the person's later cases it opens the plan only (access-gate.ts), not the case.
   */
  readonly planId: string | null;
}

export type NewConsent = Omit<CaseConsent, 'id' | 'withdrawnAt' | 'withdrawnById' | 'planId'> & {
  readonly planId?: string | null;
};

export interface ConsentRepository {
  /** Every consent on the case, oldest first (withdrawn ones included: the history). */
  listForCase(caseId: string): Promise<CaseConsent[]>;
  /** Every consent given with (or recorded under) the målplan, on whatever case, oldest first. */
  listForPlan(planId: string): Promise<CaseConsent[]>;
  findById(id: string): Promise<CaseConsent | null>;
  add(consent: NewConsent): Promise<CaseConsent>;
  /** Withdraws a consent once; returns false if it was already withdrawn or does not exist. */
  withdraw(id: string, byStaffId: string, at: Date): Promise<boolean>;
}

export const isConsentForm = (value: string): value is ConsentForm =>
  (CONSENT_FORMS as readonly string[]).includes(value);

/** A consent in force at `at`. */
export const isActiveConsent = (c: CaseConsent, at: Date): boolean =>
  c.withdrawnAt === null || c.withdrawnAt > at;

/**
 * The consents given with the målplan on the person's other cases, which the plan carries here:
 * they open the plan on this case, never the case (access-gate.ts), and are withdrawn from here.
 */
export async function carriedConsents(
  consents: ConsentRepository,
  plan: { readonly id: string } | null,
  caseId: string,
): Promise<CaseConsent[]> {
  return plan ? (await consents.listForPlan(plan.id)).filter((c) => c.caseId !== caseId) : [];
}

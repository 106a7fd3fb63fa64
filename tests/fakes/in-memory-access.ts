import { randomUUID } from 'node:crypto';
import type { BreakGlassGrant, BreakGlassRepository } from '../../src/domain/access/break-glass.ts';
import type {
  CaseConsent,
  ConsentRepository,
  NewConsent,
} from '../../src/domain/access/consent.ts';
import type {
  PendingLookupRecord,
  PendingLookupRepository,
} from '../../src/domain/ownership/queries/pending-lookup.ts';

/**
 * Consents, break-glass grants and pending lookups in memory (same contract as the Prisma ones).
 */
export interface AccessState {
  consents: CaseConsent[];
  breakGlass: BreakGlassGrant[];
  pendingLookups: PendingLookupRecord[];
}

export const emptyAccessState = (): AccessState => ({
  consents: [],
  breakGlass: [],
  pendingLookups: [],
});

export class InMemoryConsentRepository implements ConsentRepository {
  constructor(private readonly s: AccessState) {}
  async listForPlan(planId: string) {
    return this.s.consents
      .filter((c) => c.planId === planId)
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  }
  async listForCase(caseId: string) {
    return this.s.consents
      .filter((c) => c.caseId === caseId)
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  }
  async findById(id: string) {
    return this.s.consents.find((c) => c.id === id) ?? null;
  }
  async add(consent: NewConsent) {
    const stored: CaseConsent = {
      id: randomUUID(),
      withdrawnAt: null,
      withdrawnById: null,
      ...consent,
      planId: consent.planId ?? null,
      unitIds: [...consent.unitIds],
    };
    this.s.consents.push(stored);
    return stored;
  }
  async withdraw(id: string, byStaffId: string, at: Date) {
    const index = this.s.consents.findIndex((c) => c.id === id && c.withdrawnAt === null);
    const current = this.s.consents[index];
    if (!current) return false;
    this.s.consents[index] = {
      ...current,
      withdrawnAt: at,
      withdrawnById: byStaffId,
    };
    return true;
  }
}

export class InMemoryBreakGlassRepository implements BreakGlassRepository {
  constructor(private readonly s: AccessState) {}
  async add(grant: Omit<BreakGlassGrant, 'id'>) {
    const stored = { id: randomUUID(), ...grant };
    this.s.breakGlass.push(stored);
    return stored;
  }
  async activeFor(caseId: string, staffId: string, at: Date) {
    return (
      this.s.breakGlass
        .filter(
          (g) =>
            g.caseId === caseId && g.staffId === staffId && g.grantedAt <= at && g.expiresAt > at,
        )
        .at(-1) ?? null
    );
  }
  async listBetween(from: Date, to: Date) {
    return this.s.breakGlass.filter((g) => g.grantedAt >= from && g.grantedAt < to);
  }
  async activeOnCase(caseId: string, at: Date) {
    return this.s.breakGlass.filter(
      (g) => g.caseId === caseId && g.grantedAt <= at && g.expiresAt > at,
    );
  }
}

export class InMemoryPendingLookupRepository implements PendingLookupRepository {
  constructor(private readonly s: AccessState) {}
  async add(lookup: PendingLookupRecord) {
    this.s.pendingLookups.push(lookup);
  }
  async findById(id: string) {
    return this.s.pendingLookups.find((l) => l.id === id) ?? null;
  }
  async update(
    id: string,
    change: { kind: PendingLookupRecord['kind']; payload: string; expiresAt: Date },
  ) {
    this.s.pendingLookups = this.s.pendingLookups.map((l) =>
      l.id === id ? { ...l, ...change } : l,
    );
  }
  async delete(id: string) {
    this.s.pendingLookups = this.s.pendingLookups.filter((l) => l.id !== id);
  }
  async deleteExpired(at: Date) {
    const before = this.s.pendingLookups.length;
    this.s.pendingLookups = this.s.pendingLookups.filter((l) => l.expiresAt > at);
    return before - this.s.pendingLookups.length;
  }
}

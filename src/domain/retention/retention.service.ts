import type { AccessGate } from '../access/access-gate.ts';
import type { Repositories } from '../common/unit-of-work.ts';
import type { RetentionRecords, RetentionSettings, RetentionStore } from './retention.ts';

const DAY_MS = 86_400_000;

/** What retention removes at one moment: the same shape for a dry run and a real one. */
export interface RetentionOutcome {
  readonly settings: RetentionSettings;
  /** Cases closed before this are anonymised. */
  readonly closedBefore: Date;
  /** Audit events before this are deleted. */
  readonly auditBefore: Date;
  /** The cases anonymised, by reference (never names). */
  readonly cases: readonly { readonly reference: string; readonly closedAt: Date }[];
  /** Residents whose name, birth date and masked id are removed. */
  readonly residents: number;
  /**
   * Identity hashes removed: no audit event about the
   * person remains, so they cannot be found again.
   */
  readonly identityHashes: number;
  readonly auditEvents: number;
  readonly pendingLookups: number;
}

interface Decision {
  readonly outcome: RetentionOutcome;
  readonly caseIds: readonly string[];
  readonly residents: readonly {
    readonly id: string;
    readonly keepIdHash: boolean;
    readonly hadIdHash: boolean;
  }[];
  readonly forgetIdHashOf: readonly string[];
}

/**
 * Anonymises closed cases after `closedCaseDays` and deletes audit events after `auditDays`.
 * A resident is anonymised with their last case that is open or not yet anonymised; their
 * identity hash stays while audit events about them remain, so they can still get an access
 * report, and goes with the last of them. `plan` only looks; `run` does it in one transaction
 * and records one `retention.run` event when it removed anything.
 */
export class RetentionService {
  constructor(
    private readonly store: RetentionStore,
    private readonly gate: AccessGate,
    private readonly settings: RetentionSettings,
  ) {}

  /** What `run(now)` would remove. Writes nothing. */
  plan(now: Date): Promise<RetentionOutcome> {
    return this.store.run(
      async (repos, records) => (await this.decide(repos, records, now)).outcome,
    );
  }

  async run(now: Date, trigger: 'cli' | 'server' = 'cli'): Promise<RetentionOutcome> {
    return this.store.run(async (repos, records) => {
      const decision = await this.decide(repos, records, now);
      const { outcome } = decision;
      const auditEvents = await repos.audit.deleteBefore(outcome.auditBefore);
      const pendingLookups = await repos.pendingLookups.deleteExpired(now);
      await records.deleteSettledNotices(outcome.auditBefore);
      for (const caseId of decision.caseIds) await records.anonymiseCase(caseId, now);
      for (const r of decision.residents) await records.anonymiseResident(r.id, now, r.keepIdHash);
      for (const id of decision.forgetIdHashOf) await records.forgetIdHash(id);
      const done: RetentionOutcome = { ...outcome, auditEvents, pendingLookups };
      if (
        done.cases.length + done.residents + done.identityHashes + auditEvents + pendingLookups >
        0
      )
        await this.gate.record(repos.audit, null, {
          action: 'retention.run',
          outcome: 'ok',
          detail: {
            trigger,
            cases: done.cases.length,
            residents: done.residents,
            identityHashes: done.identityHashes,
            auditEvents,
            pendingLookups,
            closedCaseDays: this.settings.closedCaseDays,
            auditDays: this.settings.auditDays,
          },
        });
      return done;
    });
  }

  private async decide(
    repos: Repositories,
    records: RetentionRecords,
    now: Date,
  ): Promise<Decision> {
    const closedBefore = new Date(now.getTime() - this.settings.closedCaseDays * DAY_MS);
    const auditBefore = new Date(now.getTime() - this.settings.auditDays * DAY_MS);
    const due = await records.casesDue(closedBefore);
    const dueIds = new Set(due.map((c) => c.caseId));
    // Whether an audit event about the resident survives this run's deletion.
    const keepsEvents = (residentId: string) => records.hasAuditEventsFrom(residentId, auditBefore);

    const residents: { id: string; keepIdHash: boolean; hadIdHash: boolean }[] = [];
    const seen = new Set<string>();
    for (const c of due) {
      if (seen.has(c.residentId)) continue;
      seen.add(c.residentId);
      const live = await records.liveCaseIds(c.residentId);
      if (live.every((id) => dueIds.has(id)))
        residents.push({
          id: c.residentId,
          keepIdHash: c.residentHasIdHash && (await keepsEvents(c.residentId)),
          hadIdHash: c.residentHasIdHash,
        });
    }
    const forgetIdHashOf: string[] = [];
    for (const residentId of await records.anonymisedResidentsWithIdHash())
      if (!(await keepsEvents(residentId))) forgetIdHashOf.push(residentId);

    return {
      caseIds: due.map((c) => c.caseId),
      residents,
      forgetIdHashOf,
      outcome: {
        settings: this.settings,
        closedBefore,
        auditBefore,
        cases: due.map((c) => ({ reference: c.reference, closedAt: c.closedAt })),
        residents: residents.length,
        identityHashes:
          forgetIdHashOf.length + residents.filter((r) => r.hadIdHash && !r.keepIdHash).length,
        auditEvents: await repos.audit.countBefore(auditBefore),
        pendingLookups: await records.countExpiredPendingLookups(now),
      },
    };
  }
}

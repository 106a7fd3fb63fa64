import type { Repositories, UnitOfWork } from '../domain/common/unit-of-work.ts';
import type { Db } from './database.ts';
import { insideTransaction } from './transaction-context.ts';
import type { PrismaClient } from './generated/client.ts';
import {
  PrismaBreakGlassRepository,
  PrismaConsentRepository,
  PrismaPendingLookupRepository,
} from './prisma-access.repositories.ts';
import { PrismaAuditLog } from './prisma-audit-log.ts';
import { PrismaCaseRepository, PrismaResidentRepository } from './prisma-case.repository.ts';
import { PrismaCaseEventRepository } from './prisma-case-event.repository.ts';
import { PrismaConcernRepository, PrismaRoutingRepository } from './prisma-concern.repository.ts';
import { PrismaGoalPlanRepository } from './prisma-goal-plan.repository.ts';
import { PrismaConversationRefRepository } from './prisma-conversation-ref.repository.ts';
import { PrismaOrgRepository } from './prisma-org.repository.ts';
import { PrismaHandOverProposalRepository } from './prisma-hand-over-proposal.repository.ts';
import { PrismaStatisticsRepository } from './prisma-statistics.repository.ts';

/** `timeZone`: the municipality's, for the local dates the statistics report. */
export function repositoriesFor(db: Db, timeZone = 'Europe/Oslo'): Repositories {
  return {
    org: new PrismaOrgRepository(db),
    conversations: new PrismaConversationRefRepository(db),
    audit: new PrismaAuditLog(db),
    residents: new PrismaResidentRepository(db),
    cases: new PrismaCaseRepository(db),
    concerns: new PrismaConcernRepository(db),
    routing: new PrismaRoutingRepository(db),
    plans: new PrismaGoalPlanRepository(db),
    consents: new PrismaConsentRepository(db),
    breakGlass: new PrismaBreakGlassRepository(db),
    pendingLookups: new PrismaPendingLookupRepository(db),
    caseEvents: new PrismaCaseEventRepository(db),
    handOverProposals: new PrismaHandOverProposalRepository(db),
    statistics: new PrismaStatisticsRepository(db, timeZone),
  };
}

export class PrismaUnitOfWork implements UnitOfWork {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly timeZone = 'Europe/Oslo',
    /** Database.reader: a read-only connection; without one, reads use `prisma` outside a
     *  transaction. */
    private readonly reader: PrismaClient = prisma,
  ) {}

  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    // Audit events go to the writing connection; everything else is read from the reader.
    return work({
      ...repositoriesFor(this.reader, this.timeZone),
      audit: new PrismaAuditLog(this.prisma),
    });
  }

  run<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    // SQLite has one writer; a generous timeout lets an org import of a few thousand rows finish.
    return insideTransaction.run(true, () =>
      this.prisma.$transaction((tx) => work(repositoriesFor(tx, this.timeZone)), {
        maxWait: 10_000,
        timeout: 60_000,
      }),
    );
  }
}

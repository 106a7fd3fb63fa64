import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
import { RetentionService } from '../../src/domain/retention/retention.service.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaRetentionStore } from '../../src/persistence/prisma-retention.store.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import { buildRetentionScenario, DAY, type Scenario } from '../helpers/retention-scenario.ts';

const NOW = new Date('2026-11-26T10:00:00Z');
const SETTINGS = { closedCaseDays: 730, auditDays: 1825 };

/**
 * The notice outbox under retention: a case's notices go when the case is anonymised (by case
 * id, or by reference for notices that carry only the reference); other settled rows go with
 * the audit trail; a recent or still pending row stays.
 */
describe('retention of the notice outbox', () => {
  const temp = tempDatabase();
  let db: Database;
  let s: Scenario;

  const notice = (
    key: string,
    data: { caseId?: string; reference?: string; status: string; daysAgo: number },
  ) =>
    db.prisma.noticeOutbox.create({
      data: {
        key,
        recipientKind: 'staff',
        recipientId: 'x',
        kind: data.caseId
          ? 'case.forUnit'
          : data.reference
            ? 'case.handedOver'
            : 'lookup.throttled',
        caseId: data.caseId ?? null,
        reference: data.reference ?? null,
        payload: data.status === 'pending' ? 'sealed' : null,
        status: data.status,
        nextAttemptAt: NOW.toISOString(),
        createdAt: new Date(NOW.getTime() - data.daysAgo * DAY),
      },
    });

  before(async () => {
    db = await openDatabase(temp.url);
    s = await buildRetentionScenario(db, NOW, 'test-secret');
    await notice('old-by-id', { caseId: s.caseIds.old, status: 'sent', daysAgo: 900 });
    await notice('old-by-ref', { reference: s.references.old, status: 'dead', daysAgo: 900 });
    await notice('open-case', { caseId: s.caseIds.open, status: 'sent', daysAgo: 10 });
    await notice('throttled-old', { status: 'sent', daysAgo: 2000 });
    await notice('throttled-new', { status: 'sent', daysAgo: 5 });
    await notice('pending-old', { status: 'pending', daysAgo: 2000 });
  });
  after(async () => {
    await db.close();
    temp.cleanup();
  });

  it("deletes an anonymised case's notices and settled rows past the audit period", async () => {
    await new RetentionService(
      new PrismaRetentionStore(db.prisma),
      new AccessGate({ now: () => NOW }),
      SETTINGS,
    ).run(NOW);
    const left = (await db.prisma.noticeOutbox.findMany({ orderBy: { key: 'asc' } })).map(
      (r) => r.key,
    );
    assert.deepEqual(left, ['open-case', 'pending-old', 'throttled-new']);
  });
});

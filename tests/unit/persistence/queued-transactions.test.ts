import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { queuedTransactions } from '../../../src/persistence/queued-transactions.ts';

/** A driver adapter whose statements take a while, counting how many run at once. */
function slowAdapter() {
  const seen = { inFlight: 0, most: 0, order: [] as string[] };
  const run = async (query: SqlQuery): Promise<SqlResultSet> => {
    seen.inFlight++;
    seen.most = Math.max(seen.most, seen.inFlight);
    await sleep(5);
    seen.order.push(query.sql);
    seen.inFlight--;
    return { columnNames: [], columnTypes: [], rows: [] };
  };
  const common = { provider: 'postgres' as const, adapterName: 'fake' };
  const transaction: Transaction = {
    ...common,
    options: { usePhantomQuery: false },
    queryRaw: run,
    executeRaw: async (query) => (await run(query), 1),
    commit: async () => void seen.order.push('COMMIT'),
    rollback: async () => void seen.order.push('ROLLBACK'),
  };
  const adapter: SqlDriverAdapter = {
    ...common,
    queryRaw: run,
    executeRaw: async (query) => (await run(query), 1),
    executeScript: async () => undefined,
    startTransaction: async () => transaction,
    dispose: async () => undefined,
  };
  const factory: SqlDriverAdapterFactory = { ...common, connect: async () => adapter };
  return { seen, factory };
}

const query = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

describe('queuedTransactions (PostgreSQL)', () => {
  it('runs a transaction’s statements one at a time, in the order sent', async () => {
    const { seen, factory } = slowAdapter();
    const adapter = await queuedTransactions(factory).connect();
    const tx = await adapter.startTransaction();
    // As the access gate does: several reads at once inside one unit of work.
    await Promise.all(['A', 'B', 'C', 'D'].map((sql) => tx.queryRaw(query(sql))));
    await tx.commit();
    assert.equal(seen.most, 1, 'never two statements at once on the transaction’s connection');
    assert.deepEqual(seen.order, ['A', 'B', 'C', 'D', 'COMMIT']);
  });

  it('leaves statements outside a transaction side by side (pooled connections)', async () => {
    const { seen, factory } = slowAdapter();
    const adapter = await queuedTransactions(factory).connect();
    await Promise.all(['A', 'B', 'C'].map((sql) => adapter.queryRaw(query(sql))));
    assert.equal(seen.most, 3);
  });
});

import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { Lock, wrapTransaction } from './serialized-adapter.ts';

/**
 * PostgreSQL: one statement at a time inside a transaction. A transaction is one connection, and
 * a unit of work may read several things at once (`Promise.all` in the access gate). node-postgres
 * queues such statements itself but has deprecated that queue (a warning now, an error in pg 9);
 * here they wait for each other in the order sent, as they did in its queue. Statements outside
 * a transaction each get a connection of the pool and still run side by side.
 */
export function queuedTransactions(inner: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      return new QueuedTransactions(await inner.connect());
    },
  };
}

class QueuedTransactions implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter['provider'];
  readonly adapterName: string;

  constructor(private readonly inner: SqlDriverAdapter) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery) {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery) {
    return this.inner.executeRaw(query);
  }

  executeScript(script: string) {
    return this.inner.executeScript(script);
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const tx = await this.inner.startTransaction(isolationLevel);
    const lock = new Lock();
    return wrapTransaction(tx, (work) => lock.run(work));
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose() {
    return this.inner.dispose();
  }
}

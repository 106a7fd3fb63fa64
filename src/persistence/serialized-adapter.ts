import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { insideTransaction } from './transaction-context.ts';

/** A first-come lock: `acquire` resolves with the function that releases it. */
export class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }

  /** `work` alone: after everything that acquired the lock before it. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * `tx` with its statements and savepoints run through `statement`, and its commit and rollback
 * through `finish`: how the adapters below add their locks to a driver's transaction.
 */
export function wrapTransaction(
  tx: Transaction,
  statement: <T>(work: () => Promise<T>) => Promise<T>,
  finish: (work: () => Promise<void>) => Promise<void> = statement,
): Transaction {
  const wrapped: Transaction = {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => statement(() => tx.queryRaw(query)),
    executeRaw: (query) => statement(() => tx.executeRaw(query)),
    commit: () => finish(() => tx.commit()),
    rollback: () => finish(() => tx.rollback()),
  };
  // Each only where the driver has it (Prisma asks before it uses savepoints).
  if (tx.createSavepoint)
    wrapped.createSavepoint = (name) => statement(async () => tx.createSavepoint?.(name));
  if (tx.rollbackToSavepoint)
    wrapped.rollbackToSavepoint = (name) => statement(async () => tx.rollbackToSavepoint?.(name));
  if (tx.releaseSavepoint)
    wrapped.releaseSavepoint = (name) => statement(async () => tx.releaseSavepoint?.(name));
  return wrapped;
}

/**
 * One SQLite connection shared by interactive transactions and single statements. The
 * better-sqlite3 adapter locks only transactions against each other: a single statement from
 * another request, sent while a transaction waits between two of its statements, ran inside
 * that transaction, and was rolled back with it (an audit event written at the time was lost).
 * Here every statement from outside a transaction waits until no transaction is open; one sent
 * from inside a unit of work's own transaction (transaction-context.ts) runs at once, in it.
 */
export function serializedAdapter(inner: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      return new SerializedAdapter(await inner.connect());
    },
  };
}

class SerializedAdapter implements SqlDriverAdapter {
  private readonly lock = new Lock();
  readonly provider: SqlDriverAdapter['provider'];
  readonly adapterName: string;

  constructor(private readonly inner: SqlDriverAdapter) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  private async alone<T>(work: () => Promise<T>): Promise<T> {
    // Sent by the open transaction's own work: it runs inside it, as it always did.
    if (insideTransaction.getStore()) return work();
    return this.lock.run(work);
  }

  queryRaw(query: SqlQuery) {
    return this.alone(() => this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.alone(() => this.inner.executeRaw(query));
  }

  executeScript(script: string) {
    return this.alone(() => this.inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.lock.acquire();
    try {
      const tx = await this.inner.startTransaction(isolationLevel);
      let released = false;
      const end = async (finish: () => Promise<void>) => {
        try {
          await finish();
        } finally {
          if (!released) {
            released = true;
            release();
          }
        }
      };
      return wrapTransaction(tx, (work) => work(), end);
    } catch (error) {
      release();
      throw error;
    }
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose() {
    return this.inner.dispose();
  }
}

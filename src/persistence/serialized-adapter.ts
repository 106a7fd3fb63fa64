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
    const release = await this.lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
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
      const wrapped: Transaction = {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (query) => tx.queryRaw(query),
        executeRaw: (query) => tx.executeRaw(query),
        commit: () => end(() => tx.commit()),
        rollback: () => end(() => tx.rollback()),
      };
      const none = () => Promise.resolve();
      if (tx.createSavepoint)
        wrapped.createSavepoint = (name) => tx.createSavepoint?.(name) ?? none();
      if (tx.rollbackToSavepoint)
        wrapped.rollbackToSavepoint = (name) => tx.rollbackToSavepoint?.(name) ?? none();
      if (tx.releaseSavepoint)
        wrapped.releaseSavepoint = (name) => tx.releaseSavepoint?.(name) ?? none();
      return wrapped;
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

import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient, type Prisma } from './generated/client.ts';
import { deployMigrations } from './migrations/migrate.ts';
import { providerOf } from './provider.ts';
import { serializedAdapter } from './serialized-adapter.ts';
import { queuedTransactions } from './queued-transactions.ts';

/** A Prisma client, or the same client inside a transaction: repositories accept either. */
export type Db = PrismaClient | Prisma.TransactionClient;

export interface Database {
  readonly prisma: PrismaClient;
  /**
   * A second, read-only connection: reads outside a transaction see committed data only and
   * never queue behind a write transaction on `prisma` (SQLite in WAL mode).
   */
  readonly reader: PrismaClient;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the database `url` names (`file:` SQLite, `postgresql://` PostgreSQL): applies pending
 * migrations first, then connects.
 */
export async function openDatabase(
  url: string,
): Promise<Database & { appliedMigrations: string[] }> {
  const { applied } = await deployMigrations(url);
  if (providerOf(url) === 'postgresql')
    return { ...(await openPostgres(url)), appliedMigrations: applied };
  return { ...(await openSqlite(url)), appliedMigrations: applied };
}

/**
 * PostgreSQL through a connection pool. Readers never wait for writers there (MVCC), so the
 * reader is the same client. The PostgreSQL client is generated from prisma/postgresql/
 * schema.prisma, which has the same models as the SQLite schema (a test holds them equal), so
 * the repositories use it through the SQLite client's type.
 */
async function openPostgres(url: string): Promise<Database> {
  const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('./generated-pg/client.ts'),
  ]);
  const client = new PostgresClient({
    adapter: queuedTransactions(new PrismaPg({ connectionString: url })),
  });
  const prisma = client as unknown as PrismaClient;
  return {
    prisma,
    reader: prisma,
    ping: () => answers(prisma),
    close: () => prisma.$disconnect(),
  };
}

async function answers(prisma: PrismaClient): Promise<boolean> {
  try {
    await prisma.$queryRawUnsafe('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** SQLite in WAL mode, so readers never wait for the writer and a crash cannot corrupt it. */
async function openSqlite(url: string): Promise<Database> {
  // busy timeout: a second instance (or the scheduler)
  // holding the write lock makes us wait, not fail.
  const prisma = new PrismaClient({
    adapter: serializedAdapter(new PrismaBetterSqlite3({ url, timeout: 10_000 })),
  });
  await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  const reader = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url, timeout: 10_000, readonly: true }),
  });
  return {
    prisma,
    reader,
    ping: () => answers(prisma),
    close: async () => {
      await reader.$disconnect();
      await prisma.$disconnect();
    },
  };
}

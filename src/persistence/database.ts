import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient, type Prisma } from './generated/client.ts';
import { deployMigrations } from './migrations/migrate.ts';
import { serializedAdapter } from './serialized-adapter.ts';

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
 * Opens the SQLite database: applies pending migrations first, then connects with WAL so
 * readers never wait for the writer and a crash mid-write cannot corrupt the file.
 */
export async function openDatabase(
  url: string,
): Promise<Database & { appliedMigrations: string[] }> {
  const { applied } = await deployMigrations(url);
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
    appliedMigrations: applied,
    async ping() {
      try {
        await prisma.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await reader.$disconnect();
      await prisma.$disconnect();
    },
  };
}

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf } from '../provider.ts';

/** A migration as prisma/migrations holds it: its directory name and its SQL. */
export interface LocalMigration {
  readonly name: string;
  readonly sql: string;
}

interface HistoryRow {
  readonly migration_name: string;
  readonly checksum: string;
  readonly finished_at: number | Date | null;
  readonly rolled_back_at: number | Date | null;
}

/**
 * The checksums Prisma accepts for a script: SHA-256 of its text in hex, or of the text with
 * CRLF line ends made LF (a checkout on Windows).
 */
function checksums(sql: string): string[] {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  return [sha(sql), sha(sql.replaceAll('\r\n', '\n'))];
}

/**
 * Whether the database's `_prisma_migrations` table records exactly `migrations`: each one once,
 * finished, not rolled back, with the checksum of its file as it is now. Read with plain SQL, so
 * a start on an up-to-date database needs no schema engine (compiling its WebAssembly is most of
 * a migration's cost). Only a yes is trusted: anything else (no such file or table, a pending,
 * failed, edited or unknown migration, a database that cannot be read) is left to the schema
 * engine, which applies, refuses or reports exactly as it did before this shortcut existed.
 */
export async function historyIsCurrent(
  url: string,
  migrations: readonly LocalMigration[],
): Promise<boolean> {
  const rows = providerOf(url) === 'postgresql' ? await postgresHistory(url) : sqliteHistory(url);
  if (!rows || rows.length !== migrations.length) return false;
  const byName = new Map(rows.map((row) => [row.migration_name, row]));
  return migrations.every((migration) => {
    const row = byName.get(migration.name);
    return (
      row !== undefined &&
      row.finished_at !== null &&
      row.rolled_back_at === null &&
      checksums(migration.sql).includes(row.checksum)
    );
  });
}

/** PostgreSQL's `_prisma_migrations`, or null when it cannot be read (left to the engine). */
async function postgresHistory(url: string): Promise<HistoryRow[] | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const table = await client.query("SELECT to_regclass('_prisma_migrations') AS t");
    if (!(table.rows[0] as { t: unknown } | undefined)?.t) return null;
    const result = await client.query<HistoryRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations',
    );
    return result.rows;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** SQLite's `_prisma_migrations`, or null when it cannot be read (left to the engine). */
function sqliteHistory(url: string): HistoryRow[] | null {
  // The path as the better-sqlite3 adapter opens it (relative to the working directory).
  const file = url.replace(/^file:/, '');
  if (!file || file === ':memory:' || !existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return null;
    return db
      .prepare(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations',
      )
      .all() as HistoryRow[];
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

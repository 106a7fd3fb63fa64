// The SQLite side of `npm run db:backup` and `npm run db:restore`: SQLite's online backup API
// through better-sqlite3, never a file copy (a copy of a database in WAL mode taken while Husly
// writes can miss the pages still in the -wal file, or catch half a transaction).
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Bad input, said in Norwegian: the command prints it and exits 2, having written nothing. */
export class Refusal extends Error {}

/**
 * better-sqlite3 copies 100 pages per turn of the event loop unless told otherwise, and SQLite
 * restarts a backup whenever another connection writes between two steps: under steady writes a
 * stepwise copy could restart for ever. One step reads every page inside one read transaction:
 * a consistent snapshot, and in WAL mode Husly's writes do not wait for it.
 */
const ALL_PAGES_AT_ONCE = 0x7fffffff;

/** The SQLite file `DATABASE_URL` names (relative to the working directory, as Husly reads it). */
export function sqliteFile(databaseUrl: string | undefined): string {
  const url = databaseUrl?.trim();
  if (!url)
    throw new Refusal(
      'DATABASE_URL er ikke satt. Sett den som for Husly selv (i miljøet eller i .env), ' +
        'for eksempel DATABASE_URL=file:./data/husly.db.',
    );
  if (!url.startsWith('file:'))
    throw new Refusal(
      'DATABASE_URL er ikke en SQLite-fil (file:…). Denne kommandoen tar sikkerhetskopi av ' +
        'SQLite; for PostgreSQL brukes pg_dump og pg_restore (se README).',
    );
  const file = url.slice('file:'.length).split('?')[0] ?? '';
  if (file === '' || file === ':memory:')
    throw new Refusal('DATABASE_URL peker ikke på en databasefil.');
  return path.resolve(file);
}

/** Creates `file` empty and readable by its owner only; refuses if it exists (never overwrites). */
function createExclusively(file: string, what: string): void {
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Refusal(`${what} finnes allerede: ${file}. Den blir ikke overskrevet.`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Refusal(`Mappen finnes ikke: ${path.dirname(file)}.`);
    throw error;
  }
}

/** SQLite's own check of every page and index: 'ok', or the first problem it found. */
function integrity(db: Database.Database): string {
  return String(db.pragma('integrity_check', { simple: true }));
}

function notADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

export interface Copied {
  /** Database pages copied. */
  readonly pages: number;
  /** Size of the written file in bytes. */
  readonly bytes: number;
}

/** Copies `source` into `target` (created here, 0600) in one step; removes it on failure. */
async function copyInto(source: Database.Database, target: string): Promise<number> {
  try {
    const { totalPages } = await source.backup(target, { progress: () => ALL_PAGES_AT_ONCE });
    // One self-contained file: no -wal beside the copy, whatever mode the source was in.
    const copy = new Database(target);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = integrity(copy);
      if (check !== 'ok') throw new Error(`kopien besto ikke integrity_check: ${check}`);
    } finally {
      copy.close();
    }
    return totalPages;
  } catch (error) {
    for (const f of [target, `${target}-journal`, `${target}-wal`, `${target}-shm`])
      rmSync(f, { force: true });
    throw error;
  }
}

/**
 * A consistent copy of the SQLite database `source` in the new file `target`, safe while Husly
 * runs and writes: the source is opened read-only and read in one transaction.
 */
export async function backupSqlite(source: string, target: string): Promise<Copied> {
  if (!existsSync(source) || !statSync(source).isFile())
    throw new Refusal(`Databasefilen finnes ikke: ${source}. Sjekk DATABASE_URL.`);
  createExclusively(target, 'Filen');
  let db: Database.Database;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
  try {
    const pages = await copyInto(db, target);
    return { pages, bytes: statSync(target).size };
  } catch (error) {
    if (notADatabase(error)) throw new Refusal(`${source} er ikke en SQLite-database.`);
    throw error;
  } finally {
    db.close();
  }
}

export interface Restored extends Copied {
  /** Migrations the restored database has applied (Husly applies newer ones at its next start). */
  readonly migrations: number;
}

/**
 * Writes the backup `backup` to the database file `target`, which must not exist (nor its -wal,
 * -shm or -journal file): a restore never overwrites a database. The backup is checked first:
 * an intact SQLite file (integrity_check) holding Husly's migration history.
 */
export async function restoreSqlite(backup: string, target: string): Promise<Restored> {
  if (!existsSync(backup) || !statSync(backup).isFile())
    throw new Refusal(`Sikkerhetskopien finnes ikke: ${backup}.`);
  for (const file of [target, `${target}-wal`, `${target}-shm`, `${target}-journal`])
    if (existsSync(file))
      throw new Refusal(
        `${file} finnes allerede. Gjenoppretting skriver bare til en ny databasefil: stopp ` +
          'Husly, flytt databasefilen og filene -wal og -shm ved siden av den til en annen ' +
          'mappe (behold dem til Husly kjører igjen), og prøv på nytt.',
      );
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    let check: string;
    try {
      check = integrity(source);
    } catch (error) {
      if (notADatabase(error)) throw new Refusal(`${backup} er ikke en SQLite-database.`);
      throw error;
    }
    if (check !== 'ok')
      throw new Refusal(`${backup} er skadet (integrity_check: ${check.split('\n')[0]}).`);
    const husly = source
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (husly === undefined)
      throw new Refusal(
        `${backup} er ikke en sikkerhetskopi av Husly (ingen migreringshistorikk).`,
      );
    mkdirSync(path.dirname(target), { recursive: true });
    createExclusively(target, 'Databasefilen');
    const pages = await copyInto(source, target);
    const restored = new Database(target, { readonly: true });
    try {
      const { migrations } = restored
        .prepare(
          'SELECT count(*) AS migrations FROM _prisma_migrations ' +
            'WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
        .get() as { migrations: number };
      return { pages, bytes: statSync(target).size, migrations };
    } finally {
      restored.close();
    }
  } finally {
    source.close();
  }
}

/**
 * Runs a command: a Refusal is printed as it is (exit 2), anything else as a failure (exit 1).
 * Messages name files and counts only, never anything stored in the database.
 */
export function runCommand(task: () => Promise<void>, failureLabel: string): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof Refusal) {
        console.error(error.message);
        process.exit(2);
      }
      console.error(`${failureLabel}:`, error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/persistence/database.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/**
 * `npm run db:backup` and `npm run db:restore` on a real (temporary) Husly database, backed up
 * while another process writes to it. Run from a scratch working directory, so a developer's
 * .env never gives them a DATABASE_URL.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = import.meta.resolve('tsx');
const SYNTHETIC_NUMBER = '10910174148'; // tests/fixtures/fodselsnummer.json
const UNITS = ['backup-nav', 'backup-bolig'];

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run <name> -- ...args` as npm runs it, in `cwd`, with DATABASE_URL as given (or none). */
function script(
  name: 'db-backup' | 'db-restore',
  args: string[],
  databaseUrl: string | undefined,
  cwd: string,
): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', TSX, path.join(ROOT, 'scripts', `${name}.ts`), ...args],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_NO_WARNINGS: '1',
        ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

/**
 * A second process writing to the database in WAL mode, as Husly does: one row a transaction,
 * numbered 1, 2, 3 … without gaps, each with 2 kB of padding so the file grows. It prints the
 * last number written, every few rows.
 */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { timeout: 10000 });
db.pragma('journal_mode = WAL');
db.exec('CREATE TABLE backup_probe (n INTEGER PRIMARY KEY, number TEXT, padding BLOB)');
const insert = db.prepare(
  'INSERT INTO backup_probe (n, number, padding) VALUES (?, ?, randomblob(2048))');
let n = 0;
const write = () => {
  for (let i = 0; i < 25; i++) insert.run(++n, process.argv[2]);
  process.stdout.write(n + '\\n');
  setTimeout(write, 2);
};
write();
process.on('SIGTERM', () => { db.close(); process.exit(0); });
`;

interface Writer {
  /** The last row number the writer has committed. */
  written(): number;
  /** Resolves once at least `n` rows are committed. */
  reach(n: number): Promise<void>;
  stop(): Promise<number | null>;
}

function startWriter(file: string): Writer {
  const child: ChildProcess = spawn(process.execPath, ['-e', WRITER, file, SYNTHETIC_NUMBER], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let last = 0;
  let errors = '';
  const waiting: { n: number; resolve: () => void }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = chunk.toString().trim().split('\n');
    last = Number(lines.at(-1));
    for (const w of waiting.filter((w) => last >= w.n)) w.resolve();
  });
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  void exited.then((code) => {
    if (code !== 0) errors += `\nwriter exited with ${code}`;
  });
  return {
    written: () => {
      assert.equal(errors, '', 'the writer never failed (no SQLITE_BUSY)');
      return last;
    },
    reach: (n) => new Promise((resolve) => (last >= n ? resolve() : waiting.push({ n, resolve }))),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

const probe = (file: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      rows: db.prepare('SELECT count(*) AS c, max(n) AS m FROM backup_probe').get() as {
        c: number;
        m: number;
      },
      units: (db.prepare('SELECT key FROM units ORDER BY key').all() as { key: string }[]).map(
        (u) => u.key,
      ),
    };
  } finally {
    db.close();
  }
};

describe('npm run db:backup and npm run db:restore (SQLite)', () => {
  // Its directory only: this is SQLite's backup, whatever database the suite runs on.
  const temp = tempDatabase();
  const database = path.join(temp.dir, 'husly.db');
  const url = `file:${database}`;
  const cwd = path.join(temp.dir, 'cwd');
  after(() => temp.cleanup());

  before(async () => {
    mkdirSync(cwd);
    // A migrated Husly database with two units of its own.
    const db = await openDatabase(url);
    try {
      for (const key of UNITS)
        await db.prisma.unit.create({ data: { key, name: `Enhet ${key}`, kind: 'nav' } });
    } finally {
      await db.close();
    }
  });

  it('backs up while another process writes; the restore is intact and has the rows', async () => {
    const writer = startWriter(database);
    const backup = path.join(temp.dir, 'husly-backup.db');
    let before: number;
    let run: Run;
    try {
      await writer.reach(2000); // about 4 MB, so the copy is not instant
      before = writer.written();
      run = await script('db-backup', [backup], url, cwd);
      // Still writing after the backup: it ran beside the writer, never holding it up.
      await writer.reach(writer.written() + 100);
    } finally {
      assert.equal(await writer.stop(), 0);
    }
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Sikkerhetskopi skrevet: .*husly-backup\.db \(\d+ byte, \d+ sider/);
    assert.match(run.stdout, /npm run db:restore -- /);
    assert.doesNotMatch(run.stdout + run.stderr, new RegExp(SYNTHETIC_NUMBER), 'no personal data');
    assert.equal(statSync(backup).mode & 0o777, 0o600, 'readable by its owner only');
    assert.equal(existsSync(`${backup}-wal`), false, 'one self-contained file');

    // A fresh place to restore to, as after losing the server.
    const restored = path.join(temp.dir, 'restored', 'data', 'husly.db');
    const back = await script('db-restore', [backup], `file:${restored}`, cwd);
    assert.equal(back.status, 0, back.stderr);
    assert.match(back.stdout, /^Gjenopprettet .*husly-backup\.db til .*husly\.db \(\d+ byte/);
    assert.equal(statSync(restored).mode & 0o777, 0o600);

    const copy = probe(restored);
    assert.equal(copy.integrity, 'ok');
    assert.deepEqual(copy.units, [...UNITS].sort());
    // A snapshot of one moment: every row up to some n, none missing, none half-written.
    assert.ok(copy.rows.m >= before, `has the ${before} rows written before the backup began`);
    assert.equal(copy.rows.c, copy.rows.m, 'no gaps');

    // Husly opens it with nothing to migrate, and sees the same units.
    const husly = await openDatabase(`file:${restored}`);
    try {
      assert.deepEqual(husly.appliedMigrations, []);
      assert.equal(await husly.prisma.unit.count({ where: { key: { in: UNITS } } }), UNITS.length);
    } finally {
      await husly.close();
    }
  });

  it('backs up an idle database (relative paths from the working directory)', async () => {
    const run = await script('db-backup', ['idle.db'], url, cwd);
    assert.equal(run.status, 0, run.stderr);
    const copy = probe(path.join(cwd, 'idle.db'));
    assert.equal(copy.integrity, 'ok');
    assert.equal(copy.rows.c, probe(database).rows.c, 'every row the writer left');
  });

  it('refuses without DATABASE_URL, for a database not SQLite, or a missing file', async () => {
    const target = path.join(temp.dir, 'never.db');
    const cases = [
      { url: undefined, says: /DATABASE_URL er ikke satt/ },
      { url: 'postgresql://husly:hemmelig@localhost:5432/husly', says: /pg_dump/ },
      { url: `file:${path.join(temp.dir, 'missing.db')}`, says: /Databasefilen finnes ikke/ },
    ];
    for (const { url, says } of cases) {
      const run = await script('db-backup', [target], url, cwd);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, says);
      assert.doesNotMatch(run.stderr, /hemmelig/, 'never the password');
      assert.equal(existsSync(target), false, 'nothing written');
    }
    assert.equal(existsSync(path.join(temp.dir, 'missing.db')), false, 'no database created');
    const nowhere = await script('db-backup', [path.join(temp.dir, 'nowhere', 'x.db')], url, cwd);
    assert.equal(nowhere.status, 2);
    assert.match(nowhere.stderr, /Mappen finnes ikke: .*nowhere/);
    const none = await script('db-backup', [], url, cwd);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Bruk: npm run db:backup -- <fil>/);
  });

  it('never overwrites: an existing backup file, or a database to restore over', async () => {
    const existing = path.join(temp.dir, 'existing.db');
    writeFileSync(existing, 'an older backup');
    const run = await script('db-backup', [existing], url, cwd);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /finnes allerede: .*existing\.db\. Den blir ikke overskrevet/);
    assert.equal(readFileSync(existing, 'utf8'), 'an older backup');

    const backup = path.join(temp.dir, 'for-restore.db');
    assert.equal((await script('db-backup', [backup], url, cwd)).status, 0);
    // Over the live database, or where a -wal file of an earlier one is left.
    const leftover = path.join(temp.dir, 'leftover', 'husly.db');
    mkdirSync(path.dirname(leftover));
    writeFileSync(`${leftover}-wal`, 'old');
    for (const [target, file] of [
      [database, database],
      [leftover, `${leftover}-wal`],
    ] as const) {
      const before = readFileSync(file);
      const back = await script('db-restore', [backup], `file:${target}`, cwd);
      assert.equal(back.status, 2);
      assert.match(back.stderr, /finnes allerede\. Gjenoppretting skriver bare til en ny/);
      assert.deepEqual(readFileSync(file), before);
    }
    assert.equal(existsSync(leftover), false);
  });

  it('restores only an intact Husly backup', async () => {
    const notSqlite = path.join(temp.dir, 'not-sqlite.db');
    writeFileSync(notSqlite, 'x'.repeat(4096));
    const otherSqlite = path.join(temp.dir, 'other.db');
    const other = new Database(otherSqlite);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const cases = [
      { backup: notSqlite, says: /er ikke en SQLite-database/ },
      { backup: otherSqlite, says: /er ikke en sikkerhetskopi av Husly/ },
      { backup: path.join(temp.dir, 'gone.db'), says: /Sikkerhetskopien finnes ikke/ },
    ];
    for (const { backup, says } of cases) {
      const target = path.join(temp.dir, 'restore-refused', 'husly.db');
      const run = await script('db-restore', [backup], `file:${target}`, cwd);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, says);
      assert.equal(existsSync(target), false, 'nothing written');
    }
  });
});

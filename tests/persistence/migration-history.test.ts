import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { deployMigrations, type MigrationPaths } from '../../src/persistence/migrations/migrate.ts';
import { present } from '../helpers/assert-present.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/**
 * The shortcut in deployMigrations: a database whose `_prisma_migrations` already matches the
 * files is left alone without loading the schema engine; anything else still goes through the
 * engine, with the checks it always made.
 */
describe('deploying migrations to a database that may already have them', () => {
  let dir: string;
  let paths: MigrationPaths;
  let names: string[];
  const temp = tempDatabase();
  const file = temp.url.replace('file:', '');
  const sql = (statement: string) => {
    const db = new Database(file);
    try {
      db.exec(statement);
    } finally {
      db.close();
    }
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'husly-prisma-'));
    cpSync('prisma', dir, { recursive: true });
    paths = {
      schemaFile: path.join(dir, 'schema.prisma'),
      migrationsDir: path.join(dir, 'migrations'),
    };
    names = readdirSync(paths.migrationsDir)
      .filter((n) => /^\d{14}_/.test(n))
      .sort();
    const first = await deployMigrations(temp.url, paths);
    assert.deepEqual(first.applied, names);
    assert.equal(first.engineLoaded, true);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    temp.cleanup();
  });

  const migrationFile = (name: string) => path.join(paths.migrationsDir, name, 'migration.sql');
  const latest = () => present(names.at(-1), 'a migration');

  it('needs no schema engine when every migration is applied and unchanged', async () => {
    assert.deepEqual(await deployMigrations(temp.url, paths), {
      applied: [],
      edited: [],
      engineLoaded: false,
    });
  });

  it('counts a Windows checkout (CRLF line ends) as unchanged, as Prisma does', async () => {
    const files = names.map(migrationFile);
    const original = files.map((f) => readFileSync(f, 'utf8'));
    try {
      files.forEach((f, i) => writeFileSync(f, present(original[i], f).replace(/\n/g, '\r\n')));
      assert.equal((await deployMigrations(temp.url, paths)).engineLoaded, false);
    } finally {
      files.forEach((f, i) => writeFileSync(f, present(original[i], f)));
    }
  });

  it('leaves an edited migration to the engine, which reports it', async () => {
    const target = migrationFile(latest());
    const original = readFileSync(target, 'utf8');
    try {
      writeFileSync(target, `${original}\n-- edited\n`);
      const result = await deployMigrations(temp.url, paths);
      assert.equal(result.engineLoaded, true);
      assert.deepEqual(result.edited, [latest()]);
      assert.deepEqual(result.applied, []);
    } finally {
      writeFileSync(target, original);
    }
  });

  it('leaves a migration only the database knows (a newer database) to the engine', async () => {
    sql(
      'INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, ' +
        "applied_steps_count) VALUES ('x', 'abc', 1, '29990101000000_future', 1, 1)",
    );
    try {
      const result = await deployMigrations(temp.url, paths);
      assert.equal(result.engineLoaded, true);
      assert.deepEqual(result.applied, []);
    } finally {
      sql("DELETE FROM _prisma_migrations WHERE id = 'x'");
    }
  });

  it('still refuses to run over a failed migration', async () => {
    sql(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${latest()}'`);
    try {
      await assert.rejects(deployMigrations(temp.url, paths), /Failed migrations must be resolved/);
    } finally {
      sql(`UPDATE _prisma_migrations SET finished_at = 1 WHERE migration_name = '${latest()}'`);
    }
    assert.equal((await deployMigrations(temp.url, paths)).engineLoaded, false);
  });

  it('applies a migration the database does not have yet', async () => {
    const name = '29990101000000_probe';
    const probe = path.join(paths.migrationsDir, name);
    try {
      cpSync(path.dirname(migrationFile(latest())), probe, { recursive: true });
      writeFileSync(path.join(probe, 'migration.sql'), 'CREATE TABLE "probe" ("id" INTEGER);\n');
      const result = await deployMigrations(temp.url, paths);
      assert.deepEqual(result.applied, [name]);
      assert.equal(result.engineLoaded, true);
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  });

  it('fails when the migrations are missing, instead of finding nothing to apply', async () => {
    await assert.rejects(
      deployMigrations(temp.url, { ...paths, migrationsDir: path.join(dir, 'nowhere') }),
      /No migrations at/,
    );
  });
});

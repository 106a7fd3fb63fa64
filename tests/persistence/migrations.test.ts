import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createMigration, deployMigrations, diffMigrationsToSchema } from '../../src/persistence/migrations/migrate.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/** A scratch copy of prisma/ to change the schema without touching the real one. */
function scratchPrisma() {
  const dir = mkdtempSync(path.join(tmpdir(), 'husly-prisma-'));
  cpSync('prisma', dir, { recursive: true });
  return {
    paths: { schemaFile: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('migrations', () => {
  it('reproduce prisma/schema.prisma exactly (no drift)', async () => {
    const { drift, output } = await diffMigrationsToSchema();
    assert.equal(drift, false, `schema.prisma has changes without a migration; run npm run db:migration -- <name>\n${output}`);
  });

  it('notice a schema change that no migration covers, and write the migration for it', async () => {
    const scratch = scratchPrisma();
    try {
      const schema = readFileSync(scratch.paths.schemaFile, 'utf8').replace(
        'model Unit {\n',
        'model Unit {\n  phone String?\n',
      );
      writeFileSync(scratch.paths.schemaFile, schema);
      const before = await diffMigrationsToSchema(scratch.paths);
      assert.equal(before.drift, true);
      assert.match(before.output, /units/);
      const created = await createMigration('add unit phone', scratch.paths, new Date('2030-01-02T03:04:05Z'));
      assert.equal(created, '20300102030405_add_unit_phone');
      const sql = readFileSync(path.join(scratch.paths.migrationsDir, created!, 'migration.sql'), 'utf8');
      assert.match(sql, /ALTER TABLE "units" ADD COLUMN "phone" TEXT/);
      assert.equal((await diffMigrationsToSchema(scratch.paths)).drift, false);
      assert.equal(await createMigration('nothing', scratch.paths), null, 'no empty migrations');
    } finally {
      scratch.cleanup();
    }
  });

  it('apply to a fresh database once, in the layout and encoding native Prisma uses', async () => {
    const temp = tempDatabase();
    try {
      const names = readdirSync('prisma/migrations', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      assert.deepEqual((await deployMigrations(temp.url)).applied, names.sort());
      assert.deepEqual((await deployMigrations(temp.url)).applied, [], 'second run applies nothing');
      const sqlite = new Database(temp.url.replace('file:', ''));
      const rows = sqlite.prepare('SELECT migration_name, checksum, typeof(finished_at) AS t FROM _prisma_migrations').all() as {
        migration_name: string;
        checksum: string;
        t: string;
      }[];
      sqlite.close();
      assert.equal(rows.length, names.length);
      for (const row of rows) {
        assert.equal(row.t, 'integer', 'timestamps as unix milliseconds, like `prisma migrate deploy`');
        assert.match(row.checksum, /^[0-9a-f]{64}$/);
      }
    } finally {
      temp.cleanup();
    }
  });

  it('report an applied migration whose file was edited afterwards', async () => {
    const scratch = scratchPrisma();
    const temp = tempDatabase();
    try {
      await deployMigrations(temp.url, scratch.paths);
      const [first] = readdirSync(scratch.paths.migrationsDir).filter((n) => !n.endsWith('.toml'));
      const file = path.join(scratch.paths.migrationsDir, first, 'migration.sql');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n-- edited\n`);
      assert.deepEqual((await deployMigrations(temp.url, scratch.paths)).edited, [first]);
    } finally {
      scratch.cleanup();
      temp.cleanup();
    }
  });
});

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { present } from '../helpers/assert-present.ts';
import Database from 'better-sqlite3';
import {
  createMigration,
  deployMigrations,
  diffMigrationsToSchema,
} from '../../src/persistence/migrations/migrate.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/** A scratch copy of prisma/ to change the schema without touching the real one. */
function scratchPrisma() {
  const dir = mkdtempSync(path.join(tmpdir(), 'husly-prisma-'));
  cpSync('prisma', dir, { recursive: true });
  return {
    paths: {
      schemaFile: path.join(dir, 'schema.prisma'),
      migrationsDir: path.join(dir, 'migrations'),
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('migrations', () => {
  it('reproduce prisma/schema.prisma exactly (no drift)', async () => {
    const { drift, output } = await diffMigrationsToSchema();
    assert.equal(
      drift,
      false,
      'schema.prisma has changes without a migration; ' +
        `run npm run db:migration -- <name>\n${output}`,
    );
  });

  it('notice a schema change that no migration covers and write the migration for it', async () => {
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
      const created = await createMigration(
        'add unit phone',
        scratch.paths,
        new Date('2030-01-02T03:04:05Z'),
      );
      assert.equal(created, '20300102030405_add_unit_phone');
      const sql = readFileSync(
        path.join(scratch.paths.migrationsDir, created, 'migration.sql'),
        'utf8',
      );
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
      const names = readdirSync('prisma/migrations', { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
      assert.deepEqual((await deployMigrations(temp.url)).applied, names.sort());
      assert.deepEqual(
        (await deployMigrations(temp.url)).applied,
        [],
        'second run applies nothing',
      );
      const sqlite = new Database(temp.url.replace('file:', ''));
      const rows = sqlite
        .prepare(
          'SELECT migration_name, checksum, typeof(finished_at) AS t FROM _prisma_migrations',
        )
        .all() as {
        migration_name: string;
        checksum: string;
        t: string;
      }[];
      sqlite.close();
      assert.equal(rows.length, names.length);
      for (const row of rows) {
        assert.equal(
          row.t,
          'integer',
          'timestamps as unix milliseconds, like `prisma migrate deploy`',
        );
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
      const file = path.join(
        scratch.paths.migrationsDir,
        present(first, 'a migration'),
        'migration.sql',
      );
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n-- edited\n`);
      assert.deepEqual((await deployMigrations(temp.url, scratch.paths)).edited, [first]);
    } finally {
      scratch.cleanup();
      temp.cleanup();
    }
  });
});

describe('the 2026-12 taushetsplikt migration keeps what existed working', () => {
  it('moves plan consent to cases, renames "opplysningsplikt", reporters get grants', async () => {
    const now = Date.now();
    await acrossMigration(
      '_taushetsplikt',
      (sqlite) => {
        sqlite.exec(`
          INSERT INTO units (id, key, name, kind, createdAt, updatedAt)
            VALUES ('u1', 'nav', 'NAV', 'nav', ${now}, ${now}),
              ('u2', 'rop', 'ROP', 'rus-psykisk-helse', ${now}, ${now});
          INSERT INTO residents (id, name, nameSearch, createdAt, updatedAt)
            VALUES ('r1', 'Syntetisk Person', 'syntetisk person', ${now}, ${now});
          INSERT INTO cases (id, reference, residentId, category, subcategory, level, status,
              owningUnitId, openedAt, createdAt, updatedAt)
            VALUES ('c1', '2026-0001', 'r1', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'open',
              'u1', ${now}, ${now}, ${now});
          INSERT INTO case_involvements (id, caseId, unitId, since, reason)
            VALUES ('i1', 'c1', 'u2', ${now}, 'reporter');
          INSERT INTO concerns (id, submissionId, caseId, reporterId, reporterUnitId, createdAt,
              category, subcategory, description, sharingBasis, residentInformed)
            VALUES ('k1', 's1', 'c1', 'x', 'u2', ${now}, 'fare-for-a-miste-bolig',
              'hoye-boutgifter',
              'tekst', 'opplysningsplikt', 1);
          INSERT INTO goal_plans (id, caseId, coordinatorId, evaluationDate, consentGiven,
              consentDate, consentUnitIds, createdAt, createdById, updatedAt)
            VALUES ('p1', 'c1', NULL, '2027-01-01', 1, '2026-11-01', '["u2"]', ${now}, 'x', ${now});
        `);
      },
      (after) => {
        const consent = after
          .prepare('SELECT caseId, unitIds, givenDate, source FROM case_consents')
          .all();
        const involvement = after
          .prepare('SELECT reason, note, endedAt FROM case_involvements')
          .get() as { reason: string; note: string; endedAt: null };
        const basis = after.prepare('SELECT sharingBasis FROM concerns').get();
        assert.deepEqual(consent, [
          { caseId: 'c1', unitIds: '["u2"]', givenDate: '2026-11-01', source: 'plan' },
        ]);
        assert.equal(involvement.reason, 'granted', 'a unit involved by reporting keeps working');
        assert.match(involvement.note, /vurder om tilgangen fortsatt trengs/);
        assert.deepEqual(basis, { sharingBasis: 'lovhjemmel' });
      },
    );
  });
});

/**
 * A database as it was before the migration ending in `suffix`, with `seed` run on it; then every
 * held-back migration applied, and `check` run on the result.
 */
async function acrossMigration(
  suffix: string,
  seed: (sqlite: Database.Database) => void,
  check: (sqlite: Database.Database) => void,
): Promise<void> {
  const scratch = scratchPrisma();
  const temp = tempDatabase();
  const held = mkdtempSync(path.join(tmpdir(), 'husly-held-'));
  try {
    const all = readdirSync(scratch.paths.migrationsDir)
      .filter((n) => /^\d{14}_/.test(n))
      .sort();
    const migration = present(
      all.find((n) => n.endsWith(suffix)),
      suffix,
    );
    const heldBack = all.filter((n) => n >= migration);
    for (const name of heldBack) {
      cpSync(path.join(scratch.paths.migrationsDir, name), path.join(held, name), {
        recursive: true,
      });
      rmSync(path.join(scratch.paths.migrationsDir, name), { recursive: true, force: true });
    }
    await deployMigrations(temp.url, scratch.paths);
    const before = new Database(temp.url.replace('file:', ''));
    seed(before);
    before.close();
    for (const name of heldBack)
      cpSync(path.join(held, name), path.join(scratch.paths.migrationsDir, name), {
        recursive: true,
      });
    assert.deepEqual((await deployMigrations(temp.url, scratch.paths)).applied, heldBack);
    const after = new Database(temp.url.replace('file:', ''));
    try {
      check(after);
    } finally {
      after.close();
    }
  } finally {
    scratch.cleanup();
    temp.cleanup();
    rmSync(held, { recursive: true, force: true });
  }
}

describe('the 2026-11 plan-per-person migration', () => {
  it('gives plans their person; plans on closed cases end; one living plan each', async () => {
    const now = Date.now();
    await acrossMigration(
      '_plan_per_person',
      (sqlite) =>
        sqlite.exec(`
          INSERT INTO units (id, key, name, kind, createdAt, updatedAt)
            VALUES ('u1', 'nav', 'NAV', 'nav', ${now}, ${now});
          INSERT INTO residents (id, name, nameSearch, createdAt, updatedAt)
            VALUES ('r1', 'Syntetisk En', 'syntetisk en', ${now}, ${now}),
              ('r2', 'Syntetisk To', 'syntetisk to', ${now}, ${now});
          INSERT INTO cases (id, reference, residentId, category, subcategory, level, status,
              owningUnitId, openedAt, closedAt, createdAt, updatedAt)
            VALUES
              ('c1', '2026-0001', 'r1', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'closed',
                'u1', ${now}, ${now + 5}, ${now}, ${now}),
              ('c2', '2026-0002', 'r1', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'open',
                'u1', ${now}, NULL, ${now}, ${now}),
              ('c3', '2026-0003', 'r2', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'open',
                'u1', ${now}, NULL, ${now}, ${now}),
              ('c4', '2026-0004', 'r2', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'open',
                'u1', ${now}, NULL, ${now}, ${now});
          INSERT INTO goal_plans (id, caseId, evaluationDate, createdAt, createdById, updatedAt)
            VALUES ('p1', 'c1', '2027-01-01', ${now}, 'x', ${now}),
              ('p2', 'c2', '2027-01-01', ${now + 1}, 'x', ${now}),
              ('p3', 'c3', '2027-01-01', ${now + 1}, 'x', ${now}),
              ('p4', 'c4', '2027-01-01', ${now + 2}, 'x', ${now});
          INSERT INTO case_consents (id, caseId, unitIds, givenDate, form, source, recordedById,
              recordedAt)
            VALUES ('k1', 'c2', '["u1"]', '2026-11-01', 'skriftlig', 'plan', 'x', ${now}),
              ('k2', 'c2', '["u1"]', '2026-11-01', 'muntlig', 'case', 'x', ${now});
        `),
      (sqlite) => {
        assert.deepEqual(
          sqlite
            .prepare(
              'SELECT id, residentId, status, activeResidentId, closeReason FROM goal_plans ' +
                'ORDER BY id',
            )
            .all(),
          [
            // On a closed case: it ended with the case, as plans did before.
            {
              id: 'p1',
              residentId: 'r1',
              status: 'closed',
              activeResidentId: null,
              closeReason: 'case-closed',
            },
            {
              id: 'p2',
              residentId: 'r1',
              status: 'active',
              activeResidentId: 'r1',
              closeReason: null,
            },
            // Two living plans for one person: the newer one lives on.
            {
              id: 'p3',
              residentId: 'r2',
              status: 'closed',
              activeResidentId: null,
              closeReason: 'other',
            },
            {
              id: 'p4',
              residentId: 'r2',
              status: 'active',
              activeResidentId: 'r2',
              closeReason: null,
            },
          ],
        );
        assert.deepEqual(
          sqlite
            .prepare('SELECT planId, caseId, reason FROM plan_case_links ORDER BY planId')
            .all(),
          [
            { planId: 'p1', caseId: 'c1', reason: 'created' },
            { planId: 'p2', caseId: 'c2', reason: 'created' },
            { planId: 'p3', caseId: 'c3', reason: 'created' },
            { planId: 'p4', caseId: 'c4', reason: 'created' },
          ],
        );
        assert.deepEqual(
          sqlite.prepare('SELECT id, planId FROM case_consents ORDER BY id').all(),
          [
            { id: 'k1', planId: 'p2' },
            { id: 'k2', planId: null },
          ],
          'a consent given with the living plan follows it',
        );
      },
    );
  });
});

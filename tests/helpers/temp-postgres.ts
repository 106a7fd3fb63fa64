import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * `npm run test:postgres` (scripts/test-postgres.ts) starts a PostgreSQL server and names it in
 * HUSLY_TEST_POSTGRES_URL, with a migrated template database in HUSLY_TEST_POSTGRES_TEMPLATE.
 * Each test database is a copy of that template, made and dropped synchronously (in a child
 * process), because tests ask for one as they would for a temporary SQLite file.
 */
export const POSTGRES_SERVER = process.env.HUSLY_TEST_POSTGRES_URL;

const PG = createRequire(import.meta.url).resolve('pg');
const RUN_SQL = `
const pg = require(process.env.PG_MODULE);
const client = new pg.Client({ connectionString: process.env.SERVER_URL });
client.connect()
  .then(() => client.query(process.env.SQL))
  .then(() => client.end())
  .catch((error) => { console.error(error.message); process.exit(1); });`;

function adminSql(serverUrl: string, sql: string): void {
  const run = spawnSync(process.execPath, ['-e', RUN_SQL], {
    env: { PATH: process.env.PATH ?? '', PG_MODULE: PG, SERVER_URL: serverUrl, SQL: sql },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`PostgreSQL: ${sql}: ${run.stderr}`);
}

/** A fresh, migrated database on the test server, and how to drop it. */
export function tempPostgresDatabase(serverUrl: string): { url: string; drop: () => void } {
  const template = process.env.HUSLY_TEST_POSTGRES_TEMPLATE ?? 'template1';
  const name = `husly_test_${randomUUID().replaceAll('-', '')}`;
  adminSql(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminSql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

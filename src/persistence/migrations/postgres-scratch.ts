import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * A throwaway database on the PostgreSQL server of `serverUrl`, for replaying migrations and
 * comparing the result with the schema (the schema engine needs a real database to describe).
 */
export async function createScratchDatabase(serverUrl: string) {
  const name = `husly_scratch_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

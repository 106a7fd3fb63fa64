import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  diffMigrationsToSchema,
  migrationPaths,
} from '../../src/persistence/migrations/migrate.ts';
import { present } from '../helpers/assert-present.ts';
import { POSTGRES_SERVER } from '../helpers/temp-postgres.ts';

// Only under `npm run test:postgres`, which starts the server (scripts/run-tests.mjs leaves
// tests/postgres/ out of the SQLite run).
const server = present(POSTGRES_SERVER, 'HUSLY_TEST_POSTGRES_URL (npm run test:postgres)');

describe('PostgreSQL migrations', () => {
  it('build exactly what prisma/postgresql/schema.prisma describes', async () => {
    const { drift, output } = await diffMigrationsToSchema(migrationPaths('postgresql'), false, {
      provider: 'postgresql',
      postgresUrl: server,
    });
    assert.equal(drift, false, output);
  });
});

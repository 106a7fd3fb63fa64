import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase } from '../../src/persistence/database.ts';
import { present } from '../helpers/assert-present.ts';
import { POSTGRES_SERVER, tempPostgresDatabase } from '../helpers/temp-postgres.ts';

const server = present(POSTGRES_SERVER, 'HUSLY_TEST_POSTGRES_URL (npm run test:postgres)');

describe('PostgreSQL transactions with reads at once', () => {
  it('give the same answers and no node-postgres queue warning (an error in pg 9)', async () => {
    const temp = tempPostgresDatabase(server);
    const warnings: string[] = [];
    const listen = (warning: Error) => void warnings.push(warning.message);
    process.on('warning', listen);
    const db = await openDatabase(temp.url);
    try {
      const counts = await db.prisma.$transaction(async (tx) =>
        Promise.all([tx.unit.count(), tx.staff.count(), tx.case.count(), tx.unit.count()]),
      );
      assert.equal(counts[0], counts[3]);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(
        warnings.filter((w) => w.includes('already executing a query')),
        [],
      );
    } finally {
      process.off('warning', listen);
      await db.close();
      temp.drop();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DbStorage, ETagConflictError } from '../../src/bot/db-storage.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaBotStateStore } from '../../src/persistence/prisma-bot-state.store.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import { POSTGRES_SERVER } from '../helpers/temp-postgres.ts';

describe('DbStorage (botbuilder Storage on the database)', () => {
  const temp = tempDatabase();
  let db: Database;
  let storage: DbStorage;
  before(async () => {
    db = await openDatabase(temp.url);
    storage = new DbStorage(new PrismaBotStateStore(db.prisma), new FakeClock());
  });
  after(async () => {
    await db.close();
    temp.cleanup();
  });

  it(
    'runs SQLite in WAL mode',
    {
      skip: POSTGRES_SERVER !== undefined && 'SQLite only (this run is on PostgreSQL)',
    },
    async () => {
      const [row] =
        await db.prisma.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
      assert.equal(row?.journal_mode, 'wal');
    },
  );

  it('reads back what was written, with an eTag', async () => {
    await storage.write({ a: { dialogStack: [{ id: 'x' }] } });
    const read = await storage.read(['a', 'missing']);
    assert.deepEqual(Object.keys(read), ['a']);
    assert.deepEqual(read.a.dialogStack, [{ id: 'x' }]);
    assert.equal(typeof read.a.eTag, 'string');
  });

  it('refuses a write based on a stale read (two turns racing on one conversation)', async () => {
    const first = (await storage.read(['race'])).race ?? {};
    await storage.write({ race: { ...first, step: 1, eTag: '*' } });
    const turnA = (await storage.read(['race'])).race;
    const turnB = (await storage.read(['race'])).race;
    await storage.write({ race: { ...turnA, step: 2 } });
    await assert.rejects(storage.write({ race: { ...turnB, step: 3 } }), ETagConflictError);
    assert.equal(
      (await storage.read(['race'])).race.step,
      2,
      'the first writer wins; nothing silently lost',
    );
  });

  it('overwrites unconditionally with eTag "*"; writes a new key whatever its eTag', async () => {
    await storage.write({ star: { v: 1 } });
    await storage.write({ star: { v: 2, eTag: '*' } });
    assert.equal((await storage.read(['star'])).star.v, 2);
    await storage.write({ fresh: { v: 1, eTag: 'from-a-deleted-row' } });
    assert.equal((await storage.read(['fresh'])).fresh.v, 1);
  });

  it('deletes', async () => {
    await storage.delete(['a']);
    assert.deepEqual(await storage.read(['a']), {});
  });
});

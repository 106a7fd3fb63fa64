import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The writing connection, the read-only one, and what each may do while the other works. */
describe('SQLite connections', () => {
  const temp = tempDatabase();
  let db: Database;
  before(async () => (db = await openDatabase(temp.url)));
  after(async () => {
    await db.close();
    temp.cleanup();
  });

  it("keeps a write sent during another request's transaction, when that one fails", async () => {
    const failing = db.prisma
      .$transaction(async (tx) => {
        await tx.unit.create({ data: { key: 'rolled-back', name: 'A', kind: 'nav' } });
        await pause(80);
        throw new Error('the first request fails');
      })
      .catch(() => 'rolled back');
    await pause(10);
    // Another request's single write (an audit event is one), while the transaction waits.
    await db.prisma.unit.create({ data: { key: 'kept', name: 'B', kind: 'nav' } });
    assert.equal(await failing, 'rolled back');
    const keys = (await db.prisma.unit.findMany()).map((u) => u.key);
    assert.deepEqual(keys, ['kept']);
  });

  it('reads without waiting for an open write transaction, seeing committed rows', async () => {
    const uow = new PrismaUnitOfWork(db.prisma, 'Europe/Oslo', db.reader);
    let seenDuring: string[] = [];
    const writing = uow.run(async ({ org }) => {
      await org.upsertUnit({ key: 'uncommitted', name: 'C', kind: 'nav' });
      seenDuring = await uow.read(async ({ org: reading }) =>
        (await reading.listUnits()).map((u) => u.key),
      );
    });
    await writing;
    assert.deepEqual(seenDuring, ['kept'], 'the read did not wait, and saw no uncommitted row');
    const after = await uow.read(async ({ org }) => (await org.listUnits()).map((u) => u.key));
    assert.deepEqual(after.sort(), ['kept', 'uncommitted']);
  });

  it('lets a read write its audit event, and nothing else', async () => {
    const uow = new PrismaUnitOfWork(db.prisma, 'Europe/Oslo', db.reader);
    await uow.read(({ audit }) =>
      audit.record({ at: new Date(), action: 'tenant.refused', outcome: 'denied' }),
    );
    assert.equal(await db.prisma.auditEvent.count(), 1);
    await assert.rejects(
      uow.read(({ org }) => org.upsertUnit({ key: 'sneaked', name: 'D', kind: 'nav' })),
      /readonly/i,
    );
    assert.equal(await db.prisma.unit.count({ where: { key: 'sneaked' } }), 0);
  });

  it('runs a statement sent from inside its own unit of work at once, in it', async () => {
    const uow = new PrismaUnitOfWork(db.prisma, 'Europe/Oslo', db.reader);
    // Work that reaches for the plain client must not wait for its own transaction to end.
    const units = await Promise.race([
      uow.run(async () => db.prisma.unit.count()),
      new Promise<string>((resolve) => setTimeout(() => resolve('waited for itself'), 2_000)),
    ]);
    assert.equal(typeof units, 'number');
  });
});

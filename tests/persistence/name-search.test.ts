import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { seedDemoMunicipality } from '../../src/persistence/demo-seed.ts';
import { dialectOf } from '../../src/persistence/sql-dialect.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/** The name index (FTS5 over residents.nameSearch) on a real SQLite file with the demo data. */
describe('name search through the index', () => {
  const temp = tempDatabase();
  let db: Database;
  let uow: PrismaUnitOfWork;
  const openCaseNames = (words: string[], birthDate: string | null = null) =>
    uow.read(async ({ residents }) =>
      (await residents.searchWithOpenCase(words, birthDate, 6)).map((h) => h.resident.name),
    );

  before(async () => {
    db = await openDatabase(temp.url);
    await seedDemoMunicipality(db.prisma, 's'.repeat(40), new Date(), 'Europe/Oslo');
    uow = new PrismaUnitOfWork(db.prisma, 'Europe/Oslo', db.reader);
  });
  after(async () => {
    await db.close();
    temp.cleanup();
  });

  it('finds residents with an open case by whole words, in any order', async () => {
    assert.deepEqual(await openCaseNames(['nordmann']), ['Kari Nordmann', 'Ola Nordmann']);
    assert.deepEqual(await openCaseNames(['nordmann', 'kari']), ['Kari Nordmann']);
    assert.deepEqual(await openCaseNames(['nord']), [], 'a part of a word is not a name');
    assert.deepEqual(await openCaseNames(['"', 'OR', '*']), [], 'query syntax is only text');
  });

  it('narrows by birth date, and leaves out a resident whose case is closed', async () => {
    const kari = await db.prisma.resident.findFirstOrThrow({ where: { name: 'Kari Nordmann' } });
    assert.deepEqual(await openCaseNames(['kari', 'nordmann'], kari.birthDate), ['Kari Nordmann']);
    assert.deepEqual(await openCaseNames(['kari', 'nordmann'], '1901-01-01'), []);
    const ola = await db.prisma.resident.findFirstOrThrow({ where: { name: 'Ola Nordmann' } });
    await db.prisma.case.updateMany({ where: { residentId: ola.id }, data: { status: 'closed' } });
    assert.deepEqual(await openCaseNames(['nordmann']), ['Kari Nordmann']);
    await db.prisma.case.updateMany({ where: { residentId: ola.id }, data: { status: 'open' } });
  });

  it('follows every write to the name: a new resident, a new name, a wiped one', async () => {
    const kari = await db.prisma.resident.findFirstOrThrow({ where: { name: 'Kari Nordmann' } });
    await db.prisma.resident.update({
      where: { id: kari.id },
      data: { name: 'Kari Bakken', nameSearch: 'kari bakken' },
    });
    assert.deepEqual(await openCaseNames(['bakken']), ['Kari Bakken']);
    assert.deepEqual(await openCaseNames(['kari', 'nordmann']), [], 'the old name is gone');
    await db.prisma.resident.update({ where: { id: kari.id }, data: { nameSearch: '' } });
    assert.deepEqual(await openCaseNames(['bakken']), [], 'anonymised: not found by name');
    await uow.run(({ residents }) =>
      residents.create({ idHash: null, maskedId: null, name: 'Åse Ødegård', birthDate: null }),
    );
    const found = await uow.read(({ residents }) => residents.searchByName('ase odeg', 5));
    assert.deepEqual(
      found.map((r) => r.name),
      ['Åse Ødegård'],
    );
  });

  it('reads the name index, never the whole residents table', async () => {
    if (dialectOf(db.prisma) === 'postgresql') {
      // A handful of rows: told not to scan, PostgreSQL shows whether the index fits the query.
      const plan = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
        return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
          `EXPLAIN SELECT r.id FROM residents r
           WHERE to_tsvector('simple', r."nameSearch") @@ to_tsquery('simple', 'kari')`,
        );
      });
      const steps = plan.map((p) => p['QUERY PLAN']).join(' | ');
      assert.match(steps, /Index Scan on "residents_nameSearch_words_idx"/);
      return;
    }
    const plan = await db.prisma.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT r.id FROM residents_fts f JOIN residents r ON r.rowid = f.rowid
       JOIN cases c ON c.residentId = r.id AND c.status = 'open'
       WHERE residents_fts MATCH '"kari"' ORDER BY r.name LIMIT 6`,
    );
    const steps = plan.map((p) => p.detail).join(' | ');
    assert.match(steps, /SCAN f VIRTUAL TABLE INDEX/);
    assert.doesNotMatch(steps, /SCAN r\b|SCAN residents/);
    assert.doesNotMatch(steps, /SCAN c\b|SCAN cases/);
  });
});

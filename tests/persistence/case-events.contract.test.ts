import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import type { NewCaseEvent } from '../../src/domain/case-event/case-event.ts';
import type { UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/**
 * What every implementation of the outcome event repository (`case_events`) must do: the
 * in-memory fake the domain tests use passes the same suite as the Prisma repository.
 */
function contract(
  name: string,
  open: () => Promise<{ uow: UnitOfWork; close: () => Promise<void> }>,
) {
  describe(`case event repository contract: ${name}`, () => {
    let uow: UnitOfWork;
    let close: () => Promise<void>;
    let caseIds: string[];
    before(async () => {
      ({ uow, close } = await open());
      caseIds = await uow.run(async ({ org, residents, cases }) => {
        const unit = await org.upsertUnit({ key: 'nav-bolig', name: 'NAV', kind: 'nav' });
        const made = [];
        for (const n of [1, 2]) {
          const resident = await residents.create({
            idHash: null,
            maskedId: null,
            name: `Ola Syntetisk ${n}`,
            birthDate: null,
          });
          const kase = await cases.create(await cases.nextReference(2031), {
            residentId: resident.id,
            category: 'fare-for-a-miste-bolig',
            subcategory: 'utkastelse-tvangssalg',
            level: 3,
            owningUnitId: unit.id,
            openedAt: new Date('2031-01-01T10:00:00Z'),
            timeline: EMPTY_TIMELINE,
          });
          made.push(kase.id);
        }
        return made;
      });
    });
    after(() => close());

    const event = (caseId: string, more: Partial<NewCaseEvent>): NewCaseEvent => ({
      caseId,
      type: 'stonad-sokt',
      occurredOn: '2031-02-01',
      decision: null,
      amountNok: null,
      coversArrears: null,
      dateValue: null,
      recordedById: 's-1',
      recordedAt: new Date('2031-02-01T10:00:00Z'),
      ...more,
    });

    it('stores every field; lists a case’s events oldest first, no other case’s', async () => {
      const [first, second] = caseIds;
      assert.ok(first && second);
      await uow.run(async ({ caseEvents }) => {
        const later = await caseEvents.add(
          event(first, {
            type: 'stonad-vedtak',
            decision: 'avslatt',
            amountNok: 14_250,
            recordedAt: new Date('2031-02-03T10:00:00Z'),
          }),
        );
        const earlier = await caseEvents.add(
          event(first, {
            type: 'ny-utkastelsesdato',
            dateValue: '2031-03-15',
            recordedAt: new Date('2031-02-02T10:00:00Z'),
          }),
        );
        await caseEvents.add(event(second, { type: 'stonad-utbetalt', coversArrears: true }));
        assert.ok(later.id && later.id !== earlier.id);
        assert.deepEqual(await caseEvents.listForCase(first), [earlier, later]);
        assert.deepEqual(later, {
          id: later.id,
          caseId: first,
          type: 'stonad-vedtak',
          occurredOn: '2031-02-01',
          decision: 'avslatt',
          amountNok: 14_250,
          coversArrears: null,
          dateValue: null,
          recordedById: 's-1',
          recordedAt: new Date('2031-02-03T10:00:00Z'),
        });
        const [paid] = await caseEvents.listForCase(second);
        assert.deepEqual([paid?.type, paid?.coversArrears], ['stonad-utbetalt', true]);
        assert.deepEqual(await caseEvents.listForCase('no-such-case'), []);
      });
    });

    it('keeps nothing of a unit of work that throws', async () => {
      const [first] = caseIds;
      assert.ok(first);
      const before = (await uow.run(({ caseEvents }) => caseEvents.listForCase(first))).length;
      await assert.rejects(
        uow.run(async ({ caseEvents }) => {
          await caseEvents.add(event(first, { type: 'bolig-sikret' }));
          throw new Error('crash mid-way');
        }),
      );
      assert.equal(
        (await uow.run(({ caseEvents }) => caseEvents.listForCase(first))).length,
        before,
      );
    });
  });
}

contract('in-memory', async () => ({ uow: new InMemoryHusly(), close: async () => {} }));

contract('Prisma on SQLite', async () => {
  const temp = tempDatabase();
  const db: Database = await openDatabase(temp.url);
  return {
    uow: new PrismaUnitOfWork(db.prisma),
    close: async () => {
      await db.close();
      temp.cleanup();
    },
  };
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import type { UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import type { NewProposal } from '../../src/domain/ownership/hand-over-proposal.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { present } from '../helpers/assert-present.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/**
 * What every HandOverProposalRepository must do (the in-memory fake and Prisma alike): store a
 * proposal pending, list a case's pending ones oldest first, and answer each exactly once.
 */
function contract(
  name: string,
  open: () => Promise<{ uow: UnitOfWork; close: () => Promise<void> }>,
) {
  describe(`hand-over proposal repository contract: ${name}`, () => {
    let uow: UnitOfWork;
    let close: () => Promise<void>;
    let base: Omit<NewProposal, 'proposedAt'>;
    before(async () => {
      ({ uow, close } = await open());
      base = await uow.run(async ({ org, residents, cases }) => {
        const nav = await org.upsertUnit({ key: 'nav-bolig', name: 'NAV', kind: 'nav' });
        const rop = await org.upsertUnit({ key: 'rop', name: 'ROP', kind: 'rus-psykisk-helse' });
        const resident = await residents.create({
          idHash: 'h-proposal',
          maskedId: null,
          name: 'Test Testesen',
          birthDate: null,
        });
        const kase = await cases.create('2031-0001', {
          residentId: resident.id,
          category: 'fare-for-a-miste-bolig',
          subcategory: 'hoye-boutgifter',
          level: 1,
          owningUnitId: nav.id,
          openedAt: new Date('2031-02-01T10:00:00Z'),
          timeline: EMPTY_TIMELINE,
        });
        return {
          caseId: kase.id,
          kind: 'handover',
          fromUnitId: nav.id,
          toUnitId: rop.id,
          coordinatorId: null,
          note: 'Trenger oppfølging',
          level: null,
          proposedById: 'staff-1',
        };
      });
    });
    after(() => close());

    it('stores a proposal as pending and lists a case’s pending ones, oldest first', async () => {
      await uow.run(async ({ handOverProposals }) => {
        const later = await handOverProposals.add({
          ...base,
          proposedAt: new Date('2031-02-02T10:00:00Z'),
        });
        const earlier = await handOverProposals.add({
          ...base,
          kind: 'level-review',
          note: null,
          level: 2,
          proposedAt: new Date('2031-02-01T10:00:00Z'),
        });
        assert.equal(later.status, 'pending');
        assert.equal(later.answeredById, null);
        assert.deepEqual(await handOverProposals.findById(later.id), later);
        assert.deepEqual(
          (await handOverProposals.pendingForCase(base.caseId)).map((p) => p.id),
          [earlier.id, later.id],
        );
        assert.equal(
          present((await handOverProposals.findById(earlier.id)) ?? undefined, 'p').level,
          2,
        );
        assert.equal(await handOverProposals.findById('no-such-proposal'), null);
      });
    });

    it('answers a proposal once: a second answer changes nothing', async () => {
      await uow.run(async ({ handOverProposals }) => {
        const proposal = await handOverProposals.add({
          ...base,
          proposedAt: new Date('2031-02-03T10:00:00Z'),
        });
        const at = new Date('2031-02-03T12:00:00Z');
        assert.equal(
          await handOverProposals.settle(proposal.id, {
            status: 'declined',
            byId: 'staff-2',
            at,
            declineReason: 'Ikke vår',
          }),
          true,
        );
        assert.equal(
          await handOverProposals.settle(proposal.id, {
            status: 'accepted',
            byId: 'staff-3',
            at: new Date('2031-02-03T13:00:00Z'),
            declineReason: null,
          }),
          false,
          'already answered',
        );
        const stored = present((await handOverProposals.findById(proposal.id)) ?? undefined, 'p');
        assert.deepEqual(
          [stored.status, stored.answeredById, stored.answeredAt, stored.declineReason],
          ['declined', 'staff-2', at, 'Ikke vår'],
        );
        assert.ok(
          !(await handOverProposals.pendingForCase(base.caseId)).some((p) => p.id === proposal.id),
          'no longer pending',
        );
        assert.deepEqual(
          (await handOverProposals.listForCase(base.caseId))
            .filter((p) => p.id === proposal.id)
            .map((p) => [p.status, p.declineReason]),
          [['declined', 'Ikke vår']],
          'answered ones stay listed for innsyn',
        );
        assert.equal(
          await handOverProposals.settle('no-such-proposal', {
            status: 'withdrawn',
            byId: null,
            at,
            declineReason: null,
          }),
          false,
        );
      });
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

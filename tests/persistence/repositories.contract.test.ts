import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ConversationRef } from '../../src/domain/conversation/conversation-ref.ts';
import type { UnitOfWork } from '../../src/domain/shared/unit-of-work.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { InMemoryHusly } from '../fakes/in-memory-repositories.ts';
import { tempDatabase } from '../helpers/husly-server.ts';

/**
 * What every implementation of the repositories must do. The in-memory fakes used by the
 * domain tests pass the same suite as the Prisma repositories, so the fakes cannot drift.
 */
function contract(name: string, open: () => Promise<{ uow: UnitOfWork; close: () => Promise<void> }>) {
  describe(`repository contract: ${name}`, () => {
    let uow: UnitOfWork;
    let close: () => Promise<void>;
    before(async () => ({ uow, close } = await open()));
    after(() => close());

    it('upserts units by key and staff by Entra object id', async () => {
      await uow.run(async ({ org }) => {
        const unit = await org.upsertUnit({ key: 'nav-bolig', name: 'NAV bolig', kind: 'nav' });
        const again = await org.upsertUnit({ key: 'nav-bolig', name: 'NAV boligsosialt team', kind: 'nav' });
        assert.equal(again.id, unit.id);
        assert.equal((await org.findUnitByKey('nav-bolig'))?.name, 'NAV boligsosialt team');
        await org.upsertUnit({ key: 'tildeling', name: 'Tildelingsteam', kind: 'tildeling' });
        const staff = await org.upsertStaff({ aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'A Admin', email: 'a@k.no', unitKey: 'nav-bolig', role: 'admin' });
        const moved = await org.upsertStaff({ aadObjectId: staff.aadObjectId, name: 'A Admin', email: 'a@k.no', unitKey: 'tildeling', role: 'admin' });
        assert.equal(moved.id, staff.id);
        assert.equal(moved.unitId, (await org.findUnitByKey('tildeling'))?.id);
        assert.deepEqual((await org.listStaffByRole('admin')).map((s) => s.name), ['A Admin']);
        assert.deepEqual(await org.listStaffByRole('leder'), []);
        assert.deepEqual((await org.listUnits()).map((u) => u.key), ['nav-bolig', 'tildeling']);
        assert.equal(await org.findStaffByAadObjectId('aaaaaaaa-0000-4000-8000-000000000009'), null);
      });
    });

    it('links a channel to one unit at a time', async () => {
      await uow.run(async ({ org }) => {
        const nav = (await org.findUnitByKey('nav-bolig'))!;
        const til = (await org.findUnitByKey('tildeling'))!;
        await org.linkUnitChannel(nav.id, { conversationId: '19:c@thread.tacv2', teamId: '19:t', linkedAt: new Date() });
        await org.linkUnitChannel(til.id, { conversationId: '19:c@thread.tacv2', teamId: '19:t', linkedAt: new Date() });
        assert.equal((await org.findUnitById(nav.id))?.channelConversationId, null);
        assert.equal((await org.findUnitById(til.id))?.channelConversationId, '19:c@thread.tacv2');
      });
    });

    it('saves and replaces a conversation reference', async () => {
      const ref: ConversationRef = {
        conversationId: 'a:1x', conversationType: 'personal', tenantId: 't', serviceUrl: 'https://smba.example/emea/',
        botId: '28:bot', aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', teamId: null, channelId: null,
        installedAt: new Date('2026-11-01T10:00:00Z'), removedAt: null, lastSeenAt: new Date('2026-11-01T10:00:00Z'),
      };
      await uow.run(({ conversations }) => conversations.save(ref));
      await uow.run(({ conversations }) => conversations.save({ ...ref, serviceUrl: 'https://smba.example/no/', removedAt: new Date('2026-11-02T10:00:00Z') }));
      const found = await uow.run(({ conversations }) => conversations.findByConversationId('a:1x'));
      assert.equal(found?.serviceUrl, 'https://smba.example/no/');
      assert.deepEqual(found?.removedAt, new Date('2026-11-02T10:00:00Z'));
      assert.deepEqual(found?.installedAt, ref.installedAt);
      assert.equal(await uow.run(({ conversations }) => conversations.findByConversationId('nope')), null);
    });

    it('keeps nothing of a unit of work that throws', async () => {
      await assert.rejects(
        uow.run(async ({ org, audit }) => {
          await org.upsertUnit({ key: 'doomed', name: 'Doomed', kind: 'annet' });
          await audit.record({ at: new Date(), action: 'test', outcome: 'ok' });
          throw new Error('crash mid-way');
        }),
      );
      assert.equal(await uow.run(({ org }) => org.findUnitByKey('doomed')), null);
    });
  });
}

contract('in-memory', async () => {
  const husly = new InMemoryHusly();
  return { uow: husly, close: async () => {} };
});

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

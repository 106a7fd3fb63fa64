import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../../src/persistence/database.ts';
import { startTestServer, tempDatabase } from '../helpers/husly-server.ts';
import { buildRetentionScenario, PEOPLE } from '../helpers/retention-scenario.ts';

/** The running server anonymises on its own (at start, then daily): no cron job needed. */
const DEV_SECRET = 'husly-development-only-secret-do-not-use-in-production';

describe('retention in the running server', () => {
  const temp = tempDatabase();
  after(() => temp.cleanup());

  it('anonymises old closed cases shortly after start and logs only counts', async () => {
    const db = await openDatabase(temp.url);
    const s = await buildRetentionScenario(db, new Date(), DEV_SECRET);
    await db.close();

    const server = await startTestServer({}, temp.url);
    try {
      const ran = () => server.logs.find((l) => l.includes('"event":"retention.run"'));
      for (let i = 0; i < 100 && !ran(); i++) await new Promise((r) => setTimeout(r, 50));
      const line = JSON.parse(ran() ?? '{}');
      assert.deepEqual([line.cases, line.residents, line.auditEvents], [2, 1, 2]);
      for (const p of Object.values(PEOPLE))
        assert.ok(!server.logs.join('').includes(p.name), `${p.name} is not in the log`);

      const { prisma } = await server.db();
      assert.notEqual(
        (await prisma.case.findUniqueOrThrow({ where: { id: s.caseIds.old } })).anonymisedAt,
        null,
      );
      assert.equal(
        (await prisma.case.findUniqueOrThrow({ where: { id: s.caseIds.open } })).anonymisedAt,
        null,
      );
      assert.equal(
        (await prisma.resident.findUniqueOrThrow({ where: { id: s.residentIds.old } })).name,
        '',
      );
      assert.equal(await prisma.auditEvent.count({ where: { action: 'retention.run' } }), 1);
    } finally {
      await server.stop();
    }
  });
});

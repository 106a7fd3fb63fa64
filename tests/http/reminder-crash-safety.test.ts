import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { localDate } from '../../src/domain/common/local-date.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { spawnHusly, tempDatabase, type ChildHusly } from '../helpers/husly-server.ts';
import { present } from '../helpers/assert-present.ts';

const N = 1000;

/**
 * The outbox keys of every reminder card the connector received, once per message (a card names
 * its key on each button).
 */
function receivedKeys(connector: FakeConnector): string[] {
  return connector.calls
    .filter((c) => c.method === 'POST')
    .flatMap((c) => [
      ...new Set(
        [...JSON.stringify(c.body).matchAll(/"reminderKey":"(crash:\d+)"/g)].map((m) =>
          present(m[1], 'the reminder key'),
        ),
      ),
    ]);
}

const waitFor = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return check();
};

/**
 * The rows are legal deadlines due today (Oslo date), which may go out at any hour, so the test
 * does not depend on when CI runs. The real server in a child process with 1,000 due reminders
 * to 1,000 people, killed with SIGKILL in the middle of sending and started again: every
 * reminder arrives, and at most one (the one in flight at the kill) twice — with the same
 * idempotency key.
 */
describe('reminder delivery survives a crash', () => {
  const db = tempDatabase();
  let connector: FakeConnector;
  let husly: ChildHusly | null = null;
  const env = () => ({
    DATABASE_URL: db.url,
    HUSLY_REMINDER_INTERVAL_SECONDS: '1',
    HUSLY_REMINDER_LEASE_SECONDS: '5',
    HUSLY_REMINDER_MAX_PER_SECOND: '50',
    LOG_LEVEL: 'info',
  });

  before(async () => {
    connector = await new FakeConnector().start();
    const seed = await openDatabase(db.url);
    const { prisma } = seed;
    const unit = await prisma.unit.create({ data: { key: 'crash', name: 'Crash', kind: 'annet' } });
    const resident = await prisma.resident.create({
      data: { name: 'Syntetisk', nameSearch: 'syntetisk' },
    });
    const hex = (i: number) => i.toString(16).padStart(12, '0');
    const now = new Date();
    await prisma.staff.createMany({
      data: Array.from({ length: N }, (_, i) => ({
        id: `s${i}`,
        aadObjectId: `00000000-0000-4000-8000-${hex(i)}`,
        name: `S ${i}`,
        email: `s${i}@k.no`,
        unitId: unit.id,
        role: 'koordinator',
      })),
    });
    await prisma.conversationRef.createMany({
      data: Array.from({ length: N }, (_, i) => ({
        conversationId: `a:crash-${i}`,
        conversationType: 'personal',
        tenantId: 't',
        serviceUrl: connector.url,
        botId: '28:bot',
        aadObjectId: `00000000-0000-4000-8000-${hex(i)}`,
        installedAt: now,
        lastSeenAt: now,
      })),
    });
    await prisma.case.createMany({
      data: Array.from({ length: N }, (_, i) => ({
        id: `k${i}`,
        reference: `2026-${String(i + 1000)}`,
        residentId: resident.id,
        category: 'fare-for-a-miste-bolig',
        subcategory: 'hoye-boutgifter',
        level: 2,
        status: 'open',
        owningUnitId: unit.id,
        coordinatorId: `s${i}`,
        openedAt: now,
      })),
    });
    await prisma.reminderOutbox.createMany({
      data: Array.from({ length: N }, (_, i) => ({
        key: `crash:${i}`,
        caseId: `k${i}`,
        kind: 'F0',
        basis: 'law',
        dueDate: localDate(now, 'Europe/Oslo'),
        audience: 'coordinator',
        status: 'pending',
        nextAttemptAt: new Date(now.getTime() - 1000).toISOString(),
      })),
    });
    await seed.close();
  });
  after(async () => {
    husly?.process.kill('SIGKILL');
    await connector.stop();
    db.cleanup();
  });

  it('sends each reminder exactly once over a SIGKILL (max one duplicate, same key)', async (t) => {
    husly = await spawnHusly(env());
    assert.ok(
      await waitFor(() => receivedKeys(connector).length >= 150, 30_000),
      'sending started',
    );
    husly.process.kill('SIGKILL');
    await husly.exited;
    const beforeRestart = receivedKeys(connector).length;

    husly = await spawnHusly(env());
    // Generous: on a loaded 2-core CI runner 1,000 sends take well over a minute (the bound is on
    // loss and duplicates, not speed).
    const allArrived = await waitFor(() => new Set(receivedKeys(connector)).size === N, 240_000);
    const keys = receivedKeys(connector);
    const distinct = new Set(keys);
    t.diagnostic(
      `${beforeRestart} reminders before the kill, ${keys.length} messages in all, ` +
        `${keys.length - distinct.size} duplicate(s)`,
    );
    assert.ok(allArrived, `only ${distinct.size} of ${N} arrived`);
    assert.ok(keys.length - distinct.size <= N / 1000, `${keys.length - distinct.size} duplicates`);

    husly.process.kill('SIGTERM');
    await husly.exited;
    husly = null;
    const check = await openDatabase(db.url);
    const sent = await check.prisma.reminderOutbox.count({
      where: { key: { startsWith: 'crash:' }, status: 'sent' },
    });
    await check.close();
    assert.equal(sent, N, 'every row settled as sent');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/persistence/database.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { seedDueReminders } from '../helpers/seed-due-reminders.ts';
import { spawnHusly, tempDatabase, type ChildHusly } from '../helpers/husly-server.ts';
import { present } from '../helpers/assert-present.ts';

const N = 1000;
/** Reminder sends in flight at once: at most this many can be sent but not yet recorded. */
const CONCURRENCY = 8;

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
 * to 1,000 people, sending 8 at a time to a connector that takes 100 ms ± 30 % to answer,
 * killed with SIGKILL in the middle of sending and started again: every reminder arrives, and
 * at most 8 (those in flight at the kill) twice — each with the same idempotency key, once
 * before the kill and once after.
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
    HUSLY_SEND_CONCURRENCY: String(CONCURRENCY),
    LOG_LEVEL: 'info',
  });

  before(async () => {
    connector = await new FakeConnector().start();
    // As Teams: sends overlap only if answers take a while.
    connector.delayMs = 100;
    connector.delayJitter = 0.3;
    const seed = await openDatabase(db.url);
    const { prisma } = seed;
    await seedDueReminders(prisma, {
      prefix: 'crash',
      people: N,
      serviceUrl: connector.url,
      firstReference: 1,
      aadGroup: '8000',
    });
    await seed.close();
  });
  after(async () => {
    husly?.process.kill('SIGKILL');
    await connector.stop();
    db.cleanup();
  });

  it('sends each reminder once over a SIGKILL: duplicates ≤ concurrency, same key', async (t) => {
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
    assert.ok(
      keys.length - distinct.size <= CONCURRENCY,
      `${keys.length - distinct.size} duplicates`,
    );
    // A duplicate is a message in flight at the kill, sent again by the restarted server: one
    // copy before the kill, one after, both carrying the same outbox key.
    const copies = (list: readonly string[], key: string) => list.filter((k) => k === key).length;
    const early = keys.slice(0, beforeRestart);
    for (const key of distinct)
      if (copies(keys, key) > 1)
        assert.deepEqual([copies(keys, key), copies(early, key)], [2, 1], `${key}: copies`);

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

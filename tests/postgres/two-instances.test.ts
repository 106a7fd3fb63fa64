import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { syntheticResidents } from '../../bench/lib/seed-large.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { present } from '../helpers/assert-present.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { seedDueReminders } from '../helpers/seed-due-reminders.ts';
import { spawnHusly, tempDatabase, type ChildHusly } from '../helpers/husly-server.ts';
import {
  CHANNEL_ID,
  demoUser,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';
import { POSTGRES_SERVER } from '../helpers/temp-postgres.ts';

// Only under `npm run test:postgres` (scripts/run-tests.mjs leaves tests/postgres/ out).
present(POSTGRES_SERVER, 'HUSLY_TEST_POSTGRES_URL (npm run test:postgres)');

/**
 * Two Husly processes on one PostgreSQL database behind a round-robin proxy, as a municipality
 * would run them for availability: each request goes to the next instance, whatever it
 * belongs to.
 */
interface Proxy {
  readonly url: string;
  /** Requests each instance got. */
  readonly served: number[];
  close(): Promise<void>;
}

async function roundRobin(targets: () => readonly string[]): Promise<Proxy> {
  const served: number[] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const list = targets();
      const i = next++ % list.length;
      served[i] = (served[i] ?? 0) + 1;
      fetch(`${list[i]}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      }).then(
        async (answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(await answer.text());
        },
        () => {
          res.writeHead(502);
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const waitFor = async (check: () => boolean | Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
};

describe('two Husly instances on one PostgreSQL database', () => {
  const db = tempDatabase();
  let connector: FakeConnector;
  let proxy: Proxy;
  let a: ChildHusly;
  let b: ChildHusly;
  const env = () => ({
    DATABASE_URL: db.url,
    HUSLY_REMINDER_INTERVAL_SECONDS: '1',
    HUSLY_REMINDER_LEASE_SECONDS: '4',
    HUSLY_REMINDER_MAX_PER_SECOND: '50',
  });
  const post = async (activity: unknown) => {
    const res = await fetch(`${proxy.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return { status: res.status, body: await res.text() };
  };
  const personal = (user: TeamsUser) => ({ serviceUrl: connector.url, user });

  before(async () => {
    connector = await new FakeConnector().start();
    // One first: on an empty database it migrates and seeds Demo kommune; then the second.
    a = await spawnHusly(env());
    b = await spawnHusly(env());
    proxy = await roundRobin(() => [a.url, b.url]);
  });
  after(async () => {
    for (const husly of [a, b]) husly.process.kill('SIGKILL');
    await proxy.close();
    await connector.stop();
    db.cleanup();
  });

  it('registers concerns sent through both at once with distinct references', async () => {
    const kristin = demoUser('saksbehandler');
    const residents = syntheticResidents(10);
    const answers = await Promise.all(
      residents.map((resident, i) =>
        post({
          ...message(personal(kristin), ''),
          text: undefined,
          replyToId: `form-${i}`,
          value: {
            action: 'concern.submit',
            submissionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            nationalId: resident.nationalId,
            name: resident.name,
            category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
            rentArrears: 'true',
            arrearsAmount: '12000',
            arrearsMonths: '2',
            landlord: 'privat',
            firstMissedRentDate: new Date(Date.now() - 40 * 864e5).toISOString().slice(0, 10),
            description: 'Syntetisk.',
            sharingBasis: 'samtykke',
            source: 'tjeneste',
            consentUnitKeys: 'rop',
            consentForm: 'skriftlig',
            residentInformed: 'ja',
          },
        }),
      ),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      residents.map(() => 200),
    );
    const receipts = connector.texts(personalConversationId(kristin)).join('\n');
    const references = [...receipts.matchAll(/sak (\d{4}-\d{4})\. Saken eies av/g)].map(
      (m) => m[1],
    );
    assert.equal(references.length, 10, receipts);
    assert.equal(new Set(references).size, 10, `duplicate references: ${references.join(', ')}`);
    assert.ok((proxy.served[0] ?? 0) > 0 && (proxy.served[1] ?? 0) > 0, 'both instances served');
  });

  it('gives a case one owner when «Ta saken» is pressed through both at once', async () => {
    const database = await openDatabase(db.url);
    try {
      const nav = await database.prisma.unit.findUniqueOrThrow({ where: { key: 'nav-bolig' } });
      const untaken = await database.prisma.case.findMany({
        where: { owningUnitId: nav.id, coordinatorId: null, status: 'open' },
      });
      assert.ok(untaken.length >= 5, `${untaken.length} untaken cases`);
      const pressers = [demoUser('saksbehandler'), demoUser('nav')];
      const press = (user: TeamsUser, caseId: string) =>
        post({
          ...message({ serviceUrl: connector.url, user, place: 'channel' }, ''),
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          entities: [],
          replyToId: `card-${caseId}`,
          value: { action: { type: 'Action.Execute', verb: 'case.take', data: { caseId } } },
        });
      for (const kase of untaken.slice(0, 5)) {
        // Round robin: the two presses reach different instances.
        const answers = await Promise.all(pressers.map((user) => press(user, kase.id)));
        const after = await database.prisma.case.findUniqueOrThrow({ where: { id: kase.id } });
        const periods = await database.prisma.caseOwnership.count({
          where: { caseId: kase.id, coordinatorId: { not: null } },
        });
        assert.ok(after.coordinatorId, 'taken');
        assert.equal(periods, 1, 'one ownership period for the one who got it');
        const winner = await database.prisma.staff.findUniqueOrThrow({
          where: { id: after.coordinatorId },
        });
        // Both presses are answered with the one who got it.
        for (const answer of answers) assert.ok(answer.body.includes(winner.name), answer.body);
      }
    } finally {
      await database.close();
    }
  });

  it('continues a question asked by one instance when the answer reaches the other', async () => {
    const admin = demoUser('admin');
    const where = { serviceUrl: connector.url, user: admin, place: 'channel' as const };
    connector.reset();
    // Asked by one instance, answered through the next (round robin).
    await post(message(where, 'koble kanal'));
    assert.match(connector.texts().join('\n'), /Hvilken enhet skal nås i denne kanalen/);
    await post(message(where, 'tildeling'));
    assert.match(connector.texts().at(-1) ?? '', /Tildelingsteam/);
    const database = await openDatabase(db.url);
    try {
      const unit = await database.prisma.unit.findUnique({ where: { key: 'tildeling' } });
      assert.equal(unit?.channelConversationId, CHANNEL_ID);
    } finally {
      await database.close();
    }
  });

  it('sends due reminders once from two schedulers, and after one of them is killed', async (t) => {
    const N = 200;
    connector.reset();
    connector.delayMs = 40;
    const database = await openDatabase(db.url);
    try {
      const { prisma } = database;
      // N coordinators with a case and a due reminder each, in their own chats: one message per
      // reminder (no digests), so a duplicate message is a duplicate reminder.
      await seedDueReminders(prisma, {
        prefix: 'two',
        people: N,
        serviceUrl: connector.url,
        firstReference: 5000,
      });
      // Each message once per key it carries (its buttons repeat the key).
      const sentKeys = () =>
        connector.calls
          .filter((c) => c.method === 'POST')
          .flatMap((c) => [
            ...new Set(
              [...JSON.stringify(c.body).matchAll(/"reminderKey":"(two:\d+)"/g)].map((m) => m[1]),
            ),
          ]);
      // Kill one instance while both are sending.
      assert.ok(await waitFor(() => sentKeys().length >= 40, 60_000), 'sending started');
      a.process.kill('SIGKILL');
      await a.exited;
      const delivered = await waitFor(
        async () =>
          (await prisma.reminderOutbox.count({
            where: { key: { startsWith: 'two:' }, status: { not: 'sent' } },
          })) === 0,
        120_000,
      );
      assert.ok(delivered, 'the instance left takes over the killed one’s leases');
      const keys = sentKeys();
      const distinct = new Set(keys);
      assert.equal(distinct.size, N, 'nothing lost');
      // Only what the killed instance had in flight may go twice: at most HUSLY_SEND_CONCURRENCY
      // (8) messages, here one reminder each.
      t.diagnostic(`${keys.length - distinct.size} duplicate(s) of ${N} after the kill`);
      assert.ok(keys.length - distinct.size <= 8, `${keys.length - distinct.size} duplicates`);
    } finally {
      await database.close();
    }
  });
});

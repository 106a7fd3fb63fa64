import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/persistence/database.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { postActivity, spawnHusly, tempDatabase } from '../helpers/husly-server.ts';
import {
  CHANNEL_ID,
  demoUser,
  message,
  personalConversationId,
} from '../helpers/teams-activities.ts';

describe('the server as `npm start` runs it', () => {
  let connector: FakeConnector;
  const db = tempDatabase();

  before(async () => {
    connector = await new FakeConnector().start();
  });
  after(async () => {
    await connector.stop();
    db.cleanup();
  });

  it('keeps a dialog in progress across a restart', async () => {
    const admin = { serviceUrl: connector.url, user: demoUser('admin'), place: 'channel' as const };
    const first = await spawnHusly({ DATABASE_URL: db.url });
    await postActivity(first.url, message(admin, 'koble kanal'));
    assert.match(connector.texts().at(-1) ?? '', /Hvilken enhet skal nås i denne kanalen\?/);
    first.process.kill('SIGTERM');
    assert.equal(await first.exited, 0);

    const second = await spawnHusly({ DATABASE_URL: db.url });
    try {
      // The answer comes as a new post in the channel, after the restart.
      await postActivity(second.url, message(admin, 'rop'));
      assert.equal(
        connector.texts().at(-1),
        'Kanalen er nå koblet til Psykisk helse og rus. Varsler til enheten kommer hit. ' +
          'Enheten har ingen åpne saker uten saksansvarlig.',
      );
      const check = await openDatabase(db.url);
      const unit = await check.prisma.unit.findUnique({ where: { key: 'rop' } });
      await check.close();
      assert.equal(unit?.channelConversationId, CHANNEL_ID);
    } finally {
      second.process.kill('SIGTERM');
      await second.exited;
    }
  });

  it('finishes a turn in flight on SIGTERM, then stops accepting and exits 0', async () => {
    const husly = await spawnHusly({ DATABASE_URL: db.url });
    const user = demoUser('saksbehandler');
    connector.reset();
    // the reply is slow, so the turn is still running when the signal comes
    connector.delayMs = 1500;
    try {
      const inFlight = postActivity(
        husly.url,
        message({ serviceUrl: connector.url, user }, 'hjelp'),
      );
      // Signal only once the reply has reached the connector (held there by delayMs): the turn
      // is then certainly in flight. A fixed wait raced the request itself on a busy machine.
      const until = Date.now() + 15_000;
      while (connector.calls.length === 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(connector.calls.length > 0, 'the turn reached the connector');
      husly.process.kill('SIGTERM');
      const res = await inFlight;
      assert.equal(res.status, 200);
      assert.equal(
        connector.cards(personalConversationId(user)).length,
        1,
        'the reply was delivered',
      );
      assert.equal(await husly.exited, 0);
      await assert.rejects(fetch(`${husly.url}/healthz`), 'no longer accepting connections');
      assert.match(husly.output.join(''), /"event":"stopped"/);
    } finally {
      connector.delayMs = 0;
      husly.process.kill('SIGKILL');
    }
  });
});

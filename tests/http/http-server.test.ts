import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/log.ts';
import { createHttpServer, type HttpServer } from '../../src/server/http-server.ts';

/** The HTTP layer alone, with the bot and database replaced by stand-ins. */
describe('http-server', () => {
  let server: HttpServer;
  let url: string;
  let dbUp = true;
  let seen: unknown[] = [];

  before(async () => {
    server = createHttpServer({
      onActivity: async (body) => {
        seen.push(body);
        return { status: 200 };
      },
      dbReady: async () => dbUp,
      logger: createLogger('silent'),
    });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  after(() => server.close());

  it('answers /healthz with 503 when the database does not answer', async () => {
    dbUp = false;
    const res = await fetch(`${url}/healthz`);
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { status: 'error', db: 'unavailable' });
    dbUp = true;
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
  });

  it('passes a body of exactly 256 KB through and refuses one byte more', async () => {
    seen = [];
    const exact = (n: number) => JSON.stringify({ type: 'message', text: 'x'.repeat(n) });
    const overhead = exact(0).length;
    const post = (body: string) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    assert.equal((await post(exact(256 * 1024 - overhead))).status, 200);
    assert.equal((await post(exact(256 * 1024 - overhead + 1))).status, 413);
    assert.equal(seen.length, 1);
  });

  it('says "starting" until ready, and holds an activity until then, not refused', async () => {
    let becomeReady = () => {};
    const received: unknown[] = [];
    const starting = createHttpServer({
      onActivity: async (body) => {
        received.push(body);
        return { status: 200 };
      },
      dbReady: async () => true,
      ready: new Promise<void>((resolve) => (becomeReady = resolve)),
      background: () => ({ reminders: 'planning' }),
      logger: createLogger('silent'),
    });
    const base = `http://127.0.0.1:${await starting.listen(0, '127.0.0.1')}`;
    try {
      const health = await fetch(`${base}/healthz`);
      assert.equal(health.status, 503);
      assert.deepEqual(await health.json(), {
        status: 'starting',
        db: 'ok',
        reminders: 'planning',
      });
      const turn = fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hjelp' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(received.length, 0, 'the turn waits while starting');
      becomeReady();
      assert.equal((await turn).status, 200);
      assert.equal(received.length, 1, 'and is then handled, not lost');
      const ok = await fetch(`${base}/healthz`);
      assert.equal(ok.status, 200);
      assert.deepEqual(await ok.json(), { status: 'ok', db: 'ok', reminders: 'planning' });
    } finally {
      await starting.close();
    }
  });
});

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
});

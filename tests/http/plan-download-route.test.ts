import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/log.ts';
import { createHttpServer, type HttpServer } from '../../src/server/http-server.ts';

/**
 * GET /api/plans/<token> in the HTTP layer alone: the token reaches the handler whole, its
 * answer goes out as it is, and the log line holds the status and time, never the token.
 */
describe('http-server: /api/plans', () => {
  let server: HttpServer;
  let url: string;
  const logs: string[] = [];
  const tokens: { plan: string[]; report: string[] } = { plan: [], report: [] };
  const PDF = Buffer.from('%PDF-1.3\n% a stand-in\n', 'latin1');
  // Longer than restify's 100-character limit on a path parameter, as real tokens are.
  const TOKEN = `${'eyJ2IjoxLCJzIjoic3RhZmYtMSJ9'.repeat(6)}.${'A'.repeat(43)}`;

  before(async () => {
    server = createHttpServer({
      onActivity: async () => ({ status: 200 }),
      dbReady: async () => true,
      onPlanDownload: async (token) => {
        tokens.plan.push(token);
        if (token === 'boom') throw new TypeError('renderer broke');
        const headers: Record<string, string> = { 'cache-control': 'no-store' };
        if (token !== TOKEN) return { status: 403, headers, body: 'Nei.' };
        headers['content-type'] = 'application/pdf';
        headers['content-disposition'] = 'attachment; filename="malplan-2026-0004.pdf"';
        return { status: 200, headers, body: PDF };
      },
      onReportDownload: async (token) => {
        tokens.report.push(token);
        return { status: 410, headers: {}, body: 'Utløpt.' };
      },
      logger: createLogger('info', { write: (line: string) => void logs.push(line) }),
    });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  after(() => server.close());

  const logged = (event: string) =>
    logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['event'] === event);

  it('hands the whole token to the plan handler and sends its PDF as it is', async () => {
    const res = await fetch(`${url}/api/plans/${TOKEN}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(
      res.headers.get('content-disposition'),
      'attachment; filename="malplan-2026-0004.pdf"',
    );
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(PDF));
    assert.equal(tokens.plan.at(-1), TOKEN);
    assert.ok(!tokens.report.includes(TOKEN), 'not the report handler');
  });

  it('passes a refusal through, and keeps the report route apart', async () => {
    const refused = await fetch(`${url}/api/plans/forged`);
    assert.equal(refused.status, 403);
    assert.equal(await refused.text(), 'Nei.');
    const report = await fetch(`${url}/api/reports/${TOKEN}`);
    assert.equal(report.status, 410);
    assert.equal(tokens.report.at(-1), TOKEN);
  });

  it('answers 500 when the handler throws, logging the error name only', async () => {
    const res = await fetch(`${url}/api/plans/boom`);
    assert.equal(res.status, 500);
    assert.deepEqual(await res.json(), { error: 'internal_error' });
    const [error] = logged('plan.download.error');
    assert.equal(error?.['code'], 'TypeError');
  });

  it('logs each download as plan.download with status and time, never the token', async () => {
    const lines = logged('plan.download');
    assert.deepEqual(
      lines.map((l) => l['status']),
      [200, 403, 500],
    );
    for (const line of lines) {
      assert.equal(typeof line['ms'], 'number');
      assert.deepEqual(Object.keys(line).sort(), ['app', 'event', 'level', 'ms', 'status', 'time']);
    }
    assert.deepEqual(
      logged('report.download').map((l) => l['status']),
      [410],
    );
    const all = logs.join('\n');
    for (const secret of [TOKEN, 'forged', 'boom', 'renderer broke'])
      assert.ok(!all.includes(secret), secret);
  });
});

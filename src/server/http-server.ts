import { randomUUID } from 'node:crypto';
import restify from 'restify';
import { safe, type Logger } from '../log.ts';
import { readJsonBody } from './read-json-body.ts';

const BODY_LIMIT_BYTES = 256 * 1024;

/** Answers a signed download link (report, plan) with a status, headers and the file. */
type DownloadHandler = (token: string) => Promise<{
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Buffer | string;
}>;

export interface HttpServerDeps {
  /** Handles one parsed Bot Framework activity; returns the HTTP status and body to answer with. */
  readonly onActivity: (
    body: unknown,
    authorization: string,
  ) => Promise<{ status: number; body?: unknown }>;
  readonly dbReady: () => Promise<boolean>;
  /**
   * Settles when Husly can answer turns (composition done, intent model trained). Until then
   * /healthz says "starting" (503), and activities that arrive wait for it instead of being
   * refused. Omitted: ready at once.
   */
  readonly ready?: Promise<void>;
  /** Work still running in the background (e.g. reminders being planned), shown by /healthz. */
  readonly background?: () => Readonly<Record<string, string>>;
  /**
   * Opens a report download link (GET /api/reports/<token>): the token is checked there, not here.
   */
  readonly onReportDownload?: DownloadHandler;
  /**
   * Opens a målplan's PDF link (GET /api/plans/<token>): the token is checked there, not here.
   */
  readonly onPlanDownload?: DownloadHandler;
  readonly logger: Logger;
}

export interface HttpServer {
  /**
   * `host` has no default: whether Husly is reachable from the network is the config's decision.
   */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, then waits (up to `graceMs`) for requests in flight. */
  close(graceMs?: number): Promise<void>;
}

const KEEP_ALIVE_MS = 75_000;

/** restify lives here and in the composition root only. */
export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const server = restify.createServer({ name: 'husly', handleUncaughtExceptions: false });
  // Keep idle connections longer than a reverse proxy (or a client under load) would, so a reused
  // socket is never closed by Husly at the moment the next request is written on it.
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const { logger } = deps;
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | null = null;
  let ready = deps.ready === undefined;
  void deps.ready?.then(() => (ready = true));

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const started = Date.now();
    const requestId = randomUUID();
    inFlight++;
    try {
      const body = await readJsonBody(req, BODY_LIMIT_BYTES);
      if (!body.ok) {
        res.header('connection', 'close');
        res.send(body.status, { error: body.error });
        return;
      }
      if (!ready) await deps.ready;
      const result = await deps.onActivity(body.body, String(req.headers.authorization ?? ''));
      res.send(result.status, result.body ?? '');
    } catch (error) {
      logger.error({ event: 'http.error', requestId, code: safe((error as Error).name) });
      if (!res.headersSent) res.send(500, { error: 'internal_error' });
    } finally {
      inFlight--;
      logger.debug({
        event: 'http.request',
        requestId,
        path: '/api/messages',
        status: res.statusCode,
        ms: Date.now() - started,
      });
      if (inFlight === 0) drained?.();
    }
  });

  /**
   * GET <path>/<token> answered by `handler`. A wildcard, not `:token`: restify's router refuses a
   * path parameter over 100 characters. Logged with the status and time only, never the token
   * (a bearer link for 15 minutes).
   */
  const downloads = (
    path: string,
    events: { readonly done: string; readonly failed: string },
    handler: DownloadHandler | undefined,
  ) => {
    if (!handler) return;
    server.get(`${path}/*`, async (req: restify.Request, res: restify.Response) => {
      const started = Date.now();
      inFlight++;
      try {
        const params: unknown = req.params;
        const token =
          params && typeof params === 'object' ? (params as Record<string, unknown>)['*'] : '';
        const answer = await handler(typeof token === 'string' ? token : '');
        res.writeHead(answer.status, { ...answer.headers });
        res.end(answer.body);
      } catch (error) {
        logger.error({ event: events.failed, code: safe((error as Error).name) });
        if (!res.headersSent) res.send(500, { error: 'internal_error' });
      } finally {
        inFlight--;
        logger.info({ event: events.done, status: res.statusCode, ms: Date.now() - started });
        if (inFlight === 0) drained?.();
      }
    });
  };
  downloads(
    '/api/reports',
    { done: 'report.download', failed: 'report.download.error' },
    deps.onReportDownload,
  );
  downloads(
    '/api/plans',
    { done: 'plan.download', failed: 'plan.download.error' },
    deps.onPlanDownload,
  );

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    const db = await deps.dbReady();
    const healthy = db && ready && !closing;
    const status = healthy ? 'ok' : closing ? 'shutting_down' : !db ? 'error' : 'starting';
    res.send(healthy ? 200 : 503, {
      status,
      db: db ? 'ok' : 'unavailable',
      ...deps.background?.(),
    });
  });

  return {
    listen(port, host) {
      return new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address().port));
      });
    },
    async close(graceMs = 15_000) {
      closing = true;
      const stopped = new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.server.closeIdleConnections();
      await Promise.race([
        stopped,
        new Promise<void>((resolve) => setTimeout(resolve, 1000).unref()),
      ]);
    },
  };
}

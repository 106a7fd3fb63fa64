import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector API. */
export interface ConnectorCall {
  readonly method: string;
  readonly conversationId: string;
  /** The activity replied to or updated, if the route names one. */
  readonly activityId: string | null;
  readonly body: Record<string, unknown>;
  readonly authorization: string | undefined;
  /** What the fake answered (200 unless `answer` said otherwise). */
  status: number;
}

/** A scripted answer in place of the normal 200 (throttling, failures). */
export interface ConnectorAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A stand-in for the Bot Connector service (serviceUrl). Records the bot's
 * POST /v3/conversations/:id/activities[/:activityId] and PUT …/activities/:activityId calls
 * and answers like the real one, with a new activity id.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** Delay before answering, to keep a turn in flight (shutdown tests), or as Teams' latency. */
  delayMs = 0;
  /** Each answer waits delayMs × (1 ± this), uniformly: 0.3 for Teams' spread (bench:fanout). */
  delayJitter = 0;
  /** Decides a call's answer; null (or no hook) means the normal 200 with a new activity id. */
  answer: ((call: ConnectorCall) => ConnectorAnswer | null) | null = null;
  private server: Server | null = null;
  private counter = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(
          req.url ?? '',
        );
        const [, conversation, activity] = match ?? [];
        // No chaining on res: restify (in the same test process) patches writeHead process-wide.
        if (conversation === undefined) {
          res.statusCode = 404;
          res.end();
          return;
        }
        const text = Buffer.concat(chunks).toString('utf8');
        const call: ConnectorCall = {
          method: req.method ?? '',
          conversationId: decodeURIComponent(conversation),
          activityId: activity ? decodeURIComponent(activity) : null,
          body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          authorization: req.headers.authorization,
          status: 200,
        };
        this.calls.push(call);
        const scripted = this.answer?.(call) ?? null;
        const delay = this.delayMs * (1 + this.delayJitter * (2 * Math.random() - 1));
        if (scripted) {
          call.status = scripted.status;
          res.statusCode = scripted.status;
          for (const [name, value] of Object.entries(scripted.headers ?? {}))
            res.setHeader(name, value);
          res.setHeader('content-type', 'application/json');
          // A refusal takes as long as an answer: Teams says 429 no faster than 200.
          setTimeout(
            () =>
              res.end(
                JSON.stringify({
                  error: {
                    code: scripted.status === 429 ? 'Throttled' : 'Failed',
                    message: 'scripted',
                  },
                }),
              ),
            delay,
          );
          return;
        }
        const id =
          req.method === 'PUT' && activity
            ? decodeURIComponent(activity)
            : `activity-${++this.counter}`;
        setTimeout(() => {
          res.statusCode = 200;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ id }));
        }, delay);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Messages delivered (not updates, not refused), optionally to one conversation. */
  sent(conversationId?: string): Record<string, unknown>[] {
    return this.calls
      .filter(
        (c) =>
          c.method === 'POST' &&
          c.status < 300 &&
          (!conversationId || c.conversationId === conversationId),
      )
      .map((c) => c.body);
  }

  texts(conversationId?: string): string[] {
    return this.sent(conversationId).map((a) => (typeof a.text === 'string' ? a.text : ''));
  }

  cards(conversationId?: string): Record<string, unknown>[] {
    return this.sent(conversationId).flatMap((a) =>
      (
        (a.attachments as
          { contentType: string; content: Record<string, unknown> }[] | undefined) ?? []
      )
        .filter((att) => att.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((att) => att.content),
    );
  }

  reset(): void {
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

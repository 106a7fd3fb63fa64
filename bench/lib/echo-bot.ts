/**
 * bench/lib/echo-bot — the floor bench/turn-latency.ts measures Husly against: a bare botbuilder
 * echo bot on the same packages and versions as Husly (restify, botbuilder's CloudAdapter), shaped
 * like Microsoft's echo sample. POST /api/messages answers a message with its own text
 * (`context.sendActivity`, awaited, so the HTTP 200 comes after the send); any other activity gets
 * a 200 and nothing else. GET /healthz answers 200. No app id: local mode, no token checks, as
 * src/bot/adapter.ts runs without credentials. Idle connections are kept as long as Husly keeps
 * them (src/server/http-server.ts), so both servers see the same HTTP behaviour.
 *
 *   PORT=3978 node --import tsx bench/lib/echo-bot.ts
 */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
} from 'botbuilder';
import restify from 'restify';

const KEEP_ALIVE_MS = 75_000;

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      await context.sendActivity(MessageFactory.text(text, text));
      await next();
    });
  }
}

const settings = {};
const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication(
    settings,
    new ConfigurationServiceClientCredentialFactory(settings),
  ),
);
adapter.onTurnError = async (_context, error) => {
  console.error(`echo-bot: turn error: ${error.name}`);
};
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.server.keepAliveTimeout = KEEP_ALIVE_MS;
server.server.headersTimeout = KEEP_ALIVE_MS + 1_000;
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
  res.send(200, { status: 'ok' });
});

const port = Number(process.env.PORT ?? 3978);
server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ event: 'started', port: server.address().port }));
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

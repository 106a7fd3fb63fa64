import { after, before } from 'node:test';
import { FakeConnector } from './fake-connector.ts';
import { startTestServer, type TestServer } from './husly-server.ts';
import { demoUser, installationUpdate } from './teams-activities.ts';

/**
 * The real server on the demo municipality for one `describe`, with a fake Bot Connector, the
 * given personas' personal chats installed, and the start-up follow-up plan made. Read
 * `demo.server` and `demo.connector` inside tests (they exist once `before` has run).
 */
export function demoServer(
  options: { env?: Record<string, string>; personas?: readonly string[] } = {},
) {
  const demo = {
    connector: null as unknown as FakeConnector,
    server: null as unknown as TestServer,
  };
  before(async () => {
    demo.connector = await new FakeConnector().start();
    demo.server = await startTestServer(options.env ?? {});
    for (const p of options.personas ?? [])
      await demo.server.post(
        installationUpdate({ serviceUrl: demo.connector.url, user: demoUser(p) }, 'add'),
      );
    const { prisma } = await demo.server.db();
    for (let i = 0; i < 100 && (await prisma.reminderOutbox.count()) === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    demo.connector.reset();
  });
  after(async () => {
    await demo.server?.stop();
    await demo.connector?.stop();
  });
  return demo;
}

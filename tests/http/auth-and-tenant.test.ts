import assert from 'node:assert/strict';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEMO_TENANT_ID } from '../../src/demo/demo-municipality.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import { demoUser, installationUpdate, message } from '../helpers/teams-activities.ts';
import { only } from '../helpers/assert-present.ts';

const APP_ID = '7e9c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2c';
const OTHER_TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

/** A JWT in the Bot Framework's shape, signed with a key Microsoft never published. */
function forgedToken(serviceUrl: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' })}.${part({
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 3600,
  })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey);
  return `${unsigned}.${signature.toString('base64url')}`;
}

describe('with MicrosoftAppId configured, only Bot Framework-signed requests are processed', () => {
  let connector: FakeConnector;
  let server: TestServer;

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-in-this-test',
      MicrosoftAppTenantId: DEMO_TENANT_ID,
      // An app id means production rules: tenant list, a random id secret and explicit retention.
      HUSLY_ALLOWED_TENANTS: DEMO_TENANT_ID,
      HUSLY_ID_SECRET: 'Vq3+8rLkT0wZbN5yHc1uJx7dPfS2gMe9aK4oYi6nRtW/Ul0sBhXv3QzCpG8jDmFE',
      HUSLY_RETENTION_CLOSED_CASE_DAYS: '730',
      HUSLY_RETENTION_AUDIT_DAYS: '1825',
    });
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it('answers 401 to a request without a token and stores nothing', async () => {
    const before = await server.rowCounts();
    const res = await server.post(
      installationUpdate({ serviceUrl: connector.url, user: demoUser('saksbehandler') }, 'add'),
    );
    assert.equal(res.status, 401);
    assert.deepEqual(await server.rowCounts(), before);
    assert.equal(connector.calls.length, 0);
  });

  it('answers 401 to a malformed token', async () => {
    const res = await server.post(
      message({ serviceUrl: connector.url, user: demoUser('saksbehandler') }, 'hjelp'),
      {
        authorization: 'Bearer not.a.token',
      },
    );
    assert.equal(res.status, 401);
    assert.equal(connector.calls.length, 0);
  });

  it(
    'does not process a forged token; without the signing keys it answers ' +
      '503 and leaks no internals',
    async () => {
      const before = await server.rowCounts();
      const res = await server.post(
        message({ serviceUrl: connector.url, user: demoUser('saksbehandler') }, 'hjelp'),
        {
          authorization: `Bearer ${forgedToken(connector.url)}`,
        },
      );
      // This machine cannot reach login.botframework.com, so the key set is unavailable:
      // the request is refused as "cannot authenticate now", never processed.
      assert.ok(res.status === 401 || res.status === 503, `status ${res.status}`);
      assert.doesNotMatch(res.body, /botframework\.com|ENOTFOUND|at /);
      assert.deepEqual(await server.rowCounts(), before);
      assert.equal(connector.calls.length, 0);
    },
  );
});

describe('with HUSLY_ALLOWED_TENANTS set, other tenants are refused and audited', () => {
  let connector: FakeConnector;
  let server: TestServer;

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer({ HUSLY_ALLOWED_TENANTS: DEMO_TENANT_ID.toUpperCase() });
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  it('serves the allowed tenant (compared case-insensitively)', async () => {
    await server.post(
      message({ serviceUrl: connector.url, user: demoUser('saksbehandler') }, 'hjelp'),
    );
    assert.equal(connector.cards().length, 1);
  });

  it('refuses another tenant: no reply, no conversation stored, one audit event', async () => {
    connector.reset();
    const { prisma } = await server.db();
    const refsBefore = await prisma.conversationRef.count();
    const res = await server.post(
      message(
        { serviceUrl: connector.url, user: demoUser('saksbehandler'), tenantId: OTHER_TENANT },
        'hjelp',
      ),
    );
    assert.equal(res.status, 200, 'answered, so the channel does not retry');
    assert.equal(connector.calls.length, 0);
    assert.equal(await prisma.conversationRef.count(), refsBefore);
    const audit = await prisma.auditEvent.findMany({ where: { action: 'tenant.refused' } });
    const event = only(audit, 'tenant.refused audit event');
    assert.equal(event.tenantId, OTHER_TENANT);
    assert.equal(event.outcome, 'denied');
  });
});

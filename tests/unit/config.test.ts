import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config.ts';

const APP_ID = '7e9c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2c';
const TENANT = '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f';
const problemsOf = (env: Record<string, string>) => {
  const result = parseConfig(env);
  return result.ok ? [] : result.problems;
};

describe('parseConfig', () => {
  it('starts a developer with no settings at all', () => {
    const result = parseConfig({});
    assert.ok(result.ok);
    assert.equal(result.config.port, 3978);
    assert.equal(result.config.databaseUrl, 'file:./data/husly.db');
    assert.equal(result.config.mode, 'development');
    assert.equal(result.config.timeZone, 'Europe/Oslo');
    assert.deepEqual(result.config.allowedTenants, []);
    assert.equal(result.config.bot.appId, '');
    assert.ok(result.config.idSecret.length >= 32);
  });

  it('treats empty values as unset (as .env files often have them)', () => {
    const result = parseConfig({ PORT: '', MicrosoftAppId: '  ', HUSLY_MODE: '' });
    assert.ok(result.ok);
    assert.equal(result.config.port, 3978);
    assert.equal(result.config.bot.appId, '');
  });

  it('lists every problem at once, naming the variable', () => {
    const problems = problemsOf({ PORT: 'abc', HUSLY_MODE: 'prod', LOG_LEVEL: 'loud', HUSLY_TIMEZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x' });
    for (const name of ['PORT', 'HUSLY_MODE', 'LOG_LEVEL', 'HUSLY_TIMEZONE', 'DATABASE_URL'])
      assert.ok(problems.some((p) => p.startsWith(`${name}:`)), `${name} not reported in ${problems.join(' | ')}`);
  });

  it('requires the app registration, tenants and a real id secret in production', () => {
    const problems = problemsOf({ HUSLY_MODE: 'production' });
    assert.ok(problems.some((p) => p.startsWith('MicrosoftAppId:')));
    assert.ok(problems.some((p) => p.startsWith('HUSLY_ALLOWED_TENANTS:')));
    assert.ok(problems.some((p) => p.startsWith('HUSLY_ID_SECRET:')));
    assert.ok(problemsOf({ HUSLY_MODE: 'production', HUSLY_ID_SECRET: 'short' }).some((p) => p.startsWith('HUSLY_ID_SECRET:')));
  });

  it('accepts a complete production configuration', () => {
    const result = parseConfig({
      HUSLY_MODE: 'production',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
      HUSLY_ALLOWED_TENANTS: `${TENANT.toUpperCase()}, `,
      HUSLY_ID_SECRET: 'a-long-random-secret-of-at-least-32-characters',
    });
    assert.ok(result.ok, result.ok ? '' : result.problems.join('; '));
    assert.deepEqual(result.config.allowedTenants, [TENANT]);
  });

  it('needs a password and tenant with an app id, except as noted per app type', () => {
    assert.ok(problemsOf({ MicrosoftAppId: APP_ID }).some((p) => p.startsWith('MicrosoftAppPassword:')));
    assert.ok(problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).some((p) => p.startsWith('MicrosoftAppTenantId:')));
    assert.deepEqual(problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' }), []);
    assert.ok(problemsOf({ MicrosoftAppId: 'not-a-guid' }).some((p) => p.startsWith('MicrosoftAppId:')));
    assert.ok(problemsOf({ HUSLY_ALLOWED_TENANTS: 'contoso' }).some((p) => p.startsWith('HUSLY_ALLOWED_TENANTS:')));
  });
});

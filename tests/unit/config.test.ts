import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/domain/reminder/checkpoints.ts';
import { evictionFollowUp } from '../../src/domain/reminder/follow-up-plan.ts';

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

describe('HUSLY_REMINDER_SETTINGS: the municipality\u2019s reminder practice', () => {
  const withFile = (content: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'husly-settings-'));
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, content);
    return parseConfig({ HUSLY_REMINDER_SETTINGS: file });
  };

  it('uses the domain brief\u2019s defaults without a file, and the example file says the same', () => {
    const none = parseConfig({});
    assert.ok(none.ok);
    assert.deepEqual(none.config.reminderSettings, DEFAULT_REMINDER_SETTINGS);
    const example = parseConfig({ HUSLY_REMINDER_SETTINGS: 'examples/reminder-settings.json' });
    assert.ok(example.ok);
    const planned = (s: typeof DEFAULT_REMINDER_SETTINGS) => planFor(s).map((r) => `${r.kind}@${r.dueDate}`);
    assert.deepEqual(planned(example.config.reminderSettings), planned(DEFAULT_REMINDER_SETTINGS), 'the example spells out the defaults');
  });

  it('changes practice offsets and quiet hours; the plan follows', () => {
    const result = withFile(JSON.stringify({ practiceOffsets: { D3: 5 }, quietHours: { start: '08:00', end: '15:30' } }));
    assert.ok(result.ok);
    assert.deepEqual(result.config.reminderSettings.quietHours, { start: '08:00', end: '15:30' });
    const d3 = (settings: typeof DEFAULT_REMINDER_SETTINGS) => planFor(settings).find((r) => r.kind === 'D3')?.dueDate;
    assert.equal(d3(DEFAULT_REMINDER_SETTINGS), '2026-10-02', 'D + 3 is Sunday 4 October: moved back to Friday');
    assert.equal(d3(result.config.reminderSettings), '2026-10-06', 'D + 5');
  });

  it('refuses legal deadlines, unknown checkpoints, bad times and a missing file, every problem at once', () => {
    const result = withFile(JSON.stringify({ practiceOffsets: { V14: 10, X9: 1, D7: 2.5 }, quietHours: { start: '16:00', end: '08:00' }, extra: 1 }));
    assert.ok(!result.ok);
    const text = result.problems.join('\n');
    assert.match(text, /practiceOffsets\.V14: er en lovfestet frist og kan ikke endres/);
    assert.match(text, /practiceOffsets\.X9: er et ukjent kontrollpunkt/);
    assert.match(text, /D7: må være et helt antall dager/);
    assert.match(text, /quietHours: start må være før slutt/);
    assert.match(text, /ukjent innstilling: extra/);
    assert.deepEqual(withFile('{ not json').ok ? [] : (withFile('{ not json') as { problems: string[] }).problems.map((p) => p.replace(/\(.*?\)/, '()')), ['HUSLY_REMINDER_SETTINGS (): er ikke gyldig JSON']);
    assert.ok(!parseConfig({ HUSLY_REMINDER_SETTINGS: '/no/such/file.json' }).ok);
  });
});

describe('HUSLY_CLOCK_OFFSET_DAYS', () => {
  it('moves the clock in development only', async () => {
    const dev = parseConfig({ HUSLY_CLOCK_OFFSET_DAYS: '10' });
    assert.ok(dev.ok);
    assert.equal(dev.config.clockOffsetDays, 10);
    const { shiftedClock } = await import('../../src/domain/common/clock.ts');
    const base = { now: () => new Date('2026-11-23T10:00:00Z') };
    assert.equal(shiftedClock(10, base).now().toISOString(), '2026-12-03T10:00:00.000Z');
    const prod = parseConfig({ HUSLY_MODE: 'production', HUSLY_CLOCK_OFFSET_DAYS: '10', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT, HUSLY_ALLOWED_TENANTS: TENANT, HUSLY_ID_SECRET: 'x'.repeat(40) });
    assert.ok(!prod.ok);
    assert.deepEqual(prod.problems, ['HUSLY_CLOCK_OFFSET_DAYS: kan bare brukes i utvikling (demo), ikke i produksjon']);
  });
});

function planFor(settings: typeof DEFAULT_REMINDER_SETTINGS) {
  const timeline = { firstMissedRentDate: '2026-10-01', noticeDate: '2026-10-10', noticeReceivedDate: '2026-10-12', namsmannNoticeDate: '2026-11-02', evictionDate: '2026-12-01', evictionHappened: false };
  return evictionFollowUp({ caseId: 'c', timeline, arrearsPaid: false, closed: false }, settings, '2026-09-01', 'Europe/Oslo');
}

describe('.env.example', () => {
  it('describes every variable Husly reads', () => {
    const source = readFileSync('src/config.ts', 'utf8');
    const read = [...source.matchAll(/^ {2}([A-Za-z_]+): (?:z\.|optionalText)/gm), ...source.matchAll(/env\.([A-Z_]+)/g)].map((m) => m[1]);
    const example = readFileSync('.env.example', 'utf8');
    assert.ok(read.length >= 15, `found ${read.length} variables`);
    for (const name of new Set(read)) assert.match(example, new RegExp(`^#? ?${name}=`, 'm'), `${name} is not in .env.example`);
  });
});

import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig, secretWeakness, type Config } from '../../src/config.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/domain/reminder/checkpoints.ts';
import { DEFAULT_PLAN_SETTINGS } from '../../src/domain/goal-plan/plan-settings.ts';
import { evictionFollowUp } from '../../src/domain/reminder/follow-up-plan.ts';
import { present } from '../helpers/assert-present.ts';

const APP_ID = '7e9c1b2a-3d4e-4f5a-8b6c-7d8e9f0a1b2c';
const TENANT = '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f';
/** Output of `openssl rand -base64 48`, made for these tests only. */
const STRONG_SECRET = 'J9hRIweeupC0+DyelKKRh2fzzVWvTyNoPAZwSMW7vburkoZwDSGBI2v/4P7rN3Xo';
/** Everything production needs besides the bot registration itself. */
const PRODUCTION_EXTRAS = {
  HUSLY_ALLOWED_TENANTS: TENANT,
  HUSLY_ID_SECRET: STRONG_SECRET,
  HUSLY_RETENTION_CLOSED_CASE_DAYS: '1095',
  HUSLY_RETENTION_AUDIT_DAYS: '1825',
};
/** A complete bot registration, without HUSLY_MODE. */
const APP = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT };
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
    const problems = problemsOf({
      PORT: 'abc',
      HUSLY_MODE: 'prod',
      LOG_LEVEL: 'loud',
      HUSLY_TIMEZONE: 'Mars/Olympus',
      DATABASE_URL: 'mysql://x',
    });
    for (const name of ['PORT', 'HUSLY_MODE', 'LOG_LEVEL', 'HUSLY_TIMEZONE', 'DATABASE_URL'])
      assert.ok(
        problems.some((p) => p.startsWith(`${name}:`)),
        `${name} not reported in ${problems.join(' | ')}`,
      );
  });

  it('requires the app registration, tenants and a real id secret in production', () => {
    const problems = problemsOf({ HUSLY_MODE: 'production' });
    assert.ok(problems.some((p) => p.startsWith('MicrosoftAppId:')));
    assert.ok(problems.some((p) => p.startsWith('HUSLY_ALLOWED_TENANTS:')));
    assert.ok(problems.some((p) => p.startsWith('HUSLY_ID_SECRET:')));
    assert.ok(
      problemsOf({ HUSLY_MODE: 'production', HUSLY_ID_SECRET: 'short' }).some((p) =>
        p.startsWith('HUSLY_ID_SECRET:'),
      ),
    );
  });

  it('accepts a complete production configuration', () => {
    const result = parseConfig({
      HUSLY_MODE: 'production',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
      HUSLY_ALLOWED_TENANTS: `${TENANT.toUpperCase()}, `,
      HUSLY_ID_SECRET: STRONG_SECRET,
      HUSLY_RETENTION_CLOSED_CASE_DAYS: '1095',
      HUSLY_RETENTION_AUDIT_DAYS: '3650',
    });
    assert.ok(result.ok, result.ok ? '' : result.problems.join('; '));
    assert.deepEqual(result.config.allowedTenants, [TENANT]);
    assert.equal(result.config.mode, 'production');
    assert.equal(result.config.idSecret, STRONG_SECRET);
    assert.deepEqual(result.config.retention, { closedCaseDays: 1095, auditDays: 3650 });
  });

  it('needs a password and tenant with an app id, except as noted per app type', () => {
    assert.ok(
      problemsOf({ MicrosoftAppId: APP_ID }).some((p) => p.startsWith('MicrosoftAppPassword:')),
    );
    assert.ok(
      problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).some((p) =>
        p.startsWith('MicrosoftAppTenantId:'),
      ),
    );
    assert.deepEqual(
      problemsOf({
        ...PRODUCTION_EXTRAS,
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'x',
        MicrosoftAppType: 'MultiTenant',
      }),
      [],
    );
    assert.ok(
      problemsOf({ MicrosoftAppId: 'not-a-guid' }).some((p) => p.startsWith('MicrosoftAppId:')),
    );
    assert.ok(
      problemsOf({ HUSLY_ALLOWED_TENANTS: 'contoso' }).some((p) =>
        p.startsWith('HUSLY_ALLOWED_TENANTS:'),
      ),
    );
  });
});

describe('HUSLY_REMINDER_SETTINGS: the municipality\u2019s reminder practice', () => {
  const withFile = (content: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'husly-settings-'));
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, content);
    return parseConfig({ HUSLY_REMINDER_SETTINGS: file });
  };

  it('uses the domain brief\u2019s defaults without a file; the example file says the same', () => {
    const none = parseConfig({});
    assert.ok(none.ok);
    assert.deepEqual(none.config.reminderSettings, DEFAULT_REMINDER_SETTINGS);
    const example = parseConfig({ HUSLY_REMINDER_SETTINGS: 'examples/reminder-settings.json' });
    assert.ok(example.ok);
    const planned = (s: typeof DEFAULT_REMINDER_SETTINGS) =>
      planFor(s).map((r) => `${r.kind}@${r.dueDate}`);
    assert.deepEqual(
      planned(example.config.reminderSettings),
      planned(DEFAULT_REMINDER_SETTINGS),
      'the example spells out the defaults',
    );
  });

  it('changes practice offsets and quiet hours; the plan follows', () => {
    const result = withFile(
      JSON.stringify({ practiceOffsets: { D3: 5 }, quietHours: { start: '08:00', end: '15:30' } }),
    );
    assert.ok(result.ok);
    assert.deepEqual(result.config.reminderSettings.quietHours, { start: '08:00', end: '15:30' });
    const d3 = (settings: typeof DEFAULT_REMINDER_SETTINGS) =>
      planFor(settings).find((r) => r.kind === 'D3')?.dueDate;
    assert.equal(
      d3(DEFAULT_REMINDER_SETTINGS),
      '2026-10-02',
      'D + 3 is Sunday 4 October: moved back to Friday',
    );
    assert.equal(d3(result.config.reminderSettings), '2026-10-06', 'D + 5');
  });

  it('refuses legal deadlines, unknown checkpoints, bad times, a missing file: all at once', () => {
    const result = withFile(
      JSON.stringify({
        practiceOffsets: { R0: 10, X9: 1, D7: 2.5 },
        quietHours: { start: '16:00', end: '08:00' },
        extra: 1,
      }),
    );
    assert.ok(!result.ok);
    const text = result.problems.join('\n');
    assert.match(text, /practiceOffsets\.R0: er en lovfestet frist og kan ikke endres/);
    assert.match(text, /practiceOffsets\.X9: er et ukjent kontrollpunkt/);
    assert.match(text, /D7: må være et helt tall/);
    assert.match(text, /quietHours: start må være før slutt/);
    assert.match(text, /ukjent innstilling: extra/);
    assert.deepEqual(
      withFile('{ not json').ok
        ? []
        : (withFile('{ not json') as { problems: string[] }).problems.map((p) =>
            p.replace(/\(.*?\)/, '()'),
          ),
      ['HUSLY_REMINDER_SETTINGS (): er ikke gyldig JSON'],
    );
    assert.ok(!parseConfig({ HUSLY_REMINDER_SETTINGS: '/no/such/file.json' }).ok);
  });
});

describe('HUSLY_PLAN_SETTINGS: the municipality\u2019s own målplan measure types', () => {
  const fileWith = (content: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'husly-plan-settings-'));
    const file = path.join(dir, 'plan-settings.json');
    writeFileSync(file, content);
    return file;
  };

  it('has no extra measure types without a file (unset, empty or blank)', () => {
    for (const env of [{}, { HUSLY_PLAN_SETTINGS: '' }, { HUSLY_PLAN_SETTINGS: '  ' }]) {
      const result = parseConfig(env);
      assert.ok(result.ok, result.ok ? '' : result.problems.join('; '));
      assert.deepEqual(result.config.planSettings, DEFAULT_PLAN_SETTINGS);
    }
  });

  it('reads a good file, and the example file', () => {
    const guarantee = { code: 'husleiegaranti', label: { nb: 'Husleiegaranti' } };
    const result = parseConfig({
      HUSLY_PLAN_SETTINGS: fileWith(JSON.stringify({ measureTypes: [guarantee] })),
    });
    assert.ok(result.ok, result.ok ? '' : result.problems.join('; '));
    assert.deepEqual(result.config.planSettings, { extraMeasureTypes: [guarantee] });
    const example = parseConfig({ HUSLY_PLAN_SETTINGS: 'examples/plan-settings.json' });
    assert.ok(example.ok, example.ok ? '' : example.problems.join('; '));
    assert.deepEqual(
      example.config.planSettings.extraMeasureTypes.map((t) => t.code),
      ['depositumsgaranti', 'tilrettelagt-bolig'],
    );
  });

  it('refuses a bad file with its problems, named by the variable and the path', () => {
    const file = fileWith(
      JSON.stringify({ measureTypes: [{ code: 'bostotte', label: { nb: '' } }] }),
    );
    assert.deepEqual(problemsOf({ HUSLY_PLAN_SETTINGS: file }), [
      `HUSLY_PLAN_SETTINGS (${file}): measureTypes[0].code: «bostotte» finnes fra før ` +
        '(innebygd tiltakstype)',
      `HUSLY_PLAN_SETTINGS (${file}): measureTypes[0].label.nb: kan ikke være tom`,
    ]);
    const notJson = fileWith('{ "measureTypes": [');
    assert.deepEqual(problemsOf({ HUSLY_PLAN_SETTINGS: notJson }), [
      `HUSLY_PLAN_SETTINGS (${notJson}): er ikke gyldig JSON`,
    ]);
  });

  it('refuses a missing or unreadable file as a problem, not a crash', () => {
    assert.deepEqual(problemsOf({ HUSLY_PLAN_SETTINGS: '/no/such/plan-settings.json' }), [
      'HUSLY_PLAN_SETTINGS (/no/such/plan-settings.json): filen finnes ikke',
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'husly-plan-settings-'));
    assert.deepEqual(problemsOf({ HUSLY_PLAN_SETTINGS: dir }), [
      `HUSLY_PLAN_SETTINGS (${dir}): filen kan ikke leses (EISDIR)`,
    ]);
  });

  it('is listed with the other problems, all at once', () => {
    const problems = problemsOf({
      PORT: 'abc',
      HUSLY_REMINDER_SETTINGS: '/no/such/reminders.json',
      HUSLY_PLAN_SETTINGS: '/no/such/plan-settings.json',
    });
    assert.equal(problems.length, 3, problems.join(' | '));
    assert.ok(problems[0]?.startsWith('PORT:'));
    assert.ok(problems[1]?.startsWith('HUSLY_REMINDER_SETTINGS'));
    assert.equal(
      problems[2],
      'HUSLY_PLAN_SETTINGS (/no/such/plan-settings.json): filen finnes ikke',
    );
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
    const prod = parseConfig({
      HUSLY_MODE: 'production',
      HUSLY_CLOCK_OFFSET_DAYS: '10',
      ...APP,
      ...PRODUCTION_EXTRAS,
    });
    assert.ok(!prod.ok);
    assert.deepEqual(prod.problems, [
      'HUSLY_CLOCK_OFFSET_DAYS: kan bare brukes i utvikling (demo), ikke i produksjon',
    ]);
  });
});

describe('HUSLY_LOCALE', () => {
  const localeOf = (env: Record<string, string>) => {
    const parsed = parseConfig(env);
    return parsed.ok ? parsed.config.fixedLocale : parsed.problems;
  };
  const production = { HUSLY_MODE: 'production', ...APP, ...PRODUCTION_EXTRAS };

  it('follows Teams in production; bokmål in development (the playground says en-US)', () => {
    assert.equal(localeOf(production), null);
    assert.equal(localeOf({}), 'nb-NO');
    assert.equal(localeOf({ HUSLY_LOCALE: 'teams' }), null);
    assert.equal(localeOf({ HUSLY_LOCALE: 'nn-NO' }), 'nn-NO');
    assert.equal(localeOf({ ...production, HUSLY_LOCALE: 'en-GB' }), 'en-GB');
  });

  it('refuses a language Husly has no catalogue for', () => {
    assert.deepEqual(localeOf({ HUSLY_LOCALE: 'de-DE' }), [
      'HUSLY_LOCALE: må være teams, nb-NO, nn-NO eller en-GB',
    ]);
  });
});

function planFor(settings: typeof DEFAULT_REMINDER_SETTINGS) {
  const timeline = {
    ...EMPTY_TIMELINE,
    firstMissedRentDate: '2026-10-01',
    noticeDate: '2026-10-10',
    noticeReceivedDate: '2026-10-12',
    namsmannNoticeDate: '2026-11-02',
    evictionDate: '2026-12-01',
    evictionHappened: false,
  };
  return evictionFollowUp(
    { caseId: 'c', timeline, arrearsPaid: false, closed: false },
    settings,
    '2026-09-01',
    'Europe/Oslo',
  );
}

describe('.env.example', () => {
  it('describes every variable Husly reads', () => {
    const source = readFileSync('src/config.ts', 'utf8');
    const read = [
      ...source.matchAll(/^ {2}([A-Za-z_]+): (?:z\.|optionalText|wholeNumber)/gm),
      ...source.matchAll(/env\.([A-Z_]+)/g),
    ].map((m) => m[1]);
    const example = readFileSync('.env.example', 'utf8');
    assert.ok(read.length >= 20, `found ${read.length} variables`);
    for (const name of new Set(read))
      assert.match(example, new RegExp(`^#? ?${name}=`, 'm'), `${name} is not in .env.example`);
  });
});

describe('a bot registration always means production (red-team finding 8)', () => {
  it('applies production rules to an app id without HUSLY_MODE, one by one', () => {
    const complete = parseConfig({ ...APP, ...PRODUCTION_EXTRAS });
    assert.ok(complete.ok, complete.ok ? '' : complete.problems.join('; '));
    assert.equal(complete.config.mode, 'production');
    for (const name of Object.keys(PRODUCTION_EXTRAS)) {
      const problems = problemsOf({ ...APP, ...PRODUCTION_EXTRAS, [name]: '' });
      assert.ok(
        problems.some((p) => p.startsWith(`${name}:`)),
        `${name} missing was not refused: ${problems.join(' | ')}`,
      );
    }
    assert.deepEqual(problemsOf({ ...APP, ...PRODUCTION_EXTRAS, HUSLY_CLOCK_OFFSET_DAYS: '3' }), [
      'HUSLY_CLOCK_OFFSET_DAYS: kan bare brukes i utvikling (demo), ikke i produksjon',
    ]);
    const multiTenant = problemsOf({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'x',
      MicrosoftAppType: 'MultiTenant',
    });
    assert.ok(
      multiTenant.some((p) => p.startsWith('HUSLY_ALLOWED_TENANTS:')),
      'MultiTenant without a tenant list is refused too',
    );
  });

  it('refuses HUSLY_MODE=development with an app id, saying why', () => {
    const problems = problemsOf({ ...APP, ...PRODUCTION_EXTRAS, HUSLY_MODE: 'development' });
    assert.deepEqual(problems, [
      'HUSLY_MODE: development kan ikke brukes når MicrosoftAppId er satt ' +
        '(produksjonsregler gjelder alltid med en bot-registrering)',
    ]);
  });

  it('uses the public development secret only in development', () => {
    const dev = parseConfig({});
    assert.ok(dev.ok);
    const prod = parseConfig({ ...APP, ...PRODUCTION_EXTRAS, HUSLY_ID_SECRET: '' });
    assert.ok(!prod.ok, 'no secret with an app id is refused, not replaced by the development one');
    assert.ok(prod.problems.some((p) => p === 'HUSLY_ID_SECRET: mangler (påkrevd i produksjon)'));
    const reused = problemsOf({
      ...APP,
      ...PRODUCTION_EXTRAS,
      HUSLY_ID_SECRET: dev.config.idSecret,
    });
    assert.ok(
      reused.some((p) => p.startsWith('HUSLY_ID_SECRET:')),
      'the development secret set explicitly is refused in production',
    );
  });

  it('listens on 127.0.0.1 in local mode and on all interfaces with an app id', () => {
    const local = parseConfig({});
    assert.ok(local.ok);
    assert.equal(local.config.listenHost, '127.0.0.1');
    const bot = parseConfig({ ...APP, ...PRODUCTION_EXTRAS });
    assert.ok(bot.ok);
    assert.equal(bot.config.listenHost, '0.0.0.0');
  });
});

describe('HUSLY_ID_SECRET must be random, not only long', () => {
  // Each case trips a different rule (the reason named last), so each rule is tested on its own.
  const weak: Record<string, [secret: string, reason: RegExp]> = {
    'one character': ['a'.repeat(32), /få ulike tegn/],
    'a short pattern repeated': ['abc'.repeat(16), /få ulike tegn/],
    'digits repeated': ['0123456789'.repeat(5), /få ulike tegn/],
    'a word repeated': ['Kommune2026!'.repeat(4), /få ulike tegn/],
    'one character dominating': [
      `${'z'.repeat(12)}Q7f!kR2m#pL9v$wX4nB8cT3hY6`,
      /går igjen for ofte/,
    ],
    'few characters carrying little information': [
      `${'a'.repeat(8)}${'b'.repeat(8)}${'c'.repeat(7)}defghijkl`,
      /under 128 bit/,
    ],
    'sixteen characters repeated': ['Q7f!kR2m#pL9v$wX'.repeat(3), /gjentatt mønster/],
    'the alphabet in order': ['abcdefghijklmnopqrstuvwxyz0123456789', /rekkefølge/],
    'too short': ['k7#Qp2!vR9mX4w', /minst 32 tegn/],
  };

  for (const [what, [secret, reason]] of Object.entries(weak)) {
    it(`refuses ${what}`, () => {
      assert.match(secretWeakness(secret) ?? '(accepted)', reason, what);
      const problems = problemsOf({ ...APP, ...PRODUCTION_EXTRAS, HUSLY_ID_SECRET: secret });
      assert.equal(problems.length, 1, problems.join(' | '));
      const problem = present(problems[0], 'the problem');
      assert.match(
        problem,
        /^HUSLY_ID_SECRET: må være en tilfeldig verdi, f\.eks\. openssl rand -base64 48 \(.+\)$/,
      );
      assert.ok(!problem.includes(secret), 'the secret itself is never echoed');
    });
  }

  it('accepts openssl rand -base64 48 and -hex 32 output', () => {
    assert.equal(secretWeakness(STRONG_SECRET), null);
    assert.equal(
      secretWeakness('b73dec107a913dc4d2477126e418c57b4aa41d173a06ffc17ba07089d7982ab6'),
      null,
    );
    // Fresh ones too: a random secret is never refused by chance.
    for (let i = 0; i < 500; i++) {
      const fresh = randomBytes(48).toString('base64');
      assert.equal(secretWeakness(fresh), null, fresh);
      const hex = randomBytes(32).toString('hex');
      assert.equal(secretWeakness(hex), null, hex);
    }
  });
});

describe('retention', () => {
  it('defaults to 730 days for closed cases and 1825 for audit events in development', () => {
    const dev = parseConfig({});
    assert.ok(dev.ok);
    assert.deepEqual(dev.config.retention, { closedCaseDays: 730, auditDays: 1825 });
  });

  it('must be set explicitly in production, where the municipality decides', () => {
    const problems = problemsOf({
      ...APP,
      ...PRODUCTION_EXTRAS,
      HUSLY_RETENTION_CLOSED_CASE_DAYS: '',
      HUSLY_RETENTION_AUDIT_DAYS: '',
    });
    assert.deepEqual(problems, [
      'HUSLY_RETENTION_CLOSED_CASE_DAYS: må settes eksplisitt i produksjon ' +
        '(kommunen bestemmer lagringstiden, se docs/personvern.md)',
      'HUSLY_RETENTION_AUDIT_DAYS: må settes eksplisitt i produksjon ' +
        '(kommunen bestemmer hvor lenge loggen lagres, se docs/personvern.md)',
    ]);
    assert.ok(
      problemsOf({ HUSLY_MODE: 'production' }).some((p) =>
        p.startsWith('HUSLY_RETENTION_AUDIT_DAYS:'),
      ),
    );
  });
});

describe('limits and thresholds', () => {
  const settings = [
    {
      name: 'HUSLY_LOOKUP_LIMIT_PER_HOUR',
      read: (c: Config) => c.lookupLimitPerHour,
      fallback: 20,
      min: 1,
      max: 1000,
    },
    {
      name: 'HUSLY_SEND_CONCURRENCY',
      read: (c: Config) => c.sendConcurrency,
      fallback: 8,
      min: 1,
      max: 50,
    },
    {
      name: 'HUSLY_INVOLVEMENT_EXPIRY_DAYS',
      read: (c: Config) => c.involvementExpiryDays,
      fallback: 30,
      min: 1,
      max: 3650,
    },
    {
      name: 'HUSLY_REVIEW_MANY_PEOPLE',
      read: (c: Config) => c.reviewManyPeople,
      fallback: 10,
      min: 2,
      max: 1000,
    },
    {
      name: 'HUSLY_RETENTION_CLOSED_CASE_DAYS',
      read: (c: Config) => c.retention.closedCaseDays,
      fallback: 730,
      min: 30,
      max: 36500,
    },
    {
      name: 'HUSLY_RETENTION_AUDIT_DAYS',
      read: (c: Config) => c.retention.auditDays,
      fallback: 1825,
      min: 365,
      max: 36500,
    },
  ];

  for (const { name, read, fallback, min, max } of settings) {
    it(`${name}: default ${fallback}, whole numbers ${min}–${max}`, () => {
      const valueOf = (value: string) => {
        const result = parseConfig({ [name]: value });
        return result.ok ? read(result.config) : result.problems;
      };
      assert.equal(valueOf(''), fallback);
      assert.equal(valueOf(String(min)), min);
      assert.equal(valueOf(String(max)), max);
      for (const bad of [String(min - 1), String(max + 1), '2.5', 'mange']) {
        const problems = valueOf(bad);
        assert.ok(
          Array.isArray(problems) && problems.length === 1 && problems[0]?.startsWith(`${name}: `),
          `${name}=${bad}: ${String(problems)}`,
        );
        assert.doesNotMatch(
          present(problems[0], 'the problem'),
          /expected|Invalid|Too (big|small)/,
          'the message is Norwegian',
        );
      }
    });
  }
});

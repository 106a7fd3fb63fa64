import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './domain/reminder/checkpoints.ts';
import { DEFAULT_RETRY_POLICY } from './domain/reminder/delivery-policy.ts';
import { parseReminderSettings } from './reminder-settings-file.ts';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from './domain/goal-plan/plan-settings.ts';
import { parsePlanSettings } from './plan-settings-file.ts';
import { z } from 'zod';
import { providerOf } from './persistence/provider.ts';

/**
 * The only module that reads the environment. Everything is checked at boot; a bad value
 * stops the process with a list of every problem, not the first one.
 */

/**
 * Sends in flight at once: 20/s (the default budget) × 0.3 s (Teams' slow end) = 6 needed to keep
 * the budget full, and 8 for jitter; measured in docs/benchmarks.md (bench:fanout).
 */
export const DEFAULT_SEND_CONCURRENCY = 8;

const DEV_ID_SECRET = 'husly-development-only-secret-do-not-use-in-production';
/** Retention in development; production must set both (the municipality decides). */
const DEV_RETENTION = { closedCaseDays: 730, auditDays: 1825 } as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());

const fields = z.object({
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'må være et portnummer (0–65535)' })
      .int()
      .min(0)
      .max(65535, 'må være et portnummer (0–65535)')
      .default(3978),
  ),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('file:./data/husly.db')
      .refine((url) => providerOf(url) !== null, {
        message:
          'må være en SQLite-fil på formen file:./sti/til/husly.db eller en PostgreSQL-adresse ' +
          'på formen postgresql://bruker:passord@vert:5432/husly',
      }),
  ),
  MicrosoftAppId: optionalText.refine((v) => v === undefined || GUID.test(v), {
    message: 'må være en GUID (Application (client) ID fra app-registreringen i Entra ID)',
  }),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.preprocess(
    emptyToUndefined,
    z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        message: 'må være SingleTenant, MultiTenant eller UserAssignedMSI',
      })
      .default('SingleTenant'),
  ),
  MicrosoftAppTenantId: optionalText.refine((v) => v === undefined || GUID.test(v), {
    message: 'må være en GUID (Directory (tenant) ID)',
  }),
  HUSLY_ALLOWED_TENANTS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('')
      .transform(tenantList)
      .refine((list) => list.every((t) => GUID.test(t)), {
        message: 'må være en kommaseparert liste av tenant-GUID-er',
      }),
  ),
  // No default here: the effective mode also depends on MicrosoftAppId (see effectiveMode).
  HUSLY_MODE: z.preprocess(
    emptyToUndefined,
    z
      .enum(['development', 'production'], { message: 'må være development eller production' })
      .optional(),
  ),
  HUSLY_ID_SECRET: optionalText,
  HUSLY_PUBLIC_URL: optionalText.refine((v) => v === undefined || isHttpUrl(v), {
    message: 'må være en http- eller https-adresse, for eksempel https://husly.kommune.no',
  }),
  HUSLY_TIMEZONE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('Europe/Oslo')
      .refine(isTimeZone, { message: 'må være en IANA-tidssone, for eksempel Europe/Oslo' }),
  ),
  HUSLY_LOCALE: z.preprocess(
    emptyToUndefined,
    z
      .enum(['teams', 'nb-NO', 'nn-NO', 'en-GB'], {
        message: 'må være teams, nb-NO, nn-NO eller en-GB',
      })
      .optional(),
  ),
  HUSLY_CLOCK_OFFSET_DAYS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'må være et helt antall dager' })
      .int('må være et helt antall dager')
      .min(-365)
      .max(365, 'høyst 365')
      .default(0),
  ),
  HUSLY_REMINDER_SEND_TIMEOUT_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'må være et antall sekunder' })
      .int()
      .min(1)
      .max(120, 'høyst 120')
      .default(15),
  ),
  HUSLY_REMINDER_MAX_ATTEMPTS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'må være et antall forsøk' })
      .int()
      .min(1)
      .max(50, 'høyst 50')
      .default(DEFAULT_RETRY_POLICY.maxAttempts),
  ),
  HUSLY_REMINDER_INTERVAL_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({
        message: 'må være et antall sekunder (0 slår av påminnelser og nye forsøk på varsler)',
      })
      .int()
      .min(0)
      .max(3600, 'høyst 3600')
      .default(60),
  ),
  HUSLY_REMINDER_LEASE_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'må være et antall sekunder' })
      .int()
      .min(1)
      .max(3600, 'høyst 3600')
      .default(300),
  ),
  HUSLY_REMINDER_MAX_PER_SECOND: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'må være et tall' })
      .int()
      .min(1)
      .max(50, 'høyst 50 (Teams tillater 50 per app og tenant)')
      .default(20),
  ),
  HUSLY_SEND_CONCURRENCY: wholeNumber('må være et antall samtidige sendinger', 1, 50).default(
    DEFAULT_SEND_CONCURRENCY,
  ),
  HUSLY_LOOKUP_LIMIT_PER_HOUR: wholeNumber('må være et antall oppslag', 1, 1000).default(20),
  HUSLY_INVOLVEMENT_EXPIRY_DAYS: wholeNumber('må være et antall dager', 1, 3650).default(30),
  HUSLY_RETENTION_CLOSED_CASE_DAYS: wholeNumber('må være et antall dager', 30, 36500).optional(),
  HUSLY_RETENTION_AUDIT_DAYS: wholeNumber('må være et antall dager', 365, 36500).optional(),
  HUSLY_REVIEW_MANY_PEOPLE: wholeNumber('må være et antall personer', 2, 1000).default(10),
  HUSLY_ARREARS_THRESHOLD_NOK: wholeNumber('må være et beløp i hele kroner', 0, 10_000_000).default(
    3000,
  ),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'må være fatal, error, warn, info, debug, trace eller silent',
      })
      .default('info'),
  ),
});

/** A whole number in [min, max] from an environment string, with Norwegian messages. */
function wholeNumber(what: string, min: number, max: number) {
  return z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: what })
      .int(`${what} (et helt tall)`)
      .min(min, `minst ${min}`)
      .max(max, `høyst ${max}`)
      .optional(),
  );
}

function tenantList(value: string): string[] {
  return value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Rules across variables. They read the raw values, so they are reported even when some other
 * variable is malformed: the operator gets the whole list in one go.
 */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const get = (name: string) => env[name]?.trim() || undefined;
  const problems: string[] = [];
  const appType = get('MicrosoftAppType') ?? 'SingleTenant';
  if (get('MicrosoftAppId') && get('HUSLY_MODE') === 'development')
    problems.push(
      'HUSLY_MODE: development kan ikke brukes når MicrosoftAppId er satt ' +
        '(produksjonsregler gjelder alltid med en bot-registrering)',
    );
  if (get('MicrosoftAppId')) {
    if (appType !== 'UserAssignedMSI' && !get('MicrosoftAppPassword'))
      problems.push('MicrosoftAppPassword: mangler (påkrevd når MicrosoftAppId er satt)');
    if (appType !== 'MultiTenant' && !get('MicrosoftAppTenantId'))
      problems.push(`MicrosoftAppTenantId: mangler (påkrevd for MicrosoftAppType=${appType})`);
  }
  if (effectiveMode(get('HUSLY_MODE'), get('MicrosoftAppId')) !== 'production') return problems;
  if (Number(get('HUSLY_CLOCK_OFFSET_DAYS') ?? 0) !== 0)
    problems.push('HUSLY_CLOCK_OFFSET_DAYS: kan bare brukes i utvikling (demo), ikke i produksjon');
  if (!get('MicrosoftAppId')) problems.push('MicrosoftAppId: mangler (påkrevd i produksjon)');
  if (tenantList(get('HUSLY_ALLOWED_TENANTS') ?? '').length === 0)
    problems.push('HUSLY_ALLOWED_TENANTS: mangler (påkrevd i produksjon: kommunens tenant-ID)');
  const secret = get('HUSLY_ID_SECRET');
  const weakness = secret === undefined ? null : secretWeakness(secret);
  if (!secret) problems.push('HUSLY_ID_SECRET: mangler (påkrevd i produksjon)');
  else if (weakness)
    problems.push(
      `HUSLY_ID_SECRET: må være en tilfeldig verdi, f.eks. openssl rand -base64 48 (${weakness})`,
    );
  if (!get('HUSLY_RETENTION_CLOSED_CASE_DAYS'))
    problems.push(
      'HUSLY_RETENTION_CLOSED_CASE_DAYS: må settes eksplisitt i produksjon ' +
        '(kommunen bestemmer lagringstiden, se docs/personvern.md)',
    );
  if (!get('HUSLY_RETENTION_AUDIT_DAYS'))
    problems.push(
      'HUSLY_RETENTION_AUDIT_DAYS: må settes eksplisitt i produksjon ' +
        '(kommunen bestemmer hvor lenge loggen lagres, se docs/personvern.md)',
    );
  return problems;
}

/**
 * A bot registration always means production: forgetting HUSLY_MODE must not start a
 * Teams-facing Husly with any tenant allowed and the public development secret.
 */
function effectiveMode(
  mode: string | undefined,
  appId: string | undefined,
): 'development' | 'production' {
  return mode === 'production' || appId ? 'production' : 'development';
}

/**
 * Why `secret` is not random enough for hashing identity numbers, or null if it is. A heuristic
 * on the string itself (its source is unknown): at least 32 characters; an estimated entropy
 * (Shannon entropy of its character frequencies × length) of at least 128 bits; at least 12
 * distinct characters (not 16: a 64-character hex secret misses some digit about a quarter of the
 * time); no character more than 25 % of it; at least 75 % distinct three-character windows (no
 * repeated pattern); at most half of neighbouring characters equal or one apart (no abc…,
 * 123…). `openssl rand -base64 48` and `openssl rand -hex 32` pass.
 */
export function secretWeakness(secret: string): string | null {
  const chars = [...secret];
  const n = chars.length;
  if (secret === DEV_ID_SECRET) return 'utviklingsnøkkelen er offentlig';
  if (n < 32) return 'minst 32 tegn';
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  if (counts.size < 12) return 'for få ulike tegn';
  if (Math.max(...counts.values()) > n / 4) return 'ett tegn går igjen for ofte';
  let bitsPerChar = 0;
  for (const k of counts.values()) bitsPerChar -= (k / n) * Math.log2(k / n);
  if (bitsPerChar * n < 128) return 'for lite tilfeldig: under 128 bit';
  const windows = new Set<string>();
  for (let i = 0; i + 3 <= n; i++) windows.add(chars.slice(i, i + 3).join(''));
  if (windows.size < 0.75 * (n - 2)) return 'gjentatt mønster';
  let steps = 0;
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  for (const [i, code] of codes.entries())
    if (i > 0 && Math.abs(code - (codes[i - 1] ?? code)) <= 1) steps++;
  if (steps > (n - 1) / 2) return 'tegn i rekkefølge';
  return null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.username === '' &&
      url.password === '' &&
      url.search === '' &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('nb-NO', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface Config {
  readonly port: number;
  readonly databaseUrl: string;
  /**
   * 'production' whenever MicrosoftAppId is set, whatever
   * HUSLY_MODE says (it may not say development then).
   */
  readonly mode: 'development' | 'production';
  /**
   * 127.0.0.1 in local mode (no token check must never be
   * reachable from the network); 0.0.0.0 with an app id.
   */
  readonly listenHost: '127.0.0.1' | '0.0.0.0';
  readonly bot: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly appTenantId: string;
  };
  readonly allowedTenants: readonly string[];
  readonly idSecret: string;
  /**
   * Where users reach Husly (HUSLY_PUBLIC_URL), for links Husly hands out (report downloads); null
   * when not set: then http://localhost:<port>, the port Husly listens on.
   */
  readonly publicUrl: string | null;
  readonly timeZone: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How often the scheduler looks for due reminders; 0 turns sending off. */
  readonly reminderIntervalSeconds: number;
  /** How long a claimed reminder is held before another instance may take it over. */
  readonly reminderLeaseSeconds: number;
  /** Overall cap on reminders and notices sent per second (Teams: 50 per app per tenant). */
  readonly reminderMaxPerSecond: number;
  /** Attempts before a reminder nobody could receive is dead-lettered (kept and listed). */
  readonly reminderMaxAttempts: number;
  /** A reminder send that gets no answer in this time is retried later like a 503. */
  readonly reminderSendTimeoutSeconds: number;
  /**
   * Reminder messages in flight at once, so Teams' latency does not cap the pace below
   * reminderMaxPerSecond; a crash can re-send at most this many (each with the same key).
   */
  readonly sendConcurrency: number;
  /**
   * Development only: Husly's clock runs this many days
   * ahead (or behind), so demo checkpoints fall due.
   */
  readonly clockOffsetDays: number;
  /**
   * One language for everyone ('nb-NO', 'nn-NO', 'en-GB'), or null: each user's Teams language.
   * Development defaults to bokmål, because the Agents Playground always says en-US.
   */
  readonly fixedLocale: 'nb-NO' | 'nn-NO' | 'en-GB' | null;
  /**
   * The municipality's reminder practice (HUSLY_REMINDER_SETTINGS
   * file), or the domain brief's defaults.
   */
  readonly reminderSettings: ReminderSettings;
  /**
   * The municipality's målplan settings (HUSLY_PLAN_SETTINGS file): its own measure types
   * besides the built-in ones; none without a file.
   */
  readonly planSettings: PlanSettings;
  /**
   * Person lookups (by identity number or name) one user may
   * make per hour before Husly refuses and tells their leader.
   */
  readonly lookupLimitPerHour: number;
  /**
   * Days a previous owner's (and a legacy reporter's) read access
   * lasts after it began, unless the unit holds an open measure.
   */
  readonly involvementExpiryDays: number;
  /**
   * The access review flags a user who looked up at least this many different people in the period.
   */
  readonly reviewManyPeople: number;
  /**
   * The monthly arrears import (npm run import:restanser) registers only amounts above this many
   * kroner; --terskel overrides it for one run.
   */
  readonly arrearsThresholdNok: number;
  readonly retention: {
    /** Closed cases are anonymised this many days after closing. */
    readonly closedCaseDays: number;
    /** Audit events are deleted after this many days. */
    readonly auditDays: number;
  };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = fields.safeParse(env);
  const settings = settingsFrom(
    env.HUSLY_REMINDER_SETTINGS?.trim() || undefined,
    DEFAULT_REMINDER_SETTINGS,
    parseReminderSettings,
  );
  const plan = settingsFrom(
    env.HUSLY_PLAN_SETTINGS?.trim() || undefined,
    DEFAULT_PLAN_SETTINGS,
    parsePlanSettings,
  );
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map(
          (issue) => `${issue.path.join('.') || '(miljø)'}: ${issue.message}`,
        )),
    ...crossFieldProblems(env),
    ...(settings.ok
      ? []
      : settings.problems.map(
          (p) => `HUSLY_REMINDER_SETTINGS (${env.HUSLY_REMINDER_SETTINGS}): ${p}`,
        )),
    ...(plan.ok
      ? []
      : plan.problems.map((p) => `HUSLY_PLAN_SETTINGS (${env.HUSLY_PLAN_SETTINGS}): ${p}`)),
  ];
  if (!parsed.success || !settings.ok || !plan.ok || problems.length > 0)
    return { ok: false, problems };
  const e = parsed.data;
  const mode = effectiveMode(e.HUSLY_MODE, e.MicrosoftAppId);
  const development = mode === 'development';
  // The public development secret and retention defaults never reach production: crossFieldProblems
  // refuses production without them, and this keeps it so if that check ever changes.
  const idSecret = development ? (e.HUSLY_ID_SECRET ?? DEV_ID_SECRET) : e.HUSLY_ID_SECRET;
  const closedCaseDays =
    e.HUSLY_RETENTION_CLOSED_CASE_DAYS ?? (development ? DEV_RETENTION.closedCaseDays : undefined);
  const auditDays =
    e.HUSLY_RETENTION_AUDIT_DAYS ?? (development ? DEV_RETENTION.auditDays : undefined);
  if (idSecret === undefined || closedCaseDays === undefined || auditDays === undefined)
    return { ok: false, problems: ['HUSLY_ID_SECRET, HUSLY_RETENTION_*: må settes i produksjon'] };
  return {
    ok: true,
    config: {
      port: e.PORT,
      databaseUrl: e.DATABASE_URL,
      mode,
      listenHost: e.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1',
      bot: {
        appId: e.MicrosoftAppId ?? '',
        appPassword: e.MicrosoftAppPassword ?? '',
        appType: e.MicrosoftAppType,
        appTenantId: e.MicrosoftAppTenantId ?? '',
      },
      allowedTenants: e.HUSLY_ALLOWED_TENANTS,
      idSecret,
      publicUrl: e.HUSLY_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
      timeZone: e.HUSLY_TIMEZONE,
      logLevel: e.LOG_LEVEL,
      reminderIntervalSeconds: e.HUSLY_REMINDER_INTERVAL_SECONDS,
      reminderLeaseSeconds: e.HUSLY_REMINDER_LEASE_SECONDS,
      reminderMaxPerSecond: e.HUSLY_REMINDER_MAX_PER_SECOND,
      reminderSendTimeoutSeconds: e.HUSLY_REMINDER_SEND_TIMEOUT_SECONDS,
      sendConcurrency: e.HUSLY_SEND_CONCURRENCY,
      reminderMaxAttempts: e.HUSLY_REMINDER_MAX_ATTEMPTS,
      reminderSettings: settings.settings,
      planSettings: plan.settings,
      clockOffsetDays: e.HUSLY_CLOCK_OFFSET_DAYS,
      fixedLocale:
        e.HUSLY_LOCALE === 'teams'
          ? null
          : (e.HUSLY_LOCALE ?? (mode === 'development' ? 'nb-NO' : null)),
      lookupLimitPerHour: e.HUSLY_LOOKUP_LIMIT_PER_HOUR,
      involvementExpiryDays: e.HUSLY_INVOLVEMENT_EXPIRY_DAYS,
      reviewManyPeople: e.HUSLY_REVIEW_MANY_PEOPLE,
      arrearsThresholdNok: e.HUSLY_ARREARS_THRESHOLD_NOK,
      retention: { closedCaseDays, auditDays },
    },
  };
}

/**
 * A settings file named in the environment (HUSLY_REMINDER_SETTINGS, HUSLY_PLAN_SETTINGS): the
 * defaults without one, else what `parse` makes of it. A missing or unreadable file (a
 * directory, no permission) is a problem to list, not a crash at boot.
 */
function settingsFrom<S>(
  file: string | undefined,
  defaults: S,
  parse: (text: string) => { ok: true; settings: S } | { ok: false; problems: string[] },
): { ok: true; settings: S } | { ok: false; problems: string[] } {
  if (!file) return { ok: true, settings: defaults };
  if (!existsSync(file)) return { ok: false, problems: ['filen finnes ikke'] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ukjent feil';
    return { ok: false, problems: [`filen kan ikke leses (${code})`] };
  }
  return parse(text);
}

/**
 * Reads `.env` from the working directory if there
 * is one (Node's own parser), then the environment.
 */
export function loadConfig(): ConfigResult {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return parseConfig(process.env);
}

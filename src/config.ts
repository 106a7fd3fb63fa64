import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './domain/reminder/checkpoints.ts';
import { DEFAULT_RETRY_POLICY } from './domain/reminder/delivery-policy.ts';
import { parseReminderSettings } from './reminder-settings-file.ts';
import { z } from 'zod';

/**
 * The only module that reads the environment. Everything is checked at boot; a bad value
 * stops the process with a list of every problem, not the first one.
 */

const DEV_ID_SECRET = 'husly-development-only-secret-do-not-use-in-production';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());

const fields = z.object({
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: 'må være et portnummer (0–65535)' }).int().min(0).max(65535, 'må være et portnummer (0–65535)').default(3978),
  ),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('file:./data/husly.db')
      .refine((url) => url.startsWith('file:') && url.length > 'file:'.length, {
        message: 'må være en SQLite-fil på formen file:./sti/til/husly.db',
      }),
  ),
  MicrosoftAppId: optionalText.refine((v) => v === undefined || GUID.test(v), {
    message: 'må være en GUID (Application (client) ID fra app-registreringen i Entra ID)',
  }),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.preprocess(
    emptyToUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'må være SingleTenant, MultiTenant eller UserAssignedMSI' }).default('SingleTenant'),
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
      .refine((list) => list.every((t) => GUID.test(t)), { message: 'må være en kommaseparert liste av tenant-GUID-er' }),
  ),
  HUSLY_MODE: z.preprocess(emptyToUndefined, z.enum(['development', 'production'], { message: 'må være development eller production' }).default('development')),
  HUSLY_ID_SECRET: optionalText,
  HUSLY_TIMEZONE: z.preprocess(
    emptyToUndefined,
    z.string().default('Europe/Oslo').refine(isTimeZone, { message: 'må være en IANA-tidssone, for eksempel Europe/Oslo' }),
  ),
  HUSLY_CLOCK_OFFSET_DAYS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: 'må være et helt antall dager' }).int('må være et helt antall dager').min(-365).max(365, 'høyst 365').default(0),
  ),
  HUSLY_REMINDER_SEND_TIMEOUT_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: 'må være et antall sekunder' }).int().min(1).max(120, 'høyst 120').default(15),
  ),
  HUSLY_REMINDER_MAX_ATTEMPTS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: 'må være et antall forsøk' }).int().min(1).max(50, 'høyst 50').default(DEFAULT_RETRY_POLICY.maxAttempts),
  ),
  HUSLY_REMINDER_INTERVAL_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: 'må være et antall sekunder (0 slår av påminnelser)' }).int().min(0).max(3600, 'høyst 3600').default(60),
  ),
  HUSLY_REMINDER_LEASE_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: 'må være et antall sekunder' }).int().min(1).max(3600, 'høyst 3600').default(300),
  ),
  HUSLY_REMINDER_MAX_PER_SECOND: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: 'må være et tall' }).int().min(1).max(50, 'høyst 50 (Teams tillater 50 per app og tenant)').default(20),
  ),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'må være fatal, error, warn, info, debug, trace eller silent' }).default('info'),
  ),
});

function tenantList(value: string): string[] {
  return value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
}

/**
 * Rules across variables. They read the raw values, so they are reported even when some other
 * variable is malformed: the operator gets the whole list in one go.
 */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const get = (name: string) => env[name]?.trim() || undefined;
  const problems: string[] = [];
  const appType = get('MicrosoftAppType') ?? 'SingleTenant';
  if (get('MicrosoftAppId')) {
    if (appType !== 'UserAssignedMSI' && !get('MicrosoftAppPassword'))
      problems.push('MicrosoftAppPassword: mangler (påkrevd når MicrosoftAppId er satt)');
    if (appType !== 'MultiTenant' && !get('MicrosoftAppTenantId'))
      problems.push(`MicrosoftAppTenantId: mangler (påkrevd for MicrosoftAppType=${appType})`);
  }
  if (get('HUSLY_MODE') !== 'production') return problems;
  if (Number(get('HUSLY_CLOCK_OFFSET_DAYS') ?? 0) !== 0) problems.push('HUSLY_CLOCK_OFFSET_DAYS: kan bare brukes i utvikling (demo), ikke i produksjon');
  if (!get('MicrosoftAppId')) problems.push('MicrosoftAppId: mangler (påkrevd i produksjon)');
  if (tenantList(get('HUSLY_ALLOWED_TENANTS') ?? '').length === 0)
    problems.push('HUSLY_ALLOWED_TENANTS: mangler (påkrevd i produksjon: kommunens tenant-ID)');
  const secret = get('HUSLY_ID_SECRET');
  if (!secret) problems.push('HUSLY_ID_SECRET: mangler (påkrevd i produksjon)');
  else if (secret.length < 32 || secret === DEV_ID_SECRET)
    problems.push('HUSLY_ID_SECRET: må være en hemmelig, tilfeldig verdi på minst 32 tegn i produksjon');
  return problems;
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
  readonly mode: 'development' | 'production';
  readonly bot: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly appTenantId: string;
  };
  readonly allowedTenants: readonly string[];
  readonly idSecret: string;
  readonly timeZone: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How often the scheduler looks for due reminders; 0 turns sending off. */
  readonly reminderIntervalSeconds: number;
  /** How long a claimed reminder is held before another instance may take it over. */
  readonly reminderLeaseSeconds: number;
  /** Overall cap on reminder messages per second (Teams: 50 per app per tenant). */
  readonly reminderMaxPerSecond: number;
  /** Attempts before a reminder nobody could receive is dead-lettered (kept and listed). */
  readonly reminderMaxAttempts: number;
  /** A reminder send that gets no answer in this time is retried later like a 503. */
  readonly reminderSendTimeoutSeconds: number;
  /** Development only: Husly's clock runs this many days ahead (or behind), so demo checkpoints fall due. */
  readonly clockOffsetDays: number;
  /** The municipality's reminder practice (HUSLY_REMINDER_SETTINGS file), or the domain brief's defaults. */
  readonly reminderSettings: ReminderSettings;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = fields.safeParse(env);
  const settings = reminderSettingsFrom(env.HUSLY_REMINDER_SETTINGS?.trim() || undefined);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(miljø)'}: ${issue.message}`)),
    ...crossFieldProblems(env),
    ...(settings.ok ? [] : settings.problems.map((p) => `HUSLY_REMINDER_SETTINGS (${env.HUSLY_REMINDER_SETTINGS}): ${p}`)),
  ];
  if (!parsed.success || !settings.ok || problems.length > 0) return { ok: false, problems };
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      databaseUrl: e.DATABASE_URL,
      mode: e.HUSLY_MODE,
      bot: {
        appId: e.MicrosoftAppId ?? '',
        appPassword: e.MicrosoftAppPassword ?? '',
        appType: e.MicrosoftAppType,
        appTenantId: e.MicrosoftAppTenantId ?? '',
      },
      allowedTenants: e.HUSLY_ALLOWED_TENANTS,
      idSecret: e.HUSLY_ID_SECRET ?? DEV_ID_SECRET,
      timeZone: e.HUSLY_TIMEZONE,
      logLevel: e.LOG_LEVEL,
      reminderIntervalSeconds: e.HUSLY_REMINDER_INTERVAL_SECONDS,
      reminderLeaseSeconds: e.HUSLY_REMINDER_LEASE_SECONDS,
      reminderMaxPerSecond: e.HUSLY_REMINDER_MAX_PER_SECOND,
      reminderSendTimeoutSeconds: e.HUSLY_REMINDER_SEND_TIMEOUT_SECONDS,
      reminderMaxAttempts: e.HUSLY_REMINDER_MAX_ATTEMPTS,
      reminderSettings: settings.settings,
      clockOffsetDays: e.HUSLY_CLOCK_OFFSET_DAYS,
    },
  };
}

function reminderSettingsFrom(file: string | undefined): ReturnType<typeof parseReminderSettings> {
  if (!file) return { ok: true, settings: DEFAULT_REMINDER_SETTINGS };
  if (!existsSync(file)) return { ok: false, problems: ['filen finnes ikke'] };
  return parseReminderSettings(readFileSync(file, 'utf8'));
}

/** Reads `.env` from the working directory if there is one (Node's own parser), then the environment. */
export function loadConfig(): ConfigResult {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return parseConfig(process.env);
}

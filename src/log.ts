import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. The rule: ids and codes only — never names, identity numbers, message
 * text or card input. Values that come from outside (error codes, ids) are passed through
 * `safe()` so a crafted value cannot forge log lines or flood them.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'husly' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Belt and braces: if an activity or error object is ever logged whole, these are cut.
      redact: {
        paths: [
          'text',
          'value',
          'activity',
          'body',
          'from.name',
          'name',
          'email',
          '*.text',
          '*.value',
          '*.name',
        ],
        censor: '[fjernet]',
      },
    },
    destination,
  );
}

export function safe(value: unknown, max = 64): string {
  // Only primitives are logged; an object (which could carry anything) becomes a marker.
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
        ? String(value)
        : value == null
          ? ''
          : '[object]';
  return text.replace(/[^\w.:@/-]/g, '_').slice(0, max);
}

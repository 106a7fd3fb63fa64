/**
 * What to do after a failed send (Teams rate limits and failure modes: teams-platform notes).
 * 429 → wait at least Retry-After; 412/502/503/504 and timeouts → jittered exponential backoff;
 * 403/404 (app removed, user blocked Husly, conversation gone) → fall back to other recipients;
 * anything else the service refused → dead-letter at once (retrying cannot help).
 */
export type SendFailure =
  | { readonly kind: 'throttled'; readonly retryAfterMs: number | null }
  | { readonly kind: 'transient' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'rejected' };

export interface RetryPolicy {
  /** Attempts in all, including the first, before a row is dead-lettered. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * 30 s, 1, 2, 4, 8, 16 min, then every 30 min: about three and a half hours of trying before a
 * reminder is dead-lettered — long enough for someone to install Husly or link a channel.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 12,
  baseDelayMs: 30_000,
  maxDelayMs: 30 * 60_000,
};

export type NextStep =
  | { readonly kind: 'retry'; readonly at: Date }
  | { readonly kind: 'dead' }
  | { readonly kind: 'fallback' };

export function afterFailure(
  failure: SendFailure,
  attemptsSoFar: number,
  now: Date,
  policy: RetryPolicy,
  random: () => number = Math.random,
): NextStep {
  if (failure.kind === 'unreachable') return { kind: 'fallback' };
  if (failure.kind === 'rejected' || attemptsSoFar + 1 >= policy.maxAttempts)
    return { kind: 'dead' };
  if (failure.kind === 'throttled' && failure.retryAfterMs !== null)
    // Never earlier than asked; a little later, so
    // instances released together do not collide again.
    return {
      kind: 'retry',
      at: new Date(
        now.getTime() + failure.retryAfterMs + Math.floor(random() * 0.1 * failure.retryAfterMs),
      ),
    };
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attemptsSoFar);
  return {
    kind: 'retry',
    at: new Date(now.getTime() + Math.floor(exponential * (0.5 + random() * 0.5))),
  };
}

/** Classifies a Bot Connector HTTP answer. `retryAfter` is the header: seconds or an HTTP date. */
export function classifyHttpFailure(
  status: number | undefined,
  retryAfter: string | null | undefined,
  now: Date,
): SendFailure {
  if (status === 429) return { kind: 'throttled', retryAfterMs: parseRetryAfter(retryAfter, now) };
  if (
    status === undefined ||
    status === 412 ||
    status === 502 ||
    status === 503 ||
    status === 504 ||
    status === 408
  )
    return { kind: 'transient' };
  if (status === 403 || status === 404 || status === 410) return { kind: 'unreachable' };
  return status >= 500 ? { kind: 'transient' } : { kind: 'rejected' };
}

export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}

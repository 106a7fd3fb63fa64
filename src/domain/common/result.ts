import type { ErrorCode } from './errors.ts';

/**
 * Expected business outcomes are values, not exceptions: a dialog maps `code` to a
 * Norwegian message, a script maps it to an exit code. Bugs still throw.
 */
export type Result<T, C extends string = ErrorCode> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: C;
      readonly detail?: Readonly<Record<string, string | number>>;
    };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const fail = <C extends string>(
  code: C,
  detail?: Record<string, string | number>,
): Result<never, C> => (detail ? { ok: false, code, detail } : { ok: false, code });

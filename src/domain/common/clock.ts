/** The current instant. Injected everywhere so tests (and the scheduler) control "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The system clock moved by whole days: a development-only
 * way to let a demo's checkpoints fall due.
 */
export function shiftedClock(days: number, base: Clock = systemClock): Clock {
  return days === 0 ? base : { now: () => new Date(base.now().getTime() + days * 86_400_000) };
}

/** The current instant. Injected everywhere so tests (and the scheduler) control "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

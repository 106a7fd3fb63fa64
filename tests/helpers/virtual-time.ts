import type { Clock } from '../../src/domain/common/clock.ts';
import type { SendTiming } from '../../src/domain/reminder/rate-limiter.ts';

/**
 * Time that moves only when everything waits: `run` lets all pending work go on, then jumps to
 * the earliest `wait` and wakes it. Seconds of sending take milliseconds, and each moment is
 * exact, so a test can assert on spacing and overlap without flaking on a busy machine.
 */
export class VirtualTime implements Clock {
  private elapsed = 0;
  private readonly timers: { at: number; wake: () => void }[] = [];
  private stallMs = 0;

  constructor(private readonly start = new Date('2026-11-23T09:00:00Z').getTime()) {}

  now(): Date {
    return new Date(this.start + this.elapsed);
  }

  /** Milliseconds since the start. */
  ms(): number {
    return this.elapsed;
  }

  /** As the limiter wants it: milliseconds on the same clock. */
  readonly timing: SendTiming = {
    now: () => this.start + this.elapsed,
    wait: (ms) => this.wait(ms),
  };

  wait(ms: number): Promise<void> {
    return new Promise((wake) => {
      // Kept in time order; equal times wake in the order they were asked for.
      const at = this.elapsed + Math.max(0, ms);
      const index = this.timers.findIndex((t) => t.at > at);
      this.timers.splice(index === -1 ? this.timers.length : index, 0, { at, wake });
    });
  }

  /** The next timer fires `ms` late, as after a long garbage collection or on a busy machine. */
  stall(ms: number): void {
    this.stallMs = ms;
  }

  /** Runs `work` to the end, moving time on whenever nothing else can happen. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) return work;
      const next = this.timers.shift();
      if (!next) throw new Error('stuck: the work waits for something other than time');
      this.elapsed = Math.max(this.elapsed, next.at) + this.stallMs;
      this.stallMs = 0;
      next.wake();
    }
  }
}

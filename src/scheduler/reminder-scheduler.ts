import type { TickResult } from '../domain/reminder/reminder.service.ts';
import { safe, type Logger } from '../log.ts';

const EVENTS = {
  reminders: { tick: 'reminders.tick', error: 'reminders.tick.error' },
  notices: { tick: 'notices.tick', error: 'notices.tick.error' },
  worklists: { tick: 'worklists.tick', error: 'worklists.tick.error' },
} as const;

/**
 * Calls the reminder service (or the notice outbox, `event` 'notices', or the weekly worklist
 * posts, 'worklists') on an interval. Just another caller of the domain: it knows nothing of
 * Teams or the database. Ticks never overlap, and `stop` waits for the one running.
 *
 * A tick that claimed a full batch (`fullBatch`) is followed by the next one at once, not after
 * the interval: otherwise a morning with 10,000 due reminders would go out at one batch a minute
 * (200 per 60 s ≈ 3 per second) instead of at the rate budget.
 */
export class ReminderScheduler<R extends { readonly claimed: number } = TickResult> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<R | null> | null = null;
  private stopping = false;

  constructor(
    /** One tick; it may ask `keepGoing` between batches and end early once stop() is called. */
    private readonly tick: (keepGoing: () => boolean) => Promise<R>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly event: keyof typeof EVENTS = 'reminders',
    /** Rows one tick claims at most; 0 when a tick has no batch limit. */
    private readonly fullBatch = 0,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tickNow(), this.intervalMs);
    this.timer.unref();
  }

  /** One tick now (unless one is running, which is then awaited instead). */
  tickNow(): Promise<R | null> {
    this.running ??= this.tick(() => !this.stopping)
      .then((result) => {
        if (result.claimed > 0) this.logger.info({ event: EVENTS[this.event].tick, ...result });
        if (this.fullBatch > 0 && result.claimed >= this.fullBatch) this.again();
        return result;
      })
      .catch((error: unknown) => {
        this.logger.error({
          event: EVENTS[this.event].error,
          code: safe((error as Error).name),
        });
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** More is due: the next tick as soon as this one has finished, while the scheduler runs. */
  private again(): void {
    const next = setTimeout(() => {
      if (this.timer) void this.tickNow();
    }, 0);
    next.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

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
 */
export class ReminderScheduler<R extends { readonly claimed: number } = TickResult> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<R | null> | null = null;

  constructor(
    private readonly tick: () => Promise<R>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly event: keyof typeof EVENTS = 'reminders',
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tickNow(), this.intervalMs);
    this.timer.unref();
  }

  /** One tick now (unless one is running, which is then awaited instead). */
  tickNow(): Promise<R | null> {
    this.running ??= this.tick()
      .then((result) => {
        if (result.claimed > 0) this.logger.info({ event: EVENTS[this.event].tick, ...result });
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

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

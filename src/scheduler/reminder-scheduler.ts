import type { TickResult } from '../domain/reminder/reminder.service.ts';
import { safe, type Logger } from '../log.ts';

/**
 * Calls the reminder service on an interval. Just another caller of the domain: it knows
 * nothing of Teams or the database. Ticks never overlap, and `stop` waits for the one running.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<TickResult | null> | null = null;

  constructor(
    private readonly tick: () => Promise<TickResult>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tickNow(), this.intervalMs);
    this.timer.unref();
  }

  /** One tick now (unless one is running, which is then awaited instead). */
  tickNow(): Promise<TickResult | null> {
    this.running ??= this.tick()
      .then((result) => {
        if (result.claimed > 0) this.logger.info({ event: 'reminders.tick', ...result });
        return result;
      })
      .catch((error: unknown) => {
        this.logger.error({ event: 'reminders.tick.error', code: safe((error as Error).name) });
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

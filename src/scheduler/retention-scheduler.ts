import type { RetentionOutcome } from '../domain/retention/retention.service.ts';
import { safe, type Logger } from '../log.ts';

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Runs retention once when started and then every 24 hours, so a municipality that set its
 * retention periods does not depend on a cron job. Logs counts only, never references or names.
 * Runs never overlap, and `stop` waits for the one running.
 */
export class RetentionScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RetentionOutcome | null> | null = null;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<RetentionOutcome>,
    private readonly logger: Logger,
    private readonly intervalMs: number = RETENTION_INTERVAL_MS,
  ) {}

  start(): void {
    // Started after the start-up replan: a server stopped meanwhile must not begin now.
    if (this.intervalMs <= 0 || this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.runNow(), this.intervalMs);
    this.timer.unref();
    void this.runNow();
  }

  /** One run now (unless one is running, which is then awaited instead). */
  runNow(): Promise<RetentionOutcome | null> {
    this.running ??= this.run()
      .then((o) => {
        this.logger.info({
          event: 'retention.run',
          cases: o.cases.length,
          residents: o.residents,
          identityHashes: o.identityHashes,
          auditEvents: o.auditEvents,
          pendingLookups: o.pendingLookups,
        });
        return o;
      })
      .catch((error: unknown) => {
        this.logger.error({ event: 'retention.run.error', code: safe((error as Error).name) });
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { ReminderSettings } from './checkpoints.ts';
import { evictionFollowUp, planFollowUp } from './follow-up-plan.ts';
import type { ReminderOutbox } from './outbox.ts';

/**
 * Keeps a case's reminders in step with its dates and målplan: called whenever either changes.
 * Recomputing is idempotent, so it is always safe to call again.
 */
export class ReminderPlannerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: ReminderOutbox,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
    private readonly timeZone: string,
  ) {}

  async replan(caseId: string): Promise<void> {
    const now = this.clock.now();
    const today = localDate(now, this.timeZone);
    const loaded = await this.uow.run(async ({ cases, plans }) => {
      const kase = await cases.findById(caseId);
      return kase ? { kase, plan: await plans.findByCaseId(kase.id) } : null;
    });
    if (!loaded) return;
    const { kase, plan } = loaded;
    const closed = kase.status === 'closed';
    await this.outbox.sync(`case:${kase.id}:`, evictionFollowUp({ caseId: kase.id, timeline: kase.timeline, arrearsPaid: kase.arrearsPaidDate !== null, closed }, this.settings, today, this.timeZone), now);
    if (plan) await this.outbox.sync(`plan:${plan.id}:`, closed ? [] : planFollowUp(kase.id, plan, this.settings, today, this.timeZone), now);
  }
}

import type { Delivery, Notice, Notifier } from '../../src/domain/notify/notifier.ts';

/** Records notices; units without a channel (or listed as unreachable) are not delivered to. */
export class FakeNotifier implements Notifier {
  readonly sent: { to: 'unit' | 'staff'; id: string; notice: Notice }[] = [];
  /**
   * The conversation a unit's notices land in, by unit id, when a test says so (its linked
   * channel, as the Teams notifier would find it); otherwise `conv-<unit id>`.
   */
  readonly unitConversations = new Map<string, string>();
  /** Ids whose sends fail now but stay queued for a retry, as the notice outbox answers. */
  readonly retrying = new Set<string>();
  constructor(private readonly unreachable: Set<string> = new Set()) {}
  private counter = 0;

  async toUnitChannel(unitId: string, notice: Notice): Promise<Delivery> {
    return this.send('unit', unitId, notice);
  }
  async toStaff(staffId: string, notice: Notice): Promise<Delivery> {
    return this.send('staff', staffId, notice);
  }
  private send(to: 'unit' | 'staff', id: string, notice: Notice): Delivery {
    if (this.unreachable.has(id)) return { delivered: false, reason: 'no-channel' };
    if (this.retrying.has(id)) return { delivered: false, reason: 'failed', retrying: true };
    this.sent.push({ to, id, notice });
    const conversationId = (to === 'unit' && this.unitConversations.get(id)) || `conv-${id}`;
    return { delivered: true, conversationId, activityId: `act-${++this.counter}` };
  }
}

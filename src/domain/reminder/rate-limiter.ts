/**
 * Spaces sends so Teams never has reason to throttle: at most one message per `perConversationMs`
 * to one conversation (Teams allows bursts of 7/s; 1/s sustained stays far inside 60/30 s and
 * 1800/h), and at most `globalPerSecond` in any one-second window across all conversations
 * (Teams allows 50 per app per tenant; older documents say 30). Every booked send is kept at
 * least 1000/globalPerSecond ms from every other, which bounds any window, even when some
 * conversations are booked ahead of others. `reserve` books the earliest slot and returns it.
 */
export class SendRateLimiter {
  private readonly nextFree = new Map<string, number>();
  /** Booked send times, ascending. */
  private readonly booked: number[] = [];
  private readonly gapMs: number;

  constructor(
    private readonly perConversationMs = 1_000,
    globalPerSecond = 20,
  ) {
    this.gapMs = Math.ceil(1_000 / globalPerSecond);
  }

  reserve(conversationId: string, now: number): number {
    while (this.booked.length && this.booked[0] <= now - this.gapMs) this.booked.shift();
    let at = Math.max(now, this.nextFree.get(conversationId) ?? 0);
    for (const b of this.booked) {
      if (b <= at - this.gapMs) continue;
      if (b >= at + this.gapMs) break;
      at = b + this.gapMs;
    }
    const index = this.booked.findIndex((b) => b > at);
    this.booked.splice(index === -1 ? this.booked.length : index, 0, at);
    this.nextFree.set(conversationId, at + this.perConversationMs);
    return at;
  }

  /** After a 429 with Retry-After, nothing more to that conversation before then. */
  holdConversation(conversationId: string, until: number): void {
    this.nextFree.set(conversationId, Math.max(until, this.nextFree.get(conversationId) ?? 0));
  }
}

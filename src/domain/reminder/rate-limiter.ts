/**
 * Spaces sends so Teams never has reason to throttle: at most one message per `perConversationMs`
 * to one conversation (Teams allows bursts of 7/s; 1/s sustained stays far inside 60/30 s and
 * 1800/h), and at most `globalPerSecond` in any window of one second (plus `marginMs`, for the
 * network's jitter) across all conversations (Teams allows 50 per app per tenant; older
 * documents say 30). Within that, sends are at least half the even spacing apart, so a pause
 * (between scheduler ticks, say) can be caught up without a burst. `reserve` books the earliest
 * slot and returns it.
 */
export class SendRateLimiter {
  private readonly nextFree = new Map<string, number>();
  /** Booked send times, ascending. */
  private readonly booked: number[] = [];
  private readonly windowMs: number;
  private readonly minGapMs: number;

  constructor(
    private readonly perConversationMs = 1_000,
    private readonly globalPerSecond = 20,
    marginMs = 15,
  ) {
    this.windowMs = 1_000 + marginMs;
    this.minGapMs = 1_000 / globalPerSecond / 2;
  }

  reserve(conversationId: string, now: number): number {
    while ((this.booked[0] ?? Infinity) <= now - this.windowMs) this.booked.shift();
    let at = Math.max(now, this.nextFree.get(conversationId) ?? 0);
    for (let moved = true; moved;) {
      moved = false;
      for (const b of this.booked)
        if (Math.abs(b - at) < this.minGapMs) {
          at = b + this.minGapMs;
          moved = true;
        }
      // Every window that would hold `at` must keep room for it.
      for (const start of [at, ...this.booked.filter((b) => b > at - this.windowMs && b <= at)]) {
        const inside = this.booked.filter((b) => b >= start && b < start + this.windowMs);
        if (inside.length >= this.globalPerSecond) {
          const oldest = inside[inside.length - this.globalPerSecond] ?? at;
          at = Math.max(at, oldest + this.windowMs);
          moved = true;
          break;
        }
      }
    }
    const index = this.booked.findIndex((b) => b > at);
    this.booked.splice(index === -1 ? this.booked.length : index, 0, at);
    this.nextFree.set(conversationId, at + this.perConversationMs);
    return at;
  }

  /**
   * The send booked at `bookedAt` finished at `doneAt`: it reached Teams somewhere in between, so
   * counting it at `doneAt` never undercounts a window — a send delayed after its slot (by a slow
   * turn, a busy event loop) cannot crowd the next second.
   */
  sent(conversationId: string, bookedAt: number, doneAt: number): void {
    const index = this.booked.indexOf(bookedAt);
    if (index === -1 || doneAt <= bookedAt) return;
    this.booked.splice(index, 1);
    const at = this.booked.findIndex((b) => b > doneAt);
    this.booked.splice(at === -1 ? this.booked.length : at, 0, doneAt);
    this.nextFree.set(
      conversationId,
      Math.max(this.nextFree.get(conversationId) ?? 0, doneAt + this.perConversationMs),
    );
  }

  /** After a 429 with Retry-After, nothing more to that conversation before then. */
  holdConversation(conversationId: string, until: number): void {
    this.nextFree.set(conversationId, Math.max(until, this.nextFree.get(conversationId) ?? 0));
  }
}

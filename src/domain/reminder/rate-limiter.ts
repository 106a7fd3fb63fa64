/** The limiter's clock and sleep: real time in production, virtual time in tests. */
export interface SendTiming {
  now(): number;
  wait(ms: number): Promise<void>;
}

/**
 * Thrown by `inSlot` when the earliest slot is later than the send may start (its lease would
 * have run out): nothing was sent, and the caller puts the reminder back for later.
 */
export class SlotTooLate extends Error {
  /** @param waitMs how long from now until the earliest slot */
  constructor(readonly waitMs: number) {
    super('no slot before the deadline');
    this.name = 'SlotTooLate';
  }
}

const REAL_TIME: SendTiming = {
  now: () => Date.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Spaces sends so Teams never has reason to throttle: at most one message per `perConversationMs`
 * to one conversation (Teams allows bursts of 7/s; 1/s sustained stays far inside 60/30 s and
 * 1800/h), and at most `globalPerSecond` in any window of one second (plus `marginMs`) across all
 * conversations (Teams allows 50 per app per tenant; older documents say 30). Within that, sends
 * are at least half the even spacing apart, so a pause (between scheduler ticks, say) can be
 * caught up without a burst. `reserve` books the earliest slot and returns it; `inSlot` waits for
 * one and sends in it.
 *
 * Reminders and notices share one limiter, and several sends wait for their slots at once
 * (HUSLY_SEND_CONCURRENCY): each is counted at its slot, booked ahead, whether it is still
 * waiting, in flight or done — not when its answer comes, which with Teams' 100–300 ms would
 * count it late and waste that much of every second. So a request must leave within `marginMs`
 * of its slot: a send that wakes more than a third of that late books again; one whose way out
 * the event loop held up (a watch timer fires late) is counted again when the stall ends; and
 * every send checks its slot once more when it wakes (docs/benchmarks.md).
 */
export class SendRateLimiter {
  private readonly nextFree = new Map<string, number>();
  /** Booked send times, ascending. */
  private readonly booked: number[] = [];
  /** Per conversation, the send queued last: the next one starts when it has finished. */
  private readonly queued = new Map<string, Promise<void>>();
  private readonly windowMs: number;
  private readonly minGapMs: number;
  /**
   * A send that wakes later than this after its slot books a new one (the seconds after its slot
   * may be full by now); a stall longer than this just after a send started counts it again.
   */
  private readonly lateMs: number;

  constructor(
    private readonly perConversationMs = 1_000,
    private readonly globalPerSecond = 20,
    marginMs = 20,
    private readonly time: SendTiming = REAL_TIME,
  ) {
    this.windowMs = 1_000 + marginMs;
    this.minGapMs = 1_000 / globalPerSecond / 2;
    this.lateMs = marginMs / 3;
  }

  reserve(conversationId: string, now: number): number {
    const at = this.earliest(conversationId, now);
    this.book(at);
    this.nextFree.set(conversationId, at + this.perConversationMs);
    return at;
  }

  /**
   * Runs `send` in the next free slot for `conversationId`, after every send asked for earlier to
   * that conversation has finished: never two in flight to one conversation, in the order asked,
   * the next at least `perConversationMs` after the last one finished. Safe to call many times at
   * once: that is how sends overlap.
   */
  inSlot<T>(
    conversationId: string,
    send: () => Promise<T>,
    /** At most this many ms from now may pass before the send starts, or SlotTooLate. */
    withinMs = Infinity,
  ): Promise<T> {
    const deadline = this.time.now() + withinMs;
    const earlier = this.queued.get(conversationId) ?? Promise.resolve();
    const mine = earlier.then(() => this.sendInSlot(conversationId, send, deadline));
    const finished = mine.then(
      () => undefined,
      () => undefined,
    );
    this.queued.set(conversationId, finished);
    void finished.then(() => {
      if (this.queued.get(conversationId) === finished) this.queued.delete(conversationId);
    });
    return mine;
  }

  /** After a 429 with Retry-After, nothing more to that conversation for `ms`. */
  holdConversation(conversationId: string, ms: number): void {
    const until = this.time.now() + ms;
    this.nextFree.set(conversationId, Math.max(until, this.nextFree.get(conversationId) ?? 0));
  }

  private async sendInSlot<T>(
    conversationId: string,
    send: () => Promise<T>,
    deadline: number,
  ): Promise<T> {
    let slot = this.earliest(conversationId, this.time.now());
    this.book(slot);
    for (;;) {
      // Too late (a long Retry-After on this conversation, a long queue before it): no waiting.
      if (slot > deadline) {
        this.unbook(slot);
        throw new SlotTooLate(slot - this.time.now());
      }
      const delay = slot - this.time.now();
      if (delay > 0) await this.time.wait(delay);
      const now = this.time.now();
      this.unbook(slot);
      // On time, and the slot still free (a stall may have counted a send again meanwhile)?
      if (now - slot <= this.lateMs && this.earliest(conversationId, slot) === slot) break;
      slot = this.earliest(conversationId, now);
      this.book(slot);
    }
    this.book(slot);
    void this.watch();
    try {
      return await send();
    } finally {
      // Spaced from when it finished: a slow answer does not bring the next one closer.
      this.nextFree.set(
        conversationId,
        Math.max(this.nextFree.get(conversationId) ?? 0, this.time.now() + this.perConversationMs),
      );
    }
  }

  /**
   * Checks, three times a third of the margin apart, that the event loop keeps running while a
   * send's request is on its way out. If a timer fires late (garbage collection, a busy machine),
   * the request may have left only when the stall ended: it is counted once more, then. Sends
   * booked after it check their slots again when they wake.
   */
  private async watch(): Promise<void> {
    for (let check = 0; check < 3; check++) {
      const due = this.time.now() + this.lateMs;
      await this.time.wait(this.lateMs);
      const now = this.time.now();
      if (now - due > this.lateMs) return this.book(now);
    }
  }

  /** The earliest time from `from` that keeps the spacing and every window within the cap. */
  private earliest(conversationId: string, from: number): number {
    // Kept a window longer than needed: a slot is checked again a little after it was booked.
    while ((this.booked[0] ?? Infinity) <= from - 2 * this.windowMs) this.booked.shift();
    let at = Math.max(from, this.nextFree.get(conversationId) ?? 0);
    for (let moved = true; moved;) {
      moved = false;
      for (const b of this.booked)
        if (Math.abs(b - at) < this.minGapMs - EPSILON) {
          at = b + this.minGapMs;
          moved = true;
        }
      // Every window that would hold `at` must keep room for it.
      for (const start of [at, ...this.booked.filter((b) => b > at - this.windowMs && b <= at)]) {
        const inside = this.booked.filter(
          (b) => b >= start - EPSILON && b < start + this.windowMs - EPSILON,
        );
        if (inside.length >= this.globalPerSecond) {
          const oldest = inside[inside.length - this.globalPerSecond] ?? at;
          at = Math.max(at, oldest + this.windowMs);
          moved = true;
          break;
        }
      }
    }
    return at;
  }

  private book(at: number): void {
    const index = this.booked.findIndex((b) => b > at);
    this.booked.splice(index === -1 ? this.booked.length : index, 0, at);
  }

  private unbook(at: number): void {
    const index = this.booked.indexOf(at);
    if (index !== -1) this.booked.splice(index, 1);
  }
}

/**
 * Times are epoch milliseconds plus fractions (1000 / 30 …), exact only to about 0.0002 ms: a slot
 * checked again must not move by a rounding error, so times this close count as equal.
 */
const EPSILON = 0.01;

/**
 * Runs `work` on items, at most `limit` at once — counted in weights: an item that sends several
 * messages (a digest to three leaders) weighs that many, up to `limit` (then it runs alone).
 * Items that share a lane (a key from `lanesOf`)
 * run one after another in the order added; the others overlap. Items may be added while
 * earlier ones run (the next batch of reminders while the last of this one are sent), and the
 * limit holds across everything added. After a failure no further item starts (what started
 * finishes), and `settled` throws the first error once all have settled: so a broken database
 * stops the sending, as a sequential loop would.
 */
export class Lanes<T> {
  private free: number;
  private readonly limit: number;
  /** Waiting for a turn, first come first served, each with its weight. */
  private readonly turns: { readonly weight: number; readonly go: () => void }[] = [];
  private readonly lastInLane = new Map<string, Promise<void>>();
  private readonly runs: Promise<void>[] = [];
  private readonly errors: unknown[] = [];
  /** Added and not yet started. */
  private notStarted = 0;
  private readonly lowWaiters: { readonly at: number; readonly go: () => void }[] = [];

  constructor(
    limit: number,
    private readonly lanesOf: (item: T) => readonly string[],
    private readonly work: (item: T) => Promise<void>,
    private readonly weightOf: (item: T) => number = () => 1,
  ) {
    this.limit = Math.max(1, Math.floor(limit));
    this.free = this.limit;
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  add(items: readonly T[]): void {
    for (const item of items) {
      const lanes = this.lanesOf(item);
      const before = lanes.flatMap((lane) => this.lastInLane.get(lane) ?? []);
      this.notStarted++;
      const weight = Math.min(this.limit, Math.max(1, Math.ceil(this.weightOf(item))));
      const run = Promise.all(before).then(async () => {
        await this.takeTurn(weight);
        this.started();
        try {
          if (!this.failed) await this.work(item);
        } catch (error) {
          this.errors.push(error);
          this.wakeAll();
        } finally {
          this.endTurn(weight);
        }
      });
      for (const lane of lanes) this.lastInLane.set(lane, run);
      this.runs.push(run);
    }
  }

  /** Resolves when at most `count` of the items added have not started (or one has failed). */
  fewWaiting(count: number): Promise<void> {
    if (this.notStarted <= count || this.failed) return Promise.resolve();
    return new Promise((go) => this.lowWaiters.push({ at: count, go }));
  }

  /** Resolves when everything added has settled; throws the first error. */
  async settled(): Promise<void> {
    // Read the length each time round: a run may be added while waiting.
    for (let i = 0; i < this.runs.length; i++) await this.runs[i];
    if (this.failed) throw this.errors[0];
  }

  private takeTurn(weight: number): Promise<void> {
    // Behind others already waiting, even if it would fit: a heavy item is not starved.
    if (this.turns.length === 0 && this.free >= weight) {
      this.free -= weight;
      return Promise.resolve();
    }
    return new Promise((go) => this.turns.push({ weight, go }));
  }

  private endTurn(weight: number): void {
    this.free += weight;
    for (let next = this.turns[0]; next && this.free >= next.weight; next = this.turns[0]) {
      this.turns.shift();
      this.free -= next.weight;
      next.go();
    }
  }

  private started(): void {
    this.notStarted--;
    for (const waiter of [...this.lowWaiters])
      if (this.notStarted <= waiter.at) {
        this.lowWaiters.splice(this.lowWaiters.indexOf(waiter), 1);
        waiter.go();
      }
  }

  private wakeAll(): void {
    for (const waiter of this.lowWaiters.splice(0)) waiter.go();
  }
}

/**
 * Runs `work` on every item, at most `limit` at once. Items that share a lane (a key from
 * `lanesOf`) run one after another in the order given; the others overlap. After a failure no
 * further item starts (what started finishes), and the first error is thrown once all have
 * settled: so a broken database stops the sending, as a sequential loop would.
 */
export async function runInLanes<T>(
  items: readonly T[],
  lanesOf: (item: T) => readonly string[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let free = Math.max(1, Math.floor(limit));
  const waiting: (() => void)[] = [];
  const takeTurn = () =>
    free > 0 ? (free--, Promise.resolve()) : new Promise<void>((go) => waiting.push(go));
  const endTurn = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  const lastInLane = new Map<string, Promise<void>>();
  const errors: unknown[] = [];
  const runs = items.map((item) => {
    const lanes = lanesOf(item);
    const before = lanes.flatMap((lane) => lastInLane.get(lane) ?? []);
    const run = Promise.all(before).then(async () => {
      await takeTurn();
      try {
        if (errors.length === 0) await work(item);
      } catch (error) {
        errors.push(error);
      } finally {
        endTurn();
      }
    });
    for (const lane of lanes) lastInLane.set(lane, run);
    return run;
  });
  await Promise.all(runs);
  if (errors.length > 0) throw errors[0];
}

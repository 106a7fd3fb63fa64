import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { Lanes } from '../../../../src/domain/common/lanes.ts';

/** Work that takes a few milliseconds and records what ran, and how much at once. */
function recorder() {
  const seen = { inFlight: 0, most: 0, done: [] as string[] };
  const work = async (item: { id: string; fail?: boolean }) => {
    seen.inFlight++;
    seen.most = Math.max(seen.most, seen.inFlight);
    await sleep(3);
    seen.inFlight--;
    if (item.fail) throw new Error(`failed: ${item.id}`);
    seen.done.push(item.id);
  };
  return { seen, work };
}

const laneOf = (item: { id: string }) => [item.id.split(':')[0] ?? ''];

describe('Lanes', () => {
  it('keeps the limit across batches added while earlier ones run, one lane in order', async () => {
    const { seen, work } = recorder();
    const lanes = new Lanes(3, laneOf, work);
    lanes.add(['a:1', 'b:1', 'c:1', 'a:2', 'd:1'].map((id) => ({ id })));
    await lanes.fewWaiting(1);
    lanes.add(['a:3', 'e:1', 'b:2'].map((id) => ({ id })));
    await lanes.settled();
    assert.equal(seen.most, 3);
    assert.equal(seen.done.length, 8);
    const order = (lane: string) => seen.done.filter((id) => id.startsWith(`${lane}:`));
    assert.deepEqual(order('a'), ['a:1', 'a:2', 'a:3']);
    assert.deepEqual(order('b'), ['b:1', 'b:2']);
  });

  it('starts nothing more after a failure and throws it when all have settled', async () => {
    const { seen, work } = recorder();
    const lanes = new Lanes(1, laneOf, work);
    lanes.add([{ id: 'a:1' }, { id: 'b:1', fail: true }, { id: 'c:1' }, { id: 'd:1' }]);
    await lanes.fewWaiting(0);
    await assert.rejects(lanes.settled(), /failed: b:1/);
    assert.deepEqual(seen.done, ['a:1']);
    assert.equal(lanes.failed, true);
  });

  it('counts items by weight; a heavy one waits its turn and is not passed', async () => {
    let inFlight = 0;
    let most = 0;
    const order: string[] = [];
    const lanes = new Lanes<{ id: string; weight: number }>(
      4,
      (item) => [item.id],
      async (item) => {
        inFlight += item.weight;
        most = Math.max(most, inFlight);
        order.push(item.id);
        await sleep(3);
        inFlight -= item.weight;
      },
      (item) => item.weight,
    );
    lanes.add([
      { id: 'a', weight: 3 },
      { id: 'b', weight: 3 },
      { id: 'c', weight: 1 },
      { id: 'd', weight: 9 },
    ]);
    await lanes.settled();
    // 'c' would fit beside 'a' but waits behind 'b'; 'd' (more than the limit) runs alone.
    assert.deepEqual(order, ['a', 'b', 'c', 'd']);
    assert.equal(most, 9, 'the heaviest ran alone');
  });
});

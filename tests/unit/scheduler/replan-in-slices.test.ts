import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { replanInSlices } from '../../../src/scheduler/replan-in-slices.ts';

/** Burns CPU like a synchronous SQLite replan does (~1.5 ms a case), then resolves at once. */
const busyReplan = async () => {
  const until = performance.now() + 1.5;
  while (performance.now() < until);
};

describe('replanning open cases after a start', () => {
  it('gives the event loop back while it works, so a health check is answered', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `case-${i}`);
    let done = 0;
    const answered: { after: number | null } = { after: null };
    // A timer stands in for an HTTP request: it can only run when the loop gets control.
    setTimeout(() => (answered.after = done), 0);
    const outcome = await replanInSlices(ids, async (id) => {
      await busyReplan();
      if (id) done++;
    });
    assert.equal(outcome.cases, 400);
    const after = answered.after;
    assert.ok(after !== null, 'the timer ran');
    assert.ok(after < 50, `answered after ${after} of 400 cases, not at the end`);
  });

  it('counts a case that fails and goes on with the rest', async () => {
    const planned: string[] = [];
    const outcome = await replanInSlices(['a', 'b', 'c'], async (id) => {
      if (id === 'b') throw new Error('database busy');
      planned.push(id);
    });
    assert.deepEqual(planned, ['a', 'c']);
    assert.equal(outcome.failed, 1);
  });
});

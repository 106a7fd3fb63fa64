import assert from 'node:assert/strict';

/**
 * Asserts that `value` is there and returns it, narrowed: for an index, `.at()` or `.find()`
 * whose result the test expects to exist. `what` names it in the failure message.
 */
export function present<T>(value: T | undefined, what: string): T {
  assert.ok(value !== undefined, `expected ${what}, got undefined`);
  return value;
}

/** Asserts that `items` holds exactly one element and returns it. */
export function only<T>(items: readonly T[], what: string): T {
  assert.equal(items.length, 1, `expected exactly one ${what}, got ${items.length}`);
  return present(items[0], what);
}

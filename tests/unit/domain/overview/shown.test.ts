import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  drawable,
  exact,
  suppressBreakdown,
  suppressed,
  SUPPRESS_BELOW,
} from '../../../../src/domain/overview/shown.ts';

const LESS = { fewerThan: SUPPRESS_BELOW };
const about = (n: number) => ({ rounded: n });
const HIDDEN = { hidden: true };

describe('suppressed', () => {
  it('shows 1–4 as "fewer than 5", 0 exactly, and 5 or more rounded to the nearest 5', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 122].map(suppressed), [
      exact(0),
      LESS,
      LESS,
      LESS,
      LESS,
      about(5),
      about(5),
      about(5),
      about(10),
      about(120),
    ]);
  });

  it('draws exact and rounded numbers, never "< 5" or hidden', () => {
    assert.equal(drawable(exact(0)), 0);
    assert.equal(drawable(exact(7)), 7);
    assert.equal(drawable(suppressed(7)), 5);
    assert.equal(drawable(suppressed(3)), null);
    assert.equal(drawable({ hidden: true }), null);
  });
});

describe('suppressBreakdown', () => {
  it('hides the smallest other non-zero cell when one is suppressed next to an exact total', () => {
    // 20 − 10 − 7 − 0 would give the 3 away.
    assert.deepEqual(suppressBreakdown([3, 10, 0, 7], true), [LESS, about(10), exact(0), HIDDEN]);
  });

  it('hides nothing more when two or more cells are suppressed', () => {
    assert.deepEqual(suppressBreakdown([3, 10, 2], true), [LESS, about(10), LESS]);
  });

  it('hides nothing more when no total is shown', () => {
    assert.deepEqual(suppressBreakdown([3, 10, 7], false), [LESS, about(10), about(5)]);
  });

  it('hides nothing in a breakdown without small cells', () => {
    assert.deepEqual(suppressBreakdown([0, 5, 9], true), [exact(0), about(5), about(10)]);
    assert.deepEqual(suppressBreakdown([], true), []);
  });

  it('hides the first of equal smallest cells only', () => {
    assert.deepEqual(suppressBreakdown([6, 1, 6], true), [HIDDEN, LESS, about(5)]);
  });
});

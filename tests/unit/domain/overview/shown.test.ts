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
const HIDDEN = { hidden: true };

describe('suppressed', () => {
  it('shows 1–4 as "fewer than 5"; 0 and 5 or more exactly', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 120].map(suppressed), [
      exact(0),
      LESS,
      LESS,
      LESS,
      LESS,
      exact(5),
      exact(6),
      exact(120),
    ]);
  });

  it('draws only exact numbers', () => {
    assert.equal(drawable(exact(0)), 0);
    assert.equal(drawable(exact(7)), 7);
    assert.equal(drawable(suppressed(3)), null);
    assert.equal(drawable({ hidden: true }), null);
  });
});

describe('suppressBreakdown', () => {
  it('hides the smallest other non-zero cell when one is suppressed next to an exact total', () => {
    // 20 − 10 − 7 − 0 would give the 3 away.
    assert.deepEqual(suppressBreakdown([3, 10, 0, 7], true), [LESS, exact(10), exact(0), HIDDEN]);
  });

  it('hides nothing more when two or more cells are suppressed', () => {
    assert.deepEqual(suppressBreakdown([3, 10, 2], true), [LESS, exact(10), LESS]);
  });

  it('hides nothing more when no total is shown', () => {
    assert.deepEqual(suppressBreakdown([3, 10, 7], false), [LESS, exact(10), exact(7)]);
  });

  it('leaves a breakdown without small cells exact', () => {
    assert.deepEqual(suppressBreakdown([0, 5, 9], true), [exact(0), exact(5), exact(9)]);
    assert.deepEqual(suppressBreakdown([], true), []);
  });

  it('hides the first of equal smallest cells only', () => {
    assert.deepEqual(suppressBreakdown([6, 1, 6], true), [HIDDEN, LESS, exact(6)]);
  });
});

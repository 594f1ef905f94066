// A sort in steps of bounded work gives what Array.prototype.sort gives (stable), whatever the budget.
import * as assert from 'node:assert/strict';
import { sortInSteps } from '../../src/core/util/steps';
import { seededRandom } from '../../src/core/util/seededRandom';

describe('sortInSteps', () => {
  it('sorts as Array.prototype.sort does, ties in their order, no step over the budget', () => {
    const random = seededRandom(11);
    for (const length of [0, 1, 7, 50, 333, 1000]) {
      for (const budget of [1, 3, 16, 100, 5000]) {
        // Few distinct keys, so ties abound; the index tells the tied items apart.
        const items = Array.from({ length }, (_, index) => ({ key: Math.floor(random() * 10), index }));
        const order = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        const expected = [...items].sort(order);
        const steps = [...sortInSteps(items, order, budget)];
        assert.deepEqual(items, expected, `${length} items, budget ${budget}`);
        for (const step of steps) assert.ok(step <= budget, `a step of ${step} over a budget of ${budget}`);
      }
    }
  });
});

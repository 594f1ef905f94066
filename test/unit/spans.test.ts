import * as assert from 'node:assert/strict';
import { indexStartingAt } from '../../src/core/util/spans';

describe('indexStartingAt: a token found by its start, by binary search', () => {
  // Tokens of "Анна Петрова, 5" with their starts.
  const tokens = [
    { start: 0, end: 4 },
    { start: 5, end: 12 },
    { start: 12, end: 13 },
    { start: 14, end: 15 },
  ];
  const cases: [number, number | undefined][] = [[0, 0], [5, 1], [12, 2], [14, 3], [1, undefined], [13, undefined], [15, undefined], [-1, undefined]];
  for (const [start, index] of cases) {
    it(`start ${start}`, () => {
      // The same answer as a map from every token's start to its index.
      const byStart = new Map(tokens.map((t, i) => [t.start, i]));
      assert.equal(indexStartingAt(tokens, start), index);
      assert.equal(byStart.get(start), index);
    });
  }
  it('no tokens', () => assert.equal(indexStartingAt([], 0), undefined));
});

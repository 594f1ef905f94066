import * as assert from 'node:assert/strict';
import { breaksLine, spacesOnly } from '../../src/core/text/gaps';

describe('spacesOnly: the gap between two tokens, read in place', () => {
  // The regular expression the matchers used on the cut-out gap: the answers must be the same.
  const RULE = /^[ \t\u00a0]{1,2}$/;
  const gaps = ['', ' ', '  ', '   ', '\t', '\u00a0', ' \u00a0', '\n', ' \n', ',', ' ,', '\u200b', '- '];
  for (const gap of gaps) {
    it(JSON.stringify(gap), () => {
      const text = `Анна${gap}Петрова`;
      assert.equal(spacesOnly(text, 4, 4 + gap.length), RULE.test(gap));
    });
  }
  it('a reversed range is no gap', () => assert.equal(spacesOnly('a b', 2, 1), false));
});

describe('breaksLine: a line break between two tokens, read in place', () => {
  const gaps: [string, boolean][] = [['', false], [' ', false], ['\n', true], [' \n ', true], ['\r\n', true], [', ', false], ['\u2028', false]];
  for (const [gap, breaks] of gaps) {
    it(JSON.stringify(gap), () => assert.equal(breaksLine(`Анна${gap}Петрова`, 4, 4 + gap.length), breaks));
  }
  it('a reversed range holds no break', () => assert.equal(breaksLine('a\nb', 2, 1), false));
});

import * as assert from 'node:assert/strict';
import { escapeControlsInJson } from '../../src/cli/terminalText';

describe('escapeControlsInJson: DEL and C1 escaped, other output passed through', () => {
  const cases: [string, string][] = [
    ['plain', 'Дональд Трамп прибыл в Париж.'],
    ['C0 only (JSON.stringify escapes these itself)', 'a\u001b]0;t\u0007b'],
    ['DEL', 'c1\u007f.txt'],
    ['C1', 'Трамп\u009b2J заявил'],
    ['both', '\u0080x\u009f'],
  ];
  for (const [name, value] of cases) {
    it(name, () => {
      const json = JSON.stringify({ value });
      const escaped = escapeControlsInJson(json);
      assert.equal(JSON.parse(escaped).value, value, 'parses back to the same string');
      assert.doesNotMatch(escaped, /[\u007f-\u009f]/);
      // Output with nothing to escape is returned as it is, not copied.
      if (!/[\u007f-\u009f]/.test(json)) assert.equal(escaped, json);
    });
  }
  it('the escape is \\u00XX', () => assert.equal(escapeControlsInJson('"\u009b"'), '"\\u009b"'));
});

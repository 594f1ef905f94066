// Text from articles and file names shown in a quick pick: `$(name)` must stay text, never become an icon.
import * as assert from 'node:assert/strict';
import { escapeIcons } from '../../src/vscode/quickPickText';

describe('quick pick text: escapeIcons', () => {
  const cases: [string, string][] = [
    ['run $(terminal) now', 'run \\$(terminal) now'],
    ['$(sync~spin) and $(x)', '\\$(sync~spin) and \\$(x)'],
    // Already a backslash before it: the backslash is text too, and stays visible.
    ['a \\$(gear) b', 'a \\\\$(gear) b'],
    // Not icon syntax: VS Code renders it as it is, so it is left alone (a backslash would show).
    ['$(100 млн) и $()', '$(100 млн) и $()'],
    ['[переговорах] $ ( x )', '[переговорах] $ ( x )'],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => assert.equal(escapeIcons(input), expected));
  }
});

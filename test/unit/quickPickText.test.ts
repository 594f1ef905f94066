import * as assert from 'node:assert/strict';
import { breakLinks, escapeIcons } from '../../src/vscode/quickPickText';

/**
 * What a quick pick shows for a label, as VS Code 1.99 renders it (renderLabelWithIcons in
 * src/vs/base/browser/ui/iconLabel/iconLabels.ts): `\$(name)` is the literal text `$(name)`, `$(name)` an icon,
 * written here as ⟦name⟧.
 */
function shown(label: string): string {
  return label.replace(/(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g, (_match, escaped: string | undefined, name: string) =>
    escaped ? `$(${name})` : `⟦${name}⟧`,
  );
}

describe('quick pick text from untrusted sources', () => {
  const cases: [string, string][] = [
    ['Стив Уиткофф', 'Стив Уиткофф'],
    ['$(terminal)', '\\$(terminal)'],
    ['run $(terminal) and $(sync~spin) now', 'run \\$(terminal) and \\$(sync~spin) now'],
    ['$(person) Стив $(calendar)', '\\$(person) Стив \\$(calendar)'],
    ['\\$(terminal)', '\\\\$(terminal)'],
    ['cost $(1.5 bn) and $(', 'cost $(1.5 bn) and $('],
    ['$(not an icon)', '$(not an icon)'],
  ];
  for (const [input, expected] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeIcons(input), expected));
  }

  for (const [input] of cases) {
    it(`shows ${JSON.stringify(input)} as written, with no icon`, () => {
      assert.equal(shown(escapeIcons(input)), input);
    });
  }

  it('keeps the icons of the label around it', () => {
    assert.equal(shown(`$(person) ${escapeIcons('Стив $(terminal)')}`), '⟦person⟧ Стив $(terminal)');
  });

  describe('links in notifications and input box prompts', () => {
    /** The links VS Code 1.99 makes of a notification or prompt (parseLinkedText in src/vs/base/common/linkedText.ts). */
    const LINKED_TEXT = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^\)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
    const texts = [
      '[Open](command:workbench.action.terminal.new)',
      'Стив [x](https://evil.example/login "title") Уиткофф',
      '[a](file:///etc/passwd)',
      '[Open](command:corpusNavigator.openSource?%7B%22doc%22%3A1%7D)',
    ];
    for (const text of texts) {
      it(`breaks ${JSON.stringify(text)}, which shows the same`, () => {
        assert.ok(text.match(LINKED_TEXT), 'a link before');
        const broken = breakLinks(text);
        assert.equal(broken.match(LINKED_TEXT), null, broken);
        assert.equal(broken.replace(/\u200B/g, ''), text);
      });
    }

    it('leaves text without links alone', () => assert.equal(breakLinks('Стив Уиткофф (спецпосланник) [1]'), 'Стив Уиткофф (спецпосланник) [1]'));
  });
});
describe('quick pick text: escapeIcons leaves what is not an icon', () => {
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

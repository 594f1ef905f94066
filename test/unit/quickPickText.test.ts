import * as assert from 'node:assert/strict';
import { escapeIcons } from '../../src/vscode/quickPickText';

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
});

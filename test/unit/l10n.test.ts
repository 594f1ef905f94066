// Every UI string has a Russian and a Ukrainian translation, and the manifest's placeholders all resolve.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const LOCALES = ['ru', 'uk'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The first argument of every l10n.t('…') call: the message key. */
function l10nMessages(): string[] {
  const messages = new Set<string>();
  const call = /l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs;
  for (const file of sources(join(ROOT, 'src', 'vscode'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      // Keys are the literal's value: unescape what JavaScript would.
      messages.add(JSON.parse(`"${match[2].replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/"/g, '\\"')}"`));
    }
  }
  return [...messages].sort();
}

const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('localization', () => {
  const messages = l10nMessages();
  it('finds the UI strings', () => assert.ok(messages.length > 20, `${messages.length} strings`));

  for (const locale of LOCALES) {
    it(`every UI string has a ${locale} translation with the same placeholders`, () => {
      const bundle = readJson(`l10n/bundle.l10n.${locale}.json`);
      const missing = messages.filter((m) => !(m in bundle));
      assert.deepEqual(missing, []);
      for (const m of messages) {
        const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
        assert.equal(placeholders(bundle[m]), placeholders(m), `placeholders of "${m}"`);
      }
    });

    it(`package.nls.${locale}.json translates every manifest string`, () => {
      assert.deepEqual(Object.keys(readJson(`package.nls.${locale}.json`)).sort(), Object.keys(readJson('package.nls.json')).sort());
    });
  }

  it('every %placeholder% in package.json exists in package.nls.json', () => {
    const used = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    const nls = readJson('package.nls.json');
    assert.deepEqual(used.filter((key) => !(key in nls)), []);
  });
});

// The Timeline's page writes corpus text only as text: no markup from strings, no remote resource, no eval.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = join(__dirname, '..', '..', '..', 'src', 'webview', 'timeline.ts');

describe('timeline page', () => {
  const text = readFileSync(PAGE, 'utf8');
  for (const [what, pattern] of [
    ['markup from strings', /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|createContextualFragment/],
    ['a remote resource', /\bhttps?:\/\//],
    ['eval', /\beval\(|new Function\(/],
  ] as const) {
    it(`has no ${what}`, () => assert.doesNotMatch(text, pattern));
  }
  it('writes text through the shared el/svgEl or textContent', () => assert.match(text, /from '\.\/shared\/pictureClient'/));
});

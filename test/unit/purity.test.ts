// The core must run unchanged in Node, a browser worker and the CLI: no editor, no Node built-ins.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(__dirname, '..', '..', '..', 'src', 'core');
const FORBIDDEN = /(?:from\s+|require\(\s*|import\(\s*)['"](vscode|node:[^'"]+|fs|path|os|child_process|crypto|util|buffer|stream)['"]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('core purity', () => {
  const files = sources(CORE);
  it('finds the core sources', () => assert.ok(files.length > 10, `only ${files.length} files under ${CORE}`));
  for (const file of files) {
    it(`${file.slice(CORE.length + 1)} imports neither vscode nor Node built-ins`, () => {
      const text = readFileSync(file, 'utf8');
      const match = FORBIDDEN.exec(text);
      assert.equal(match, null, `imports ${match?.[1]}`);
      assert.doesNotMatch(text, /\bBuffer\.|\bprocess\./, 'uses a Node global');
    });
  }
});

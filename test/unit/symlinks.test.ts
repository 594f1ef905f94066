// Symbolic links in a corpus folder, on a real disk: loops end, every article is read once, and nothing outside
// the corpus folder is read (the workspace may be untrusted) — through the loader and through the CLI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../src/cli/nodeFileSystem';
import type { CorpusFileSystem } from '../../src/core/corpus/fileSystem';
import { loadCorpus } from '../../src/core/corpus/loader';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

/** At most this many folder listings: the corpus below has 2 real folders, a walk that follows its loops ~2⁴⁰. */
const MAX_LISTINGS = 100;

/** A file system that refuses to list more than MAX_LISTINGS folders, so a looping walk fails instead of hanging. */
function bounded(fs: CorpusFileSystem): CorpusFileSystem & { listings: number } {
  const counted = Object.create(fs) as CorpusFileSystem & { listings: number };
  counted.listings = 0;
  counted.readDirectory = (dir) => {
    if (++counted.listings > MAX_LISTINGS) throw new Error(`more than ${MAX_LISTINGS} folder listings: the walk loops`);
    return fs.readDirectory(dir);
  };
  return counted;
}

describe('symbolic links in the corpus folder', function () {
  this.timeout(20_000);
  let base: string;
  let corpus: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'corpus-links-'));
    corpus = join(base, 'corpus');
    const outside = join(base, 'outside');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(corpus, 'a.txt'), 'Дональд Трамп прибыл в Париж.');
    writeFileSync(join(corpus, 'sub', 's.txt'), 'Эммануэль Макрон встретил гостей.');
    writeFileSync(join(outside, 'secret.txt'), 'Секретный текст вне корпуса.');
    // Loops: two links to the corpus root (2⁴⁰ paths), one more, and one from a subfolder back up.
    symlinkSync('.', join(corpus, 'a'));
    symlinkSync('.', join(corpus, 'b'));
    symlinkSync('.', join(corpus, 'loop'));
    symlinkSync('..', join(corpus, 'sub', 'up'));
    // A link to a file inside: its target is read under its own name.
    symlinkSync('a.txt', join(corpus, 'same.txt'));
    // Links out of the corpus folder: a folder and a file.
    symlinkSync(outside, join(corpus, 'out'));
    symlinkSync(join(outside, 'secret.txt'), join(corpus, 'leak.txt'));
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  it('the loader reads every article once, ends, and reads nothing outside', async () => {
    const fs = bounded(new NodeFileSystem(corpus));
    const { articles, problems } = await loadCorpus(fs);
    assert.deepEqual(articles.map((a) => a.path), ['a.txt', 'sub/s.txt']);
    // The two real folders, and the root once more to look for corpus.yaml.
    assert.ok(fs.listings <= 3, `${fs.listings} folder listings`);
    assert.deepEqual(
      problems.map((p) => [p.path, p.severity]).sort(),
      [['leak.txt', 'warning'], ['out', 'warning']],
      JSON.stringify(problems),
    );
    for (const p of problems) assert.match(p.message, /outside the corpus folder/);
  });

  it('the CLI lists each article once and names each link out of the corpus once on stderr', () => {
    const result = spawnSync(process.execPath, [CLI, 'extract', corpus], { encoding: 'utf8', timeout: 15_000 });
    assert.equal(result.status, 0, `exit ${result.status} ${result.signal ?? ''} ${result.stderr}`);
    assert.deepEqual(JSON.parse(result.stdout).documents.map((d: { file: string }) => d.file), ['a.txt', 'sub/s.txt']);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 2, result.stderr);
    assert.equal(lines.filter((l) => /warning: out: .*outside the corpus folder/.test(l)).length, 1, result.stderr);
    assert.equal(lines.filter((l) => /warning: leak\.txt: .*outside the corpus folder/.test(l)).length, 1, result.stderr);
    assert.doesNotMatch(result.stdout, /Секретный/);
  });
});

// Folders that come and go while the corpus is followed: a folder deleted while it is listed is no problem, and a
// folder created, deleted or moved (one file event, for the folder alone) reaches every article under it.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../src/cli/nodeFileSystem';
import { type CorpusFileSystem, EntryNotFound, MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { folderChanges } from '../../src/core/corpus/folderChanges';
import { DEFAULT_CORPUS_OPTIONS, isExcludedFolder, listArticleFiles } from '../../src/core/corpus/loader';
import type { Problem } from '../../src/core/types';

const linkOut = (path: string): Problem => ({ path, severity: 'warning', message: 'Not followed: a symbolic link that leads outside the corpus folder.' });

describe('folders that come and go', () => {
  let base: string;
  let corpus: string;

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'corpus-folders-'));
    corpus = join(base, 'corpus');
    mkdirSync(join(corpus, 'sub', 'deep'), { recursive: true });
    writeFileSync(join(corpus, 'a.txt'), 'Дональд Трамп прибыл в Париж.');
    writeFileSync(join(corpus, 'sub', 's.txt'), 'Эммануэль Макрон встретил гостей.');
    writeFileSync(join(corpus, 'sub', 'deep', 'd.md'), 'Фридрих Мерц прибыл в Берлин.');
  });

  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('a missing folder, a path through a file and a missing entry are EntryNotFound on the disk', async () => {
    const fs = new NodeFileSystem(corpus);
    await assert.rejects(fs.readDirectory('gone'), EntryNotFound);
    await assert.rejects(fs.readDirectory('a.txt'), EntryNotFound);
    await assert.rejects(fs.linkTarget('gone'), EntryNotFound);
    await assert.rejects(new MemoryFileSystem({ 'a.txt': 'x' }).readDirectory('gone'), EntryNotFound);
  });

  it('a folder deleted while the corpus is listed has no files and no problem; a missing corpus root is one', async () => {
    const disk = new NodeFileSystem(corpus);
    // The folder goes between the listing of its parent and its own.
    const racing: CorpusFileSystem = Object.create(disk) as CorpusFileSystem;
    racing.readDirectory = async (dir) => {
      const entries = await disk.readDirectory(dir);
      if (dir === '') rmSync(join(corpus, 'sub'), { recursive: true });
      return entries;
    };
    const problems: Problem[] = [];
    assert.deepEqual(await listArticleFiles(racing, DEFAULT_CORPUS_OPTIONS, problems), ['a.txt']);
    assert.deepEqual(problems, []);
    const missing: Problem[] = [];
    assert.deepEqual(await listArticleFiles(new NodeFileSystem(join(base, 'nowhere')), DEFAULT_CORPUS_OPTIONS, missing), []);
    assert.deepEqual(
      missing.map((p) => [p.path, p.message.split(':')[0]]),
      [['.', 'Cannot list folder']],
    );
  });

  it('a deleted folder touches every file the index holds under it, and only those; its listing problems go', async () => {
    rmSync(join(corpus, 'sub'), { recursive: true });
    const indexed = ['', 'corpus.yaml', 'a.txt', 'sub/s.txt', 'sub/deep/d.md', 'subway.txt'];
    const changes = await folderChanges(new NodeFileSystem(corpus), DEFAULT_CORPUS_OPTIONS, ['sub'], indexed, [linkOut('sub/out'), linkOut('out')]);
    assert.deepEqual(changes, { paths: ['sub/deep/d.md', 'sub/s.txt'], listing: [linkOut('out')] });
  });

  it('a folder created or moved in brings every article under it, and its links out as listing problems', async () => {
    writeFileSync(join(corpus, 'sub', 'picture.png'), '');
    symlinkSync(base, join(corpus, 'sub', 'out'));
    const changes = await folderChanges(new NodeFileSystem(corpus), DEFAULT_CORPUS_OPTIONS, ['sub'], ['', 'a.txt'], []);
    assert.deepEqual(changes, { paths: ['sub/deep/d.md', 'sub/s.txt'], listing: [linkOut('sub/out')] });
  });

  it('a link created to a folder is never walked: one inside is no change, one out is said once', async () => {
    symlinkSync('.', join(corpus, 'loop'));
    symlinkSync(base, join(corpus, 'out'));
    const indexed = ['', 'a.txt', 'sub/s.txt', 'sub/deep/d.md'];
    const changes = await folderChanges(new NodeFileSystem(corpus), DEFAULT_CORPUS_OPTIONS, ['loop', 'out'], indexed, []);
    assert.deepEqual(changes, { paths: [], listing: [linkOut('out')] });
  });

  it('a renamed folder (a delete and a create) moves its articles; a file that is no article changes nothing', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': 'x', 'new/b.txt': 'y', 'picture.png': '' });
    const renamed = await folderChanges(fs, DEFAULT_CORPUS_OPTIONS, ['old', 'new'], ['a.txt', 'old/b.txt'], []);
    assert.deepEqual(renamed, { paths: ['new/b.txt', 'old/b.txt'], listing: [] });
    assert.deepEqual(await folderChanges(fs, DEFAULT_CORPUS_OPTIONS, ['picture.png'], ['a.txt', 'new/b.txt'], []), { paths: [], listing: [] });
  });

  it('excluded folders are never looked into', () => {
    assert.equal(isExcludedFolder('node_modules', DEFAULT_CORPUS_OPTIONS), true);
    assert.equal(isExcludedFolder('sub/.git', DEFAULT_CORPUS_OPTIONS), true);
    assert.equal(isExcludedFolder('sub', DEFAULT_CORPUS_OPTIONS), false);
  });
});

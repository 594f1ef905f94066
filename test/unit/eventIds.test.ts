// Event ids: unique in a corpus, and stable — an event keeps its id while nothing about it changes, whatever
// happens to other articles, so a live edit does not rename (and collapse) unrelated rows of the Events view.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../src/cli/nodeFileSystem';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { DEFAULT_CORPUS_OPTIONS, loadCorpus } from '../../src/core/corpus/loader';
import { parseArticle } from '../../src/core/article';
import { CorpusModel, indexCorpus } from '../../src/core/pipeline';
import type { CorpusEvent } from '../../src/core/types';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const BSNLP_CORPUS = join(REPO_ROOT, 'test', 'fixtures', 'bsnlpCorpus.mjs');

function duplicateIds(events: readonly CorpusEvent[]): string[] {
  const seen = new Set<string>();
  return events.map((e) => e.id).filter((id) => seen.has(id) || !seen.add(id));
}

/** What an event is, apart from its id. */
const content = (e: CorpusEvent): string => JSON.stringify({ ...e, id: undefined });

const eventsOf = async (files: Record<string, string>): Promise<readonly CorpusEvent[]> => (await indexCorpus(new MemoryFileSystem(files))).events;

describe('event ids', () => {
  // Two meetings of the same day that have nothing in common: two events of one kind and one date.
  const paris = ' date 2026-01-06 Заголовок\nДональд Туск и Кир Стармер встретились в Париже 6 января.';
  const budapest = ' date 2026-01-06 Заголовок\nВиктор Орбан и Роберт Фицо встретились в Будапеште 6 января.';

  it('two meetings of one day in two articles have two ids, each the same as without the other article', async () => {
    const both = await eventsOf({ 'a.txt': paris, 'b.txt': budapest });
    assert.equal(both.length, 2, both.map((e) => e.title).join('; '));
    assert.deepEqual(duplicateIds(both), []);
    const [alone] = await eventsOf({ 'a.txt': paris });
    assert.equal(both.find((e) => content(e) === content(alone))?.id, alone.id);
  });

  it('two meetings of one day in one article have two ids, numbered in the order the article reports them', async () => {
    const events = await eventsOf({ 'a.txt': `${paris} ${budapest.split('\n')[1]}` });
    assert.equal(events.length, 2, events.map((e) => e.title).join('; '));
    assert.deepEqual(duplicateIds(events), []);
    const [first, second] = [...events].sort((a, b) => a.sources[0].start - b.sources[0].start);
    assert.equal(second.id, `${first.id}-2`);
  });

  it('are ids, not sentences: short, of letters, digits and dashes', async () => {
    const [event] = await eventsOf({ 'a.txt': paris });
    assert.match(event.id, /^event:2026-01-06-meeting-[0-9a-z]+$/);
  });
});

describe('the BSNLP corpus fixture', () => {
  it('fails with a message when ../shared is not beside the repository', () => {
    // A checkout of the script alone, in a folder with no shared/ beside it.
    const parent = mkdtempSync(join(tmpdir(), 'corpus-nav-no-shared-'));
    try {
      mkdirSync(join(parent, 'repo', 'test', 'fixtures'), { recursive: true });
      const script = join(parent, 'repo', 'test', 'fixtures', 'bsnlpCorpus.mjs');
      copyFileSync(BSNLP_CORPUS, script);
      const result = spawnSync(process.execPath, [script, join(parent, 'corpus')], { encoding: 'utf8' });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /bsnlp-train\.json is missing/);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('event ids on the 950 BSNLP documents', function () {
  // Indexing 950 real articles takes ~10 s, twice as long on a loaded machine.
  this.timeout(180_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-nav-bsnlp-'));
    // No ../shared beside the repository is a failure here, not a skipped test.
    const written = spawnSync(process.execPath, [BSNLP_CORPUS, dir, '--count', '950'], { encoding: 'utf8' });
    assert.equal(written.status, 0, `the BSNLP corpus could not be written: ${written.stderr}`);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('`corpus-nav extract` gives every event its own id', () => {
    const result = spawnSync(process.execPath, [CLI, 'extract', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    assert.equal(result.status, 0, result.stderr);
    const { documents, events } = JSON.parse(result.stdout) as { documents: unknown[]; events: CorpusEvent[] };
    assert.equal(documents.length, 950);
    assert.ok(events.length >= 30, `${events.length} events`);
    assert.deepEqual(duplicateIds(events), []);
  });

  it('a live edit of one article renames no event it has no part in', async () => {
    const { articles } = await loadCorpus(new NodeFileSystem(dir), DEFAULT_CORPUS_OPTIONS);
    const model = new CorpusModel(articles);
    const before = model.build().events;
    // An Asia Bibi article gains a meeting on the day of a meeting a Brexit article reports: another event of that
    // kind and date, which must not shift the id of the other.
    const edited = articles.find((a) => a.path === 'bsnlp__asia_bibi__ru__asia_bibi_ru.txt_file_102.txt');
    assert.ok(edited, 'the article to edit is in the corpus');
    const addition = '\n\n21 ноября 2018 года в Лиссабоне встретились Ангела Меркель и Эммануэль Макрон.';
    model.set(parseArticle(edited.path, edited.text + addition));
    const after = model.build().events;

    assert.deepEqual(duplicateIds(before), []);
    assert.deepEqual(duplicateIds(after), []);
    const involves = (e: CorpusEvent): boolean => e.sources.some((s) => s.doc === edited.path);
    const meeting = /^(?:Встреч|Зустріч)/;
    const added = after.filter((e) => involves(e) && e.date === '2018-11-21' && meeting.test(e.title));
    assert.equal(added.length, 1, 'the edit adds the Lisbon meeting');
    assert.ok(
      before.filter((e) => e.date === '2018-11-21' && meeting.test(e.title)).length >= 1,
      'a meeting of another article on that day, that the new one could push out of its id',
    );
    const idAfter = new Map(after.map((e) => [content(e), e.id]));
    const untouched = before.filter((e) => !involves(e) && idAfter.has(content(e)));
    assert.ok(untouched.length >= before.length * 0.9, `${untouched.length} of ${before.length} events unchanged`);
    for (const event of untouched) assert.equal(idAfter.get(content(event)), event.id, event.title);
  });
});

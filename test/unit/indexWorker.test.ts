// The indexing worker as the extension runs it: the bundled dist/indexWorker.js on a worker_threads thread, driven
// through IndexClient (npm test builds dist/ before the unit tests). Builds, updates, deletes and corrections go
// through it; a worker that dies is replaced, and says so; and an index kept up to date by live edits is the
// index a full build of the same files gives (the incremental-equals-full property, through the worker).
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { IndexEngine, type CorpusChange, type IndexSnapshot } from '../../src/core/engine/indexEngine';
import type { OpenEngineChannel } from '../../src/core/engine/protocol';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { seededRandom } from '../../src/core/util/seededRandom';
import { openWorkerChannel } from '../../src/node/workerChannel';
import { EngineStoppedError, IndexClient } from '../../src/vscode/indexClient';
import { assertSameAsFull, edited, fullBuild, SAMPLE_FILES, silentLog } from './engineFixtures';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const WORKER = join(REPO_ROOT, 'dist', 'indexWorker.js');
const CRASHING_WORKER = join(REPO_ROOT, 'test', 'fixtures', 'crashingIndexWorker.js');

const workerAt =
  (script: string): OpenEngineChannel =>
  (events) =>
    openWorkerChannel(script, events);

const article = (path: string, text: string): CorpusChange => ({ kind: 'article', path, content: { bytes: new TextEncoder().encode(text) } });
const SAMPLES = SAMPLE_FILES.map(([path, text]) => article(path, text));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const names = (snapshot: IndexSnapshot): string[] => snapshot.entities.map((e) => e.name);


describe('the indexing worker (dist/indexWorker.js)', function () {
  this.timeout(60_000);

  it('builds the corpus, then follows an edit, a delete and corpus.yaml', async () => {
    const client = new IndexClient(workerAt(WORKER), silentLog);
    try {
      const full = await fullBuild(client, SAMPLES);
      assert.equal(full.articles.length, 5);
      assert.ok(names(full).includes('Стив Уиткофф'));
      assert.ok(full.articles.every((a) => !('tokens' in a)));

      client.apply('current', [article('new.txt', 'Канцлер Германии Фридрих Мерц прибыл в Париж.')]);
      let updated = (await client.build('current')).snapshot;
      assert.equal(updated.articles.length, 6);
      assert.ok(names(updated).includes('Фридрих Мерц'));

      client.apply('current', [{ kind: 'absent', path: 'new.txt', problems: [] }]);
      updated = (await client.build('current')).snapshot;
      assert.equal(updated.articles.length, 5);
      assert.ok(!names(updated).includes('Фридрих Мерц'));

      client.apply('current', [{ kind: 'corrections', content: { text: 'rename:\n  Стив Уиткофф: Стивен Уиткофф\n' }, problems: [] }]);
      updated = (await client.build('current')).snapshot;
      assert.ok(names(updated).includes('Стивен Уиткофф') && !names(updated).includes('Стив Уиткофф'));
      assert.deepEqual(plain(updated.mentions), plain((await client.build('current')).snapshot.mentions), 'a build without changes gives the same index');
    } finally {
      client.dispose();
    }
  });

  it('replaces a worker that dies: the waiting call fails, the output says so, and the new worker indexes', async () => {
    const logged: string[] = [];
    const restarts: string[] = [];
    const client = new IndexClient(workerAt(CRASHING_WORKER), { info: (m) => logged.push(m), error: (m) => logged.push(m) });
    client.onDidRestart((reason) => restarts.push(reason));
    try {
      await fullBuild(client, SAMPLES);
      client.apply('current', [article('crash.txt', 'Туск.')]);
      await assert.rejects(client.build('current'), EngineStoppedError);
      assert.deepEqual(restarts, ['exit code 3']);
      assert.deepEqual(logged, ['The indexing worker stopped (exit code 3); starting a new one.']);

      const empty = (await client.build('current')).snapshot;
      assert.equal(empty.articles.length, 0, 'the new worker holds no corpus');
      assert.equal((await fullBuild(client, SAMPLES)).articles.length, 5);
    } finally {
      client.dispose();
    }
  });

  it('gives up on a worker that cannot start, after three restarts, and says so', async () => {
    const logged: string[] = [];
    const client = new IndexClient(workerAt(join(REPO_ROOT, 'test', 'fixtures', 'no-such-worker.js')), { info: (m) => logged.push(m), error: (m) => logged.push(m) });
    try {
      await assert.rejects(client.openNext(), EngineStoppedError);
      for (let i = 0; i < 100 && logged.length < 4; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(logged.length, 4, logged.join('\n'));
      assert.match(logged[0], /^The indexing worker stopped \(exit code 1: Cannot find module .*no-such-worker\.js/);
      assert.match(logged[3], /stopped 4 times within a minute .* not started again until the window is reloaded/);
      await assert.rejects(client.build('current'), EngineStoppedError);
    } finally {
      client.dispose();
    }
  });

  it('stops quietly when disposed: no restart, and calls after it fail', async () => {
    const restarts: string[] = [];
    const client = new IndexClient(workerAt(WORKER), silentLog);
    client.onDidRestart((reason) => restarts.push(reason));
    await fullBuild(client, SAMPLES.slice(0, 1));
    client.dispose();
    await assert.rejects(client.build('current'), EngineStoppedError);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(restarts, []);
  });

  describe('incremental equals full', () => {
    /** Names and words of the samples, and a phrase. */
    const QUERIES = ['Уиткофф', 'переговоры', 'Макрон', 'Париж', 'гарантии безопасности', '"коалиции желающих"'];
    /** The samples' own paths and two more. */
    const PATHS = [...SAMPLE_FILES.map(([path]) => path), 'extra-1.txt', 'extra-2.txt'];
    const CORRECTIONS = [
      undefined,
      'rename:\n  Стив Уиткофф: Стивен Уиткофф\n',
      'merge:\n  - [Стив Уиткофф, Джаред Кушнер]\nignore: [Париж]\n',
      'aliases:\n  Эммануэль Макрон: [Макрончик]\nroles:\n  Кир Стармер: [премьер]\nbroken: [\n',
    ];

    for (const seed of [1, 2, 3]) {
      it(`seed ${seed}: after each of 12 random edits, deletes and corpus.yaml changes, the worker's index is a full build's`, async () => {
        const random = seededRandom(seed);
        const client = new IndexClient(workerAt(WORKER), silentLog);
        try {
          await fullBuild(client, SAMPLES);
          const files = new Map(SAMPLE_FILES);
          let corrections: string | undefined;
          for (let step = 0; step < 12; step++) {
            const changes: CorpusChange[] = [];
            for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
              const roll = random();
              const path = PATHS[Math.floor(random() * PATHS.length)];
              if (roll < 0.6) {
                const text = edited(random, files.get(path) ?? SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)][1]);
                files.set(path, text);
                changes.push(article(path, text));
              } else if (roll < 0.8) {
                files.delete(path);
                changes.push({ kind: 'absent', path, problems: [] });
              } else {
                corrections = CORRECTIONS[Math.floor(random() * CORRECTIONS.length)];
                changes.push({ kind: 'corrections', content: corrections === undefined ? undefined : { text: corrections }, problems: [] });
              }
            }
            client.apply('current', changes);
            const built = await client.build('current');

            const fresh = new IndexEngine();
            for (const [path, text] of files) fresh.setArticle(path, { text });
            fresh.setCorrections(corrections === undefined ? undefined : { text: corrections });
            const full = fresh.build();
            // The host's index, updated by the build's delta, and the worker's search index, kept up to date by each build.
            assertSameAsFull(built, full, `seed ${seed}, step ${step}`);
            const search = new SearchIndex(new CorpusIndex(full));
            for (const query of QUERIES) {
              assert.deepEqual(await client.search(query, 10_000), search.find(query, { limit: 10_000 }), `seed ${seed}, step ${step}: search ${query}`);
            }
          }
        } finally {
          client.dispose();
        }
      });
    }
  });
});

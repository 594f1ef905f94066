// Extraction on a pool of threads: the real Node threads (dist/indexWorker.js as extraction threads, built by npm test
// before the unit tests) find what findInArticle finds here, alias identity included; the engine applies pooled findings in the
// order the changes came (last version wins, whatever order the threads answer in); a thread that throws or
// dies on an article gives that article a Problem and the pool carries on; a discarded build stops at once.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/core/article';
import type { ExtractionJob, ExtractionPool } from '../../src/core/engine/extractionPool';
import { openInProcessChannel } from '../../src/core/engine/inProcessChannel';
import { type CorpusChange, type FileContent, readArticle } from '../../src/core/engine/indexEngine';
import { type ArticleFindings, findInArticle } from '../../src/core/pipeline';
import { contentHash } from '../../src/core/store/contentHash';
import { seededRandom } from '../../src/core/util/seededRandom';
import { ThreadExtractionPool } from '../../src/node/threadExtractionPool';
import { EngineDiscardedError, IndexClient } from '../../src/vscode/indexClient';
import { fullBuild, SAMPLE_FILES, silentLog } from './engineFixtures';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const THREAD = join(REPO_ROOT, 'dist', 'indexWorker.js');
const CRASHING_THREAD = join(REPO_ROOT, 'test', 'fixtures', 'crashingExtractionThread.js');

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const article = (path: string, text: string): CorpusChange => ({ kind: 'article', path, content: { text } });
const SAMPLES = SAMPLE_FILES.map(([path, text]) => article(path, text));

/** The 950 BSNLP training documents as files' bytes, as the extension reads them. */
function bsnlpFiles(): [string, Uint8Array][] {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-nav-pool-'));
  try {
    const made = spawnSync(process.execPath, [join(REPO_ROOT, 'test', 'fixtures', 'bsnlpCorpus.mjs'), dir, '--count', '950'], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    return readdirSync(dir)
      .sort()
      .map((name) => [name, new Uint8Array(readFileSync(join(dir, name)))]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** For each named mention, where in `named` its alias is: -1 without one, -2 for an object not in `named` (a copy). */
const aliasIndexes = (findings: ArticleFindings): number[] =>
  findings.named.map((m) => (m.alias ? findings.named.indexOf(m.alias) : -1) + (m.alias && !findings.named.includes(m.alias) ? -1 : 0));


/**
 * A pool on this thread whose answers come when the test says, or after a random delay: it finds what
 * findInArticle finds, or throws for the paths in `failing`.
 */
class ControlledPool implements ExtractionPool {
  readonly asked: string[] = [];
  private readonly held: (() => void)[] = [];
  holding = false;

  constructor(
    readonly size: number,
    private readonly random?: () => number,
    private readonly failing = new Set<string>(),
  ) {}

  find(job: ExtractionJob): Promise<ArticleFindings> {
    this.asked.push(job.path);
    return new Promise((resolve, reject) => {
      const answer = (): void => {
        if (this.failing.has(job.path)) return reject(new Error(`no findings in ${job.path}`));
        resolve(findInArticle(readArticle(job.path, job.content, []) ?? assert.fail('not text')));
      };
      if (this.holding) this.held.push(answer);
      else setTimeout(answer, this.random ? Math.floor(this.random() * 8) : 0);
    });
  }

  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }

  dispose(): void {}
}

describe('the extraction pool on Node threads (dist/indexWorker.js as extraction threads)', function () {
  this.timeout(120_000);
  let files: [string, Uint8Array][];
  before(() => {
    files = bsnlpFiles();
  });

  it('finds in each of the 950 BSNLP articles what findInArticle finds, aliases pointing at the same mentions', async () => {
    const pool = new ThreadExtractionPool(THREAD, 2);
    try {
      const pooled = await Promise.all(files.map(([path, bytes]) => pool.find({ path, content: { bytes } })));
      let aliases = 0;
      files.forEach(([path, bytes], i) => {
        const here = findInArticle(readArticle(path, { bytes }, []) ?? assert.fail(`${path} is text`));
        assert.deepEqual(plain(pooled[i]), plain(here), path);
        assert.deepEqual(aliasIndexes(pooled[i]), aliasIndexes(here), `${path}: aliases are the same objects`);
        aliases += aliasIndexes(here).filter((a) => a >= 0).length;
      });
      assert.ok(aliases > 0, 'the corpus has aliases to check');
    } finally {
      pool.dispose();
    }
  });

  it('gives the engine the index it builds without a pool, over 150 BSNLP articles', async () => {
    const changes: CorpusChange[] = files.slice(0, 150).map(([path, bytes]) => ({ kind: 'article', path, content: { bytes } }));
    const pool = new ThreadExtractionPool(THREAD, 2);
    const pooled = new IndexClient((events) => openInProcessChannel(events, pool), silentLog);
    const alone = new IndexClient((events) => openInProcessChannel(events), silentLog);
    try {
      assert.deepEqual(plain(await fullBuild(pooled, changes)), plain(await fullBuild(alone, changes)));
    } finally {
      pooled.dispose();
      alone.dispose();
      pool.dispose();
    }
  });

  it('answers an article extraction throws on with the error, and goes on with the same thread', async () => {
    const pool = new ThreadExtractionPool(THREAD, 1);
    try {
      const bad = { path: 'bad.txt', content: { bytes: 5 } as unknown as FileContent };
      await assert.rejects(pool.find(bad), (error: Error) => error.message.length > 0 && !/stopped/.test(error.message));
      const findings = await pool.find({ path: SAMPLE_FILES[0][0], content: { text: SAMPLE_FILES[0][1] } });
      assert.deepEqual(plain(findings), plain(findInArticle(parseArticle(...SAMPLE_FILES[0]))));
    } finally {
      pool.dispose();
    }
  });

  it('stops the threads beyond the first once they idle, and extracts on the one left', async () => {
    const pool = new ThreadExtractionPool(THREAD, 2, 100);
    try {
      const jobs = SAMPLE_FILES.map(([path, text]) => ({ path, content: { text } }));
      const finding = Promise.all(jobs.map((job) => pool.find(job)));
      // Counted as the jobs are sent: once they are done, a thread may already have idled long enough to stop.
      assert.equal(pool.threadCount, 2);
      await finding;
      for (let i = 0; i < 100 && pool.threadCount > 1; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(pool.threadCount, 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(pool.threadCount, 1, 'the last thread stays');
      assert.deepEqual(plain(await pool.find(jobs[0])), plain(findInArticle(parseArticle(...SAMPLE_FILES[0]))));
    } finally {
      pool.dispose();
    }
  });

  it('fails only the article a thread dies on, sends the others to a new thread, and the engine reports it', async () => {
    const pool = new ThreadExtractionPool(CRASHING_THREAD, 1);
    const client = new IndexClient((events) => openInProcessChannel(events, pool), silentLog);
    try {
      const crash = { path: 'crash.txt', content: { text: 'Туск.' } };
      const asked = [SAMPLES[0], crash, SAMPLES[1], SAMPLES[2]].map((c) => pool.find(c as ExtractionJob));
      const [first, crashed, ...rest] = await Promise.allSettled(asked);
      assert.equal(first.status, 'fulfilled');
      assert.ok(crashed.status === 'rejected' && /the extraction thread stopped on it \(exit code 3\)/.test(String(crashed.reason)), String(crashed.status));
      assert.deepEqual(rest.map((r) => r.status), ['fulfilled', 'fulfilled'], 'the jobs queued behind it went to a new thread');

      const snapshot = await fullBuild(client, [SAMPLES[0], article('crash.txt', 'Туск.'), ...SAMPLES.slice(1)]);
      assert.deepEqual(snapshot.articles.map((a) => a.path).sort(), SAMPLE_FILES.map(([path]) => path).sort());
      assert.deepEqual(
        snapshot.problems.filter((p) => p.path === 'crash.txt').map((p) => p.message),
        ['Could not index this file: the extraction thread stopped on it (exit code 3)'],
      );
    } finally {
      client.dispose();
      pool.dispose();
    }
  });
});

describe('the engine with an extraction pool', function () {
  this.timeout(60_000);

  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: applies what threads answer in any order as the changes came: the last version of a path wins`, async () => {
      const random = seededRandom(seed);
      const pool = new ControlledPool(2, random);
      const pooled = new IndexClient((events) => openInProcessChannel(events, pool), silentLog);
      const alone = new IndexClient((events) => openInProcessChannel(events), silentLog);
      try {
        const batches: CorpusChange[][] = [];
        for (let b = 0; b < 6; b++) {
          batches.push(
            Array.from({ length: 1 + Math.floor(random() * 4) }, (): CorpusChange => {
              const path = `a${Math.floor(random() * 3)}.txt`;
              if (random() < 0.25) return { kind: 'absent', path, problems: [] };
              return article(path, SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)][1]);
            }),
          );
        }
        for (const client of [pooled, alone]) {
          await fullBuild(client, SAMPLES);
          // Sent without waiting, as the editor sends live edits: several batches are in the pool at once.
          for (const batch of batches) void client.apply('current', batch);
        }
        const [withPool, without] = await Promise.all([pooled.build('current'), alone.build('current')]);
        assert.deepEqual(plain(withPool.snapshot), plain(without.snapshot));
        assert.ok(pool.asked.length > SAMPLES.length, 'the edits went through the pool');
      } finally {
        pooled.dispose();
        alone.dispose();
      }
    });
  }

  it('gives an article the pool could not extract a Problem, and keeps the rest', async () => {
    const pool = new ControlledPool(2, undefined, new Set([SAMPLE_FILES[2][0]]));
    const client = new IndexClient((events) => openInProcessChannel(events, pool), silentLog);
    try {
      const snapshot = await fullBuild(client, SAMPLES);
      assert.equal(snapshot.articles.length, SAMPLES.length - 1);
      assert.deepEqual(
        snapshot.problems.map((p) => [p.path, p.message]),
        [[SAMPLE_FILES[2][0], `Could not index this file: no findings in ${SAMPLE_FILES[2][0]}`]],
      );
    } finally {
      client.dispose();
    }
  });

  it('hands the pool only the articles a restored store has no findings for, and builds what it builds without one', async () => {
    // The hash a store keys each file's findings by; any distinct string per content serves here.
    const hashed = SAMPLE_FILES.map(([path, text], i) => ({ kind: 'article' as const, path, content: { text }, hash: `h${i}` }));
    const first = new IndexClient((events) => openInProcessChannel(events, new ControlledPool(2)), silentLog);
    const pool = new ControlledPool(2);
    const second = new IndexClient((events) => openInProcessChannel(events, pool), silentLog);
    try {
      const cold = await fullBuild(first, hashed);
      const findings = await first.exportFindings();
      await second.openNext();
      assert.equal(await second.restore('next', findings, contentHash(findings)), undefined);
      const changed = { ...hashed[1], hash: 'changed' };
      second.apply('next', [hashed[0], changed, ...hashed.slice(2)]);
      const { snapshot } = await second.build('next');
      await second.commitNext();
      assert.deepEqual(pool.asked, [SAMPLE_FILES[1][0]], 'only the article whose bytes changed went to the pool');
      assert.deepEqual(plain(snapshot), plain(cold));
    } finally {
      first.dispose();
      second.dispose();
    }
  });

  it('stops a discarded full build at once: the pool is handed only a few articles ahead, the next build proceeds', async () => {
    const pool = new ControlledPool(2);
    const client = new IndexClient((events) => openInProcessChannel(events, pool), silentLog);
    try {
      pool.holding = true;
      await client.openNext();
      const many = Array.from({ length: 200 }, (_, i) => article(`n${i}.txt`, SAMPLE_FILES[i % 5][1]));
      const applying = client.apply('next', many);
      const building = client.build('next');
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(pool.asked.length, 4, 'two articles per thread, no more, while none is answered');
      await client.discardNext();
      await assert.rejects(building, EngineDiscardedError, 'queued work is dropped at once');
      // The apply under way stops after the article it is on, which is being extracted (apply never rejects).
      pool.release();
      await applying;
      const snapshot = await fullBuild(client, SAMPLES);
      assert.equal(snapshot.articles.length, SAMPLES.length);
      assert.equal(pool.asked.length, 4 + SAMPLES.length, 'nothing of the discarded build was extracted after it');
    } finally {
      client.dispose();
    }
  });
});

// npm run bench (scripts/bench.mjs) as a user runs it, on tiny corpora: it measures every figure the issue asks
// for and writes them; and its corpus generator (scripts/bench/corpus.mjs) makes distinct, reproducible,
// one-language articles. Its figures are never checked here: speed is the benchmark's business, not a test's.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlockMonitor } from '../../scripts/bench/blockMonitor';

const ROOT = join(__dirname, '..', '..', '..');
const BENCH = join(ROOT, 'scripts', 'bench.mjs');
const CORPUS = join(ROOT, 'scripts', 'bench', 'corpus.mjs');

const REQUIRED = [
  'articles',
  'megabytes',
  'coldIndexMs',
  'plainIndexMs',
  'rgScanMs',
  'warmStartMs',
  'updateMs',
  'correctionMs',
  'hoverP99Ms',
  'referencesP99Ms',
  'searchP99Ms',
  'maxBlockMs',
  'peakRssMb',
];
/** Figures that may be null: rg is not installed everywhere. */
const MAY_BE_NULL = new Set(['rgScanMs']);

/** Runs an ES module snippet with corpus.mjs imported as `corpus`; its JSON output. */
function withCorpusModule(body: string): unknown {
  const script = `import * as corpus from ${JSON.stringify(CORPUS)};\nprocess.stdout.write(JSON.stringify(await (async () => { ${body} })()));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

describe('npm run bench', function () {
  // Two tiny corpora through the whole scenario, each size in fresh Node processes.
  this.timeout(180_000);

  it('writes one row per corpus size with every figure of the issue, and prints the table with the targets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-bench-test-'));
    try {
      const out = join(dir, 'results.json');
      const run = spawnSync(process.execPath, [BENCH, '--sizes', '12,20', '--calls', '20', '--updates', '2', '--corrections', '1', '--out', out, '--corpora', dir], {
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      const rows = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
      assert.deepEqual(
        rows.map((r) => r.articles),
        [12, 20],
      );
      for (const row of rows) {
        for (const key of REQUIRED) {
          const value = row[key];
          assert.ok(typeof value === 'number' ? value >= 0 : MAY_BE_NULL.has(key) && value === null, `${key}: ${value}`);
        }
        // The second session found every file as the first stored it: nothing to build again.
        assert.equal(row.warmUnchanged, true);
        assert.ok(typeof row.warmVerifyMs === 'number' && typeof row.storeMb === 'number' && row.storeMb > 0);
        assert.match(String(row.indexPath), /\S/);
        const latency = row.latency as Record<string, { calls: number; answered: number }>;
        for (const kind of ['hover', 'references', 'search']) {
          assert.equal(latency[kind].calls, 20, kind);
          assert.ok(latency[kind].answered > 0, `${kind} answered nothing: its calls measured no work`);
        }
      }
      for (const label of ['cold index', 'plain flexsearch index', 'warm start', 'one-file update', 'hover p50 / p99', 'peak RSS', 'target (10,000)']) {
        assert.ok(run.stdout.includes(label), `the table has no "${label}"`);
      }
      assert.match(run.stdout, /index path: .+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad option with a message and exit code 2, measuring nothing', () => {
    const run = spawnSync(process.execPath, [BENCH, '--sizes', '10,ten'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--sizes wants a positive whole number, not "ten"/);
  });
});

describe('the benchmark corpus', function () {
  this.timeout(60_000);

  /** Documents whose paragraphs say their language and document, so an article shows where each came from. */
  const DOCS = `const docs = [];
    for (const lang of ['ru', 'uk']) for (let d = 0; d < 6; d++) {
      const paragraphs = Array.from({ length: 8 }, (_, p) => lang + ' doc' + d + ' paragraph' + p + ' ' + 'слово '.repeat(40 + 30 * p));
      docs.push({ lang, date: d % 2 ? '2020-01-0' + (d + 1) : undefined, text: paragraphs.join('\\n\\n') });
    }`;

  it('draws distinct articles, the same ones for the same seed, each of one language, most with a date header', () => {
    const { first, again, other } = withCorpusModule(
      `${DOCS}\nreturn { first: corpus.drawArticles(docs, 300, 7), again: corpus.drawArticles(docs, 300, 7), other: corpus.drawArticles(docs, 300, 8) };`,
    ) as Record<'first' | 'again' | 'other', { lang: string; text: string; dated: boolean }[]>;
    assert.deepEqual(again, first);
    assert.notDeepEqual(other, first);
    assert.equal(new Set(first.map((a) => a.text)).size, 300);
    for (const article of first) {
      const langs = new Set(article.text.match(/\b(ru|uk)(?= doc)/g));
      assert.deepEqual([...langs], [article.lang], article.text.slice(0, 80));
      assert.equal(/^date \d{4}-\d{2}-\d{2}\n/.test(article.text), article.dated);
    }
    const dated = first.filter((a) => a.dated).length;
    assert.ok(dated > 200 && dated < 300, `${dated} of 300 dated`);
    assert.deepEqual(new Set(first.map((a) => a.lang)), new Set(['ru', 'uk']));
  });

  it('says so, and does not hang, when the sources cannot make that many distinct articles', () => {
    const { error } = withCorpusModule(
      // One dated document with one long body paragraph: an article is that, with its date header or without.
      `const docs = [{ lang: 'ru', date: '2020-01-01', text: 'Заголовок\\n\\n' + 'слово '.repeat(2000) }];
      try { corpus.drawArticles(docs, 5); return {}; } catch (e) { return { error: e.message }; }`,
    ) as { error?: string };
    assert.match(String(error), /the sources make only 2 distinct articles of the 5 asked for/);
  });
});

describe('the benchmark block monitor', () => {
  const busy = (ms: number): void => {
    const until = Date.now() + ms;
    while (Date.now() < until);
  };
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  it('sees a block that starts as soon as its phase does, and one in the middle of a phase', async () => {
    const monitor = new BlockMonitor();
    try {
      await monitor.phase('at once', async () => busy(200));
      await monitor.phase('later', async () => {
        await sleep(30);
        busy(150);
        await sleep(30);
      });
    } finally {
      monitor.stop();
    }
    // Lower bounds only: a loaded machine makes blocks longer, never shorter.
    assert.ok(monitor.byPhase['at once'] >= 180, `at once: ${monitor.byPhase['at once']}`);
    assert.ok(monitor.byPhase.later >= 130, `later: ${monitor.byPhase.later}`);
    assert.equal(monitor.max, Math.max(monitor.byPhase['at once'], monitor.byPhase.later));
  });
});

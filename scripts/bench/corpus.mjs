// The benchmark's corpora: N distinct articles recombined from real text, the same files for the same N on every
// run, cached in the temp folder so a rerun starts measuring at once.
//
// Sources: the samples (samples/paris-2026-01) and the texts of ../shared/gold/{bsnlp-train,dev,factru-dev,
// ner-uk-dev}.json. ner-uk may be used for evaluation only, by its licence: here its text is benchmark input,
// never training data, which is an evaluation use.
//
// An article is a title paragraph of one source document followed by body paragraphs drawn from every source
// document of the same language (so no article mixes Russian and Ukrainian), until a drawn length is reached
// (about 4.3 KB on average, as the news sources' own articles); most get a `date YYYY-MM-DD` header, the title
// document's date where it has one. A seeded generator (mulberry32) makes every choice; an article equal to
// one drawn before is drawn again, so no two files are equal.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/** Bump when the articles made from the same sources change: it keys the cache. */
const GENERATOR_VERSION = 1;
const SEED = 20261130;
const MEAN_ARTICLE_BYTES = 4300;
/** Share of articles with a `date` header line; the others leave the date to the text, as some exports do. */
const DATED_SHARE = 0.85;
const GOLD_FILES = ['bsnlp-train.json', 'dev.json', 'factru-dev.json', 'ner-uk-dev.json'];
/** Written last: a folder without it was left half-written by an interrupted run and is made again. */
const COMPLETE_MARK = '.bench-corpus.json';

/** @typedef {{ lang: 'ru' | 'uk', date?: string, text: string }} SourceDoc */

/** The core's generator (src/core/util/seededRandom.ts), bundled on load: one definition of the sequence. */
const { seededRandom } = await import(
  `data:text/javascript;base64,${Buffer.from(
    (
      await esbuild.build({
        entryPoints: [join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'core', 'util', 'seededRandom.ts')],
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'warning',
      })
    ).outputFiles[0].text,
  ).toString('base64')}`
);

/** The source files, existing ones only; the gold set is beside the repository and may be missing on a clone. */
function sourceFiles(root) {
  const samples = join(root, 'samples', 'paris-2026-01');
  const sampleFiles = readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => join(samples, f));
  const gold = GOLD_FILES.map((f) => join(root, '..', 'shared', 'gold', f)).filter(existsSync);
  return [...sampleFiles, ...gold];
}

const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[^\n]*\n/;

function readSources(files) {
  /** @type {SourceDoc[]} */
  const docs = [];
  for (const file of files) {
    if (file.endsWith('.json')) {
      for (const d of JSON.parse(readFileSync(file, 'utf8')).docs) docs.push({ lang: d.lang, date: d.date ?? undefined, text: d.text });
    } else {
      const raw = readFileSync(file, 'utf8');
      const header = HEADER.exec(raw);
      docs.push({ lang: /[іїєґ]/i.test(raw) ? 'uk' : 'ru', date: header?.[1], text: header ? raw.slice(header[0].length) : raw });
    }
  }
  return docs.filter((d) => d.lang === 'ru' || d.lang === 'uk');
}

/** Paragraphs: blank-line separated, or line by line in a text without blank lines. */
function paragraphs(text) {
  const blocks = text.split(/\n[ \t]*\n/);
  return (blocks.length > 1 ? blocks : text.split('\n')).map((p) => p.trim()).filter(Boolean);
}

/** Per language: the documents' first paragraphs (titles) and every other paragraph (bodies), with dates. */
function paragraphPools(docs) {
  const pools = {};
  for (const doc of docs) {
    const pool = (pools[doc.lang] ??= { docs: 0, titles: [], bodies: [] });
    const [first, ...rest] = paragraphs(doc.text);
    if (!first) continue;
    pool.docs++;
    pool.titles.push({ text: first, date: doc.date });
    pool.bodies.push(...rest);
  }
  return pools;
}

const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
const pick = (random, list) => list[Math.floor(random() * list.length)];

function randomDate(random) {
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 4 * 365) * 86400000);
  return day.toISOString().slice(0, 10);
}

/** One article's text: a title, body paragraphs up to a drawn size, and usually a date header. */
function drawArticle(random, pool) {
  const target = MEAN_ARTICLE_BYTES * (0.3 + 1.4 * random());
  const title = pick(random, pool.titles);
  const parts = [title.text];
  let bytes = utf8Bytes(title.text);
  while (bytes < target) {
    const body = pick(random, pool.bodies);
    // A paragraph that would overshoot by more than half its size ends the article (once it has a body).
    if (parts.length > 1 && bytes + utf8Bytes(body) / 2 > target) break;
    parts.push(body);
    bytes += utf8Bytes(body) + 2;
  }
  const dated = random() < DATED_SHARE;
  const header = dated ? `date ${title.date ?? randomDate(random)}\n` : '';
  return { text: `${header}${parts.join('\n\n')}\n`, dated };
}

/** Draws before giving up on more distinct articles: sources too small to recombine must not hang the run. */
const attemptsFor = (count) => 20 * count + 1000;

/**
 * `count` distinct articles drawn from the documents, languages in the documents' proportion; the same for the
 * same documents and seed. Throws when the documents cannot make that many distinct articles.
 * @param {SourceDoc[]} docs @param {number} count @param {number} [seed]
 * @returns {{ lang: string, text: string, dated: boolean }[]}
 */
export function drawArticles(docs, count, seed = SEED) {
  const random = seededRandom(seed);
  const pools = paragraphPools(docs);
  // A language needs body paragraphs to make articles of.
  const langs = Object.keys(pools).filter((l) => pools[l].bodies.length > 0).sort();
  const total = langs.reduce((n, l) => n + pools[l].docs, 0);
  const seen = new Set();
  const articles = [];
  for (let attempt = 0; articles.length < count; attempt++) {
    if (langs.length === 0 || attempt >= attemptsFor(count)) {
      throw new Error(`the sources make only ${articles.length} distinct articles of the ${count} asked for`);
    }
    let r = random() * total;
    const lang = langs.find((l) => (r -= pools[l].docs) < 0) ?? langs[langs.length - 1];
    const article = drawArticle(random, pools[lang]);
    if (seen.has(article.text)) continue;
    seen.add(article.text);
    articles.push({ lang, ...article });
  }
  return articles;
}

/** `samples/paris-2026-01 (5 files), gold/dev.json, …` */
function describeSources(files) {
  const samples = files.filter((f) => f.endsWith('.txt'));
  const gold = files.filter((f) => f.endsWith('.json')).map((f) => `gold/${f.split('/').pop()}`);
  return [`samples/paris-2026-01 (${samples.length} files)`, ...gold];
}

/** The cache folder: keyed by the generator's version, the count and the sources (names and sizes). */
function cacheDir(cache, files, count) {
  const sources = files.map((f) => `${f}:${statSync(f).size}`).join('\n');
  const key = createHash('sha256').update(`${GENERATOR_VERSION}\n${SEED}\n${sources}`).digest('hex').slice(0, 12);
  return join(cache, `corpus-nav-bench-v${GENERATOR_VERSION}-${count}-${key}`);
}

/** The corpus of `count` articles, written (or found cached) in a folder under `cache`. */
export function benchCorpus(root, count, cache = tmpdir()) {
  const files = sourceFiles(root);
  const dir = cacheDir(cache, files, count);
  const mark = join(dir, COMPLETE_MARK);
  if (existsSync(mark)) return { ...JSON.parse(readFileSync(mark, 'utf8')), dir, cached: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articles = drawArticles(readSources(files), count);
  const width = String(count).length;
  articles.forEach((a, i) => writeFileSync(join(dir, `${a.lang}-${String(i).padStart(width, '0')}.txt`), a.text));
  const byLang = {};
  for (const a of articles) byLang[a.lang] = (byLang[a.lang] ?? 0) + 1;
  const summary = {
    articles: count,
    bytes: articles.reduce((n, a) => n + utf8Bytes(a.text), 0),
    dated: articles.filter((a) => a.dated).length,
    byLang,
    sources: describeSources(files),
  };
  writeFileSync(mark, JSON.stringify(summary));
  return { ...summary, dir, cached: false };
}

/** How the corpora are made, for the output. */
export const CORPUS_RECIPE =
  'distinct articles recombined from real text: a source document\'s title paragraph + body paragraphs drawn (seeded) ' +
  `from all sources of the same language up to ~${(MEAN_ARTICLE_BYTES / 1000).toFixed(1)} KB on average; ` +
  `${DATED_SHARE * 100}% with a \`date YYYY-MM-DD\` header`;

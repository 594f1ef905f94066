// What `npm run bench` measures on one corpus folder, in a child process of its own so its peak memory and the
// longest block of its main thread are this scenario's alone. scripts/bench.mjs bundles it (with the `vscode`
// module replaced by vscodeShim.ts) and runs it:
//   node --expose-gc scenario.js CORPUS_DIR RESULT_JSON CALLS UPDATES CORRECTIONS
// Every phase is timed on the main thread, which stands for the extension host: what blocks here blocks the editor.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CORPUS_OPTIONS, listArticleFiles } from '../../src/core/corpus/loader';
import { readArticleChange, readCorrectionsChange } from '../../src/core/engine/readChanges';
import { PartialBuildPlan } from '../../src/core/engine/partialBuilds';
import { CORRECTIONS_FILE } from '../../src/core/corrections';
import { describeError } from '../../src/core/corpus/loader';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { Entity, Mention, Problem } from '../../src/core/types';
import { seededRandom } from '../../src/core/util/seededRandom';
import { NodeFileSystem } from '../../src/cli/nodeFileSystem';
import { NodeStoreFiles } from '../../src/node/nodeStoreFiles';
import { openWorkerChannel } from '../../src/node/workerChannel';
import { runInTurns } from '../../src/vscode/idleSteps';
import { applyInBatches, type BuiltIndex, IndexClient } from '../../src/vscode/indexClient';
import { IndexStore } from '../../src/vscode/indexStore';
import { rangeInLines } from '../../src/vscode/convert';
import { dateCard, entityCard } from '../../src/vscode/features/hover';
import { BlockMonitor } from './blockMonitor';

/** A fixed seed: every run hovers, searches and edits at the same places. */
const SEED = 11;
/** As searchCorpus.ts's LIMIT: the hits the pick shows. */
const SEARCH_LIMIT = 300;

/** The stages of a cold index, in milliseconds. */
export interface ColdStages {
  listMs: number;
  /** Waiting for the worker to take the files (its extraction), beyond listing and building. */
  workerMs: number;
  /** The worker's corpus-wide build. */
  buildMs: number;
  /** Turning the worker's snapshot into the host's CorpusIndex: the sum of its steps, the event loop free between them. */
  hostIndexMs: number;
  /** Until the first partial index was shown (applyInBatches' look), as in the editor; null when none was. */
  firstViewMs: number | null;
}

/**
 * How the benchmark gets an index built and kept up to date: the one part to swap when indexing moves into the
 * worker (src/core/engine/ driven by a worker_threads worker). `cold` ends when the host could answer hover,
 * references and search; `update` and `correct` when the host has the new index.
 */
interface Indexer {
  /** Printed next to the figures, so nobody mistakes which path was measured. */
  readonly path: string;
  cold(): Promise<{ index: CorpusIndex; stages: ColdStages }>;
  /** Search Corpus's call: the worker searches the corpus it last built. */
  search(query: string): Promise<unknown>;
  /** One article's text changed (an edit in an open document). */
  update(path: string, text: string): Promise<CorpusIndex>;
  /** corpus.yaml now reads `yaml`. */
  correct(yaml: string): Promise<CorpusIndex>;
  /** Stores the cold index, as the extension does after a build. */
  save(): Promise<StoreFigures>;
  /** A reopened window: a new worker and the store written by `save`; ends the first session's worker before. */
  warm(): Promise<WarmStart>;
  /** Ends the indexing thread, so the process can exit. */
  dispose(): void;
}

interface StoreFigures {
  storeSaveMs: number;
  storeMb: number;
}

interface WarmStart {
  /** Until the views could show the stored index: store read and checked, snapshot made a CorpusIndex. */
  warmStartMs: number;
  /** The background pass after it: files listed, read and hashed, stored findings restored in the worker. */
  warmVerifyMs: number;
  /** Whether the pass found every file as stored (then nothing is built). */
  warmUnchanged: boolean;
  warmArticles: number;
}

/**
 * The extension's path (src/vscode/corpusService.ts): files read on this thread and sent in batches to the indexing
 * worker (`workerScript`, dist/indexWorker.js), which has them extracted on its threads, builds, and keeps the
 * search index; the index arrives in parts and becomes a CorpusIndex here, a part at a time.
 */
function workerIndexer(root: string, workerScript: string, storeFiles: NodeStoreFiles): Indexer {
  const fs = new NodeFileSystem(root);
  const output = { info: (message: string) => log(message), error: (message: string) => log(`error: ${message}`), warn: (message: string) => log(`warning: ${message}`) };
  const openClient = (): IndexClient => new IndexClient((events) => openWorkerChannel(workerScript, events), output);
  const openStore = (client: IndexClient): IndexStore => new IndexStore(storeFiles, client, () => ({ extension: 'bench', root }), output, nextTask);
  let client = openClient();
  let store = openStore(client);
  let coldSnapshot: BuiltIndex['snapshot'] | undefined;
  /** CorpusService.show: the new index, and its hover cards for the most mentioned prepared between other work. */
  let shown: CorpusIndex | undefined;
  const show = (index: CorpusIndex): CorpusIndex => {
    shown = index;
    void runInTurns(index.prepareHovers(), () => shown === index);
    return index;
  };
  return {
    path: 'worker: files read on this thread, extracted on dist/indexWorker.js\'s extraction threads and built there, as the extension does',
    async cold() {
      const stages: ColdStages = { listMs: 0, workerMs: 0, buildMs: 0, hostIndexMs: 0, firstViewMs: null };
      const started = performance.now();
      await client.openNext();
      store.opened();
      const listing: Problem[] = [];
      const paths = await timed(stages, 'listMs', () => listArticleFiles(fs, DEFAULT_CORPUS_OPTIONS, listing));
      void client.apply('next', store.take('next', [{ kind: 'listing', problems: listing }]));
      void client.apply('next', store.take('next', [await readCorrectionsChange(fs)]));
      // The partial indexes the extension shows while it reads (corpusService.showPartial), shown here too.
      const showPartial = (building: Promise<BuiltIndex>): void =>
        void building.then(
          (partial) => {
            stages.firstViewMs ??= performance.now() - started;
            show(partial.index);
          },
          (error: unknown) => console.error(`a partial build failed: ${describeError(error)}`),
        );
      await applyInBatches(client, paths, async (path) => store.take('next', [await readArticleChange(fs, path)])[0], (step) => step, { plan: new PartialBuildPlan(paths.length), show: showPartial });
      const built = await client.build('next');
      await client.commitNext();
      store.committed();
      coldSnapshot = built.snapshot;
      stages.buildMs = built.buildMs;
      stages.hostIndexMs = built.hostMs;
      // Extraction overlaps the reads: the worker's share is what the host waited for beyond listing and building.
      stages.workerMs = performance.now() - started - stages.listMs - built.buildMs;
      return { index: show(built.index), stages };
    },
    search: (query) => client.search(query, SEARCH_LIMIT).then((result) => result.hits),
    async update(path, text) {
      void client.apply('current', store.take('current', [{ kind: 'article', path, content: { text } }]));
      return show((await client.build('current')).index);
    },
    async correct(yaml) {
      void client.apply('current', store.take('current', [{ kind: 'corrections', content: { text: yaml }, problems: [] }]));
      return show((await client.build('current')).index);
    },
    async save() {
      const t0 = performance.now();
      if (!coldSnapshot) throw new Error('nothing to store before the cold index');
      await store.save(coldSnapshot);
      const storeSaveMs = performance.now() - t0;
      // Sizes from the folder: reading the files back would add their memory to the phase measured.
      const storeBytes = readdirSync(storeFiles.folder).reduce((n, name) => n + statSync(join(storeFiles.folder, name)).size, 0);
      return { storeSaveMs, storeMb: mib(storeBytes) };
    },
    // corpusService.ts's fullBuild({ fromStore: true }): showStored, then readCorpus with the stored index.
    async warm() {
      // The first session ends as a closed window does: its worker, and the hover cards it was still preparing
      // (at 10,000 articles a second of steps, which the warm start's steps would otherwise take turns with).
      client.dispose();
      shown = undefined;
      coldSnapshot = undefined;
      client = openClient();
      store = openStore(client);
      const t0 = performance.now();
      const stored = await store.load();
      if (!stored) throw new Error('the store written by the cold index was not loaded');
      const storedIndex = new CorpusIndex(stored.tables);
      const warmStartMs = performance.now() - t0;
      await client.openNext();
      store.opened();
      const restored = await store.restore(stored);
      const listing: Problem[] = [];
      const paths = await listArticleFiles(fs, DEFAULT_CORPUS_OPTIONS, listing);
      void client.apply('next', store.take('next', [{ kind: 'listing', problems: listing }]));
      void client.apply('next', store.take('next', [await readCorrectionsChange(fs)]));
      await applyInBatches(client, paths, async (path) => store.take('next', [await readArticleChange(fs, path)])[0], (step) => step);
      const warmUnchanged = restored && store.unchangedSince(stored);
      if (!warmUnchanged) await client.build('next');
      await client.commitNext();
      store.committed();
      return { warmStartMs, warmVerifyMs: performance.now() - t0 - warmStartMs, warmUnchanged, warmArticles: storedIndex.stats().articles };
    },
    dispose: () => client.dispose(),
  };
}

async function timed<K extends string, T>(into: Record<K, number>, key: K, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    into[key] += performance.now() - t0;
  }
}

// ——— Latency of the providers' calls ———

/** Ends the current task, as each of the editor's events is one: a block of one call is not added to the next's. */
const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface Latency {
  calls: number;
  /** Calls that found something to show (a mention under the cursor, a hit). */
  answered: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** What the slowest call was asked, to see where the tail comes from. */
  slowest?: string;
}

/** Times each call as its own task, as the editor makes them: one hover, one search at a time (until its answer, when it is a promise). */
async function latency<T>(targets: T[], call: (target: T) => unknown, describe: (target: T) => string): Promise<Latency> {
  const times: number[] = [];
  let answered = 0;
  let slowest: { ms: number; target: T } | undefined;
  for (const target of targets) {
    await nextTask();
    const t0 = performance.now();
    const result = await call(target);
    const ms = performance.now() - t0;
    if (!slowest || ms > slowest.ms) slowest = { ms, target };
    times.push(ms);
    if (result !== undefined && !(Array.isArray(result) && result.length === 0)) answered++;
  }
  times.sort((a, b) => a - b);
  return {
    calls: times.length,
    answered,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    maxMs: times[times.length - 1] ?? 0,
    slowest: slowest && describe(slowest.target),
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

interface Cursor {
  doc: string;
  offset: number;
  /** The mention's text, to name a slow call. */
  text: string;
}

/** Cursors inside random mentions a hover answers for (a name or a date), anywhere in the mention. */
function cursorsOnMentions(index: CorpusIndex, random: () => number, count: number): Cursor[] {
  const mentions: Mention[] = [];
  for (const path of index.articles.keys()) for (const m of index.mentionsIn(path)) if (m.entity || m.value) mentions.push(m);
  return Array.from({ length: count }, () => {
    const m = mentions[Math.floor(random() * mentions.length)];
    return { doc: m.doc, offset: m.start + Math.floor(random() * (m.end - m.start + 1)), text: m.text };
  });
}

/** registerHover's provideHover after the document check: the card for the mention under the cursor. */
function hover(index: CorpusIndex, { doc, offset }: Cursor): unknown {
  const mention = index.mentionAt(doc, offset);
  if (!mention) return undefined;
  const entity = mention.entity ? index.entities.get(mention.entity) : undefined;
  return entity ? entityCard(index, entity, mention) : mention.type === 'DATE' ? dateCard(index, mention, 'en') : undefined;
}

/** registerReferences' provideReferences (with the declaration, as Shift+F12 asks): every mention as a range. */
function references(index: CorpusIndex, { doc, offset }: Cursor): unknown {
  const mention = index.mentionAt(doc, offset);
  if (!mention) return undefined;
  const mentions = mention.entity
    ? index.mentionsInCorpusOrder(mention.entity)
    : mention.type === 'DATE' && mention.value
      ? index.dateMentionsOn(mention.value)
      : [];
  // locationsOf, for articles not open in an editor: the range from the article's line starts.
  return mentions.map((m) => index.articles.has(m.doc) && rangeInLines(index.lineStarts(m.doc), m));
}

/** Queries as people type them into Search Corpus: names of people, places and organizations, and plain words. */
function searchQueries(index: CorpusIndex, random: () => number, count: number): string[] {
  const names = [...index.entities.values()].map((e) => e.name);
  const articles = [...index.articles.values()];
  return Array.from({ length: count }, () => {
    if (random() < 0.7) return names[Math.floor(random() * names.length)];
    const article = articles[Math.floor(random() * articles.length)];
    const words = article.text.match(/\p{L}{4,}/gu) ?? [article.title];
    return words[Math.floor(random() * words.length)];
  });
}

// ——— Updates and corrections ———

const EDIT_SENTENCE = {
  ru: 'Президент Франции Эмманюэль Макрон заявил об этом в пятницу в Париже.',
  uk: 'Президент Франції Емманюель Макрон заявив про це в пʼятницю в Парижі.',
};

/** An article's text with a sentence inserted after its first paragraph: an edit in an open document. */
function editedText(text: string, lang: 'ru' | 'uk', run: number): string {
  const at = text.indexOf('\n\n');
  const sentence = `${EDIT_SENTENCE[lang]} (${run + 1})`;
  return at < 0 ? `${text}\n\n${sentence}\n` : `${text.slice(0, at)}\n\n${sentence}${text.slice(at)}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Median and longest of several one-file updates, each to another random article. */
async function measureUpdates(indexer: Indexer, index: CorpusIndex, random: () => number, runs: number) {
  const articles = [...index.articles.values()];
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const article = articles[Math.floor(random() * articles.length)];
    const text = editedText(article.text, article.lang === 'uk' ? 'uk' : 'ru', run);
    await nextTask();
    const t0 = performance.now();
    await indexer.update(article.path, text);
    times.push(performance.now() - t0);
  }
  return { updateMs: median(times), updateMaxMs: Math.max(...times), updateRuns: runs };
}

/** A corpus.yaml a user would write: rename a frequent person, hide a frequent place; another one each run. */
function correctionYaml(people: Entity[], places: Entity[], run: number): string {
  const person = people[run % people.length];
  const place = places[run % places.length];
  const lines = [];
  if (person) lines.push(`rename: { ${JSON.stringify(person.name)}: ${JSON.stringify(`${person.name} (правка ${run + 1})`)} }`);
  if (place) lines.push(`ignore: [${JSON.stringify(place.name)}]`);
  return `${lines.join('\n')}\n`;
}

async function measureCorrections(indexer: Indexer, index: CorpusIndex, runs: number) {
  const people = byMentions(index, 'PER');
  const places = byMentions(index, 'LOC');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const yaml = correctionYaml(people, places, run);
    await nextTask();
    const t0 = performance.now();
    const corrected = await indexer.correct(yaml);
    times.push(performance.now() - t0);
    // A correction the pipeline did not apply would time a build that corrects nothing.
    const problems = corrected.problems.filter((p) => p.path === CORRECTIONS_FILE);
    if (problems.length > 0) throw new Error(`the benchmark's corpus.yaml was not applied: ${problems.map((p) => p.message).join('; ')}\n${yaml}`);
  }
  return { correctionMs: median(times), correctionMaxMs: Math.max(...times), correctionRuns: runs };
}

function byMentions(index: CorpusIndex, type: Entity['type']): Entity[] {
  return index.entitiesOfType(type).sort((a, b) => index.mentionsOf(b.id).length - index.mentionsOf(a.id).length);
}

// ——— The run ———

function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

const mib = (bytes: number): number => bytes / 1048576;

async function main(): Promise<void> {
  const [root, resultPath, callsArg, updatesArg, correctionsArg, workerScript] = process.argv.slice(2);
  const calls = Number(callsArg);
  const blocks = new BlockMonitor();
  const phase = <T>(name: string, work: () => Promise<T>): Promise<T> => {
    log(`${name}…`);
    return blocks.phase(name, work);
  };
  const atCursor = (c: Cursor): string => `${c.text} (${c.doc})`;
  const random = seededRandom(SEED);
  const storeDir = mkdtempSync(join(tmpdir(), 'corpus-nav-bench-store-'));
  const indexer = workerIndexer(root, workerScript, new NodeStoreFiles(storeDir));

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { index, stages } = await phase('cold index', () => indexer.cold());
  const coldIndexMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterColdMb = mib(process.memoryUsage().heapUsed);
  const peakRssAfterColdMb = process.resourceUsage().maxRSS / 1024;
  const stored = await phase('store', () => indexer.save());

  // Targets are drawn before each phase: drawing them is the benchmark's work, not the editor's.
  const hoverAt = cursorsOnMentions(index, random, calls);
  const hoverLatency = await phase('hover', () => latency(hoverAt, (c) => hover(index, c), atCursor));
  const referencesAt = cursorsOnMentions(index, random, calls);
  const referencesLatency = await phase('references', () => latency(referencesAt, (c) => references(index, c), atCursor));
  const queries = searchQueries(index, random, calls);
  const searchLatency = await phase('search', () => latency(queries, (q) => indexer.search(q), (q) => q));
  const updates = await phase('update', () => measureUpdates(indexer, index, random, Number(updatesArg)));
  const corrections = await phase('correction', () => measureCorrections(indexer, index, Number(correctionsArg)));
  const warm = await phase('warm start', () => indexer.warm());
  blocks.stop();
  indexer.dispose();
  rmSync(storeDir, { recursive: true, force: true });

  const stats = index.stats();
  const frequent = byMentions(index, 'PER')[0];
  const result = {
    indexer: indexer.path,
    coldIndexMs,
    coldIndexCpuMs: (cpu.user + cpu.system) / 1000,
    coldStages: stages,
    heapAfterColdMb,
    peakRssAfterColdMb,
    ...stored,
    ...warm,
    ...updates,
    ...corrections,
    hover: hoverLatency,
    references: referencesLatency,
    search: searchLatency,
    maxBlockMs: blocks.max,
    blockMsByPhase: blocks.byPhase,
    // maxRSS is in KiB.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    found: { people: stats.people, places: stats.places, organizations: stats.organizations, events: stats.events, mentions: stats.mentions },
    frequentSurname: frequent?.name.split(/\s+/).pop(),
  };
  writeFileSync(resultPath, JSON.stringify(result));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

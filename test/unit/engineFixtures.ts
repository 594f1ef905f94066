// What the engine, worker and store tests share: the sample articles as files, a log that fails on any error, and
// a store in memory.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusChange, IndexSnapshot } from '../../src/core/engine/indexEngine';
import type { StoreFiles } from '../../src/core/store/storedIndex';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { ClientLog, IndexClient } from '../../src/vscode/indexClient';
import { SAMPLES } from './samples';

/** [path, text] of every sample article. */
export const SAMPLE_FILES: [string, string][] = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(join(SAMPLES, name), 'utf8')]);

export const silentLog: ClientLog = { info: () => undefined, error: (message) => assert.fail(`logged an error: ${message}`) };

/** A full build through the client, as CorpusService runs one. */
export async function fullBuild(client: IndexClient, changes: CorpusChange[]): Promise<IndexSnapshot> {
  await client.openNext();
  client.apply('next', changes);
  const { snapshot } = await client.build('next');
  await client.commitNext();
  return snapshot;
}

/** A sample article's text as a live edit could leave it: paragraphs dropped, one from another sample moved in. */
export function edited(random: () => number, text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const other = SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)][1].split(/\n\s*\n/);
  const kept = paragraphs.filter(() => random() < 0.8);
  kept.splice(Math.floor(random() * (kept.length + 1)), 0, other[Math.floor(random() * other.length)]);
  return kept.join('\n\n');
}

/** A store in memory, as the extension's storage holds one: whole files replaced at once. */
export class MemoryStoreFiles implements StoreFiles {
  readonly files = new Map<string, Uint8Array>();
  async read(name: string): Promise<Uint8Array | undefined> {
    return this.files.get(name);
  }
  async write(name: string, chunks: Uint8Array[]): Promise<void> {
    this.files.set(name, Buffer.concat(chunks));
  }
  async remove(name: string): Promise<boolean> {
    return this.files.delete(name);
  }
  async clear(): Promise<void> {
    this.files.clear();
  }
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * A snapshot as the host's index reads it: a delta's snapshot (snapshotParts.ts) lists the mentions article by
 * article in text order, a full build's by kind; everything else is in the same order.
 */
export function byArticle(snapshot: IndexSnapshot): unknown {
  const index = new CorpusIndex(snapshot);
  return plain({ ...snapshot, mentions: snapshot.articles.map((a) => index.mentionsIn(a.path)) });
}

/** What the hover, references and other providers read of an index, by key. */
export function lookups(index: CorpusIndex): unknown {
  const ids = [...index.entities.keys()];
  const dates = new Set([...index.articles.keys()].flatMap((doc) => index.mentionsIn(doc).flatMap((m) => (m.value ? [m.value, m.value.slice(0, 7), m.value.slice(0, 4)] : []))));
  for (const e of index.events) dates.add(e.date);
  return plain({
    order: index.articleOrder(),
    articles: [...index.articles.values()],
    byDoc: [...index.articles.keys()].map((doc) => index.mentionsIn(doc)),
    byEntity: ids.map((id) => index.mentionsInCorpusOrder(id)),
    entities: [...index.entities.values()],
    events: index.events,
    eventsOf: ids.map((id) => index.eventsOf(id)),
    quotes: index.quotes,
    quotesOf: ids.map((id) => index.quotesOf(id)),
    dates: [...dates].sort().map((value) => [value, index.dateMentionsOn(value), index.eventsOn(value)]),
    problems: index.problems,
    stats: index.stats(),
  });
}

/** The host's index and snapshot after a build are those a full build of the same corpus gives. */
export function assertSameAsFull(built: { snapshot: IndexSnapshot; index: CorpusIndex }, full: IndexSnapshot, message: string): void {
  assert.deepEqual(byArticle(built.snapshot), byArticle(full), `${message}: the snapshot`);
  assert.deepEqual(lookups(built.index), lookups(new CorpusIndex(full)), `${message}: the host's index`);
}

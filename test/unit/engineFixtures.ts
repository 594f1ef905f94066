// What the engine, worker and store tests share: the sample articles as files, a log that fails on any error, and
// a store in memory.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusChange, IndexSnapshot } from '../../src/core/engine/indexEngine';
import type { StoreFiles } from '../../src/core/store/storedIndex';
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

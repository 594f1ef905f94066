// The editor's half of the store: a manifest, the last index the views showed (the snapshot, as its parts, one
// JSON line each, in UTF-16), and the worker's findings file, as bytes it never decodes. A reopened window shows
// the stored snapshot at once and has the worker re-read the files beside it (see src/vscode/indexStore.ts); the
// manifest's file keys tell whether anything changed, so an unchanged corpus is not even built again.
// Each file is replaced atomically (StoreFiles.write) and the manifest is written last with every other file's
// length and hash, so a store torn by a crash between two writes fails its checksum instead of mixing two indexes.
import type { IndexSnapshot } from '../engine/indexEngine';
import { SnapshotAssembler, type SnapshotPart, splitSnapshot } from '../engine/snapshotParts';
import type { IndexTables } from '../index/indexTables';
import { ContentHasher } from './contentHash';
import { StoreError, type StoreProblem, storeProblemOf } from './storeProblem';

/** Where a store lives (a folder of the extension's storage, Node's fs, memory); names are plain file names. */
export interface StoreFiles {
  /** The file's bytes, or undefined when there is none. */
  read(name: string): Promise<Uint8Array | undefined>;
  /** Replaces the file with the chunks joined, at once for readers: written aside, then renamed over it. */
  write(name: string, chunks: Uint8Array[]): Promise<void>;
  /** Removes the whole store. */
  clear(): Promise<void>;
}

/** Bump when the manifest or the snapshot file's layout changes. */
export const STORE_FORMAT = 1;

const MANIFEST = 'manifest.json';
const SNAPSHOT = 'snapshot.jsonl';
const FINDINGS = 'findings.json';
const NEWLINE = 0x0a;
/**
 * The snapshot is stored as UTF-16 code units (little-endian, as every platform VS Code runs on): decoding them
 * is a copy, about twice as fast as decoding UTF-8, whose Cyrillic made it a third of a warm start (measured on
 * 10 MB: 18 ms against 35 ms; JSON.parse 35 ms), for a file half again as large (10 → 15 MB at 1,000 articles).
 */
const SNAPSHOT_ENCODING = 'utf-16le';
/** Parsing yields to the caller's other work this often: the editor's thread is not held for longer. */
const SLICE_MS = 20;

/** What a store must have been written for: this extension version, the worker's pipeline, this corpus folder. */
export interface StoreIdentity {
  extension: string;
  pipeline: string;
  root: string;
}

interface StoredFileInfo {
  bytes: number;
  hash: string;
}

export interface StoreManifest extends StoreIdentity {
  format: number;
  /** Every file the stored index was built from, by path: its FileKeys key. */
  files: Record<string, string>;
  snapshot: StoredFileInfo;
  findings: StoredFileInfo;
}

export interface LoadedIndex {
  manifest: StoreManifest;
  snapshot: IndexSnapshot;
  /** The snapshot's index tables, made as it was parsed, in slices: a CorpusIndex of them costs the thread nothing. */
  tables: IndexTables;
  /** The snapshot file's bytes, until checkSnapshot has hashed them. */
  snapshotBytes: Uint8Array | undefined;
}

/** Lets the caller's thread do its other work; called between slices of encoding and parsing. */
export type YieldNow = () => Promise<void>;

export async function saveIndex(
  files: StoreFiles,
  identity: StoreIdentity,
  fileKeys: ReadonlyMap<string, string>,
  snapshot: IndexSnapshot,
  findings: Uint8Array,
  yieldNow: YieldNow,
): Promise<StoreManifest> {
  const encoder = new TextEncoder();
  const hasher = new ContentHasher();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let sliceStart = Date.now();
  // Part by part, as the worker sends them: each is a few milliseconds to encode.
  for (const part of splitSnapshot(snapshot)) {
    const line = utf16(`${JSON.stringify(part)}\n`);
    hasher.update(line);
    chunks.push(line);
    bytes += line.length;
    if (Date.now() - sliceStart >= SLICE_MS) {
      await yieldNow();
      sliceStart = Date.now();
    }
  }
  const manifest: StoreManifest = {
    format: STORE_FORMAT,
    ...identity,
    files: Object.fromEntries(fileKeys),
    snapshot: { bytes, hash: hasher.digest() },
    findings: { bytes: findings.length, hash: await hashInSlices(findings, yieldNow) },
  };
  await files.write(SNAPSHOT, chunks);
  await files.write(FINDINGS, [findings]);
  await files.write(MANIFEST, [encoder.encode(JSON.stringify(manifest))]);
  return manifest;
}

/**
 * The stored index, or why it cannot be used; never throws for what is in the files. `identity` may still be on
 * its way (the worker tells the pipeline as it starts): the files are read meanwhile.
 * A warm start waits for this, so it checks what is cheap and catches a truncated or foreign file (the lengths,
 * the versions, JSON and the outline of every line); the snapshot's hash (about 12 % of the time at 10 MB) is
 * checked after the views show it, by checkSnapshot, and a mismatch then replaces it with a build from the files.
 * The findings file is not needed to show anything, so it is read after (readFindings).
 */
export async function loadIndex(files: StoreFiles, identity: StoreIdentity | Promise<StoreIdentity>, yieldNow: YieldNow): Promise<LoadedIndex | StoreProblem> {
  try {
    const [manifestBytes, snapshotBytes] = await Promise.all([files.read(MANIFEST), files.read(SNAPSHOT)]);
    if (!manifestBytes) return { reason: 'missing', detail: `no ${MANIFEST}` };
    const manifest = parseManifest(manifestBytes);
    const expected = await identity;
    for (const key of ['extension', 'pipeline', 'root'] as const) {
      if (manifest[key] !== expected[key]) throw new StoreError('stale', `written for ${key} ${JSON.stringify(manifest[key])}, not ${JSON.stringify(expected[key])}`);
    }
    checkLength(SNAPSHOT, snapshotBytes, manifest.snapshot);
    const { snapshot, tables } = await parseSnapshot(snapshotBytes as Uint8Array, yieldNow);
    return { manifest, snapshot, tables, snapshotBytes };
  } catch (error) {
    return storeProblemOf(error);
  }
}

/** The worker's findings file of a loaded store, undecoded (the worker checks its hash), or why it is unusable. */
export async function readFindings(files: StoreFiles, manifest: StoreManifest): Promise<Uint8Array | StoreProblem> {
  try {
    const findings = await files.read(FINDINGS);
    checkLength(FINDINGS, findings, manifest.findings);
    return findings as Uint8Array;
  } catch (error) {
    return storeProblemOf(error);
  }
}

/** Hashes the loaded snapshot's bytes in slices and lets them go: a checksum problem, or undefined when intact. */
export async function checkSnapshot(loaded: LoadedIndex, yieldNow: YieldNow): Promise<StoreProblem | undefined> {
  const bytes = loaded.snapshotBytes;
  if (!bytes) return undefined;
  loaded.snapshotBytes = undefined;
  const hash = await hashInSlices(bytes, yieldNow);
  return hash === loaded.manifest.snapshot.hash ? undefined : { reason: 'checksum', detail: `${SNAPSHOT} hashes to ${hash}, its manifest says ${loaded.manifest.snapshot.hash}` };
}

/** Bytes hashed a slice at a time: 30 MB or more would hold the editor's thread for tens of milliseconds. */
async function hashInSlices(bytes: Uint8Array, yieldNow: YieldNow): Promise<string> {
  const hasher = new ContentHasher();
  // About 5 ms a slice.
  const SLICE_BYTES = 4 * 1048576;
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    hasher.update(bytes, start, Math.min(start + SLICE_BYTES, bytes.length));
    await yieldNow();
  }
  return hasher.digest();
}

export const isProblem = <T extends object>(loaded: T | StoreProblem): loaded is StoreProblem => 'reason' in loaded;

function parseManifest(bytes: Uint8Array): StoreManifest {
  let manifest: Partial<StoreManifest>;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes)) as Partial<StoreManifest>;
  } catch (error) {
    throw new StoreError('corrupt', `${MANIFEST} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof manifest !== 'object' || manifest === null) throw new StoreError('corrupt', `${MANIFEST} is no record`);
  if (manifest.format !== STORE_FORMAT) throw new StoreError('stale', `store format ${String(manifest.format)}, not ${STORE_FORMAT}`);
  const info = (x: unknown): boolean => typeof x === 'object' && x !== null && typeof (x as StoredFileInfo).bytes === 'number' && typeof (x as StoredFileInfo).hash === 'string';
  const files = manifest.files;
  if (!info(manifest.snapshot) || !info(manifest.findings) || typeof files !== 'object' || files === null || Object.values(files).some((k) => typeof k !== 'string')) {
    throw new StoreError('corrupt', `${MANIFEST} lacks its files' lengths, hashes or keys`);
  }
  return manifest as StoreManifest;
}

/** A truncated or missing file is told from its length alone, before anything is parsed. */
function checkLength(name: string, bytes: Uint8Array | undefined, info: StoredFileInfo): void {
  if (!bytes) throw new StoreError('corrupt', `${name} is missing`);
  if (bytes.length !== info.bytes) throw new StoreError('checksum', `${name} has ${bytes.length} bytes, its manifest says ${info.bytes}`);
}

const FIELDS = new Set<string>(['articles', 'mentions', 'entities', 'events', 'problems']);

function utf16(text: string): Uint8Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return new Uint8Array(units.buffer);
}

/** The snapshot's lines parsed one at a time (a newline never occurs inside a JSON line), then its index's last steps. */
async function parseSnapshot(bytes: Uint8Array, yieldNow: YieldNow): Promise<{ snapshot: IndexSnapshot; tables: IndexTables }> {
  if (bytes.length % 2 !== 0) throw new StoreError('corrupt', `${SNAPSHOT} is no UTF-16 text`);
  // A Uint16Array needs an even offset into its buffer; a file read into a shared pool may not start at one.
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : bytes.slice();
  const units = new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.length / 2);
  const decoder = new TextDecoder(SNAPSHOT_ENCODING);
  const assembler = new SnapshotAssembler();
  let sliceStart = Date.now();
  for (let start = 0; start < units.length; ) {
    let end = units.indexOf(NEWLINE, start);
    if (end < 0) end = units.length;
    const part = JSON.parse(decoder.decode(units.subarray(start, end))) as Partial<SnapshotPart>;
    if (typeof part !== 'object' || part === null || !FIELDS.has(part.field as string) || !Array.isArray(part.items)) {
      throw new StoreError('corrupt', `${SNAPSHOT}: a line that is no part of an index`);
    }
    assembler.add(part as SnapshotPart);
    start = end + 1;
    if (Date.now() - sliceStart >= SLICE_MS) {
      await yieldNow();
      sliceStart = Date.now();
    }
  }
  const steps = assembler.finish();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { snapshot: assembler.result, tables: step.value };
    if (Date.now() - sliceStart >= SLICE_MS) {
      await yieldNow();
      sliceStart = Date.now();
    }
  }
}

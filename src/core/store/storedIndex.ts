// The editor's half of the store: a manifest, the last index the views showed (the snapshot, in binary blocks
// (snapshotCodec.ts) spread over files of a few MB each), and the worker's findings file, as bytes it never decodes.
// A reopened window shows the stored snapshot at once and has the worker re-read the files beside it (see
// src/vscode/indexStore.ts); the manifest's file keys tell whether anything changed, so an unchanged corpus is not
// even built again.
// Each file is replaced atomically (StoreFiles.write) and the manifest is written last with every other file's
// length and hash, so a store torn by a crash between two writes fails its checksum instead of mixing two indexes.
// The snapshot is spread over several files so that no single step of the editor's thread joins, copies or
// decodes the whole of it: each file is written as it is filled, and a warm start decodes one while the next is read.
import type { IndexSnapshot } from '../engine/indexEngine';
import { SnapshotAssembler } from '../engine/snapshotParts';
import type { IndexTables } from '../index/indexTables';
import { ContentHasher } from './contentHash';
import { SnapshotDecoder, SnapshotEncoder } from './snapshotCodec';
import { StoreError, type StoreProblem, storeProblemOf } from './storeProblem';

/** Where a store lives (a folder of the extension's storage, Node's fs, memory); names are plain file names. */
export interface StoreFiles {
  /** The file's bytes, or undefined when there is none. */
  read(name: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces the file with the chunks joined, at once for readers: written aside, then renamed over it. The
   * chunks are the caller's again once this resolves (a store writes its next file in the same memory).
   */
  write(name: string, chunks: Uint8Array[]): Promise<void>;
  /** Removes one file; true when there was one. */
  remove(name: string): Promise<boolean>;
  /** Removes the whole store. */
  clear(): Promise<void>;
}

/** Bump when the manifest's or the snapshot files' layout changes (1: the snapshot as JSON lines in UTF-16; 3: quotes). */
export const STORE_FORMAT = 3;

const MANIFEST = 'manifest.json';
const FINDINGS = 'findings.bin';
/** The name of the snapshot's i-th file. */
export const snapshotFile = (i: number): string => `snapshot-${i}.bin`;
/** A snapshot file is closed once it holds this much: hashed in one step (about 6 ms), and what a load holds at once. */
const SNAPSHOT_FILE_BYTES = 4 * 1048576;
/**
 * Encoding and decoding yield to the caller's other work this often. Short, because what is decoded all survives:
 * a young-generation collection in the middle of a slice copies it, which took up to 30 ms at 10,000 articles,
 * and the editor's thread must not be held for more than 50 ms in all.
 */
const SLICE_MS = 10;

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
  /** The snapshot's files, in order: the i-th is named snapshotFile(i). */
  snapshot: StoredFileInfo[];
  findings: StoredFileInfo;
}

export interface LoadedIndex {
  manifest: StoreManifest;
  snapshot: IndexSnapshot;
  /** The snapshot's index tables, made as it was parsed, in slices: a CorpusIndex of them costs the thread nothing. */
  tables: IndexTables;
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
  const stored: StoredFileInfo[] = [];
  // One file's bytes at a time, in memory used again for the next (see SnapshotEncoder.blocks).
  let file = new Uint8Array(2 * SNAPSHOT_FILE_BYTES);
  let bytes = 0;
  let hasher = new ContentHasher();
  const close = async (): Promise<void> => {
    stored.push({ bytes, hash: hasher.digest() });
    await files.write(snapshotFile(stored.length - 1), [file.subarray(0, bytes)]);
    bytes = 0;
    hasher = new ContentHasher();
  };
  let sliceStart = Date.now();
  // Part by part, as the worker sends them: each is a few milliseconds to encode.
  for (const block of new SnapshotEncoder(snapshot).blocks()) {
    if (bytes + block.length > file.length) {
      const larger = new Uint8Array(bytes + block.length);
      larger.set(file.subarray(0, bytes));
      file = larger;
    }
    file.set(block, bytes);
    hasher.update(block);
    bytes += block.length;
    if (bytes >= SNAPSHOT_FILE_BYTES) await close();
    if (Date.now() - sliceStart >= SLICE_MS) {
      await yieldNow();
      sliceStart = Date.now();
    }
  }
  if (bytes > 0 || stored.length === 0) await close();
  const manifest: StoreManifest = {
    format: STORE_FORMAT,
    ...identity,
    files: Object.fromEntries(fileKeys),
    snapshot: stored,
    findings: { bytes: findings.length, hash: await hashInSlices(findings, yieldNow) },
  };
  await files.write(FINDINGS, [findings]);
  await files.write(MANIFEST, [new TextEncoder().encode(JSON.stringify(manifest))]);
  // The files beyond this snapshot's, left by a larger one before.
  for (let i = stored.length; await files.remove(snapshotFile(i)); i++);
  return manifest;
}

/**
 * The stored index, or why it cannot be used; never throws for what is in the files. `identity` may still be on
 * its way (the worker tells the pipeline as it starts): the snapshot is read and decoded meanwhile.
 * Each snapshot file is checked (its length, its hash) before it is decoded, and let go once it is: a store that
 * is not what its manifest describes is never shown, and the bytes read do not pile up. Tens of MB of file
 * buffers held at once made the engine collect garbage for 100 ms at a time, on every buffer made after them.
 * The files are read one ahead of the one decoded. The findings file is not needed to show anything, so it is
 * read after (readFindings).
 */
export async function loadIndex(files: StoreFiles, identity: StoreIdentity | Promise<StoreIdentity>, yieldNow: YieldNow): Promise<LoadedIndex | StoreProblem> {
  const pending: Promise<unknown>[] = [];
  // Until awaited, a failure is kept for the await, not reported as unhandled.
  const awaited = <T>(promise: Promise<T>): Promise<T> => {
    promise.catch(() => undefined);
    pending.push(promise);
    return promise;
  };
  try {
    const manifestBytes = await files.read(MANIFEST);
    if (!manifestBytes) return { reason: 'missing', detail: `no ${MANIFEST}` };
    const manifest = parseManifest(manifestBytes);
    const sameIdentity = awaited(
      Promise.resolve(identity).then((expected) => {
        for (const key of ['extension', 'pipeline', 'root'] as const) {
          if (manifest[key] !== expected[key]) throw new StoreError('stale', `written for ${key} ${JSON.stringify(manifest[key])}, not ${JSON.stringify(expected[key])}`);
        }
      }),
    );
    const read = (i: number): Promise<Uint8Array | undefined> => awaited(files.read(snapshotFile(i)));
    const decoder = new SnapshotDecoder();
    const assembler = new SnapshotAssembler();
    let sliceStart = Date.now();
    const slice = async (): Promise<void> => {
      if (Date.now() - sliceStart < SLICE_MS) return;
      await yieldNow();
      sliceStart = Date.now();
    };
    let next = manifest.snapshot.length > 0 ? read(0) : undefined;
    for (const [i, info] of manifest.snapshot.entries()) {
      const bytes = await next;
      next = i + 1 < manifest.snapshot.length ? read(i + 1) : undefined;
      checkFile(snapshotFile(i), bytes, info);
      await slice();
      for (const part of decoder.parts(bytes as Uint8Array, snapshotFile(i))) {
        assembler.add(part);
        await slice();
      }
    }
    await sameIdentity;
    const steps = assembler.finish();
    let step = steps.next();
    for (; !step.done; step = steps.next()) await slice();
    return { manifest, snapshot: assembler.result, tables: step.value };
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

/** Bytes hashed a slice at a time: 30 MB or more would hold the editor's thread for tens of milliseconds. */
async function hashInSlices(bytes: Uint8Array, yieldNow: YieldNow): Promise<string> {
  const hasher = new ContentHasher();
  // About 1.5 ms a slice.
  const SLICE_BYTES = 1048576;
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
  if (!Array.isArray(manifest.snapshot) || !manifest.snapshot.every(info) || !info(manifest.findings) || typeof files !== 'object' || files === null || Object.values(files).some((k) => typeof k !== 'string')) {
    throw new StoreError('corrupt', `${MANIFEST} lacks its files' lengths, hashes or keys`);
  }
  return manifest as StoreManifest;
}

/** A truncated or missing file is told from its length alone, before anything is parsed. */
function checkLength(name: string, bytes: Uint8Array | undefined, info: StoredFileInfo): void {
  if (!bytes) throw new StoreError('corrupt', `${name} is missing`);
  if (bytes.length !== info.bytes) throw new StoreError('checksum', `${name} has ${bytes.length} bytes, its manifest says ${info.bytes}`);
}

/** A file as its manifest describes it, or a checksum StoreError: its length, then its hash (4 MB: about 6 ms). */
function checkFile(name: string, bytes: Uint8Array | undefined, info: StoredFileInfo): void {
  checkLength(name, bytes, info);
  const hash = new ContentHasher().update(bytes as Uint8Array).digest();
  if (hash !== info.hash) throw new StoreError('checksum', `${name} hashes to ${hash}, its manifest says ${info.hash}`);
}

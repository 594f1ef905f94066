// The messages between the editor's thread and the thread that indexes (a Node worker, a Web Worker, or the same
// thread when there is no worker). Every message is plain data, so it survives structured cloning.
import type { SearchResult } from '../search/searchIndex';
import type { StoreProblem } from '../store/storeProblem';
import type { CorpusChange } from './indexEngine';

/**
 * Which corpus a request is about: `current`, the one the views show, or `next`, the one a full build fills
 * beside it, which replaces `current` only on `commit` (a cancelled full build leaves `current` as it was).
 */
export type EngineTarget = 'current' | 'next';

export type EngineRequest =
  /** Starts an empty `next` corpus (replacing one left open). Answered with `done`. */
  | { id: number; type: 'open' }
  /** Files read. Answered with `done` once applied; the host need not wait for it to send the next batch. */
  | { id: number; type: 'apply'; target: EngineTarget; changes: CorpusChange[] }
  /**
   * Builds the index of the target. Answered with its `part`s, then `built`. `have`: the id of an earlier build
   * whose index the host holds; the build is then sent as the changes since that one (a delta, snapshotParts.ts).
   */
  | { id: number; type: 'build'; target: EngineTarget; have?: number }
  /**
   * Makes `next` the `current` corpus. Apart from `build`, so that a full build cancelled while its index was
   * being built leaves the engine's `current` the one the host still shows. Answered with `done`.
   */
  | { id: number; type: 'commit' }
  /**
   * Drops `next` at once, ahead of any queued work: the work queued for it is answered with `discarded`, and
   * an `apply` under way stops after the article it is on. Answered with `done`.
   */
  | { id: number; type: 'discard' }
  /**
   * Full-text search of the corpus the host shows (the last one built, or `current` once a `next` is discarded).
   * Answered at once, ahead of queued work, with `found`: the search index lives on this thread only.
   */
  | { id: number; type: 'search'; query: string; limit?: number }
  /**
   * The host has taken in `parts` parts of build `id` (a count, not an answer: nothing replies). A thread hands
   * a receiver every message waiting at once, so a build sends only a few parts ahead of what the host has taken.
   */
  | { id: number; type: 'took'; parts: number }
  /** Which pipeline the engine runs (pipelineVersion): a store written by another is stale. Answered with `described`. */
  | { id: number; type: 'describe' }
  /**
   * A stored findings file (see store/findingsFile.ts), whose bytes should hash to `hash`, for the articles the
   * target takes next: an article whose change carries the stored hash is not extracted again. Answered with
   * `done`, or `unusable` when the file cannot be used (then every article is extracted).
   */
  | { id: number; type: 'restore'; target: EngineTarget; findings: Uint8Array; hash: string }
  /** The `current` corpus's findings file, to store. Answered with `findings`. */
  | { id: number; type: 'exportFindings' };

/** An error as it crosses threads (an Error object would lose its class, and in some engines its message). */
export interface EngineError {
  message: string;
  stack?: string;
}

export type EngineMessage =
  /** How many files (articles read, or absent) `next` has taken since it was opened: the full build's progress. */
  | { type: 'progress'; applied: number }
  | { type: 'done'; id: number }
  /** Some records of the index a `build` made, or of its changes: a BuildPart as JSON (see snapshotParts.ts). */
  | { type: 'part'; id: number; json: string }
  /** The last message of a `build`: every part has been sent. */
  | { type: 'built'; id: number; buildMs: number }
  /** A `search`'s hits. */
  | { type: 'found'; id: number; result: SearchResult }
  | { type: 'failed'; id: number; error: EngineError }
  /** The request was about a `next` corpus that has since been discarded. */
  | { type: 'discarded'; id: number }
  | { type: 'described'; id: number; pipeline: string }
  /** A `restore` whose findings file is stale, corrupt or not the one its manifest describes. */
  | { type: 'unusable'; id: number; problem: StoreProblem }
  | { type: 'findings'; id: number; bytes: Uint8Array };

/**
 * The buffers a message hands over to the receiving thread instead of copying: a findings file (tens of MB at
 * 10,000 articles), which the sender does not read again. Copying it held the receiving editor's thread for
 * hundreds of milliseconds. Only a buffer the bytes fill alone: handing over a larger one would take more from the
 * sender than the message says.
 */
export function transferables(message: EngineRequest | EngineMessage): ArrayBuffer[] {
  const bytes = message.type === 'findings' ? message.bytes : message.type === 'restore' ? message.findings : undefined;
  return bytes && bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : [];
}

/** Both ends of the channel: a Worker, a worker's parentPort, or the in-process pair. */
export interface EngineChannel {
  post(request: EngineRequest): void;
  /** Ends the indexing thread; it does not count as stopping on its own. */
  terminate(): Promise<void>;
}

/** What a channel reports to its owner. */
export interface EngineChannelEvents {
  message(message: EngineMessage): void;
  /** The indexing thread ended without being asked to (a crash, running out of memory); said once. */
  stopped(reason: string): void;
  /** A line for the owner's log: where the engine runs, when that is a choice the channel made (a fallback). */
  info(message: string): void;
}

/** Opens a channel to a fresh engine. */
export type OpenEngineChannel = (events: EngineChannelEvents) => EngineChannel;

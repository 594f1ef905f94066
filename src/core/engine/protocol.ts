// The messages between the editor's thread and the thread that indexes (a Node worker, a Web Worker, or the same
// thread when there is no worker). Every message is plain data, so it survives structured cloning.
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
  /** Builds the index of the target. Answered with its `part`s, then `built`. */
  | { id: number; type: 'build'; target: EngineTarget }
  /**
   * Makes `next` the `current` corpus. Apart from `build`, so that a full build cancelled while its index was
   * being built leaves the engine's `current` the one the host still shows. Answered with `done`.
   */
  | { id: number; type: 'commit' }
  /**
   * Drops `next` at once, ahead of any queued work: the work queued for it is answered with `discarded`, and
   * an `apply` under way stops after the article it is on. Answered with `done`.
   */
  | { id: number; type: 'discard' };

/** An error as it crosses threads (an Error object would lose its class, and in some engines its message). */
export interface EngineError {
  message: string;
  stack?: string;
}

export type EngineMessage =
  /** How many files (articles read, or absent) `next` has taken since it was opened: the full build's progress. */
  | { type: 'progress'; applied: number }
  | { type: 'done'; id: number }
  /** Some records of the index a `build` made: a SnapshotPart as JSON (see snapshotParts.ts). */
  | { type: 'part'; id: number; json: string }
  /** The last message of a `build`: every part has been sent. */
  | { type: 'built'; id: number; buildMs: number }
  | { type: 'failed'; id: number; error: EngineError }
  /** The request was about a `next` corpus that has since been discarded. */
  | { type: 'discarded'; id: number };

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

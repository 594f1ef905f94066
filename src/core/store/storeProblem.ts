// Why a stored index is not used. Every way a store can be unusable ends here as a value, never as an exception
// that reaches the editor: the caller says it in the output channel and indexes from the files instead.

export type StoreProblemReason =
  /** Nothing stored yet (or cleared). */
  | 'missing'
  /** Written by another store format, pipeline or model, or for another folder: its findings would differ. */
  | 'stale'
  /** Not JSON, truncated, or records of the wrong shape. */
  | 'corrupt'
  /** A stored file's bytes are not the ones its manifest describes (a torn or foreign write). */
  | 'checksum';

export interface StoreProblem {
  reason: StoreProblemReason;
  /** What exactly, for the output channel. */
  detail: string;
}

/** Thrown inside the store's decoders only; turned into a StoreProblem before it leaves the store modules. */
export class StoreError extends Error {
  constructor(
    readonly reason: Exclude<StoreProblemReason, 'missing'>,
    detail: string,
  ) {
    super(detail);
  }
}

export const storeProblemOf = (error: unknown): StoreProblem =>
  error instanceof StoreError
    ? { reason: error.reason, detail: error.message }
    : { reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };

/** One line for the output channel. */
export function describeStoreProblem(problem: StoreProblem): string {
  return `${REASON_TEXT[problem.reason]} (${problem.detail})`;
}

const REASON_TEXT: Record<StoreProblemReason, string> = {
  missing: 'no stored index',
  stale: 'the stored index is stale',
  corrupt: 'the stored index is corrupt',
  checksum: 'the stored index does not match its checksum',
};

// The tagger the pipeline uses: the shipped weights (weights.ts, written by `npm run train`), decoded on first
// use; a host may swap them (the CLI's CORPUS_NAV_MODEL, for leave-one-topic-out runs) or switch the model off.
import { decodeWeights } from './codec';
import type { IntegerWeights } from './tagger';
import { MODEL_WEIGHTS } from './weights';

let active: IntegerWeights | null | undefined;

/** The weights in use, or null when the model is switched off. */
export function activeModel(): IntegerWeights | null {
  if (active === undefined) active = decodeWeights(MODEL_WEIGHTS);
  return active;
}

/** Replaces the weights for every later extraction (null: rules only). Articles already extracted keep theirs. */
export function useModel(weights: IntegerWeights | null): void {
  active = weights;
}

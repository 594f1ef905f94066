// A linear-chain tagger over BIO labels for PER, LOC and ORG: each token's label scores are the sum of its
// features' weight rows, a transition score links neighbouring labels, and Viterbi finds the best labelling
// that is valid BIO (an I- label only continues its own type). The same code decodes with the trained integer
// weights at run time and with the floating-point weights while training.
import type { Token } from '../types';
import type { TokenSequence } from './features';

export type ModelType = 'PER' | 'LOC' | 'ORG';
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export const LABEL_COUNT = LABELS.length;
const TYPES: (ModelType | undefined)[] = [undefined, 'PER', 'PER', 'LOC', 'LOC', 'ORG', 'ORG'];
const isInside = (label: number): boolean => label > 0 && label % 2 === 0;

/** Weights as the tagger reads them: one row of LABEL_COUNT per hashed feature bucket, and transitions. */
export interface TaggerWeights {
  /** The table holds 2^bits rows. */
  bits: number;
  /** rows × LABEL_COUNT, row-major. */
  emission: ArrayLike<number>;
  /** (LABEL_COUNT + 1) × LABEL_COUNT: the first row scores a sequence's first label, row p+1 follows label p. */
  transition: ArrayLike<number>;
  /** Real-valued weight = stored weight × scale (confidence is reported in real units). */
  scale: number;
}

/** The shipped weights, decoded (codec.ts): integer rows, whose sums are exact in any order. */
export interface IntegerWeights extends TaggerWeights {
  emission: Int16Array;
  transition: Int16Array;
}

/** A span the tagger labels as one name, with the smallest margin of its tokens' labels over any other label. */
export interface ModelSpan {
  start: number;
  end: number;
  type: ModelType;
  /** Min over the span's tokens of (best labelling's score − best score with that token labelled otherwise), in real weight units. */
  confidence: number;
  /** The span's tokens. */
  tokens: Token[];
}

/** May `label` follow `prev` (-1: sequence start)? */
export function allowed(prev: number, label: number): boolean {
  return !isInside(label) || prev === label || prev === label - 1;
}

/** Per token, per label: the sum of the token's feature rows. */
export function emissionScores(weights: TaggerWeights, sequence: TokenSequence): Float64Array {
  const mask = (1 << weights.bits) - 1;
  const n = sequence.tokens.length;
  const out = new Float64Array(n * LABEL_COUNT);
  const emission = weights.emission;
  for (let i = 0; i < n; i++) {
    const base = i * LABEL_COUNT;
    for (const h of sequence.features[i]) {
      const row = (h & mask) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) out[base + l] += emission[row + l];
    }
  }
  return out;
}

/** Per label, the labels that may stand before it, in ascending order (ties go to the first, as in a scan of all). */
const PREDECESSORS: number[][] = LABELS.map((_, l) => LABELS.map((_, p) => p).filter((p) => allowed(p, l)));

/** The forward pass's tables, reused from sequence to sequence (a window of the stage is a few tokens). */
interface Forward {
  score: Float64Array;
  back: Int8Array;
}

const forward: Forward = { score: new Float64Array(0), back: new Int8Array(0) };
let backward = new Float64Array(0);

/** The forward tables, grown to hold n tokens; what they held before is overwritten by forwardBest. */
function forwardTables(n: number): Forward {
  if (forward.score.length < n * LABEL_COUNT) {
    const size = Math.max(n * LABEL_COUNT, 2 * forward.score.length);
    forward.score = new Float64Array(size);
    forward.back = new Int8Array(size);
  }
  return forward;
}

/**
 * The forward pass of both decoders: for each token and label, the score of the best valid labelling of the
 * tokens so far that ends in that label, and which label before it that labelling has. Valid until the next call.
 */
function forwardBest(emission: Float64Array, transition: ArrayLike<number>, n: number): Forward {
  const L = LABEL_COUNT;
  const { score, back } = forwardTables(n);
  for (let l = 0; l < L; l++) score[l] = allowed(-1, l) ? emission[l] + transition[l] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      const before = PREDECESSORS[l];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < before.length; k++) {
        const p = before[k];
        const s = score[(i - 1) * L + p] + transition[(p + 1) * L + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + l] = best + emission[i * L + l];
      back[i * L + l] = arg;
    }
  }
  return forward;
}

/** The best valid BIO labelling under the emission and transition scores. */
export function viterbi(emission: Float64Array, transition: ArrayLike<number>, n: number): Uint8Array {
  return bestLabels(forwardBest(emission, transition, n), n);
}

/** The labels of the best labelling, followed back from the forward pass's best last label. */
function bestLabels({ score, back }: Forward, n: number): Uint8Array {
  const L = LABEL_COUNT;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  let last = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l] > score[(n - 1) * L + last]) last = l;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
  return labels;
}

/**
 * Max-marginals: for each token and label, the score of the best valid labelling that gives the token that
 * label (forward best + backward best). The best labelling's own labels all reach the overall best score.
 * Written over the forward pass's scores, which are no longer needed.
 */
function maxMarginals(emission: Float64Array, transition: ArrayLike<number>, n: number, { score }: Forward): Float64Array {
  const L = LABEL_COUNT;
  if (backward.length < n * L) backward = new Float64Array(Math.max(n * L, 2 * backward.length));
  backward.fill(0, (n - 1) * L, n * L);
  for (let i = n - 2; i >= 0; i--) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      for (let q = 0; q < L; q++) if (allowed(l, q)) best = Math.max(best, transition[(l + 1) * L + q] + emission[(i + 1) * L + q] + backward[(i + 1) * L + q]);
      backward[i * L + l] = best;
    }
  }
  for (let k = 0; k < n * L; k++) score[k] += backward[k];
  return score;
}

/** The labels' spans, each with its confidence: how far the best labelling beats any that labels a token otherwise. */
export function labelSpans(tokens: readonly Token[], labels: Uint8Array, marginals: Float64Array, scale: number): ModelSpan[] {
  const spans: ModelSpan[] = [];
  const margin = (i: number): number => {
    const own = marginals[i * LABEL_COUNT + labels[i]];
    let other = -Infinity;
    for (let l = 0; l < LABEL_COUNT; l++) if (l !== labels[i]) other = Math.max(other, marginals[i * LABEL_COUNT + l]);
    return (own - other) * scale;
  };
  for (let i = 0; i < labels.length; i++) {
    const type = TYPES[labels[i]];
    if (!type || isInside(labels[i])) continue;
    let j = i;
    while (j + 1 < labels.length && labels[j + 1] === labels[i] + 1) j++;
    const spanTokens = tokens.slice(i, j + 1);
    let confidence = Infinity;
    for (let k = i; k <= j; k++) confidence = Math.min(confidence, margin(k));
    spans.push({ start: spanTokens[0].start, end: spanTokens[spanTokens.length - 1].end, type, confidence, tokens: spanTokens });
    i = j;
  }
  return spans;
}

/** Tags tokens whose emission scores (per token, per label) are computed already. */
export function tagEmissions(weights: TaggerWeights, tokens: readonly Token[], emission: Float64Array): ModelSpan[] {
  const n = tokens.length;
  // One forward pass serves both the best labelling and, once that is read, the confidences.
  const forward = forwardBest(emission, weights.transition, n);
  const labels = bestLabels(forward, n);
  // Labels all O make no span, so no confidence is asked of the backward pass (most windows of the stage).
  if (labels.every((l) => l === 0)) return [];
  return labelSpans(tokens, labels, maxMarginals(emission, weights.transition, n, forward), weights.scale);
}

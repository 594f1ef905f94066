// Training of the tagger: a structured averaged perceptron (Collins 2002) over the articles' paragraphs, the
// gold PER/LOC/ORG spans turned into BIO labels of the article's own tokens. Deterministic: the documents are
// taken in the order given, shuffled each epoch by a seeded generator, and every sum is done in the same order.
// Used by scripts/train.mjs (`npm run train`); the extension never imports it.
import { parseArticle } from '../article';
import type { Token } from '../types';
import type { FloatWeights } from './codec';

export { encodeWeights } from './codec';
import { articleSequences, type TokenSequence } from './features';
import { emissionScores, LABEL_COUNT, LABELS, viterbi } from './tagger';
import { seededRandom } from '../util/seededRandom';

/** A gold document as ../shared/gold/*.json hold them. */
export interface GoldDocument {
  id: string;
  text: string;
  mentions: { start: number; end: number; type: string }[];
}

export interface TrainingOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training data get no weight (a smaller model, less overfitting). */
  minCount: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { bits: 18, epochs: 6, seed: 10, minCount: 2 };

interface Example {
  sequence: TokenSequence;
  gold: Uint8Array;
}

/** BIO labels of a sequence's tokens from the gold spans; a token only partly inside a span is O. */
export function goldLabels(tokens: readonly Token[], mentions: GoldDocument['mentions']): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  for (const m of mentions) {
    const b = LABELS.indexOf(`B-${m.type}` as (typeof LABELS)[number]);
    if (b < 0) continue;
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].start < m.start || tokens[i].end > m.end) continue;
      labels[i] = first ? b : b + 1;
      first = false;
    }
  }
  return labels;
}

function examples(documents: readonly GoldDocument[]): Example[] {
  const out: Example[] = [];
  for (const doc of documents) {
    const article = parseArticle(`${doc.id}.txt`, doc.text);
    for (const sequence of articleSequences(article)) out.push({ sequence, gold: goldLabels(sequence.tokens, doc.mentions) });
  }
  return out;
}

/** Drops features seen fewer than minCount times, so they never get a weight. */
function pruneRare(data: Example[], minCount: number): void {
  if (minCount <= 1) return;
  const counts = new Map<number, number>();
  for (const { sequence } of data) for (const f of sequence.features) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const { sequence } of data) {
    sequence.features = sequence.features.map((f) => f.filter((h) => (counts.get(h) ?? 0) >= minCount));
  }
}

/** Trains on the documents; same documents and options, same weights. */
export function train(documents: readonly GoldDocument[], options: TrainingOptions = DEFAULT_TRAINING, log: (line: string) => void = () => undefined): FloatWeights {
  const data = examples(documents);
  const mask = (1 << options.bits) - 1;
  pruneRare(data, options.minCount);
  const rows = 1 << options.bits;
  const weights = { bits: options.bits, emission: new Float64Array(rows * LABEL_COUNT), transition: new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT), scale: 1 };
  // The averaged weights are w − u / c, where u sums each update times the step it happened at.
  const emissionSum = new Float64Array(rows * LABEL_COUNT);
  const transitionSum = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  const next = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const { sequence, gold } = data[k];
      const n = gold.length;
      const predicted = viterbi(emissionScores(weights, sequence), weights.transition, n);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = predicted[i];
        const tg = (i === 0 ? 0 : gold[i - 1] + 1) * LABEL_COUNT + g;
        const tp = (i === 0 ? 0 : predicted[i - 1] + 1) * LABEL_COUNT + p;
        if (tg !== tp) {
          weights.transition[tg] += 1;
          weights.transition[tp] -= 1;
          transitionSum[tg] += step;
          transitionSum[tp] -= step;
        }
        if (g === p) continue;
        errors++;
        for (const h of sequence.features[i]) {
          const row = (h & mask) * LABEL_COUNT;
          weights.emission[row + g] += 1;
          weights.emission[row + p] -= 1;
          emissionSum[row + g] += step;
          emissionSum[row + p] -= step;
        }
      }
      step++;
    }
    log(`epoch ${epoch + 1}: ${errors} token errors of ${tokens}`);
  }
  for (let i = 0; i < weights.emission.length; i++) weights.emission[i] -= emissionSum[i] / step;
  for (let i = 0; i < weights.transition.length; i++) weights.transition[i] -= transitionSum[i] / step;
  return { bits: weights.bits, emission: weights.emission, transition: weights.transition };
}

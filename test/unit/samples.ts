// The bundled sample corpus, indexed once for every test that needs it.
import { join } from 'node:path';
import { NodeFileSystem } from '../../src/cli/nodeFileSystem';
import type { CorpusIndex } from '../../src/core/index/corpusIndex';
import { indexCorpus } from '../../src/core/pipeline';

export const SAMPLES = join(__dirname, '..', '..', '..', 'samples', 'paris-2026-01');

let cached: Promise<CorpusIndex> | undefined;

export function sampleIndex(): Promise<CorpusIndex> {
  cached ??= indexCorpus(new NodeFileSystem(SAMPLES));
  return cached;
}

// The core for a browser page or worker: a corpus held in memory in, the scorer's extraction JSON out — the
// same answer `corpus-nav extract --format json` gives for the same files (test/integration/worker.mjs).
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS } from '../core/corpus/loader';
import { MemoryFileSystem } from '../core/corpus/fileSystem';
import { type ExtractionJson, toExtractionJson } from '../core/export';
import { indexCorpus } from '../core/pipeline';

export type { CorpusOptions, ExtractionJson };
export { DEFAULT_CORPUS_OPTIONS, MemoryFileSystem, indexCorpus, toExtractionJson };

/**
 * Corpus-relative paths (forward slashes) to contents. Bytes are decoded as the CLI decodes files (BOM,
 * UTF-16, Windows-1251); a string is taken as the already decoded text.
 */
export type CorpusFiles = Record<string, string | Uint8Array>;

export async function extractCorpus(files: CorpusFiles, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): Promise<ExtractionJson> {
  return toExtractionJson(await indexCorpus(new MemoryFileSystem(files), options));
}

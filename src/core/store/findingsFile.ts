// The indexing thread's half of the store: every article's findings in one file, written from and read into an
// IndexEngine on the indexing thread, so neither the encoding nor the decoding runs on the editor's thread, which
// only moves the bytes between the worker and the disk. The file is one block (storeBlocks.ts) holding the
// FindingsFile as a value: its paths, lemmas and entity ids written once (15 MB at 10,000 articles, where the
// same as JSON was 32 MB for the editor's thread to read and hand over).
import type { ArticleFindings } from '../pipeline';
import { contentHash } from './contentHash';
import { decodeFindings, encodeFindings, type FindingsFile, type StoredArticle } from './findingsCodec';
import { pipelineVersion } from './pipelineVersion';
import { BlockWriter, readBlocks } from './storeBlocks';
import { StoreError } from './storeProblem';

/** Bump when FindingsFile's layout changes (1: the file as JSON). */
export const FINDINGS_FORMAT = 2;
/** The kind of the findings file's one block. */
const FINDINGS_BLOCK = 0;
/** As the store names the file, for what is said about it. */
const NAME = 'the findings file';

/** Findings restored from a store, by path: used for an article only when its bytes hash the same. */
export type RestoredFindings = Map<string, { hash: string; findings: ArticleFindings }>;

export function encodeFindingsFile(articles: { path: string; hash: string; findings: ArticleFindings }[]): Uint8Array {
  const file: FindingsFile = {
    format: FINDINGS_FORMAT,
    pipeline: pipelineVersion(),
    articles: articles.map(({ path, hash, findings }): StoredArticle => ({ path, hash, findings: encodeFindings(findings) })),
  };
  return packFindingsFile(file);
}

/** The file's bytes: its one block, in memory of its own (handed to the editor's thread, not copied). */
export function packFindingsFile(file: FindingsFile): Uint8Array {
  const out = new BlockWriter();
  out.value(file);
  return out.finish(FINDINGS_BLOCK).slice();
}

/** What packFindingsFile packed, unchecked but for the block's outline; StoreError when it is no such file. */
export function unpackFindingsFile(bytes: Uint8Array): unknown {
  // A findings file of format 1 was JSON.
  if (bytes[0] === 0x7b) throw new StoreError('stale', `${NAME} is JSON, of format 1; this is format ${FINDINGS_FORMAT}`);
  let file: unknown;
  for (const { kind, read } of readBlocks(bytes, NAME, [])) {
    if (kind !== FINDINGS_BLOCK || file !== undefined) throw read.corrupt('a block that is no findings');
    file = read.value();
    read.end();
  }
  return file;
}

/** The findings of a stored file whose bytes should hash to `expectedHash`; StoreError when they cannot be used. */
export function decodeFindingsFile(bytes: Uint8Array, expectedHash: string): RestoredFindings {
  const hash = contentHash(bytes);
  if (hash !== expectedHash) throw new StoreError('checksum', `the findings file hashes to ${hash}, its manifest says ${expectedHash}`);
  const file = unpackFindingsFile(bytes) as FindingsFile;
  if (typeof file !== 'object' || file === null || !Array.isArray(file.articles)) throw new StoreError('corrupt', 'the findings file has no list of articles');
  if (file.format !== FINDINGS_FORMAT || file.pipeline !== pipelineVersion()) {
    throw new StoreError('stale', `findings of format ${String(file.format)} by pipeline ${String(file.pipeline)}; this is format ${FINDINGS_FORMAT}, pipeline ${pipelineVersion()}`);
  }
  const restored: RestoredFindings = new Map();
  for (const article of file.articles) {
    if (typeof article?.path !== 'string' || typeof article.hash !== 'string') throw new StoreError('corrupt', 'an article of the findings file without its path or hash');
    restored.set(article.path, { hash: article.hash, findings: decodeFindings(article.findings, article.path) });
  }
  return restored;
}

// The indexing thread's half of the store: every article's findings in one file, written from and read into an
// IndexEngine on the indexing thread, so neither the encoding nor the decoding (tens of MB at 10,000 articles)
// runs on the editor's thread, which only moves the bytes between the worker and the disk.
import type { ArticleFindings } from '../pipeline';
import { contentHash } from './contentHash';
import { decodeFindings, encodeFindings, type FindingsFile, type StoredArticle } from './findingsCodec';
import { pipelineVersion } from './pipelineVersion';
import { StoreError } from './storeProblem';

/** Bump when FindingsFile's layout changes. */
export const FINDINGS_FORMAT = 1;

/** Findings restored from a store, by path: used for an article only when its bytes hash the same. */
export type RestoredFindings = Map<string, { hash: string; findings: ArticleFindings }>;

export function encodeFindingsFile(articles: { path: string; hash: string; findings: ArticleFindings }[]): Uint8Array {
  const file: FindingsFile = {
    format: FINDINGS_FORMAT,
    pipeline: pipelineVersion(),
    articles: articles.map(({ path, hash, findings }): StoredArticle => ({ path, hash, findings: encodeFindings(findings) })),
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** The findings of a stored file whose bytes should hash to `expectedHash`; StoreError when they cannot be used. */
export function decodeFindingsFile(bytes: Uint8Array, expectedHash: string): RestoredFindings {
  const hash = contentHash(bytes);
  if (hash !== expectedHash) throw new StoreError('checksum', `the findings file hashes to ${hash}, its manifest says ${expectedHash}`);
  let file: FindingsFile;
  try {
    file = JSON.parse(new TextDecoder().decode(bytes)) as FindingsFile;
  } catch (error) {
    throw new StoreError('corrupt', `the findings file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
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

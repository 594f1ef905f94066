// Files read into the changes the engine takes: the reading half of indexing, all waiting and no computing, which
// the editor's thread does before handing the bytes to the indexing worker (and the bench does the same way).
import { readArticleFile, readCorrectionsFile } from '../corpus/loader';
import type { CorpusFileSystem } from '../corpus/fileSystem';
import type { Problem } from '../types';
import type { CorpusChange } from './indexEngine';

/** An article file's bytes, or its absence with the Problem that says why it is not read. */
export async function readArticleChange(fs: CorpusFileSystem, path: string): Promise<CorpusChange> {
  const problems: Problem[] = [];
  const bytes = await readArticleFile(fs, path, problems);
  return bytes ? { kind: 'article', path, content: { bytes } } : { kind: 'absent', path, problems };
}

/** corpus.yaml's bytes, or none (there is none, or it cannot be read: then with a Problem). */
export async function readCorrectionsChange(fs: CorpusFileSystem): Promise<CorpusChange> {
  const problems: Problem[] = [];
  const bytes = await readCorrectionsFile(fs, problems);
  return { kind: 'corrections', content: bytes && { bytes }, problems };
}

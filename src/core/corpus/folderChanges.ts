// A folder created, deleted or moved inside the corpus reaches the editor as one file event for the folder alone
// (the watcher leaves out the files in it), so the files it touches are found here: those the index holds under
// it, and those under it now. Its listing problems (folders that cannot be listed, links not followed) replace
// the ones the corpus had under it.
import type { Problem } from '../types';
import type { CorpusFileSystem } from './fileSystem';
import { type CorpusOptions, listArticleFiles } from './loader';

export interface FolderChanges {
  /** Every article path to read again: gone ones are read as absent. */
  paths: string[];
  /** The corpus's listing problems after the change. */
  listing: Problem[];
}

const isUnder = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}/`);

/**
 * The changes that `folders` (corpus-relative paths a create or delete event named; not every one is a folder)
 * bring to a corpus whose files are `indexed` and whose listing found `listing`.
 */
export async function folderChanges(
  fs: CorpusFileSystem,
  options: CorpusOptions,
  folders: readonly string[],
  indexed: Iterable<string>,
  listing: readonly Problem[],
): Promise<FolderChanges> {
  const problems = listing.filter((problem) => !folders.some((folder) => isUnder(problem.path, folder)));
  const paths = new Set<string>();
  for (const path of indexed) if (folders.some((folder) => path !== folder && isUnder(path, folder))) paths.add(path);
  // A path that is a file, or gone, lists nothing (see listArticleFiles).
  for (const folder of folders) for (const path of await listArticleFiles(fs, options, problems, folder)) paths.add(path);
  return { paths: [...paths].sort(), listing: problems };
}

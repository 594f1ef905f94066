// Node's errors for an entry that is not there, in the corpus file system's terms (EntryNotFound).
import { EntryNotFound } from '../core/corpus/fileSystem';

/** ENOTDIR too: a folder replaced by a file, or a path through a file, names no folder. */
const NOT_THERE = new Set(['ENOENT', 'ENOTDIR']);

/** What `work` resolves to; its rejection for a missing entry as EntryNotFound, any other as it is. */
export async function orEntryNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (NOT_THERE.has((error as NodeJS.ErrnoException).code ?? '')) throw new EntryNotFound((error as Error).message);
    throw error;
  }
}

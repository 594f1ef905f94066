// Node's errors for an entry that is not there, told apart for the corpus file system (see EntryNotFound).

/** ENOTDIR too: a folder replaced by a file, or a path through a file, names no folder. */
const NOT_THERE = new Set(['ENOENT', 'ENOTDIR']);

/** Whether a Node fs error says the entry is not there. */
export const isMissingOnDisk = (error: unknown): boolean => NOT_THERE.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');

// Where a symbolic link on a local disk leads, seen from the corpus folder: shared by the CLI's file system and
// the desktop editor's (the web build has no disk to ask).
import { lstat, realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import type { LinkTarget } from '../core/corpus/fileSystem';

/** Errors of realpath that mean the link leads nowhere: to nothing, through a file, or round in a circle. */
const LEADS_NOWHERE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

/** Where the entry at the absolute `path` leads when it is a symbolic link, undefined when it is none. */
export async function localLinkTarget(root: string, path: string): Promise<LinkTarget | undefined> {
  if (!(await lstat(path)).isSymbolicLink()) return undefined;
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    if (LEADS_NOWHERE.has((error as NodeJS.ErrnoException).code ?? '')) return 'broken';
    throw error;
  }
  // The root too may sit behind a link (/tmp on macOS): compare real paths.
  const realRoot = await realpath(root);
  return target === realRoot || target.startsWith(`${realRoot}${sep}`) ? 'inside' : 'outside';
}

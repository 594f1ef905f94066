// The corpus on Node's fs, for the CLI and unit tests.
import { type Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type CorpusFileSystem, type EntryKind, type LinkTarget, orEntryNotFound } from '../core/corpus/fileSystem';
import { isMissingOnDisk } from '../node/missingOnDisk';
import { localLinkTarget } from '../node/localLinkTarget';

export class NodeFileSystem implements CorpusFileSystem {
  /**
   * Entries the last listing of their folder showed to be no symbolic link: the loader asks linkTarget of every
   * file it reads, and the listing already said (one lstat fewer per article).
   */
  private readonly listedAsNoLink = new Set<string>();

  constructor(private readonly root: string) {}

  async readDirectory(dir: string): Promise<[string, EntryKind][]> {
    const entries = await orEntryNotFound(fs.readdir(this.resolve(dir), { withFileTypes: true }), isMissingOnDisk);
    return Promise.all(
      entries.map(async (e): Promise<[string, EntryKind]> => {
        const path = dir ? `${dir}/${e.name}` : e.name;
        if (e.isSymbolicLink()) this.listedAsNoLink.delete(path);
        else this.listedAsNoLink.add(path);
        return [e.name, await this.kindOf(dir, e)];
      }),
    );
  }

  /** Links are followed; a dangling one counts as a file so that reading it reports the problem. */
  private async kindOf(dir: string, entry: Dirent): Promise<EntryKind> {
    if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
    const target = await fs.stat(this.resolve(dir ? `${dir}/${entry.name}` : entry.name)).catch(() => undefined);
    return target?.isDirectory() ? 'directory' : target && !target.isFile() ? 'other' : 'file';
  }

  async size(file: string): Promise<number> {
    return (await fs.stat(this.resolve(file))).size;
  }

  async readFile(file: string): Promise<Uint8Array> {
    return fs.readFile(this.resolve(file));
  }

  async linkTarget(file: string): Promise<LinkTarget | undefined> {
    return this.listedAsNoLink.has(file) ? undefined : orEntryNotFound(localLinkTarget(this.root, this.resolve(file)), isMissingOnDisk);
  }

  private resolve(relative: string): string {
    return path.join(this.root, ...relative.split('/'));
  }
}

// The store's files in a folder on disk with Node's fs: for the bench and the Node tests, which run the
// extension's store logic (src/vscode/indexStore.ts) without an editor. Written aside and renamed over, as the
// extension's storage is (workspaceStoreFiles.ts).
import { mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreFiles } from '../core/store/storedIndex';

export class NodeStoreFiles implements StoreFiles {
  constructor(readonly folder: string) {}

  async read(name: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(join(this.folder, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async write(name: string, chunks: Uint8Array[]): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const aside = join(this.folder, `${name}.writing`);
    const file = await open(aside, 'w');
    try {
      await file.writev(chunks);
    } finally {
      await file.close();
    }
    await rename(aside, join(this.folder, name));
  }

  async remove(name: string): Promise<boolean> {
    try {
      await unlink(join(this.folder, name));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async clear(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }
}

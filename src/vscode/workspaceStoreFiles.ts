// The store's files in the extension's storage through vscode.workspace.fs, so it works where the corpus does
// (local, remote, the web). Each file is written beside its final name and renamed over it: a window closed in
// the middle of a write leaves the old file or the new one, never half of one.
import * as vscode from 'vscode';
import type { StoreFiles } from '../core/store/storedIndex';
import { isNotFound } from './workspaceFileSystem';

/** The folder of the store in the storage: the workspace's, or the global one for a window without a workspace. */
export function storeFolder(context: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'corpus-index');
}

export class WorkspaceStoreFiles implements StoreFiles {
  constructor(private readonly folder: vscode.Uri) {}

  async read(name: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.folder, name));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async write(name: string, chunks: Uint8Array[]): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.folder);
    const target = vscode.Uri.joinPath(this.folder, name);
    const aside = vscode.Uri.joinPath(this.folder, `${name}.writing`);
    await vscode.workspace.fs.writeFile(aside, joined(chunks));
    await vscode.workspace.fs.rename(aside, target, { overwrite: true });
  }

  async remove(name: string): Promise<boolean> {
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.folder, name), { useTrash: false });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async clear(): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.folder, { recursive: true, useTrash: false });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}

/** writeFile takes one array: the chunks copied into one. */
function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

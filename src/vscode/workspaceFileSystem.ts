// The corpus on vscode.workspace.fs: works for local folders, remote and virtual workspaces, and the web.
import * as vscode from 'vscode';
import { type CorpusFileSystem, type EntryKind, type LinkTarget, orEntryNotFound } from '../core/corpus/fileSystem';
import { localLinkTarget } from './localLinkTarget';

export class WorkspaceFileSystem implements CorpusFileSystem {
  constructor(readonly root: vscode.Uri) {}

  async readDirectory(dir: string): Promise<[string, EntryKind][]> {
    const entries = await orEntryNotFound(vscode.workspace.fs.readDirectory(this.uri(dir)), isNotFound);
    return entries.map(([name, type]) => [name, kindOf(type)]);
  }

  async size(path: string): Promise<number> {
    return (await vscode.workspace.fs.stat(this.uri(path))).size;
  }

  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uri(path));
  }

  async linkTarget(path: string): Promise<LinkTarget | undefined> {
    const uri = this.uri(path);
    const local = localLinkTarget(this.root, uri);
    if (local) return local;
    // Elsewhere the file system says only that an entry is a link, not where it leads.
    return (await orEntryNotFound(vscode.workspace.fs.stat(uri), isNotFound)).type & vscode.FileType.SymbolicLink ? 'unknown' : undefined;
  }

  uri(path: string): vscode.Uri {
    return path === '' ? this.root : vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  /** The corpus-relative path of a URI under the root, or undefined when it is elsewhere. */
  relative(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const root = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    return uri.path.startsWith(root) ? uri.path.slice(root.length) : undefined;
  }
}

function kindOf(type: vscode.FileType): EntryKind {
  // FileType is a bit set: a symbolic link to a file is File | SymbolicLink.
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** Whether a file system error says the entry is not there (or a path to it runs through a file). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory');

/** Whether a file is there. Only a missing file answers false: any other failure is thrown, never taken for one. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

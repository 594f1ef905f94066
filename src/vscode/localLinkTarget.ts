// Where a symbolic link in a corpus on the local disk leads, asked through Node's fs (vscode.workspace.fs says
// only that an entry is a link). The web build has no local disk: esbuild.mjs puts localLinkTarget.web.ts here.
import type * as vscode from 'vscode';
import { type LinkTarget, orEntryNotFound } from '../core/corpus/fileSystem';
import { isMissingOnDisk } from '../node/missingOnDisk';
import { localLinkTarget as onDisk } from '../node/localLinkTarget';

/**
 * Where `uri` leads when it is a symbolic link (undefined when it is none; EntryNotFound when it is gone);
 * undefined when this is no local folder.
 */
export function localLinkTarget(root: vscode.Uri, uri: vscode.Uri): Promise<LinkTarget | undefined> | undefined {
  return root.scheme === 'file' && uri.scheme === 'file' ? orEntryNotFound(onDisk(root.fsPath, uri.fsPath), isMissingOnDisk) : undefined;
}

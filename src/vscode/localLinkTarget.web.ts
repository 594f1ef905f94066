// The web build's localLinkTarget.ts (see esbuild.mjs): a browser has no local disk to ask where links lead.
import type * as vscode from 'vscode';
import type { LinkTarget } from '../core/corpus/fileSystem';

export function localLinkTarget(_root: vscode.Uri, _uri: vscode.Uri): Promise<LinkTarget | undefined> | undefined {
  return undefined;
}

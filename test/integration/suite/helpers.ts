// What every integration spec needs: the activated extension, the sample articles, positions in them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';

export const EXTENSION_ID = 'corpus-navigator.corpus-navigator';

/** The extension's API once every index build asked for so far has finished. */
export async function api(): Promise<CorpusNavigatorApi> {
  const extension = vscode.extensions.getExtension<CorpusNavigatorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  // Not named `exports`: in the CommonJS output that name is the module's own.
  const corpus = await extension.activate();
  await corpus.ready();
  return corpus;
}

/** The corpus folder: the sample corpus the runner opens. */
export function folder(): vscode.Uri {
  const uri = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(uri, 'a workspace folder is open');
  return uri;
}

export function articleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), name);
}

/** The position of the first occurrence of a text in a document, `into` characters in. */
export function positionOf(document: vscode.TextDocument, text: string, into = 2): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in ${document.fileName}`);
  return document.positionAt(offset + into);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Deletes a test file or folder; one that is already gone is fine, any other failure is not. */
export async function deleteIfPresent(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true });
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
  }
}

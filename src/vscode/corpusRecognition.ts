// Whether the folder opened is a corpus to index without being asked. Opening any repository with a README or
// a LICENSE.txt must not index it as news; a folder of articles must open straight into its index.
import * as vscode from 'vscode';
import { sniffCorpus } from '../core/corpus/detect';
import { type CorpusOptions, isArticlePath } from '../core/corpus/loader';
import { CORRECTIONS_FILE } from '../core/corrections';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** Why a folder is indexed without asking. */
export type CorpusReason = 'chosen' | 'setting' | 'corrections' | 'articles';

/** For the log, so a user surprised by an index can see why it was made. */
export const REASON_TEXT: Record<CorpusReason, string> = {
  chosen: 'Index This Folder was chosen for this workspace',
  setting: 'corpusNavigator.folder names it',
  corrections: `it has ${CORRECTIONS_FILE}`,
  articles: 'its .txt files read like news articles',
};

/** Workspace-state key: the user chose Index This Folder here, so it is indexed on every later start. */
export const INDEX_CHOSEN_KEY = 'corpusNavigator.indexThisFolder';

/** The search lists at most this many .txt files; the sniffed sample is spread over them. */
const MAX_LISTED = 1000;

export async function recognizeCorpus(root: vscode.Uri, options: CorpusOptions, state: vscode.Memento): Promise<CorpusReason | undefined> {
  if (state.get<boolean>(INDEX_CHOSEN_KEY)) return 'chosen';
  // Only a value set for this workspace: a corpus folder in the user settings would make every window a corpus.
  const folder = vscode.workspace.getConfiguration('corpusNavigator').inspect<string>('folder');
  if ((folder?.workspaceFolderValue ?? folder?.workspaceValue ?? '').trim()) return 'setting';
  const fs = new WorkspaceFileSystem(root);
  if ((await fs.readDirectory('')).some(([name, kind]) => name === CORRECTIONS_FILE && kind === 'file')) return 'corrections';
  // The search service lists files without walking every folder of a large repository through the file system API.
  const exclude = options.exclude.length > 0 ? `{${options.exclude.join(',')}}` : null;
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.txt'), exclude, MAX_LISTED);
  const paths = found.map((uri) => fs.relative(uri)).filter((path): path is string => path !== undefined && isArticlePath(path, options));
  return (await sniffCorpus(fs, paths)) ? 'articles' : undefined;
}

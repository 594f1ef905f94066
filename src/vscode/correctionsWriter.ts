// corpus.yaml written from the editor's commands (Rename, Merge Into, Hide). The file is read and checked
// before the user is asked anything, so a file no edit can change is reported at once. The edit then goes
// where the user's text is: into the open editor when it has unsaved changes (left unsaved: saving their
// text is theirs to do), else to the file, in its own encoding, through a staged file moved over it, and
// made again on the file's new text if it changed meanwhile (core/correctionsFile.ts).
import * as vscode from 'vscode';
import { breakLinks } from './quickPickText';
import { CORRECTIONS_FILE } from '../core/corrections';
import { checkEditable, CorrectionsEditError } from '../core/correctionsEdit';
import { type CorrectionsSnapshot, type CorrectionsStore, correctionsSnapshot, saveCorrectionsEdit } from '../core/correctionsFile';
import { changedSpan } from '../core/util/changedSpan';
import type { CorpusService } from './corpusService';
import { isNotFound } from './workspaceFileSystem';

export type CorrectionsEdit = (text: string) => string;

/** What became of an edit: written to the file, made in the open editor (unsaved), or refused (user told). */
export type CorrectionsOutcome = 'saved' | 'unsaved' | 'refused';

/** corpus.yaml, read and checked; `apply` makes one edit. */
export interface CorrectionsEditor {
  apply(edit: CorrectionsEdit): Promise<CorrectionsOutcome>;
}

/** Reads and checks corpus.yaml for an edit; undefined (and the user told why) when it cannot be edited. */
export async function openCorrectionsEditor(corpus: CorpusService): Promise<CorrectionsEditor | undefined> {
  const root = corpus.root;
  if (!root) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a corpus folder first.'));
    return undefined;
  }
  const uri = vscode.Uri.joinPath(root, CORRECTIONS_FILE);
  try {
    const document = unsavedDocument(uri);
    const snapshot = document ? undefined : correctionsSnapshot(await readIfPresent(uri));
    checkEditable(document ? document.getText() : snapshot!.text);
    return { apply: (edit) => apply(corpus, root, snapshot, edit) };
  } catch (error) {
    refuse(corpus, error);
    return undefined;
  }
}

export async function showCorrections(corpus: CorpusService): Promise<void> {
  if (corpus.root) await vscode.window.showTextDocument(vscode.Uri.joinPath(corpus.root, CORRECTIONS_FILE));
}

async function apply(corpus: CorpusService, root: vscode.Uri, snapshot: CorrectionsSnapshot | undefined, edit: CorrectionsEdit): Promise<CorrectionsOutcome> {
  const uri = vscode.Uri.joinPath(root, CORRECTIONS_FILE);
  try {
    const document = unsavedDocument(uri);
    if (document) return await editDocument(corpus, document, edit);
    const read = snapshot ?? correctionsSnapshot(await readIfPresent(uri));
    if (await saveCorrectionsEdit(fileStore(root), read, edit)) await corpus.reindex();
    return 'saved';
  } catch (error) {
    return refuse(corpus, error);
  }
}

/** The edit made in the editor's text, as one small change so its undo and cursor stay; not saved. */
async function editDocument(corpus: CorpusService, document: vscode.TextDocument, edit: CorrectionsEdit): Promise<CorrectionsOutcome> {
  const text = document.getText();
  const { start, end, insert } = changedSpan(text, edit(text));
  if (start === end && !insert) return 'unsaved';
  const change = new vscode.WorkspaceEdit();
  change.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), insert);
  if (!(await vscode.workspace.applyEdit(change))) return refuse(corpus, new CorrectionsEditError(`the editor of ${CORRECTIONS_FILE} did not take the change`));
  const open = vscode.l10n.t('Open {0}', CORRECTIONS_FILE);
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t('{0} has unsaved changes, so the change was made in its editor and not saved. Save {0} to apply it.', CORRECTIONS_FILE),
      open,
    )
    .then((choice) => (choice === open ? showCorrections(corpus) : undefined));
  return 'unsaved';
}

/** Tells the user why the file was left alone; other errors are bugs and go on up. */
function refuse(corpus: CorpusService, error: unknown): 'refused' {
  if (!(error instanceof CorrectionsEditError || error instanceof vscode.FileSystemError)) throw error;
  const open = vscode.l10n.t('Open {0}', CORRECTIONS_FILE);
  void vscode.window
    .showErrorMessage(vscode.l10n.t('Could not change {0}: {1}', CORRECTIONS_FILE, breakLinks(error.message)), open)
    .then((choice) => (choice === open ? showCorrections(corpus) : undefined));
  return 'refused';
}

function unsavedDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.isDirty && d.uri.toString() === uri.toString());
}

/** corpus.yaml on disk; the staged file is a hidden one beside it, so the move replaces it in one step. */
function fileStore(root: vscode.Uri): CorrectionsStore {
  const uri = vscode.Uri.joinPath(root, CORRECTIONS_FILE);
  const staged = vscode.Uri.joinPath(root, `.${CORRECTIONS_FILE}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  return {
    read: () => readIfPresent(uri),
    stage: async (bytes) => vscode.workspace.fs.writeFile(staged, bytes),
    commit: async () => vscode.workspace.fs.rename(staged, uri, { overwrite: true }),
    discard: async () => {
      try {
        await vscode.workspace.fs.delete(staged);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
  };
}

async function readIfPresent(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

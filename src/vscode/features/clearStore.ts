// Clear Stored Index: removes the index kept in the extension's storage and reads the corpus again without it,
// for when the stored one is suspected (or simply to free the disk space).
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';

export function registerClearStore(corpus: CorpusService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.clearStore, async () => {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Stored index cleared; reading the corpus again.'), 4000);
    await corpus.clearStore();
  });
}

// "Corpus: Open corpus.yaml": the user's corrections file at the corpus root; when it does not
// exist yet, offers to create it from a template that documents every section.
import * as vscode from 'vscode';
import { CORRECTIONS_FILE } from '../../core/corrections';
import { CORRECTIONS_TEMPLATE } from '../../core/correctionsTemplate';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { fileExists } from '../workspaceFileSystem';

export interface OpenCorrectionsArgs {
  /** Create the file without asking when it is missing (true), or never (false). */
  create?: boolean;
}

export function registerOpenCorrections(corpus: CorpusService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openCorrections, async (args?: unknown): Promise<vscode.Uri | undefined> => {
    const root = corpus.root;
    if (!root) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder of articles first.'));
      return undefined;
    }
    const uri = vscode.Uri.joinPath(root, CORRECTIONS_FILE);
    // Only a missing file is offered the template; any other failure must not look like one and be overwritten.
    if (!(await fileExists(uri))) {
      const given = typeof args === 'object' && args !== null && 'create' in args ? (args as OpenCorrectionsArgs).create : undefined;
      let create = given;
      if (create === undefined) {
        const yes = vscode.l10n.t('Create');
        const choice = await vscode.window.showInformationMessage(
          vscode.l10n.t('{0} does not exist yet. Create it with a commented template?', CORRECTIONS_FILE),
          yes,
        );
        create = choice === yes;
      }
      if (!create) return undefined;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CORRECTIONS_TEMPLATE));
    }
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    return uri;
  });
}


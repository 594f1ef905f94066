// "Corpus: Export Index…": the index as the extraction JSON (or the same as YAML), written where
// the user says, by default next to the articles.
import * as vscode from 'vscode';
import { stringify } from 'yaml';
import { toExtractionJson } from '../../core/export';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';

export type ExportFormat = 'json' | 'yaml';

export interface ExportArgs {
  format?: ExportFormat;
  uri?: vscode.Uri;
}

export function registerExportIndex(corpus: CorpusService): vscode.Disposable {
  /** With { format, uri }: writes without asking (for tests and scripts); resolves with the written uri. */
  return vscode.commands.registerCommand(Commands.exportIndex, async (args?: unknown): Promise<vscode.Uri | undefined> => {
    const given = isExportArgs(args) ? args : {};
    const format = given.format ?? (await askFormat());
    if (!format) return undefined;
    const uri = given.uri ?? (await askTarget(corpus, format));
    if (!uri) return undefined;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the corpus index') },
      async () => {
        const data = toExtractionJson(corpus.index);
        const text = format === 'yaml' ? stringify(data, { lineWidth: 0 }) : `${JSON.stringify(data, null, 2)}\n`;
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      },
    );
    if (!given.uri) {
      const open = vscode.l10n.t('Open');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('Exported the corpus index to {0}', uri.fsPath || uri.toString()), open)
        .then((choice) => (choice === open ? vscode.window.showTextDocument(uri) : undefined));
    }
    return uri;
  });
}

function isExportArgs(value: unknown): value is ExportArgs {
  return typeof value === 'object' && value !== null && ('format' in value || 'uri' in value);
}

async function askFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: 'JSON', description: vscode.l10n.t('the extraction format the scorer reads'), format: 'json' },
    { label: 'YAML', description: vscode.l10n.t('the same data, easier to read'), format: 'yaml' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export the index as') });
  return picked?.format;
}

async function askTarget(corpus: CorpusService, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const name = `corpus-index.${format}`;
  const root = corpus.root;
  return vscode.window.showSaveDialog({
    defaultUri: root ? vscode.Uri.joinPath(root, name) : undefined,
    filters: format === 'json' ? { JSON: ['json'] } : { YAML: ['yaml', 'yml'] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export Corpus Index'),
  });
}

// Problems found while indexing reach the Problems panel, a bounded number per file: a corpus.yaml of thousands of
// entries that name no entity lists the first of them and says how many more there are.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MAX_PROBLEMS_SHOWN_PER_FILE } from '../../../src/core/problemsByFile';
import { deleteIfPresent, folder, sleep } from './helpers';

describe('Diagnostics', () => {
  const correctionsUri = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'corpus.yaml');
  const diagnostics = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(correctionsUri()).filter((d) => d.source === 'Corpus Navigator');

  after(async () => {
    await deleteIfPresent(correctionsUri());
    await vscode.commands.executeCommand('corpusNavigator.reindex');
  });

  it('lists at most a bounded number of a file’s problems, and one line with how many more', async () => {
    const unknown = 3_000;
    const yaml = `ignore:\n${Array.from({ length: unknown }, (_, i) => `  - Нет Такого Человека ${i}\n`).join('')}`;
    await vscode.workspace.fs.writeFile(correctionsUri(), new TextEncoder().encode(yaml));
    await vscode.commands.executeCommand('corpusNavigator.reindex');
    for (let waited = 0; diagnostics().length === 0 && waited < 5_000; waited += 100) await sleep(100);
    const shown = diagnostics();
    assert.equal(shown.length, MAX_PROBLEMS_SHOWN_PER_FILE + 1, shown.slice(-2).map((d) => d.message).join(' | '));
    assert.match(shown[0].message, /Нет Такого Человека 0/);
    const summary = shown[shown.length - 1];
    assert.equal(summary.severity, vscode.DiagnosticSeverity.Information);
    assert.match(summary.message.replace(/\D/g, ''), new RegExp(`^${unknown - MAX_PROBLEMS_SHOWN_PER_FILE}$`));
  });
});

// Problems found while indexing (a broken corpus.yaml, undecodable or oversized
// files) as diagnostics on the files they concern, in the Problems panel.
import * as vscode from 'vscode';
import { problemsByFile } from '../../core/problemsByFile';
import type { Problem } from '../../core/types';
import type { CorpusService } from '../corpusService';

export function registerDiagnostics(corpus: CorpusService): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('corpusNavigator');
  const update = (): void => {
    collection.clear();
    for (const { path, shown, more } of problemsByFile(corpus.index.problems)) {
      const uri = path === '.' ? corpus.root : corpus.uriOf(path);
      if (uri) collection.set(uri, more > 0 ? [...shown.map(toDiagnostic), notShown(more)] : shown.map(toDiagnostic));
    }
  };
  return [collection, corpus.onDidChange(update)];
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  // Problem positions are 1-based, like the messages people read; the editor's are 0-based.
  const line = Math.max(0, (problem.line ?? 1) - 1);
  const column = Math.max(0, (problem.column ?? 1) - 1);
  const range = new vscode.Range(line, column, line, problem.line ? Number.MAX_SAFE_INTEGER : 0);
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.source = 'Corpus Navigator';
  return diagnostic;
}

/** Says, on the file's first line, how many of its problems the panel leaves out. */
function notShown(more: number): vscode.Diagnostic {
  const message = vscode.l10n.t('{0} more problems in this file are not shown', more.toLocaleString(vscode.env.language));
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = 'Corpus Navigator';
  return diagnostic;
}

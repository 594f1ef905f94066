// Opens an article with a span selected: the target of every "go to source" click.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { toRange } from '../convert';
import type { SourceRef } from '../../core/types';

export function registerOpenSource(corpus: CorpusService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openSource, async (source: SourceRef) => {
    const uri = corpus.uriOf(source.doc);
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const range = toRange(document, source);
    await vscode.window.showTextDocument(document, { selection: range, preview: true });
  });
}

/** The command a tree item or link runs to open a source. */
export function openSourceCommand(source: SourceRef, title = 'Open'): vscode.Command {
  return { command: Commands.openSource, title, arguments: [{ doc: source.doc, start: source.start, end: source.end }] };
}

// Core spans ↔ editor ranges. Core offsets are UTF-16 code units, as are the editor's.
import * as vscode from 'vscode';
import { positionAt, positionIn } from '../core/text/context';
import type { Span } from '../core/types';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** A range from offsets into a text, for when no document is open (tree items, links). */
export function rangeInText(text: string, span: Span): vscode.Range {
  const start = positionAt(text, span.start);
  const end = positionAt(text, span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** rangeInText for a text whose line starts are known (CorpusIndex.lineStarts): no pass over the text. */
export function rangeInLines(lineStarts: readonly number[], span: Span): vscode.Range {
  const start = positionIn(lineStarts, span.start);
  const end = positionIn(lineStarts, span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

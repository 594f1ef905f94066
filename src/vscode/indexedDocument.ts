// The bridge every language provider (hover, definition, references, highlights) crosses first: the indexed
// article a document shows, only when the document's text is the text that was indexed, so offsets match.
import * as vscode from 'vscode';
import type { IndexedArticle, Mention, SourceRef, Span } from '../core/types';
import type { CorpusService } from './corpusService';
import { ARTICLE_LANGUAGE } from './commandIds';
import { rangeInLines, toRange } from './convert';

/** The documents the providers register for: article files open as corpus-article, plain text or markdown. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [{ language: ARTICLE_LANGUAGE }, { language: 'plaintext' }, { language: 'markdown' }];

/** The article shown by the document, if it is in the corpus and its text is what was indexed. */
export function indexedArticle(corpus: CorpusService, document: vscode.TextDocument): IndexedArticle | undefined {
  const article = corpus.articleFor(document.uri);
  // Edited and unsaved (or not yet reindexed): offsets would point at the wrong words.
  return article && document.getText() === article.text ? article : undefined;
}

/** The mention under the cursor in an indexed document, with the article. */
export function mentionAtPosition(
  corpus: CorpusService,
  document: vscode.TextDocument,
  position: vscode.Position,
): { article: IndexedArticle; mention: Mention } | undefined {
  const article = indexedArticle(corpus, document);
  if (!article) return undefined;
  const mention = corpus.index.mentionAt(article.path, document.offsetAt(position));
  return mention ? { article, mention } : undefined;
}

/**
 * Spans of any articles as editor locations. The current document converts its own offsets; other articles
 * use the index's line starts, so no document has to be opened. The current document's text is read once,
 * however many spans there are (Find All References on a frequent name asks for thousands).
 */
export function locationsOf(corpus: CorpusService, refs: readonly SourceRef[], current?: vscode.TextDocument): vscode.Location[] {
  const index = corpus.index;
  const currentPath = current && indexedArticle(corpus, current)?.path;
  const locations: vscode.Location[] = [];
  for (const ref of refs) {
    const uri = corpus.uriOf(ref.doc);
    if (!uri || !index.articles.has(ref.doc)) continue;
    locations.push(new vscode.Location(uri, current && ref.doc === currentPath ? toRange(current, ref) : rangeInLines(index.lineStarts(ref.doc), ref)));
  }
  return locations;
}

/** A span of any article as an editor location (see locationsOf). */
export function locationOf(corpus: CorpusService, ref: SourceRef, current?: vscode.TextDocument): vscode.Location | undefined {
  return locationsOf(corpus, [ref], current)[0];
}

/** The sentence around a span in an indexed article, or the span itself. */
export function sentenceSpan(corpus: CorpusService, ref: SourceRef): Span {
  const article = corpus.index.articles.get(ref.doc);
  const i = corpus.index.sentenceAt(ref.doc, ref.start);
  if (!article || i === undefined) return { start: ref.start, end: ref.end };
  const sentence = article.sentences[i];
  return { start: Math.min(sentence.start, ref.start), end: Math.max(sentence.end, ref.end) };
}

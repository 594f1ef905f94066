// Document highlights: with the cursor on a name, every mention of the same entity in this article lights
// up (the introducing mention as a "write"); on a date, every mention of the same day.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { toRange } from '../convert';
import { ARTICLE_SELECTOR, mentionAtPosition } from '../indexedDocument';

export function registerHighlights(corpus: CorpusService): vscode.Disposable {
  return vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, {
    provideDocumentHighlights(document, position) {
      const found = mentionAtPosition(corpus, document, position);
      if (!found) return undefined;
      const index = corpus.index;
      const { article, mention } = found;
      if (mention.entity) {
        const entity = mention.entity;
        const declaration = index.introducingMention(entity);
        return index
          .mentionsIn(article.path)
          .filter((m) => m.entity === entity)
          .map((m) => new vscode.DocumentHighlight(toRange(document, m), m === declaration ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
      }
      if (mention.type === 'DATE' && mention.value) {
        return index
          .dateMentionsOn(mention.value)
          .filter((m) => m.doc === article.path)
          .map((m) => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text));
      }
      return undefined;
    },
  });
}

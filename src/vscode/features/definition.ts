// Go to Definition (F12) on a name: the mention that introduces the entity — in corpus order, the first full
// name given with a role, else the first full name (CorpusIndex.introducingMention).
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { toRange } from '../convert';
import { ARTICLE_SELECTOR, locationOf, mentionAtPosition, sentenceSpan } from '../indexedDocument';

export function registerDefinition(corpus: CorpusService): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, {
    provideDefinition(document, position) {
      const found = mentionAtPosition(corpus, document, position);
      if (!found?.mention.entity) return undefined;
      const target = corpus.index.introducingMention(found.mention.entity);
      if (!target) return undefined;
      const selection = locationOf(corpus, target, document);
      const context = locationOf(corpus, { doc: target.doc, ...sentenceSpan(corpus, target) }, document);
      if (!selection || !context) return undefined;
      const link: vscode.LocationLink = {
        originSelectionRange: toRange(document, found.mention),
        targetUri: selection.uri,
        // The whole sentence shows in Peek; the name itself is selected.
        targetRange: context.range,
        targetSelectionRange: selection.range,
      };
      return [link];
    },
  });
}

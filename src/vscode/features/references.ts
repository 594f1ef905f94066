// Find All References (Shift+F12) and Peek: every mention of the entity under the cursor, in every article,
// in any form and either language; on a date, every mention of that day.
import * as vscode from 'vscode';
import type { Mention } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { ARTICLE_SELECTOR, locationsOf, mentionAtPosition } from '../indexedDocument';

export function registerReferences(corpus: CorpusService): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, {
    provideReferences(document, position, context) {
      const found = mentionAtPosition(corpus, document, position);
      if (!found) return undefined;
      const index = corpus.index;
      const { mention } = found;
      let mentions: readonly Mention[];
      if (mention.entity) {
        mentions = index.mentionsInCorpusOrder(mention.entity);
        if (!context.includeDeclaration) {
          const declaration = index.introducingMention(mention.entity);
          mentions = mentions.filter((m) => m !== declaration);
        }
      } else if (mention.type === 'DATE' && mention.value) {
        mentions = index.dateMentionsOn(mention.value);
      } else {
        return undefined;
      }
      return locationsOf(corpus, mentions, document);
    },
  });
}

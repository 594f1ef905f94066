// Recognized people, places, organizations and dates colored in articles, as
// semantic tokens so every theme styles them; `corpusNavigator.decorations.enabled` turns it off.
import * as vscode from 'vscode';
import type { MentionType } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { ARTICLE_LANGUAGE } from '../commandIds';

const TOKEN_TYPES: Record<MentionType, string> = {
  PER: 'corpusPerson',
  LOC: 'corpusPlace',
  ORG: 'corpusOrganization',
  DATE: 'corpusDate',
};
const LEGEND = new vscode.SemanticTokensLegend(Object.values(TOKEN_TYPES), []);
const SETTING = 'corpusNavigator.decorations.enabled';

export function registerSemanticHighlighting(corpus: CorpusService): vscode.Disposable[] {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    provideDocumentSemanticTokens(document) {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      const article = corpus.articleFor(document.uri);
      if (!article || !vscode.workspace.getConfiguration().get<boolean>(SETTING, true)) return builder.build();
      // Offsets are only meaningful for the text that was indexed.
      if (document.getText() !== article.text) return builder.build();
      for (const mention of corpus.index.mentionsIn(article.path)) {
        const start = document.positionAt(mention.start);
        const end = document.positionAt(mention.end);
        // A token may not span lines; names and dates in these files never do, but be safe.
        if (start.line !== end.line) continue;
        builder.push(new vscode.Range(start, end), TOKEN_TYPES[mention.type]);
      }
      return builder.build();
    },
  };
  return [
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider({ language: ARTICLE_LANGUAGE }, provider, LEGEND),
    corpus.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTING) && changed.fire()),
  ];
}

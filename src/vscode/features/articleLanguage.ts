// Article files under the corpus open with the article grammar (header line, quotes, ad lines).
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { ARTICLE_LANGUAGE } from '../commandIds';

export function registerArticleLanguage(corpus: CorpusService): vscode.Disposable {
  const apply = (document: vscode.TextDocument): void => {
    // Markdown keeps its own language; only plain-text articles switch.
    if (document.languageId !== 'plaintext' || !corpus.isArticleUri(document.uri)) return;
    void vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  };
  vscode.workspace.textDocuments.forEach(apply);
  return vscode.workspace.onDidOpenTextDocument(apply);
}

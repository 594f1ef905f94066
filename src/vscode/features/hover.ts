// Hover cards on recognized names: who this is, how often and where the corpus names them.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import type { Entity, Mention } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { ARTICLE_LANGUAGE } from '../commandIds';
import { toRange } from '../convert';

const TYPE_LABEL: Record<string, string> = { PER: 'Person', LOC: 'Place', ORG: 'Organization' };

/** A card built only from escaped text: article text is untrusted, so nothing in it may render as markup or run a command. */
export function entityCard(index: CorpusIndex, entity: Entity, mention: Mention): vscode.MarkdownString {
  const mentions = index.mentionsOf(entity.id);
  const articles = index.articlesOf(entity.id);
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(entity.name).appendMarkdown('**').appendText(` — ${TYPE_LABEL[entity.type] ?? entity.type}`);
  md.appendMarkdown('\n\n');
  for (const role of entity.roles) md.appendText(`${role.title}\n`).appendMarkdown('\n');
  md.appendText(`${mentions.length} mentions in ${articles.length} article${articles.length === 1 ? '' : 's'}`);
  if (mention.lemma && mention.lemma !== entity.name) {
    md.appendMarkdown('\n\n').appendText(`Here: ${mention.text} (${mention.lemma})`);
  }
  if (entity.aliases.length > 0) md.appendMarkdown('\n\n').appendText(`Also written: ${entity.aliases.join(', ')}`);
  return md;
}

export function registerHover(corpus: CorpusService): vscode.Disposable {
  const selector: vscode.DocumentSelector = [{ language: ARTICLE_LANGUAGE }, { language: 'plaintext' }, { language: 'markdown' }];
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const article = corpus.articleFor(document.uri);
      // Only a saved, unchanged article has offsets that match the index.
      if (!article || document.getText() !== article.text) return undefined;
      const index = corpus.index;
      const mention = index.mentionAt(article.path, document.offsetAt(position));
      const entity = mention?.entity ? index.entities.get(mention.entity) : undefined;
      if (!mention || !entity) return undefined;
      return new vscode.Hover(entityCard(index, entity, mention), toRange(document, mention));
    },
  });
}

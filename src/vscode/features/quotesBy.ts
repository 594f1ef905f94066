// "Corpus: Quotes by…": pick a person who is quoted (most quoted first), then one of their quotes (newest first);
// the quote's span previews as you move, Enter opens it. Given an entity id (the hover card's "all quotes" link,
// tests), the first pick is skipped.
import * as vscode from 'vscode';
import type { Entity, Quote } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { oneLine } from '../markdownText';
import { breakLinks, escapeIcons } from '../quickPickText';
import { type IndexSource, type PreviewItem, pickWithPreview } from './pickWithPreview';

interface SpeakerItem extends vscode.QuickPickItem {
  entity: Entity;
}

interface QuoteItem extends PreviewItem {
  quote: Quote;
}

export function registerQuotesBy(corpus: CorpusService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.quotesBy, async (speaker?: unknown): Promise<Quote | undefined> => {
    const entity = typeof speaker === 'string' ? corpus.index.entities.get(speaker) : await pickSpeaker(corpus);
    if (!entity) return undefined;
    const items = corpus.index.quotesOf(entity.id).map((quote) => quoteItem(corpus, quote));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(breakLinks(vscode.l10n.t('No quotes by {0} in the corpus.', entity.name)));
      return undefined;
    }
    const picked = await pickWithPreview(corpus, {
      title: escapeIcons(vscode.l10n.t('Quotes by {0}', entity.name)),
      placeholder: vscode.l10n.t('Pick a quote to open it'),
      items,
    });
    return picked?.quote;
  });
}

async function pickSpeaker(corpus: CorpusService): Promise<Entity | undefined> {
  const people = corpus.index.quotedPeople();
  if (people.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No quotes in the corpus yet.'));
    return undefined;
  }
  const items: SpeakerItem[] = people.map(({ entity, quotes }) => ({
    entity,
    // Names and roles come from articles and corpus.yaml: their icons are escaped.
    label: `$(person) ${escapeIcons(entity.name)}`,
    description: quotes === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', quotes),
    detail: entity.roles[0] ? escapeIcons(entity.roles[0].title) : undefined,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Quotes by whom?'), matchOnDetail: true });
  return picked?.entity;
}

/** Longer quotes are cut in the label; the detail has the article. */
const LABEL_CHARS = 160;

/** A quote's item: its words (untrusted, icons escaped), the article's date and title. */
export function quoteItem(corpus: IndexSource, quote: Quote): QuoteItem {
  const index = corpus.index;
  const article = index.articles.get(quote.doc);
  return {
    quote,
    label: escapeIcons(`«${oneLine(index.textAt(quote), LABEL_CHARS)}»`),
    description: article?.date,
    detail: escapeIcons(article?.title ? `${article.title} · ${quote.doc}` : quote.doc),
    source: quote,
  };
}

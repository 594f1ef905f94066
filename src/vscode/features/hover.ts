// Hover cards: on a name, who this is and where the corpus names them; on a date, which day it is, how it was
// worked out, and what else the corpus says about that day.
//
// Article text is untrusted: cards are built only from escaped text (escapeMarkdown), command links are
// built by commandLink, and the card trusts only the HOVER_COMMANDS allow-list.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import type { CorpusEvent, Entity, IndexedArticle, Mention, Quote, SourceRef } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Commands, HOVER_COMMANDS } from '../commandIds';
import { toRange } from '../convert';
import { ARTICLE_SELECTOR, mentionAtPosition } from '../indexedDocument';
import { commandLink, escapeMarkdown, oneLine } from '../markdownText';

const MAX_SOURCES_PER_ROLE = 3;
const MAX_EVENTS = 5;
/** The latest quotes a person's card shows; the rest are a "Quotes by…" away. */
const MAX_QUOTES = 3;
const QUOTE_CHARS = 120;
const MAX_OTHER_ARTICLES = 8;
const TITLE_CHARS = 60;

function typeLabel(type: string): string {
  switch (type) {
    case 'PER':
      return vscode.l10n.t('Person');
    case 'LOC':
      return vscode.l10n.t('Place');
    case 'ORG':
      return vscode.l10n.t('Organization');
    default:
      return type;
  }
}

function newCard(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}

const text = (s: string, max?: number): string => escapeMarkdown(s, max);

function mentionCount(mentions: number, articles: number): string {
  if (mentions === 1) return vscode.l10n.t('1 mention in 1 article');
  if (articles === 1) return vscode.l10n.t('{0} mentions in 1 article', mentions);
  return vscode.l10n.t('{0} mentions in {1} articles', mentions, articles);
}

/** A link opening an article at a span, labelled with the article's title (or path) and, when known, its date. */
function sourceLink(index: CorpusIndex, source: SourceRef, label?: string): string {
  const article = index.articles.get(source.doc);
  const name = label ?? article?.title ?? source.doc;
  return commandLink(oneLine(name, TITLE_CHARS), Commands.openSource, {
    doc: source.doc,
    start: source.start,
    end: source.end,
  }, article?.date ? `${source.doc} · ${article.date}` : source.doc);
}

function eventLine(index: CorpusIndex, event: CorpusEvent): string {
  const when = event.end && event.end !== event.date ? `${event.date} – ${event.end}` : event.date;
  const first = index.firstInCorpus(event.sources);
  const title = first ? sourceLink(index, first, event.title) : text(event.title);
  return `- ${text(when)} ${title}\n`;
}

/** A quote, as a link opening its span, and the article it is from. */
function quoteLine(index: CorpusIndex, quote: Quote): string {
  const said = commandLink(`«${oneLine(index.textAt(quote), QUOTE_CHARS)}»`, Commands.openSource, { doc: quote.doc, start: quote.start, end: quote.end }, vscode.l10n.t('Open Quote'));
  return `${said} — ${sourceLink(index, quote)}`;
}

/** The card for a person, place or organization; `mention` is the one hovered (none in the Network picture). */
export function entityCard(index: CorpusIndex, entity: Entity, mention: Mention | undefined): vscode.MarkdownString {
  const md = newCard();
  const mentions = index.mentionsOf(entity.id);
  const articles = index.articleCountOf(entity.id);
  md.appendMarkdown(`**${text(entity.name)}** — ${text(typeLabel(entity.type))}\n\n`);
  if (mention?.lemma && mention.lemma !== entity.name) {
    md.appendMarkdown(`${text(vscode.l10n.t('Here: {0} ({1})', mention.text, mention.lemma))}\n\n`);
  }

  if (entity.roles.length > 0) {
    md.appendMarkdown(`${text(vscode.l10n.t('Roles:'))}\n\n`);
    for (const role of entity.roles) {
      const sources = [...role.sources].sort(index.compareInCorpus);
      const links = sources.slice(0, MAX_SOURCES_PER_ROLE).map((s) => sourceLink(index, s));
      if (sources.length > MAX_SOURCES_PER_ROLE) links.push(text(vscode.l10n.t('and {0} more', sources.length - MAX_SOURCES_PER_ROLE)));
      md.appendMarkdown(`- ${text(role.title)}${links.length ? ` — ${links.join(', ')}` : ''}\n`);
    }
    md.appendMarkdown('\n');
  }

  const spellings = entity.aliases.filter((s) => s !== entity.name);
  if (spellings.length > 0) md.appendMarkdown(`${text(vscode.l10n.t('Spellings seen: {0}', spellings.join(', ')))}\n\n`);
  md.appendMarkdown(`${text(mentionCount(mentions.length, articles))}\n\n`);

  const events = index.eventsOf(entity.id);
  if (events.length > 0) {
    md.appendMarkdown(`${text(vscode.l10n.t('Events:'))}\n\n`);
    for (const event of events.slice(0, MAX_EVENTS)) md.appendMarkdown(eventLine(index, event));
    if (events.length > MAX_EVENTS) md.appendMarkdown(`- ${text(vscode.l10n.t('and {0} more', events.length - MAX_EVENTS))}\n`);
    md.appendMarkdown('\n');
  }

  const quotes = index.quotesOf(entity.id);
  if (quotes.length > 0) {
    md.appendMarkdown(`${text(vscode.l10n.t('Latest quotes:'))}\n\n`);
    for (const quote of quotes.slice(0, MAX_QUOTES)) md.appendMarkdown(`- ${quoteLine(index, quote)}\n`);
    if (quotes.length > MAX_QUOTES) {
      md.appendMarkdown(`- ${commandLink(vscode.l10n.t('all {0} quotes', quotes.length), Commands.quotesBy, [entity.id], vscode.l10n.t('Quotes by…'))}\n`);
    }
    md.appendMarkdown('\n');
  }

  const together = index.coMentioned(entity.id, 5, 'PER');
  if (together.length > 0) {
    md.appendMarkdown(`${text(entity.type === 'PER' ? vscode.l10n.t('Often mentioned with:') : vscode.l10n.t('People mentioned with it:'))}\n\n`);
    for (const c of together) {
      const counts = vscode.l10n.t('together: {0} in the same sentence, {1} in the same article', c.sentences, c.articles);
      md.appendMarkdown(`- ${commandLink(c.entity.name, Commands.revealEntity, [c.entity.id], vscode.l10n.t('Reveal in People'))} — ${text(counts)}\n`);
    }
    md.appendMarkdown('\n');
  }

  const first = index.firstMentionInCorpus(entity.id);
  const links = [
    commandLink(vscode.l10n.t('Show All Mentions'), Commands.showAllMentions, [entity.id]),
    commandLink(entity.type === 'PER' ? vscode.l10n.t('Reveal in People') : vscode.l10n.t('Reveal in Sidebar'), Commands.revealEntity, [entity.id]),
  ];
  if (first) links.push(commandLink(vscode.l10n.t('Open first mention'), Commands.openSource, { doc: first.doc, start: first.start, end: first.end }));
  md.appendMarkdown(`---\n\n${links.join(' · ')}`);
  return md;
}

/** The weekday of an ISO day in a locale, e.g. "среда"; undefined for months, years and bad input. */
export function weekdayName(iso: string, locale: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const day = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return undefined;
  return weekdayFormat(locale).format(day);
}

/** Weekday formats by locale tag: making one costs more than the rest of a date's hover card. */
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

function weekdayFormat(locale: string): Intl.DateTimeFormat {
  let format = weekdayFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    } catch {
      // An unknown locale tag: fall back to English.
      format = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
    }
    weekdayFormats.set(locale, format);
  }
  return format;
}

function resolutionLabel(mention: Mention, article: IndexedArticle | undefined): string {
  const articleDate = article?.date ?? '?';
  switch (mention.date?.resolution) {
    case 'explicit':
      return vscode.l10n.t('Written in full');
    case 'year-from-article':
      return vscode.l10n.t("Year inferred from the article's date ({0})", articleDate);
    case 'year-from-corpus':
      return vscode.l10n.t("Year inferred from the corpus's dates");
    case 'relative':
      return vscode.l10n.t("Relative to the article's date ({0})", articleDate);
    case 'weekday':
      return vscode.l10n.t("A weekday, counted from the article's date ({0})", articleDate);
    default:
      return vscode.l10n.t('Not resolved to a calendar date');
  }
}

function partOfDayLabel(part: string): string {
  switch (part) {
    case 'morning':
      return vscode.l10n.t('morning');
    case 'day':
      return vscode.l10n.t('daytime');
    case 'evening':
      return vscode.l10n.t('evening');
    case 'night':
      return vscode.l10n.t('night');
    default:
      return part;
  }
}

/** The card for a date or a relative date. */
export function dateCard(index: CorpusIndex, mention: Mention, locale: string): vscode.MarkdownString | undefined {
  const value = mention.value;
  if (!value) return undefined;
  const md = newCard();
  const article = index.articles.get(mention.doc);
  const end = mention.date?.end && mention.date.end !== value ? mention.date.end : undefined;
  const weekday = weekdayName(value, locale);
  const endWeekday = end ? weekdayName(end, locale) : undefined;
  const first = `**${text(value)}**${weekday ? `, ${text(weekday)}` : ''}`;
  const last = end ? ` – **${text(end)}**${endWeekday ? `, ${text(endWeekday)}` : ''}` : '';
  const part = mention.date?.partOfDay ? ` (${text(partOfDayLabel(mention.date.partOfDay))})` : '';
  md.appendMarkdown(`${first}${last}${part} — ${text(vscode.l10n.t('Date'))}\n\n`);
  md.appendMarkdown(`${text(vscode.l10n.t('Here: «{0}»', mention.text))} · ${text(resolutionLabel(mention, article))}\n\n`);
  if (mention.date?.weekdayMismatch) {
    md.appendMarkdown(`⚠ ${text(vscode.l10n.t('The text names a weekday this date does not fall on.'))}\n\n`);
  }

  const events = index.eventsOn(value);
  if (events.length > 0) {
    md.appendMarkdown(`${text(vscode.l10n.t('Events of the day:'))}\n\n`);
    for (const event of events.slice(0, MAX_EVENTS)) md.appendMarkdown(eventLine(index, event));
    if (events.length > MAX_EVENTS) md.appendMarkdown(`- ${text(vscode.l10n.t('and {0} more', events.length - MAX_EVENTS))}\n`);
    md.appendMarkdown('\n');
  }

  // One link per other article, at its first mention of the day.
  const articles = index.dateArticlesOn(value);
  const others = articles.size - (articles.has(mention.doc) ? 1 : 0);
  if (others > 0) {
    md.appendMarkdown(`${text(vscode.l10n.t('Also mentioned in:'))}\n\n`);
    let listed = 0;
    for (const m of articles.values()) {
      if (listed === MAX_OTHER_ARTICLES) break;
      if (m.doc === mention.doc) continue;
      md.appendMarkdown(`- ${sourceLink(index, m)} — ${text(`«${m.text}»`)}\n`);
      listed++;
    }
    if (others > MAX_OTHER_ARTICLES) md.appendMarkdown(`- ${text(vscode.l10n.t('and {0} more', others - MAX_OTHER_ARTICLES))}\n`);
  }
  return md;
}

export function registerHover(corpus: CorpusService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
    provideHover(document, position) {
      const found = mentionAtPosition(corpus, document, position);
      if (!found) return undefined;
      const { mention } = found;
      const index = corpus.index;
      const entity = mention.entity ? index.entities.get(mention.entity) : undefined;
      const card = entity ? entityCard(index, entity, mention) : mention.type === 'DATE' ? dateCard(index, mention, vscode.env.language) : undefined;
      return card ? new vscode.Hover(card, toRange(document, mention)) : undefined;
    },
  });
}

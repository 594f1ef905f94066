// "Corpus: Go to Date…": the days the corpus talks about (dates in the text, events, articles
// published that day) with the weekday in the editor's language and counts; a day previews its
// first source, and Enter lists that day's mentions to pick one.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import type { SourceRef } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { escapeIcons } from '../quickPickText';
import { type IndexSource, kwicLine, type PreviewItem, pickWithPreview, showSource } from './pickWithPreview';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Day {
  day: string;
  /** DATE mentions of the day, then event sources, then the header lines of articles dated that day. */
  sources: SourceRef[];
  mentions: number;
  events: number;
  articles: number;
}

/** The days with a DATE mention, an event or a dated article, in date order. */
export function daysOf(index: CorpusIndex): Day[] {
  const days = new Map<string, { mentions: SourceRef[]; events: SourceRef[]; eventCount: number; headers: SourceRef[]; docs: Set<string> }>();
  const get = (day: string) => {
    let d = days.get(day);
    if (!d) days.set(day, (d = { mentions: [], events: [], eventCount: 0, headers: [], docs: new Set() }));
    return d;
  };
  for (const article of index.articles.values()) {
    for (const m of index.mentionsIn(article.path)) {
      if (m.type !== 'DATE' || !m.value || !DAY.test(m.value)) continue;
      const d = get(m.value);
      d.mentions.push({ doc: m.doc, start: m.start, end: m.end });
      d.docs.add(m.doc);
    }
    if (article.date && DAY.test(article.date) && article.header) {
      const d = get(article.date);
      d.headers.push({ doc: article.path, start: article.header.start, end: article.header.end });
      d.docs.add(article.path);
    }
  }
  for (const event of index.events) {
    if (!DAY.test(event.date)) continue;
    const d = get(event.date);
    d.eventCount++;
    d.events.push(...event.sources);
    for (const s of event.sources) d.docs.add(s.doc);
  }
  return [...days]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([day, d]) => ({
      day,
      sources: [...d.mentions, ...d.events, ...d.headers],
      mentions: d.mentions.length,
      events: d.eventCount,
      articles: d.docs.size,
    }));
}

export interface DayItem extends PreviewItem {
  day: Day;
}

export function registerGoToDate(corpus: CorpusService): vscode.Disposable {
  /** With an ISO day: opens its first source without any UI and returns it. */
  return vscode.commands.registerCommand(Commands.goToDate, async (day?: unknown): Promise<SourceRef | undefined> => {
    const days = daysOf(corpus.index);
    if (typeof day === 'string') {
      const found = days.find((d) => d.day === day);
      const source = found?.sources[0];
      if (source) await showSource(corpus, source, 'open');
      else void vscode.window.showInformationMessage(vscode.l10n.t('Nothing in the corpus on {0}.', day));
      return source;
    }
    if (days.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No dates in the corpus yet.'));
      return undefined;
    }
    const weekday = weekdayFormat();
    const items = days.map((d) => dayItem(corpus, d, weekday));
    const picked = await pickWithPreview(corpus, {
      placeholder: vscode.l10n.t('Go to a date (YYYY-MM-DD or weekday)'),
      items,
    });
    if (!picked || picked.day.sources.length < 2) return picked?.source;
    // Second level: every source of the day.
    const sourceItems = picked.day.sources.map((source) => daySourceItem(corpus, source));
    const mention = await pickWithPreview(corpus, {
      title: `${picked.day.day} · ${weekday(picked.day.day)}`,
      placeholder: vscode.l10n.t('Pick a mention of this day'),
      items: sourceItems,
    });
    return mention?.source ?? picked.source;
  });
}

/** A day's item: its first source in context comes from an article, so its icons are escaped. */
export function dayItem(corpus: IndexSource, day: Day, weekday: (day: string) => string): DayItem {
  return {
    day,
    label: `$(calendar) ${day.day}`,
    description: weekday(day.day),
    detail: escapeIcons(
      [
        vscode.l10n.t('{0} mentions', day.mentions),
        vscode.l10n.t('{0} events', day.events),
        vscode.l10n.t('{0} articles', day.articles),
        day.sources[0] ? kwicLine(corpus, day.sources[0]) : '',
      ].filter(Boolean).join(' · '),
    ),
    source: day.sources[0],
  };
}

/** One mention of a picked day: the sentence in context, and the article's title or file name. */
export function daySourceItem(corpus: IndexSource, source: SourceRef): PreviewItem {
  return {
    label: escapeIcons(kwicLine(corpus, source)),
    description: escapeIcons(corpus.index.articles.get(source.doc)?.title ?? source.doc),
    source,
  };
}

export function weekdayFormat(): (day: string) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(vscode.env.language, { weekday: 'long', timeZone: 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  }
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}

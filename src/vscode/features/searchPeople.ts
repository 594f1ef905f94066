// "Corpus: Search People…": every person, found by any spelling (Віткофф finds Стив Уиткофф),
// with roles, counts and the first mention in context; the first mention previews as you move.
import * as vscode from 'vscode';
import type { Entity } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { escapeIcons } from '../quickPickText';
import { type IndexSource, kwicLine, type PreviewItem, pickWithPreview } from './pickWithPreview';

interface PersonItem extends PreviewItem {
  entity: Entity;
}

export function registerSearchPeople(corpus: CorpusService): vscode.Disposable {
  /** With a query: the matching people, best first, and no UI (for tests and other commands). */
  return vscode.commands.registerCommand(Commands.searchPeople, async (query?: unknown): Promise<Entity[] | Entity | undefined> => {
    const index = corpus.index;
    if (typeof query === 'string') return index.entitiesByName(query, 'PER');
    const people = index
      .entitiesOfType('PER')
      .map((entity) => ({ entity, count: index.mentionsOf(entity.id).length }))
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
    const items = people.map(({ entity, count }) => personItem(corpus, entity, count));
    const byId = new Map(items.map((i) => [i.entity.id, i]));
    const picked = await pickWithPreview(corpus, {
      placeholder: vscode.l10n.t('Search people by any spelling or form of the name'),
      items,
      // The pick's own filter sees only the letters; the index also knows other spellings and transliterations.
      update: (value) => {
        const found = new Set(value.trim() ? index.entitiesByName(value, 'PER').map((e) => e.id) : []);
        return items.map((item) => (found.has(item.entity.id) ? { ...item, alwaysShow: true } : byId.get(item.entity.id)!));
      },
      debounceMs: 60,
    });
    return picked?.entity;
  });
}

/** A person's item; names, roles and aliases come from articles and corpus.yaml, so their icons are escaped. */
export function personItem(corpus: IndexSource, entity: Entity, count: number): PersonItem {
  const index = corpus.index;
  const mentions = index.mentionsOf(entity.id);
  const articles = index.articlesOf(entity.id).length;
  const first = mentions[0];
  const counts = vscode.l10n.t('{0} mentions in {1} articles', count, articles);
  const aliases = entity.aliases.length ? ` · ${entity.aliases.join(', ')}` : '';
  return {
    entity,
    label: `$(person) ${escapeIcons(entity.name)}`,
    description: escapeIcons(entity.roles.map((r) => r.title).join('; ')) || undefined,
    detail: escapeIcons(`${counts}${aliases}${first ? ` · ${kwicLine(corpus, first)}` : ''}`),
    source: first && { doc: first.doc, start: first.start, end: first.end },
  };
}

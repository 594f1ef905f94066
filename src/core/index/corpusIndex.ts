// The index every view reads: articles, mentions, entities and events, with
// the lookups the editor needs (what is at this offset, who is called this).
import { nameKey } from '../names/nameKey';
import type { Article, CorpusEvent, Entity, EntityType, Mention, Problem } from '../types';

export interface IndexData {
  articles: Article[];
  mentions: Mention[];
  entities: Entity[];
  events: CorpusEvent[];
  problems: Problem[];
}

export interface CorpusStats {
  articles: number;
  languages: Record<string, number>;
  firstDate?: string;
  lastDate?: string;
  people: number;
  places: number;
  organizations: number;
  events: number;
  mentions: number;
}

const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

export class CorpusIndex {
  readonly articles: ReadonlyMap<string, Article>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly events: readonly CorpusEvent[];
  readonly problems: readonly Problem[];
  private readonly byEntity = new Map<string, Mention[]>();
  private readonly byDoc = new Map<string, Mention[]>();

  constructor(data: IndexData) {
    this.articles = new Map(data.articles.map((a) => [a.path, a]));
    this.entities = new Map(data.entities.map((e) => [e.id, e]));
    this.events = data.events;
    this.problems = data.problems;
    for (const m of data.mentions) {
      push(this.byDoc, m.doc, m);
      if (m.entity) push(this.byEntity, m.entity, m);
    }
    for (const list of this.byDoc.values()) list.sort(byStart);
    for (const list of this.byEntity.values()) list.sort((a, b) => a.doc.localeCompare(b.doc) || byStart(a, b));
  }

  static empty(): CorpusIndex {
    return new CorpusIndex({ articles: [], mentions: [], entities: [], events: [], problems: [] });
  }

  /** Every mention of an entity, by article then position. */
  mentionsOf(entityId: string): readonly Mention[] {
    return this.byEntity.get(entityId) ?? [];
  }

  /** An article's mentions in text order. */
  mentionsIn(doc: string): readonly Mention[] {
    return this.byDoc.get(doc) ?? [];
  }

  /** The innermost mention covering the offset (end inclusive, so a cursor right after a name still finds it). */
  mentionAt(doc: string, offset: number): Mention | undefined {
    const list = this.byDoc.get(doc);
    if (!list) return undefined;
    // Binary search for the last mention starting at or before offset.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i >= found - 4; i--) {
      if (list[i].start <= offset && offset <= list[i].end) return list[i];
    }
    return undefined;
  }

  entityAt(doc: string, offset: number): Entity | undefined {
    const entity = this.mentionAt(doc, offset)?.entity;
    return entity ? this.entities.get(entity) : undefined;
  }

  entitiesOfType(type: EntityType): Entity[] {
    return [...this.entities.values()].filter((e) => e.type === type);
  }

  /**
   * Entities whose name or an alias matches the query: exact spelling first,
   * then the same name in another spelling (Виткофф finds Уиткофф), then a
   * prefix of any word.
   */
  entitiesByName(query: string, type?: EntityType): Entity[] {
    const q = fold(query.trim());
    if (!q) return [];
    const qKey = nameKey(q);
    const scored: [Entity, number][] = [];
    for (const entity of this.entities.values()) {
      if (type && entity.type !== type) continue;
      const names = [entity.name, ...entity.aliases];
      let score = 0;
      for (const name of names) {
        const n = fold(name);
        if (n === q) score = Math.max(score, 3);
        else if (qKey && nameKey(n) === qKey) score = Math.max(score, 2);
        else if (n.split(/\s+/).some((w) => w.startsWith(q)) || (qKey && n.split(/\s+/).some((w) => nameKey(w) === qKey))) score = Math.max(score, 1);
      }
      if (score > 0) scored.push([entity, score]);
    }
    return scored
      .sort((a, b) => b[1] - a[1] || this.mentionsOf(b[0].id).length - this.mentionsOf(a[0].id).length)
      .map(([e]) => e);
  }

  /** Distinct articles an entity is mentioned in. */
  articlesOf(entityId: string): string[] {
    return [...new Set(this.mentionsOf(entityId).map((m) => m.doc))];
  }

  stats(): CorpusStats {
    const languages: Record<string, number> = {};
    const dates: string[] = [];
    for (const a of this.articles.values()) {
      languages[a.lang] = (languages[a.lang] ?? 0) + 1;
      if (a.date) dates.push(a.date);
    }
    dates.sort();
    let mentions = 0;
    for (const list of this.byDoc.values()) mentions += list.length;
    return {
      articles: this.articles.size,
      languages,
      firstDate: dates[0],
      lastDate: dates[dates.length - 1],
      people: this.entitiesOfType('PER').length,
      places: this.entitiesOfType('LOC').length,
      organizations: this.entitiesOfType('ORG').length,
      events: this.events.length,
      mentions,
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

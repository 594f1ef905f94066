// The lookups a hover and Find All References make answer from indexes kept by key (an entity's events, the
// days dates and events cover, an entity's articles) exactly as a scan over the whole corpus would.
import * as assert from 'node:assert/strict';
import { IndexEngine } from '../../src/core/engine/indexEngine';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { coversDate, DateCover } from '../../src/core/index/dateCover';
import type { CorpusEvent, Entity, Mention } from '../../src/core/types';
import { SAMPLE_FILES } from './engineFixtures';

const byDate = (a: CorpusEvent, b: CorpusEvent): number => a.date.localeCompare(b.date) || a.title.localeCompare(b.title);

/** The samples, three times over in folders of their own (one undated copy), so entities span articles. */
function samplesIndex(): CorpusIndex {
  const engine = new IndexEngine();
  for (const copy of ['a', 'b', 'c']) {
    for (const [path, text] of SAMPLE_FILES) engine.setArticle(`${copy}/${path}`, { text: copy === 'c' ? text.replace(/^ date \S+/m, '') : text });
  }
  return new CorpusIndex(engine.build());
}

/** coMentioned as a scan with a set of (article, sentence) keys: what the index's single pass must equal. */
function coMentionedByScan(index: CorpusIndex, entityId: string, limit: number): unknown {
  const key = (m: Mention): string => `${m.doc}\u0000${index.sentenceAt(m.doc, m.start) ?? -1}`;
  const mine = new Set(index.mentionsOf(entityId).map(key));
  const seen = new Map<string, { sentences: Set<string>; articles: Set<string> }>();
  for (const doc of new Set(index.mentionsOf(entityId).map((m) => m.doc))) {
    for (const m of index.mentionsIn(doc)) {
      if (!m.entity || m.entity === entityId || index.entities.get(m.entity)?.type !== 'PER') continue;
      if (!seen.has(m.entity)) seen.set(m.entity, { sentences: new Set(), articles: new Set() });
      const record = seen.get(m.entity)!;
      record.articles.add(doc);
      if (mine.has(key(m))) record.sentences.add(key(m));
    }
  }
  return [...seen]
    .map(([id, r]) => ({ entity: index.entities.get(id) as Entity, sentences: r.sentences.size, articles: r.articles.size }))
    .sort(
      (a, b) =>
        2 * b.sentences + b.articles - (2 * a.sentences + a.articles) ||
        index.mentionsOf(b.entity.id).length - index.mentionsOf(a.entity.id).length ||
        a.entity.name.localeCompare(b.entity.name),
    )
    .slice(0, limit);
}

/** roleOf as a scan over every mention of the entity for every role source. */
function roleByScan(index: CorpusIndex, mention: Mention): string | undefined {
  const entity = mention.entity ? index.entities.get(mention.entity) : undefined;
  const found = new Map<Mention, string>();
  for (const role of entity?.roles ?? []) {
    for (const source of role.sources) {
      const sentence = index.sentenceAt(source.doc, source.start);
      if (sentence === undefined) continue;
      const gap = (m: Mention): number => Math.max(0, m.start - source.end, source.start - m.end);
      let nearest: Mention | undefined;
      for (const m of index.mentionsOf(entity!.id)) {
        if (m.doc === source.doc && index.sentenceAt(m.doc, m.start) === sentence && (!nearest || gap(m) < gap(nearest))) nearest = m;
      }
      if (nearest && !found.has(nearest)) found.set(nearest, role.title);
    }
  }
  return found.get(mention);
}

describe('corpus index: lookups by key equal a scan', function () {
  this.timeout(30_000);
  let index: CorpusIndex;
  before(() => {
    index = samplesIndex();
  });

  it('an entity\'s events, co-mentioned people and mentions in corpus order', () => {
    for (const entity of index.entities.values()) {
      assert.deepEqual(index.eventsOf(entity.id), index.events.filter((e) => e.participants.includes(entity.id) || e.place === entity.id).sort(byDate), entity.name);
      assert.deepEqual(index.coMentioned(entity.id, 5, 'PER'), coMentionedByScan(index, entity.id, 5), entity.name);
      assert.deepEqual(index.mentionsInCorpusOrder(entity.id), [...index.mentionsOf(entity.id)].sort(index.compareInCorpus), entity.name);
      assert.equal(index.firstInCorpus(index.mentionsOf(entity.id)), index.mentionsInCorpusOrder(entity.id)[0]);
      assert.equal(index.firstMentionInCorpus(entity.id), index.mentionsInCorpusOrder(entity.id)[0]);
      assert.equal(index.firstMentionInCorpus(entity.id), index.firstMentionInCorpus(entity.id), 'kept for the next hover');
      for (const m of index.mentionsOf(entity.id)) assert.equal(index.roleOf(m)?.title, roleByScan(index, m), `${entity.name} at ${m.doc}:${m.start}`);
      assert.deepEqual(index.articlesOf(entity.id), [...new Set(index.mentionsOf(entity.id).map((m) => m.doc))]);
      assert.equal(index.articleCountOf(entity.id), index.articlesOf(entity.id).length);
    }
    assert.equal(index.firstMentionInCorpus('per:nobody'), undefined);
    assert.equal(index.articleCountOf('per:nobody'), 0);
  });

  it('orders spans of one article by position without their article\'s rank, as across articles', () => {
    const [doc] = index.articles.keys();
    const span = (start: number, end: number): { doc: string; start: number; end: number } => ({ doc, start, end });
    assert.ok(index.compareInCorpus(span(1, 5), span(2, 3)) < 0);
    assert.ok(index.compareInCorpus(span(1, 5), span(1, 3)) < 0, 'the longer of two at one place first');
    assert.equal(index.compareInCorpus(span(1, 5), span(1, 5)), 0);
    assert.ok(index.compareInCorpus({ doc: 'zzz-not-indexed.txt', start: 0, end: 1 }, span(9, 10)) > 0, 'an article the index does not hold comes last');
  });

  it('events and date mentions on each day, month and year the corpus names', () => {
    const dateMentions: Mention[] = [];
    for (const doc of index.articles.keys()) for (const m of index.mentionsIn(doc)) if (m.type === 'DATE' && m.value) dateMentions.push(m);
    const values = new Set(dateMentions.flatMap((m) => [m.value!, m.value!.slice(0, 7), m.value!.slice(0, 4)]));
    assert.ok(values.size >= 5, `${values.size} values`);
    for (const value of values) {
      assert.deepEqual(index.eventsOn(value), index.events.filter((e) => coversDate(e.date, e.end, value)).sort(byDate), value);
      assert.deepEqual(index.dateMentionsOn(value), dateMentions.filter((m) => coversDate(m.value!, m.date?.end, value)).sort(index.compareInCorpus), value);
      // Found and sorted once: a year's hover card would sort thousands of dates every time.
      assert.equal(index.dateMentionsOn(value), index.dateMentionsOn(value), value);
      // A hover card's articles: each article's first mention of the date, in corpus order, as the sorted mentions give them.
      const firsts = new Map<string, Mention>();
      for (const m of index.dateMentionsOn(value)) if (!firsts.has(m.doc)) firsts.set(m.doc, m);
      assert.deepEqual([...index.dateArticlesOn(value)], [...firsts], value);
      assert.equal(index.dateArticlesOn(value), index.dateArticlesOn(value), value);
    }
  });

  it('a date cover finds spans by each day, by the month and year they start in, and long or odd spans too', () => {
    const cover = new DateCover<string>();
    const spans: [string, string | undefined][] = [
      ['2026-01-06', undefined],
      ['2026-01-05', '2026-01-07'],
      ['2025-12-31', '2026-01-02'],
      ['2020-01-01', '2026-12-31'],
      ['2026-02-30', undefined],
      ['2026-01', undefined],
      ['2026', undefined],
      ['2026-01-08', '2026-01-03'],
    ];
    spans.forEach(([start, end], i) => cover.add(`${i}`, start, end));
    for (const value of ['2026-01-06', '2026-01-01', '2026-02-30', '2026-01', '2026', '2025-12', '2025', '2026-1', 'x', '2026-01-04']) {
      assert.deepEqual(cover.covering(value), spans.flatMap(([start, end], i) => (coversDate(start, end, value) ? [`${i}`] : [])), value);
    }
    // The values whose queries cost the most: what starts in 2026 (6 spans) and in January 2026 (4), then the days of 2 spans.
    assert.deepEqual(cover.busiest(3, 2), ['2026', '2026-01', '2026-01-06']);
    assert.deepEqual(cover.busiest(10, 5), ['2026']);
  });

  it('prepares the hover cards of the most mentioned entities only, in bounded steps, with the co-mentions a scan finds', () => {
    const mention = (doc: string, start: number, entity: string): Mention => ({ doc, start, end: start + 3, type: 'PER', text: 'abc', lemma: 'abc', entity });
    const person = (id: string): Entity => ({ id, type: 'PER', name: id, aliases: [], roles: [] });
    const docs = Array.from({ length: 300 }, (_, i) => `${i}.txt`);
    const many = new CorpusIndex({
      articles: docs.map((path) => ({ path, text: 'abc abc. abc abc.', lang: 'ru', title: path, boilerplate: [], paragraphs: [], sentences: [{ start: 0, end: 8, paragraph: 0 }, { start: 9, end: 17, paragraph: 0 }] })),
      mentions: docs.flatMap((doc, i) => [mention(doc, 0, 'per:often'), mention(doc, 4, i % 2 ? 'per:b' : 'per:c'), ...(i < 210 ? [mention(doc, 9, 'per:less')] : [])]),
      entities: ['per:often', 'per:less', 'per:b', 'per:c'].map(person),
      events: [],
      quotes: [],
      problems: [],
    });
    assert.deepEqual([...many.prepareHovers()], ['per:often', 'per:less']);
    for (const id of ['per:often', 'per:less']) assert.deepEqual(many.coMentioned(id), coMentionedByScan(many, id, 5));
    assert.deepEqual([...index.prepareHovers()], [], 'the samples mention nobody 200 times');
    // An entity in thousands of articles is counted over several steps (each a few thousand mentions read), same count.
    const docsOfMany = Array.from({ length: 4000 }, (_, i) => `${i}.txt`);
    const huge = new CorpusIndex({
      articles: docsOfMany.map((path) => ({ path, text: 'abc abc. abc abc.', lang: 'ru', title: path, boilerplate: [], paragraphs: [], sentences: [{ start: 0, end: 8, paragraph: 0 }, { start: 9, end: 17, paragraph: 0 }] })),
      mentions: docsOfMany.flatMap((doc, i) => [mention(doc, 0, 'per:often'), mention(doc, 4, i % 3 ? 'per:b' : 'per:c'), mention(doc, 9, 'per:less')]),
      entities: ['per:often', 'per:less', 'per:b', 'per:c'].map(person),
      events: [],
      quotes: [],
      problems: [],
    });
    const steps = [...huge.prepareHovers()];
    assert.ok(steps.filter((id) => id === 'per:often').length > 1, `steps: ${steps.length}`);
    for (const id of ['per:often', 'per:less', 'per:b']) assert.deepEqual(huge.coMentioned(id), coMentionedByScan(huge, id, 5));
  });

  it('prepares the articles of the most mentioned dates, after the entities', () => {
    const date = (doc: string, start: number, value: string): Mention => ({ doc, start, end: start + 3, type: 'DATE', text: 'abc', lemma: 'abc', value });
    const docs = Array.from({ length: 250 }, (_, i) => `${i}.txt`);
    const dated = new CorpusIndex({
      articles: docs.map((path) => ({ path, text: 'abc abc.', lang: 'ru', title: path, boilerplate: [], paragraphs: [], sentences: [] })),
      mentions: docs.flatMap((doc, i) => [date(doc, 4, i % 2 ? '2025-03-01' : '2025-04-02'), date(doc, 0, '2025')]),
      entities: [],
      events: [],
      quotes: [],
      problems: [],
    });
    // 2025: 500 mentions starting in it, 2025-03 and 2025-04: 125 each (fewer than 200), the days likewise.
    assert.deepEqual([...dated.prepareHovers()], ['2025']);
    assert.deepEqual([...dated.dateArticlesOn('2025').keys()].slice(0, 3), ['0.txt', '1.txt', '10.txt']);
    assert.equal(dated.dateArticlesOn('2025').get('7.txt')?.start, 0, 'each article at its first mention of the date');
    // A year of thousands of articles is found and ordered over several steps, with the same answer.
    const manyDocs = Array.from({ length: 2500 }, (_, i) => `${i}.txt`);
    const busy = (): CorpusIndex =>
      new CorpusIndex({
        articles: manyDocs.map((path) => ({ path, text: 'abc abc.', lang: 'ru', title: path, boilerplate: [], paragraphs: [], sentences: [] })),
        mentions: manyDocs.flatMap((doc) => [date(doc, 4, '2025'), date(doc, 0, '2025')]),
        entities: [],
        events: [],
        quotes: [],
        problems: [],
      });
    const stepped = busy();
    assert.ok([...stepped.prepareHovers()].filter((v) => v === '2025').length > 2);
    assert.deepEqual([...stepped.dateArticlesOn('2025')], [...busy().dateArticlesOn('2025')]);
    assert.equal(stepped.dateArticlesOn('2025').get('7.txt')?.start, 0);
  });
});

// The Timeline picture's data: buckets per day, ISO week (from Monday) and month, event ranges, filters, the
// volume of a person's mentions, undated articles, and work bounded by what the query asks about.
import * as assert from 'node:assert/strict';
import { fromDayNumber, isoDayNumber } from '../../src/core/dates/calendar';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import {
  bucketBounds,
  bucketDetails,
  bucketOrdinal,
  eventDetails,
  eventDays,
  type TimelineQuery,
  type TimelineSource,
  timelineOf,
  volumeLine,
} from '../../src/core/pictures/timeline';
import type { CorpusEvent, Entity, EntityType, IndexedArticle, Mention } from '../../src/core/types';

interface ArticleSpec {
  path: string;
  date?: string;
  /** Entity ids mentioned, one mention each (repeat an id for more). */
  mentions?: string[];
}

function article({ path, date }: ArticleSpec): IndexedArticle {
  const text = `Статья ${path}. Вторая фраза.`;
  return { path, text, lang: 'ru', date, title: `Заголовок ${path}`, boilerplate: [], paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }] };
}

const entity = (id: string, type: EntityType): Entity => ({ id, type, name: `Имя ${id}`, aliases: [], roles: [] });

function event(id: string, date: string, end: string | undefined, docs: string[]): CorpusEvent {
  return { id, title: `Событие ${id}`, date, end, participants: [], sources: docs.map((doc) => ({ doc, start: 0, end: 10 })) };
}

function indexOf(specs: ArticleSpec[], events: CorpusEvent[] = []): CorpusIndex {
  const mentions: Mention[] = specs.flatMap(({ path, mentions: ids = [] }) =>
    ids.map((id, i) => ({ doc: path, start: i, end: i + 1, type: 'PER' as const, text: 'x', lemma: 'x', entity: id })),
  );
  const entities = [entity('p1', 'PER'), entity('p2', 'PER'), entity('kyiv', 'LOC'), entity('un', 'ORG')];
  return new CorpusIndex({ articles: specs.map(article), mentions, entities, events, problems: [], quotes: [] });
}

const query = (zoom: TimelineQuery['zoom'], more: Partial<TimelineQuery> = {}): TimelineQuery => ({ zoom, filter: [], people: [], ...more });
const day = (iso: string): number => isoDayNumber(iso) as number;

describe('timeline buckets', () => {
  it('per day: one bucket per date, placed by days from the first', () => {
    const index = indexOf([{ path: 'a', date: '2018-06-21' }, { path: 'b', date: '2018-06-21' }, { path: 'c', date: '2018-06-23' }]);
    const data = timelineOf(index, query('day'));
    assert.equal(data.length, 3);
    assert.deepEqual(data.first, { key: '2018-06-21', start: '2018-06-21', end: '2018-06-21' });
    assert.deepEqual(
      data.buckets.map((b) => [b.offset, b.key, b.articles]),
      [
        [0, '2018-06-21', 2],
        [2, '2018-06-23', 1],
      ],
    );
  });

  it('per ISO week: weeks start on Monday and take the year of their Thursday', () => {
    const index = indexOf([
      { path: 'sun', date: '2018-06-17' },
      { path: 'mon', date: '2018-06-18' },
      { path: 'nextSun', date: '2018-06-24' },
    ]);
    const data = timelineOf(index, query('week'));
    assert.deepEqual(
      data.buckets.map((b) => [b.offset, b.key, b.start, b.end, b.articles]),
      [
        [0, '2018-W24', '2018-06-11', '2018-06-17', 1],
        [1, '2018-W25', '2018-06-18', '2018-06-24', 2],
      ],
    );
    assert.equal(bucketBounds('week', bucketOrdinal('week', day('2018-12-31'))).key, '2019-W01');
    assert.equal(bucketBounds('week', bucketOrdinal('week', day('2021-01-01'))).key, '2020-W53');
    assert.equal(bucketBounds('week', bucketOrdinal('week', day('2026-01-01'))).key, '2026-W01');
  });

  it('per month: from the first to the last day of the month, across years', () => {
    const index = indexOf([{ path: 'a', date: '2017-12-31' }, { path: 'b', date: '2018-01-01' }, { path: 'c', date: '2018-02-28' }]);
    const data = timelineOf(index, query('month'));
    assert.deepEqual(
      data.buckets.map((b) => [b.offset, b.key, b.start, b.end]),
      [
        [0, '2017-12', '2017-12-01', '2017-12-31'],
        [1, '2018-01', '2018-01-01', '2018-01-31'],
        [2, '2018-02', '2018-02-01', '2018-02-28'],
      ],
    );
  });

  it('every day of ten years falls in the bucket whose bounds hold it, and a week starts on a Monday', () => {
    for (let n = day('2015-01-01'); n <= day('2025-12-31'); n++) {
      const iso = fromDayNumber(n);
      for (const zoom of ['day', 'week', 'month'] as const) {
        const bounds = bucketBounds(zoom, bucketOrdinal(zoom, n));
        assert.ok(bounds.start <= iso && iso <= bounds.end, `${zoom} ${iso} outside ${bounds.start}..${bounds.end}`);
        if (zoom === 'week') assert.equal(new Date(`${bounds.start}T00:00:00Z`).getUTCDay(), 1, bounds.start);
      }
    }
  });
});

describe('timeline events', () => {
  it('a range covers its buckets; a month or a year covers all its days; the axis reaches the last day', () => {
    const index = indexOf(
      [{ path: 'a', date: '2018-06-21' }],
      [event('summit', '2018-06-21', '2018-06-23', ['a']), event('july', '2018-07', undefined, ['a']), event('year', '2019', undefined, ['a'])],
    );
    const data = timelineOf(index, query('day'));
    const marks = new Map(data.events.map((e) => [e.id, e]));
    assert.deepEqual([marks.get('summit')?.from, marks.get('summit')?.to, marks.get('summit')?.precision], [0, 2, 'day']);
    assert.deepEqual([marks.get('july')?.start, marks.get('july')?.end, marks.get('july')?.precision], ['2018-07-01', '2018-07-31', 'month']);
    assert.deepEqual([marks.get('year')?.start, marks.get('year')?.end], ['2019-01-01', '2019-12-31']);
    assert.equal(data.length, day('2019-12-31') - day('2018-06-21') + 1);
    assert.equal(data.buckets.find((b) => b.key === '2018-07-01')?.events, 1);
    assert.equal(timelineOf(index, query('month')).length, 19);
  });

  it('an end before the start or a malformed date neither crashes nor inverts the range', () => {
    assert.deepEqual(eventDays({ date: '2018-06-21', end: '2018-06-20' }), { first: day('2018-06-21'), last: day('2018-06-21'), precision: 'day' });
    assert.equal(eventDays({ date: '2018-13-40' }), undefined);
    assert.equal(eventDays({ date: 'вчера' }), undefined);
  });

  it('an event counts in the only bucket when nothing else is dated', () => {
    const data = timelineOf(indexOf([{ path: 'a' }], [event('e', '2018-06-21', undefined, ['a'])]), query('week'));
    assert.equal(data.length, 1);
    assert.deepEqual(data.buckets.map((b) => [b.articles, b.events]), [[0, 1]]);
  });
});

describe('timeline filters, mentions and undated articles', () => {
  const specs: ArticleSpec[] = [
    { path: 'a', date: '2018-06-21', mentions: ['p1', 'p1', 'kyiv'] },
    { path: 'b', date: '2018-06-21', mentions: ['p1', 'p2'] },
    { path: 'c', date: '2018-06-25', mentions: ['p2', 'un'] },
    { path: 'u', mentions: ['p1', 'kyiv'] },
    { path: 'v' },
  ];
  const events = [event('inKyiv', '2018-06-21', undefined, ['a']), event('atUn', '2018-06-25', undefined, ['c'])];
  const index = indexOf(specs, events);

  it('draws a plotted person’s line from its first bucket on, at zero across a gap', () => {
    const data = timelineOf(index, query('day', { people: ['p1'] }));
    assert.deepEqual(
      data.buckets.map((b) => [b.offset, b.mentions[0]]),
      [[0, 3], [4, 0]],
    );
    assert.deepEqual(volumeLine(data.buckets, 0), [[0.5, 3], [1.5, 0], [3.5, 0], [4.5, 0]]);
    assert.deepEqual(volumeLine([{ offset: 0, mentions: [2] }], 0), [[0.5, 2]], 'one bucket is one point, nothing before it');
  });

  it('counts undated articles apart and keeps them off the axis', () => {
    const data = timelineOf(index, query('day'));
    assert.deepEqual([data.articles, data.undated, data.eventCount], [5, 2, 2]);
    assert.equal(
      data.buckets.reduce((n, b) => n + b.articles, 0),
      3,
    );
  });

  it('counts a person\'s mentions per bucket of their article\'s date, undated articles left out', () => {
    const data = timelineOf(index, query('day', { people: ['p1', 'p2', 'kyiv', 'gone'] }));
    assert.deepEqual(data.people.map((p) => p.id), ['p1', 'p2'], 'only known people are plotted');
    assert.deepEqual(data.buckets.map((b) => [b.key, b.mentions]), [
      ['2018-06-21', [3, 1]],
      ['2018-06-25', [0, 1]],
    ]);
  });

  it('a filter keeps the articles mentioning every one of its entities, and the events they report', () => {
    const byPlace = timelineOf(index, query('day', { filter: ['kyiv'] }));
    assert.deepEqual([byPlace.articles, byPlace.undated], [2, 1]);
    assert.deepEqual(byPlace.events.map((e) => e.id), ['inKyiv']);
    const byOrg = timelineOf(index, query('day', { filter: ['un'], people: ['p2'] }));
    assert.deepEqual(byOrg.buckets.map((b) => [b.key, b.articles, b.mentions]), [['2018-06-25', 1, [1]]]);
    assert.deepEqual(byOrg.events.map((e) => e.id), ['atUn']);
    const both = timelineOf(index, query('day', { filter: ['p1', 'kyiv'] }));
    assert.deepEqual([both.articles, both.buckets.length], [2, 1]);
    const unknown = timelineOf(index, query('day', { filter: ['gone'] }));
    assert.deepEqual([unknown.filter, unknown.articles], [[], 5], 'an entity gone from the index filters nothing');
  });

  it('a bucket lists its articles by date, and the events covering its days', () => {
    const details = bucketDetails(index, query('week'), '2018-06-24');
    assert.deepEqual(details?.articles.map((a) => a.doc), ['a', 'b']);
    assert.deepEqual(details?.events.map((e) => e.id), ['inKyiv']);
    assert.equal(details?.key, '2018-W25');
    assert.deepEqual(bucketDetails(index, query('week'), '2018-06-25')?.articles.map((a) => a.doc), ['c']);
    assert.deepEqual(bucketDetails(index, query('week', { filter: ['un'] }), '2018-06-21')?.articles, []);
    assert.equal(bucketDetails(index, query('week'), '2018-02-30'), undefined);
    assert.equal(bucketDetails(index, query('week'), 'nonsense'), undefined);
  });

  it('an event gives its sources with their article and sentence', () => {
    const details = eventDetails(index, 'inKyiv');
    assert.deepEqual(details?.sources.map((s) => [s.doc, s.start, s.end, s.title, s.text]), [['a', 0, 10, 'Заголовок a', 'Статья a.']]);
    assert.equal(eventDetails(index, 'nope'), undefined);
  });
});

describe('timeline work', () => {
  /** 10,000 articles over three years, a fifth undated, each mentioning p1 and p2 twice; 300 events. */
  function big(): { index: CorpusIndex; reads: { mentionsOf: string[]; mentions: number; articles: number } } {
    const specs: ArticleSpec[] = Array.from({ length: 10_000 }, (_, i) => ({
      path: `doc${i}`,
      date: i % 5 === 0 ? undefined : fromDayNumber(day('2016-01-01') + (i % 1000)),
      mentions: ['p1', 'p2', 'p1', 'p2', i % 7 === 0 ? 'kyiv' : 'un'],
    }));
    const events = Array.from({ length: 300 }, (_, i) => event(`e${i}`, fromDayNumber(day('2016-01-01') + i * 3), undefined, [`doc${i * 3}`]));
    const index = indexOf(specs, events);
    const reads = { mentionsOf: [] as string[], mentions: 0, articles: 0 };
    return { index, reads };
  }

  /** The index seen through what a timeline reads, counting the reads. */
  function counting(index: CorpusIndex, reads: { mentionsOf: string[]; mentions: number; articles: number }): TimelineSource {
    const articles = new Map(index.articles);
    const get = articles.get.bind(articles);
    const values = articles.values.bind(articles);
    articles.get = (doc: string) => (reads.articles++, get(doc));
    articles.values = function* () {
      for (const a of values()) {
        reads.articles++;
        yield a;
      }
    } as unknown as typeof articles.values;
    return {
      articles,
      events: index.events,
      entities: index.entities,
      mentionsOf: (id: string) => {
        const list = index.mentionsOf(id);
        reads.mentionsOf.push(id);
        reads.mentions += list.length;
        return list;
      },
    };
  }

  it('10,000 articles: each article read once or twice, only the asked entities\' mentions, a bucket per day at most', () => {
    const { index, reads } = big();
    const data = timelineOf(counting(index, reads), query('day', { people: ['p1'], filter: ['kyiv'] }));
    assert.ok(reads.articles <= 2 * 10_000, `${reads.articles} article reads`);
    assert.deepEqual([...new Set(reads.mentionsOf)].sort(), ['kyiv', 'p1']);
    assert.ok(reads.mentions <= 4 * (20_000 + 1_429), `${reads.mentions} mentions read`);
    assert.ok(data.buckets.length <= 1_000);
    assert.equal(data.articles, 1_429);
    const all = timelineOf(index, query('month', { people: ['p1', 'p2'] }));
    assert.equal(all.buckets.reduce((n, b) => n + b.articles, 0) + all.undated, 10_000);
    assert.equal(all.buckets.reduce((n, b) => n + b.mentions[0], 0), 2 * 8_000);
    assert.ok(all.buckets.length <= 36 && all.events.length === 300);
  });

  it('a bucket\'s list is bounded and counts the rest', () => {
    const { index } = big();
    const data = timelineOf(index, query('month'));
    const details = bucketDetails(index, query('month'), data.first!.start);
    assert.equal(details?.articles.length, 200);
    assert.ok((details?.total ?? 0) > 200);
  });
});

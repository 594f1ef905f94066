import * as assert from 'node:assert/strict';
import { CorpusIndex, looseMatch } from '../../src/core/index/corpusIndex';
import type { Article, Mention, Sentence } from '../../src/core/types';
import { sampleIndex } from './samples';

const mention = (doc: string, start: number, end: number, entity: string): Mention => ({
  doc, start, end, type: 'PER', text: 'x'.repeat(end - start), lemma: 'x', entity,
});

describe('corpus index', () => {
  const index = new CorpusIndex({
    articles: [],
    mentions: [mention('a', 10, 20, 'per:a'), mention('a', 30, 35, 'per:b'), mention('b', 0, 5, 'per:a')],
    entities: [
      { id: 'per:a', type: 'PER', name: 'Стив Уиткофф', aliases: ['Стив Виткофф', 'Стів Віткофф'], roles: [] },
      { id: 'per:b', type: 'PER', name: 'Дональд Трамп', aliases: [], roles: [] },
    ],
    events: [],
    quotes: [],
    problems: [],
  });

  const at: [string, number, string | undefined][] = [
    ['a', 9, undefined],
    ['a', 10, 'per:a'],
    ['a', 20, 'per:a'],
    ['a', 25, undefined],
    ['a', 33, 'per:b'],
    ['b', 2, 'per:a'],
    ['c', 2, undefined],
  ];
  for (const [doc, offset, expected] of at) {
    it(`entity at ${doc}:${offset} is ${expected}`, () => assert.equal(index.entityAt(doc, offset)?.id, expected));
  }

  it('lists mentions of an entity across articles', () => {
    assert.deepEqual(index.mentionsOf('per:a').map((m) => m.doc), ['a', 'b']);
    assert.deepEqual(index.articlesOf('per:a'), ['a', 'b']);
  });

  const byName: [string, string | undefined][] = [
    ['Стив Уиткофф', 'per:a'],
    ['Виткофф', 'per:a'],
    ['Віткофф', 'per:a'],
    ['трамп', 'per:b'],
    ['Дон', 'per:b'],
    ['Макрон', undefined],
  ];
  for (const [query, expected] of byName) {
    it(`finds "${query}" → ${expected}`, () => assert.equal(index.entitiesByName(query)[0]?.id, expected));
  }
});

describe('corpus index: queries for the editor', () => {
  const article = (path: string, text: string, date?: string): Article => ({
    path, text, date, lang: 'ru', title: path, boilerplate: [], paragraphs: [{ start: 0, end: text.length }],
    sentences: text.split(/(?<=\. )/).reduce<Sentence[]>((out, s) => {
      const start = out.length ? out[out.length - 1].end : 0;
      return [...out, { start, end: start + s.length, paragraph: 0 }];
    }, []), tokens: [],
  });
  const per = (doc: string, text: string, find: string, entity: string, lemma = find, nth = 0): Mention => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(find, start + 1);
    return { doc, start, end: start + find.length, type: 'PER', text: find, lemma, entity };
  };
  const date = (doc: string, text: string, find: string, value: string, end?: string): Mention => {
    const start = text.indexOf(find);
    return { doc, start, end: start + find.length, type: 'DATE', text: find, lemma: find, value, date: { resolution: 'explicit', end } };
  };
  // b.txt is dated earlier than a.txt, so it comes first in corpus order; c.txt has no date and comes last.
  const A = 'Уиткофф прилетел 7 января. Спецпосланник Стив Уиткофф и Дональд Трамп говорили. Трамп молчал. ';
  const B = 'Стив Уиткофф встретился с Макроном 6 января. Уиткофф уехал. ';
  const C = 'Стів Віткофф і Трамп 6-7 січня. ';
  const index = new CorpusIndex({
    articles: [article('a.txt', A, '2026-01-08'), article('b.txt', B, '2026-01-07'), article('c.txt', C)],
    mentions: [
      per('a.txt', A, 'Уиткофф', 'per:w'),
      per('a.txt', A, 'Стив Уиткофф', 'per:w'),
      per('a.txt', A, 'Дональд Трамп', 'per:t'),
      per('a.txt', A, 'Трамп', 'per:t', 'Трамп', 1),
      date('a.txt', A, '7 января', '2026-01-07'),
      per('b.txt', B, 'Стив Уиткофф', 'per:w'),
      per('b.txt', B, 'Макроном', 'per:m', 'Макрон'),
      per('b.txt', B, 'Уиткофф', 'per:w', 'Уиткофф', 1),
      date('b.txt', B, '6 января', '2026-01-06'),
      per('c.txt', C, 'Стів Віткофф', 'per:w'),
      per('c.txt', C, 'Трамп', 'per:t'),
      date('c.txt', C, '6-7 січня', '2026-01-06', '2026-01-07'),
    ],
    entities: [
      {
        id: 'per:w', type: 'PER', name: 'Стив Уиткофф', aliases: ['Стів Віткофф', 'Уиткофф'],
        roles: [{ title: 'спецпосланник', sources: [{ doc: 'a.txt', start: A.indexOf('Спецпосланник'), end: A.indexOf('Спецпосланник') + 13 }] }],
      },
      { id: 'per:t', type: 'PER', name: 'Дональд Трамп', aliases: [], roles: [] },
      { id: 'per:m', type: 'PER', name: 'Эммануэль Макрон', aliases: ['Макрон'], roles: [] },
      { id: 'loc:paris', type: 'LOC', name: 'Париж', aliases: [], roles: [] },
    ],
    events: [
      { id: 'ev:1', title: 'Встреча в Париже', date: '2026-01-06', end: '2026-01-07', place: 'loc:paris', participants: ['per:w', 'per:m'], sources: [{ doc: 'b.txt', start: 0, end: 10 }] },
      { id: 'ev:2', title: 'Звонок Трампу', date: '2026-01-08', participants: ['per:w', 'per:t'], sources: [{ doc: 'a.txt', start: 0, end: 10 }] },
    ],
    quotes: [],
    problems: [],
  });

  it('orders articles by date, undated last, then by path', () => {
    assert.deepEqual(index.articleOrder(), ['b.txt', 'a.txt', 'c.txt']);
    assert.deepEqual(index.mentionsInCorpusOrder('per:w').map((m) => `${m.doc}:${m.text}`), [
      'b.txt:Стив Уиткофф', 'b.txt:Уиткофф', 'a.txt:Уиткофф', 'a.txt:Стив Уиткофф', 'c.txt:Стів Віткофф',
    ]);
  });

  it('gives a role to the nearest mention in the role’s sentence only', () => {
    const [bare, full] = index.mentionsOf('per:w').filter((m) => m.doc === 'a.txt');
    assert.equal(index.roleOf(full)?.title, 'спецпосланник');
    assert.equal(index.roleOf(bare), undefined);
  });

  it('introduces a person at the first full name with a role, even when an earlier article names them', () => {
    const intro = index.introducingMention('per:w');
    assert.equal(`${intro?.doc}:${intro?.text}`, 'a.txt:Стив Уиткофф');
  });

  it('without a role, introduces at the first full name in corpus order', () => {
    const intro = index.introducingMention('per:t');
    assert.equal(`${intro?.doc}:${intro?.text}`, 'a.txt:Дональд Трамп');
    const macron = index.introducingMention('per:m');
    assert.equal(macron?.text, 'Макроном', 'falls back to the first mention when no full name is seen');
    assert.equal(index.introducingMention('loc:paris'), undefined);
  });

  it('finds the sentence of an offset', () => {
    assert.equal(index.sentenceAt('a.txt', 0), 0);
    assert.equal(index.sentenceAt('a.txt', A.indexOf('Спецпосланник')), 1);
    assert.equal(index.sentenceAt('a.txt', A.indexOf('молчал')), 2);
    assert.equal(index.sentenceAt('nope.txt', 0), undefined);
  });

  it('ranks people mentioned together: shared sentences over shared articles', () => {
    const together = index.coMentioned('per:w');
    assert.deepEqual(together.map((c) => [c.entity.id, c.sentences, c.articles]), [['per:t', 2, 2], ['per:m', 1, 1]]);
    assert.deepEqual(index.coMentioned('per:w', 1).map((c) => c.entity.id), ['per:t']);
    assert.deepEqual(index.coMentioned('per:w', 5, 'LOC'), []);
  });

  it('lists the events of an entity, a place and a day', () => {
    assert.deepEqual(index.eventsOf('per:w').map((e) => e.id), ['ev:1', 'ev:2']);
    assert.deepEqual(index.eventsOf('loc:paris').map((e) => e.id), ['ev:1']);
    assert.deepEqual(index.eventsOn('2026-01-07').map((e) => e.id), ['ev:1']);
    assert.deepEqual(index.eventsOn('2026-01-08').map((e) => e.id), ['ev:2']);
    assert.deepEqual(index.eventsOn('2026-01').map((e) => e.id), ['ev:1', 'ev:2']);
    assert.deepEqual(index.eventsOn('2026-01-09'), []);
  });

  it('finds the mentions of a day, a range covering it included, in corpus order', () => {
    assert.deepEqual(index.dateMentionsOn('2026-01-07').map((m) => m.doc), ['a.txt', 'c.txt']);
    assert.deepEqual(index.dateMentionsOn('2026-01-06').map((m) => m.doc), ['b.txt', 'c.txt']);
    assert.deepEqual(index.dateMentionsOn('2026-01-05'), []);
  });

  const loose: [string, string, boolean][] = [
    ['уитк', 'Стив Уиткофф', true],
    ['УИТК', 'Стив Уиткофф', true],
    ['стврк', 'Стив Уиткофф', false],
    ['ств уит', 'Стив Уиткофф', true],
    ['федоров', 'Фёдоров', true],
    ['фёдоров', 'Федоров', true],
    ['фкоу', 'Стив Уиткофф', false],
    ['', 'Стив Уиткофф', true],
  ];
  for (const [query, name, expected] of loose) {
    it(`"${query}" ${expected ? 'matches' : 'does not match'} "${name}" loosely`, () => assert.equal(looseMatch(query, name), expected));
  }

  it('finds entities and events by a loose query, across spellings', () => {
    assert.deepEqual(index.entitiesMatching('уитк').map((e) => e.id), ['per:w']);
    assert.deepEqual(index.entitiesMatching('вітк').map((e) => e.id), ['per:w']);
    assert.deepEqual(index.entitiesMatching('мкрн').map((e) => e.id), ['per:m']);
    assert.deepEqual(index.eventsMatching('встр париж').map((e) => e.id), ['ev:1']);
  });
});

describe('corpus index: the sample corpus', () => {
  it('introduces Witkoff at a full name with a role', async () => {
    const index = await sampleIndex();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const intro = index.introducingMention(witkoff.id);
    assert.ok(intro);
    assert.ok(intro.text.split(/\s+/).length >= 2, intro.text);
    assert.ok(index.roleOf(intro), `${intro.doc}:${intro.text} has a role`);
    assert.ok(index.coMentioned(witkoff.id).length > 0);
    assert.ok(index.entitiesMatching('уитк').some((e) => e.id === witkoff.id));
  });
});

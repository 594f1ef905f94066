import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { Mention } from '../../src/core/types';

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

// A shorter name whose words end a longer name is that person: Хусейн Ризви, Хадим Ризви in Хадим Хусейн Ризви.
import * as assert from 'node:assert/strict';
import type { PersonMention } from '../../src/core/extract/people';
import { linkPeople } from '../../src/core/link/people';
import { shortensName } from '../../src/core/link/nameTails';

describe('link: a shorter name that ends a longer one', () => {
  const rows: [string, string, boolean][] = [
    ['Хусейн Ризви', 'Хадим Хусейн Ризви', true], // the last two words
    ['Хадим Ризви', 'Хадим Хусейн Ризви', true], // the first and the last
    ['Хусейн Ризви', 'Хадима Хуссейна Ризви', true], // a case ending and a doubled letter
    ['Мухаммад Кадри', 'Мухаммад Афзал Кадри', true],
    ['Хадим Хусейн Ризви', 'Хадим Хусейн Ризви', false], // not shorter
    ['Ризви', 'Хадим Хусейн Ризви', false], // one word: a surname alone links by its own rules
    ['Хусейн Кадри', 'Хадим Хусейн Ризви', false], // another surname
    ['Ризви Хусейн', 'Хадим Хусейн Ризви', false], // another order
    ['Анна Иванова', 'Иван Петрович Иванов', false], // a first word the long name lacks
  ];
  for (const [short, long, expected] of rows) it(`${short} / ${long}`, () => assert.equal(shortensName(short.split(' '), long.split(' ')), expected));
});

function mention(doc: string, start: number, lemma: string, extra: Partial<PersonMention> = {}): PersonMention {
  const words = lemma.split(' ');
  return { doc, start, end: start + lemma.length, text: lemma, lemma, surname: words[words.length - 1], ...extra };
}

function entities(mentions: PersonMention[]): string[][] {
  const linked = linkPeople(mentions, () => 'ru');
  const groups = new Map<string, string[]>();
  linked.mentions.forEach((m) => groups.set(m.entity!, [...(groups.get(m.entity!) ?? []), `${m.doc}:${m.text}`]));
  return [...groups.values()];
}

describe('link: shortened names join the longer name', () => {
  const rows: [string, PersonMention[], string[][]][] = [
    [
      'the same article',
      [mention('a', 0, 'Хадим Хусейн Ризви', { first: { lemma: 'Хадим', group: 902 } }), mention('a', 50, 'Хусейн Ризви', { first: { lemma: 'Хусейн', group: 901 } })],
      [['a:Хадим Хусейн Ризви', 'a:Хусейн Ризви']],
    ],
    [
      'another article, when only one longer name fits',
      [mention('a', 0, 'Хадим Хусейн Ризви', { first: { lemma: 'Хадим', group: 902 } }), mention('b', 0, 'Хусейн Ризви', { first: { lemma: 'Хусейн', group: 901 } })],
      [['a:Хадим Хусейн Ризви', 'b:Хусейн Ризви']],
    ],
    [
      'two longer names fit: none is chosen',
      [mention('a', 0, 'Хадим Хусейн Ризви', { first: { lemma: 'Хадим', group: 902 } }), mention('b', 0, 'Амир Хусейн Ризви', { first: { lemma: 'Амир', group: 903 } }), mention('c', 0, 'Хусейн Ризви', { first: { lemma: 'Хусейн', group: 901 } })],
      [['a:Хадим Хусейн Ризви'], ['b:Амир Хусейн Ризви'], ['c:Хусейн Ризви']],
    ],
  ];
  for (const [name, mentions, expected] of rows) it(name, () => assert.deepEqual(entities(mentions), expected));
});

describe('link: transliterations of one name that differ by a particle, a hyphen or one vowel', () => {
  const rows: [string, PersonMention[], string[][]][] = [
    [
      'particle, hyphens and an inner vowel',
      [mention('a', 0, 'Саиф уль-Малук'), mention('a', 40, 'Саиф уль-Малук'), mention('b', 0, 'Саиф-ул-Мулук', { surname: 'Саиф-ул-Мулук' }), mention('c', 0, 'Саиф Мулук'), mention('d', 0, 'Сайфул Малук')],
      [['a:Саиф уль-Малук', 'a:Саиф уль-Малук', 'b:Саиф-ул-Мулук', 'c:Саиф Мулук', 'd:Сайфул Малук']],
    ],
    [
      'a consonant apart: two people',
      [mention('a', 0, 'Саиф уль-Малук'), mention('b', 0, 'Саиф Малах')],
      [['a:Саиф уль-Малук'], ['b:Саиф Малах']],
    ],
    [
      'no particle in either name: linked by the usual rules only',
      [mention('a', 0, 'Анна Петрова', { first: { lemma: 'Анна', group: 904 } }), mention('b', 0, 'Анна Питрова', { first: { lemma: 'Анна', group: 904 } })],
      [['a:Анна Петрова'], ['b:Анна Питрова']],
    ],
  ];
  for (const [name, mentions, expected] of rows) it(name, () => assert.deepEqual(entities(mentions), expected));
});

// Corpus-wide reconciliation of surnames: the base form comes from all the evidence the corpus holds, never
// from one mention, and adding unrelated articles changes nothing about a surname's mentions.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/core/article';
import { findBareSurnames, findNamedPeople } from '../../src/core/extract/people';
import { linkPeople } from '../../src/core/link/people';
import { reconcileNames, surnameLexicon } from '../../src/core/link/reconcileNames';
import { nameKey } from '../../src/core/names/nameKey';
import { familyName, pluralBases, readingsOf, SurnameEvidence } from '../../src/core/names/paradigms';
import { firstNameInLanguage, lookupFirstName } from '../../src/core/names/firstNames';
import { buildIndex } from '../../src/core/pipeline';
import type { Article, Mention } from '../../src/core/types';
import { seededRandom } from '../../src/core/util/seededRandom';

/** The people stages over several in-memory articles: surface → lemma, and each surface's entity. */
function corpusPeople(texts: string[]): { lemmas: string[]; entityOf: Map<string, Set<string>>; names: string[] } {
  const articles = texts.map((t, n) => parseArticle(`${n}.txt`, t));
  const named = articles.flatMap(findNamedPeople);
  const lexicon = surnameLexicon(named);
  const bare = articles.flatMap((a) => findBareSurnames(a, lexicon, named.filter((m) => m.doc === a.path)));
  const linked = linkPeople(reconcileNames(named, bare), () => 'ru');
  const entityOf = new Map<string, Set<string>>();
  for (const m of linked.mentions) entityOf.set(m.text, new Set([...(entityOf.get(m.text) ?? []), m.entity!]));
  return { lemmas: [...new Set(linked.mentions.map((m) => `${m.text} → ${m.lemma}`))].sort(), entityOf, names: linked.entities.map((e) => e.name).sort() };
}

describe('paradigms: readings a mention allows', () => {
  const rows: [string, string | undefined, string[]][] = [
    // A first name that shows the genitive narrows the surname: Дональда Трампа → Трамп or a nominative Трампа.
    ['Трампа', 'Дональда', ['Трамп', 'Трампа']],
    // Доминика is a woman's nominative or Доминик's genitive: both readings stay open.
    ['Рааба', 'Доминика', ['Рааба', 'Рааб']],
    // A first name in the nominative pins the surname.
    ['Рааб', 'Доминик', ['Рааб']],
    // Alone, every nominative the ending allows, and a family's plural.
    ['Скрипалей', undefined, ['Скрипалей', 'Скрипаля', 'Скрипаль', 'Скрипалй']],
  ];
  for (const [form, first, expected] of rows) {
    it(`${first ?? ''} ${form}`, () => {
      const firstNames = first ? lookupFirstName(first) : undefined;
      const readings = readingsOf({ form, chosen: form, evidence: first ? 'firstName' : 'context', ...(firstNames ? { firstNames } : {}) });
      assert.deepEqual([...new Set(readings.map((r) => r.base))].sort(), [...expected].sort());
    });
  }
  it('names a family by its plural nominative, in the form\'s language', () => {
    for (const [base, form, expected] of [
      ['Скрипаль', 'Скрипалей', 'Скрипали'],
      ['Скрипаль', 'Скрипалів', 'Скрипалі'],
      ['Клинтон', 'Клинтонами', 'Клинтоны'],
      ['Клінтон', 'Клінтонів', 'Клінтони'],
    ] as const) assert.equal(familyName(base, form), expected, form);
  });
  it('reads plurals of families, not Italian nominatives', () => {
    for (const [form, expected] of [
      ['Скрипали', ['Скрипаль']],
      ['Скрипалів', ['Скрипал']],
      ['Берлускони', ['Берлусконь']],
      ['Фаучи', []],
      ['Трамп', []],
    ] as const) assert.deepEqual(pluralBases(form), expected, form);
  });
});

describe('first names in the article\'s language', () => {
  const rows: [string, 'ru' | 'uk', string][] = [
    ['Павлом', 'ru', 'Павел'],
    ['Павлом', 'uk', 'Павло'],
    ['Петра', 'ru', 'Петр'],
    ['Петра', 'uk', 'Петро'],
    ['Сергея', 'uk', 'Сергей'], // the only reading of the form, whatever the language
  ];
  for (const [form, lang, expected] of rows) {
    it(`${form} in a ${lang} text is ${expected}`, () => {
      const readings = lookupFirstName(form);
      assert.equal(firstNameInLanguage(readings, readings[0].group, lang)?.lemma, expected);
    });
  }
  it('reconciles a full name to the first name of the article\'s language', () => {
    const articles = ['Министр Павел Климкин заявил.', 'Встреча с Павлом Климкиным.', 'Зустріч з Павлом Клімкіним.'].map((t, n) => parseArticle(`${n}.txt`, t));
    const named = articles.flatMap(findNamedPeople);
    const lemmas = reconcileNames(named, [], (doc) => (doc === '2.txt' ? 'uk' : 'ru')).map((m) => `${m.text} → ${m.lemma}`);
    assert.ok(lemmas.includes('Павлом Климкиным → Павел Климкин'), lemmas.join('; '));
    assert.ok(lemmas.includes('Павлом Клімкіним → Павло Клімкін'), lemmas.join('; '));
  });
  it('reads a first name alone as the name the article, else the corpus, gives in full (Юлии: Юлия, not Юлий)', () => {
    const named = findNamedPeople(parseArticle('0.txt', 'Юлия Скрипаль пришла в себя.'));
    const [reading] = lookupFirstName('Юлии').filter((r) => r.lemma === 'Юлий');
    const alone = { doc: '1.txt', start: 0, end: 4, text: 'Юлии', lemma: 'Юлий', surname: '', first: { lemma: 'Юлий', group: reading.group } };
    assert.equal(reconcileNames([...named, alone]).pop()!.lemma, 'Юлия');
    assert.equal(reconcileNames([alone]).pop()!.lemma, 'Юлий'); // nobody named: the reading stays
  });
  it('reads a first name alone in the article\'s language', () => {
    const group = lookupFirstName('Павла')[0].group;
    const alone = { doc: 'uk.txt', start: 0, end: 5, text: 'Павла', lemma: 'Павел', surname: '', first: { lemma: 'Павел', group } };
    assert.deepEqual(reconcileNames([alone], [], () => 'uk').map((m) => m.lemma), ['Павло']);
    assert.deepEqual(reconcileNames([alone], [], () => 'ru').map((m) => m.lemma), ['Павел']);
  });
});

describe('paradigms: one weak reading does not overrule many strong ones', () => {
  it('keeps the base the corpus supports', () => {
    const evidence = new SurnameEvidence();
    for (let n = 0; n < 3; n++) evidence.add({ form: 'Рааб', chosen: 'Рааб', evidence: 'firstName', firstNames: lookupFirstName('Доминик') });
    const weak = { form: 'Рааба', chosen: 'Рааба', evidence: 'firstName' as const, firstNames: lookupFirstName('Доминика') };
    evidence.add(weak);
    const best = evidence.best(readingsOf(weak));
    assert.equal(best.base, 'Рааб');
    assert.equal(best.first?.lemma, 'Доминик');
  });
  it('keeps the per-article choice when the corpus has nothing else', () => {
    const evidence = new SurnameEvidence();
    const only = { form: 'Маэхара', chosen: 'Маэхара', evidence: 'firstName' as const, firstNames: lookupFirstName('Сэйдзи') };
    evidence.add(only);
    assert.equal(evidence.best(readingsOf(only)).base, 'Маэхара');
  });
});

describe('paradigms: base forms and people across a corpus', () => {
  const rows: [string, string[], string[]][] = [
    [
      'a first name read in the case its surname agrees with',
      ['Глава МИД Доминик Рааб прибыл в Брюссель.', 'Позиция Доминика Рааба не изменилась.', 'Рааб заявил, что сделка возможна.'],
      ['Доминик Рааб → Доминик Рааб', 'Доминика Рааба → Доминик Рааб', 'Рааб → Рааб'],
    ],
    [
      'an oblique form never becomes the base when the corpus shows the paradigm',
      ['Дональд Трамп выступил.', 'Слова Трампа процитировали. Трампу ответили.', 'С Трампом встретились.'],
      ['Дональд Трамп → Дональд Трамп', 'Трампа → Трамп', 'Трампом → Трамп', 'Трампу → Трамп'],
    ],
    [
      'a title\'s case guessed from context yields to the corpus',
      ['Джо Байден выступил в Сенате.', 'Об этом заявил Джо Байден.', 'Так считает советник Байдена.'],
      ['Джо Байден → Джо Байден', 'Байдена → Байден'],
    ],
    [
      'a family in the plural is read by the singular paradigm and named in the plural',
      ['Сергей Скрипаль был отравлен.', 'Отравление Сергея Скрипаля расследуют.', 'Дело Скрипалей расследуют.'],
      ['Сергей Скрипаль → Сергей Скрипаль', 'Сергея Скрипаля → Сергей Скрипаль', 'Скрипалей → Скрипали'],
    ],
    [
      'a plural surname after one first name names that person',
      ['Сергей Скрипаль был отравлен.', 'Сергей и Юлия Скрипали живы.'],
      ['Юлия Скрипали → Юлия Скрипаль'],
    ],
    [
      'the words between a nominative first name and surname stay as written',
      ['Об этом сообщил Мариано Гарсия Фресно.', 'Это подтвердил Реджеп Тайип Эрдоган.'],
      ['Мариано Гарсия Фресно → Мариано Гарсия Фресно', 'Реджеп Тайип Эрдоган → Реджеп Тайип Эрдоган'],
    ],
    [
      'initials stay as written, only the surname takes its base',
      ['Тереза Мэй выступила.', 'Об этом заявила Т.Мэй.', 'Владимир Путин приехал.', 'Это слова В.В. Путина.'],
      ['Т.Мэй → Т.Мэй', 'В.В. Путина → В.В. Путин'],
    ],
    [
      'an unknown first name takes the case of its surname',
      ['Решение министра обороны Гэвина Уильямсона обсуждают.', 'Уильямсон ответил критикам.'],
      ['Гэвина Уильямсона → Гэвин Уильямсон', 'Уильямсон → Уильямсон'],
    ],
  ];
  for (const [title, texts, expected] of rows) {
    it(title, () => {
      const { lemmas } = corpusPeople(texts);
      for (const row of expected) assert.ok(lemmas.includes(row), `${row} in ${lemmas.join('; ')}`);
    });
  }
  it('names a Ukrainian family by the singular the corpus spells (Скрипалів of Скрипаль: Скрипалі, not Скрипали)', () => {
    const named = ['Сергій Скрипаль був отруєний.', 'Отруєння Сергія Скрипаля розслідують.'].flatMap((t, n) => findNamedPeople(parseArticle(`${n}.txt`, t)));
    const family = { doc: '2.txt', start: 6, end: 15, text: 'Скрипалів', lemma: 'Скрипалів', surname: 'Скрипалів' };
    const out = reconcileNames(named, [family]);
    assert.equal(out[out.length - 1].lemma, 'Скрипалі');
  });
  it('keeps a family apart from its members', () => {
    const { entityOf } = corpusPeople(['Сергей Скрипаль был отравлен.', 'Отравление Сергея Скрипаля расследуют.', 'Дело Скрипалей расследуют. Скрипали живы.']);
    assert.deepEqual(entityOf.get('Скрипалей'), entityOf.get('Скрипали'));
    assert.notDeepEqual(entityOf.get('Скрипалей'), entityOf.get('Сергей Скрипаль'));
    assert.deepEqual(entityOf.get('Сергея Скрипаля'), entityOf.get('Сергей Скрипаль'));
  });
  it('links the misread first name to the one person', () => {
    const { entityOf } = corpusPeople(['Глава МИД Доминик Рааб прибыл в Брюссель.', 'Позиция Доминика Рааба не изменилась.']);
    assert.deepEqual(entityOf.get('Доминика Рааба'), entityOf.get('Доминик Рааб'));
  });
  it('joins a spelling that differs by a final vowel to the bigger person of the same first name', () => {
    const { entityOf } = corpusPeople([
      ...Array.from({ length: 3 }, () => 'Об этом сказал Мартин Лохер.'),
      'Это подтвердил Мартин Лохера.',
      ...Array.from({ length: 3 }, () => 'Об этом сказал Сергей Петров.'),
      'Это подтвердила Анна Петрова.',
    ]);
    assert.deepEqual(entityOf.get('Мартин Лохера'), entityOf.get('Мартин Лохер'));
    assert.notDeepEqual(entityOf.get('Анна Петрова'), entityOf.get('Сергей Петров'));
  });
  it('names a person by the fullest form the corpus gives, even with a first name no list knows', () => {
    const { names } = corpusPeople(['Об этом сообщила министр Эмбер Радд.', 'Радд заявила, что уходит. Радд не ответила.', 'Радд промолчала.']);
    assert.deepEqual(names, ['Эмбер Радд']);
  });
  it('drops a woman\'s name beside a man\'s oblique surname the corpus knows well', () => {
    const texts = [
      ...Array.from({ length: 6 }, () => 'Эммануэль Макрон выступил. Макрон заявил, что Макрону ответят.'),
      'Заявление Надежды Макрона прозвучало вечером.',
    ];
    const { lemmas } = corpusPeople(texts);
    assert.ok(lemmas.includes('Макрона → Макрон'), lemmas.join('; '));
    assert.ok(!lemmas.some((l) => l.startsWith('Надежды')), lemmas.join('; '));
  });
});

// The property: articles that do not contain a surname do not change its mentions' base forms or entities.
const GOLD = join(__dirname, '..', '..', '..', '..', 'shared', 'gold', 'bsnlp-train.json');

function pick<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  return out;
}

/** The stem key of a surname: its forms all start with it (Трамп, Трампа, Трампу). */
const stemKey = (surname: string): string => nameKey(surname).slice(0, Math.max(3, nameKey(surname).length - 2));
const mentionId = (m: Mention): string => `${m.doc}:${m.start}:${m.end}`;

describe('paradigms: results do not depend on unrelated articles', () => {
  const docs: { id: string; topic: string; text: string }[] = existsSync(GOLD) ? JSON.parse(readFileSync(GOLD, 'utf8')).docs : [];
  const articleOf = (d: { id: string; text: string }): Article => parseArticle(`${d.id}.txt`, d.text);

  it('holds on the bsnlp documents (the gold file is beside the repository)', () => {
    assert.ok(docs.length > 0, `${GOLD} is missing`);
  });

  for (const seed of [1, 2, 3, 4]) {
    it(`adding articles without a surname keeps its mentions (seed ${seed})`, () => {
      const next = seededRandom(seed);
      const topics = [...new Set(docs.map((d) => d.topic))].sort();
      const topic = topics[Math.floor(next() * topics.length)];
      const base = pick(docs.filter((d) => d.topic === topic), 25, next).map(articleOf);
      const before = buildIndex(base);
      // The surnames of the five biggest people of the small corpus.
      const people = [...before.entities.values()].filter((e) => e.type === 'PER').sort((a, b) => before.mentionsOf(b.id).length - before.mentionsOf(a.id).length).slice(0, 5);
      const stems = people.map((e) => stemKey(e.name.split(' ').pop()!));
      const unrelated = pick(docs.filter((d) => d.topic !== topic), 60, next)
        .map(articleOf)
        .filter((a) => !a.tokens.some((t) => t.kind === 'word' && stems.some((s) => nameKey(t.text).startsWith(s))));
      const after = buildIndex([...base, ...unrelated]);
      const afterOf = new Map<string, Mention>();
      for (const id of after.entities.keys()) for (const m of after.mentionsOf(id)) afterOf.set(mentionId(m), m);
      for (const person of people) {
        for (const m of before.mentionsOf(person.id)) {
          const later = afterOf.get(mentionId(m));
          assert.ok(later, `${m.text} (${m.doc}) still found`);
          assert.equal(later.lemma, m.lemma, `${m.text} (${m.doc})`);
          assert.equal(later.entity, m.entity, `${m.text} (${m.doc})`);
        }
      }
    });
  }
});

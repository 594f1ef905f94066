import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { findQuoteCandidates } from '../../src/core/quotes/candidates';
import { indexCorpus } from '../../src/core/pipeline';
import type { Article, Token } from '../../src/core/types';

/** Each quote of a one-article corpus as "speaker's name: quoted words". */
async function quotesIn(text: string): Promise<string[]> {
  const index = await indexCorpus(new MemoryFileSystem({ 'a.txt': text }));
  return index.quotes.map((q) => `${index.entities.get(q.speaker)?.name}: ${text.slice(q.start, q.end)}`);
}

describe('who said what: quotes and their speakers', () => {
  const cases: [string, string, string[]][] = [
    [
      'a direct quote, its speaker resolved through the title',
      'По словам спецпосланника президента США Стива Уиткоффа, прогресс есть. «Мы добились прогресса», — заявил спецпосланник президента США.',
      ['Стив Уиткофф: прогресс есть', 'Стив Уиткофф: Мы добились прогресса'],
    ],
    ['the speaker named after the verb', '«Переговоры будут продолжаться», — добавил Стив Уиткофф.', ['Стив Уиткофф: Переговоры будут продолжаться']],
    ['the speaker named before the verb', '«Переговоры будут продолжаться», — Стив Уиткофф добавил.', ['Стив Уиткофф: Переговоры будут продолжаться']],
    ['по словам', 'По словам Дональда Туска, Польша готова помочь.', ['Дональд Туск: Польша готова помочь']],
    ['за словами', 'За словами Дональда Туска, Польща готова допомогти.', ['Дональд Туск: Польща готова допомогти']],
    ['по словам at the sentence end', 'Польша готова помочь, по словам Дональда Туска.', ['Дональд Туск: Польша готова помочь']],
    ['как заявил', 'Как заявил Дональд Туск, Польша готова помочь.', ['Дональд Туск: Польша готова помочь']],
    ['reported speech in Ukrainian', 'Володимир Зеленський написав, що переговори тривають.', ['Володимир Зеленський: переговори тривають']],
    ['the speaker after the verb of reported speech', 'Об этом заявил Дональд Туск, что Польша готова помочь.', ['Дональд Туск: Польша готова помочь']],
    ['a colon after a name and a speech verb', 'Дональд Туск заявил: «Польша готова помочь».', ['Дональд Туск: Польша готова помочь']],
    ['a colon after a bare name', 'Дональд Туск: «Польша готова помочь».', ['Дональд Туск: Польша готова помочь']],
    [
      'the subject, not a name in another case, before the verb',
      'Владимир Зеленский после встречи с Эммануэлем Макроном заявил, что работа продолжится.',
      ['Владимир Зеленский: работа продолжится'],
    ],
    [
      'a pronoun resolved by the one subject of the sentence before',
      'Встречу провел премьер-министр Польши Дональд Туск. «Мы готовы помочь», — сказал он.',
      ['Дональд Туск: Мы готовы помочь'],
    ],
    [
      'a pronoun after a quote: its speaker, names inside the quote aside',
      '«Мы встретились с Эммануэлем Макроном», — сказал Стив Уиткофф. Затем он подчеркнул, что переговоры продолжатся.',
      ['Стив Уиткофф: Мы встретились с Эммануэлем Макроном', 'Стив Уиткофф: переговоры продолжатся'],
    ],
    ['a post, its writer named', '«Мы продолжили обсуждение», — говорится в посте Владимира Зеленского.', ['Владимир Зеленский: Мы продолжили обсуждение']],
    ['a statement, its writer named', '«Мы готовы», — говорится в заявлении Дональда Туска.', ['Дональд Туск: Мы готовы']],
    [
      'a post, its writer the subject before',
      'Об этом написал Владимир Зеленский. «Мы продолжили обсуждение», — говорится в посте.',
      ['Владимир Зеленский: Мы продолжили обсуждение'],
    ],
    ['по его словам', 'Встречу провел Дональд Туск. По его словам, Польша готова помочь.', ['Дональд Туск: Польша готова помочь']],
    [
      'the quote before the dash, not the clause of its own between the verb and что',
      '«Мы готовы», — написала Мария Захарова в Ранее стало известно, что Дональд Туск уехал.',
      ['Мария Захарова: Мы готовы'],
    ],
    [
      'an adverbial participle: the subject of the sentence',
      'Владимир Зеленский назвал декларацию «очень конкретной», подчеркнув, что она демонстрирует готовность коалиции.',
      ['Владимир Зеленский: она демонстрирует готовность коалиции'],
    ],
    ['a Ukrainian one', 'Дональд Туск закликав лідерів, зазначивши, що угода готова.', ['Дональд Туск: угода готова']],
    ['a verb opening a clause after the subject', 'Дональд Туск у четвер, 15 листопада, заявив, що угода готова.', ['Дональд Туск: угода готова']],
    ['выразил надежду, что', 'Дональд Туск выразил надежду, что переговоры завершатся.', ['Дональд Туск: переговоры завершатся']],
    ['a pronoun before a colon', 'Об этом рассказал Дональд Туск. Он писал: «Мы готовы помочь».', ['Дональд Туск: Мы готовы помочь']],
    ['a name with initials, its full stop no end of the speaker', 'Прем’єр Тереза Мей приїхала. Т.Мей наголосила, що угода готова.', ['Тереза Мей: угода готова']],
  ];
  for (const [what, text, expected] of cases) {
    it(what, async () => assert.deepEqual(await quotesIn(text), expected));
  }

  const skipped: [string, string][] = [
    ['a pronoun with two people before it', 'Дональд Туск и Эммануэль Макрон встретились в Париже. «Мы готовы», — сказал он.'],
    ['a pronoun with no one before it', '«Мы готовы», — сказал он.'],
    ['a statement with no one before it', 'Совет собрался в Брюсселе. «Мы готовы», — говорится в заявлении.'],
    ['a statement, unnamed, after a person', 'Министром стал Стивен Барклі. «Королева одобрила назначение», — говорится в сообщении.'],
    ['a title no one in the article holds', 'Встречу провел Дональд Туск. «Мы готовы», — заявил президент Франции.'],
    ['a title whose other words the role lacks', 'Его принял американский лидер Дональд Трамп. «Мы готовы», — рассказал украинский лидер.'],
    ['a name not in the nominative before the verb', 'После встречи с Эммануэлем Макроном заявили, что работа продолжится.'],
    ['a quoted name, not speech', 'Дональд Туск приехал на саммит «Коалиции желающих».'],
    ['a pronoun after a name in the dative', 'Листы вручили Терезе Мэй. По его словам, письма пришли.'],
  ];
  for (const [what, text] of skipped) {
    it(`none: ${what}`, async () => assert.deepEqual(await quotesIn(text), []));
  }

  it('every quote is a stretch of its article, end exclusive, in UTF-16 units', async () => {
    const text = 'Дональд Туск 😀 заявил: «Польша 😀 готова».';
    const [quote] = await quotesIn(text);
    assert.equal(quote, 'Дональд Туск: Польша 😀 готова');
  });
});

describe('quote finding is linear in the article size', () => {
  /** An article whose tokens count how often they are read. */
  function countingArticle(text: string): { article: Article; reads: () => number } {
    const article = parseArticle('a.txt', text);
    let reads = 0;
    const tokens = new Proxy(article.tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as Token;
      },
    });
    return { article: { ...article, tokens }, reads: () => reads };
  }

  /** Many cues that start a search and find nothing to end it: quotes, dashes, leads and verbs with no comma or close. */
  const adversarial = (n: number): string =>
    Array.from({ length: n }, (_, i) =>
      i % 4 === 0 ? '«а б» — заявил он' : i % 4 === 1 ? 'по словам Иванова Петрова Сидорова' : i % 4 === 2 ? 'заявил что заявил, что «' : 'Иванов: «а» сказал',
    ).join(' ');

  it('reads each token a bounded number of times, however many cues a paragraph holds', () => {
    const small = countingArticle(adversarial(500));
    const large = countingArticle(adversarial(4000));
    findQuoteCandidates(small.article);
    findQuoteCandidates(large.article);
    const perToken = (x: { article: Article; reads: () => number }): number => x.reads() / x.article.tokens.length;
    assert.ok(perToken(large) < perToken(small) * 1.5, `${perToken(small).toFixed(1)} reads per token at 500 cues, ${perToken(large).toFixed(1)} at 4000`);
    assert.ok(perToken(large) < 100, `${perToken(large).toFixed(1)} reads per token`);
  });
});

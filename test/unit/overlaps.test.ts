import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { resolveOverlaps } from '../../src/core/extract/overlaps';
import { findNamedPeople, type PersonMention } from '../../src/core/extract/people';
import { findPlacesOrgs } from '../../src/core/extract/placesOrgs';

/** "TYPE text" for every mention of one article after overlaps are settled, in text order. */
function settled(text: string): string[] {
  const article = parseArticle('a.txt', text);
  const { people, placesOrgs } = resolveOverlaps(findNamedPeople(article), findPlacesOrgs(article));
  return [...people.map((m) => ({ ...m, type: 'PER' })), ...placesOrgs].sort((a, b) => a.start - b.start).map((m) => `${m.type} ${m.text}`);
}

describe('overlaps between people and places or organizations', () => {
  const rows: [string, string[]][] = [
    // A first name alone yields to the place the gazetteer knows.
    ['Верю, в Питере никогда не было такого.', ['LOC Питере']],
    ['Вона народилася у Софії, а працює в Києві.', ['LOC Софії', 'LOC Києві']],
    // A person inside an organization named after them is part of its name.
    ['Иммунологи из Общества Макса Планка изучают вакцину.', ['ORG Общества Макса Планка']],
    // A full name still wins over a place word inside it.
    ['Об этом заявил Денис Шмыгаль в Киеве.', ['PER Денис Шмыгаль', 'LOC Киеве']],
    ['Об этом рассказала София Ротару журналистам.', ['PER София Ротару']],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(settled(text), expected));
});

describe('overlaps: a surname guessed from context alone yields to a place or organization of several words', () => {
  /** A bare surname the corpus-wide pass would read in the article, as it reads one. */
  const bare = (text: string, word: string): PersonMention => {
    const start = text.indexOf(word);
    return { doc: 'a.txt', start, end: start + word.length, text: word, lemma: word, surname: word };
  };
  const rows: [string, string, string[]][] = [
    ['Власником є фірма «Zilington Limited» відтоді.', 'Limited', ['ORG Zilington Limited']],
    ['Кошти отримало ТОВ «Індустріал Груп» торік.', 'Груп', ['ORG ТОВ «Індустріал Груп»']],
    // The corpus knows Чорний and Андріївський as surnames; the bare-surname pass reads them in every article.
    ['Ділянка за 150 метрів від Чорного моря.', 'Чорного', ['LOC Чорного моря']],
    ['Хто піде зі мною на Андріївський узвіз ?', 'Андріївський', ['LOC Андріївський узвіз']],
    ['Після зустрічі Чорного в Києві.', 'Чорного', ['PER Чорного', 'LOC Києві']],
    // With no organization around it, the surname stays.
    ['Об этом сказал Иванов вчера.', 'Иванов', ['PER Иванов']],
  ];
  for (const [text, word, expected] of rows) {
    it(text, () => {
      const article = parseArticle('a.txt', text);
      const { people, placesOrgs } = resolveOverlaps([bare(text, word)], findPlacesOrgs(article));
      const got = [...people.map((m) => ({ ...m, type: 'PER' })), ...placesOrgs].sort((a, b) => a.start - b.start).map((m) => `${m.type} ${m.text}`);
      assert.deepEqual(got, expected);
    });
  }
});

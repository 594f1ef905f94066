// Names no list knows, decided from one article's evidence (extract/articleNames), and the cues they rest on
// (extract/personEvidence).
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findBareSurnames, findNamedPeople } from '../../src/core/extract/people';
import { nameStem } from '../../src/core/extract/articleNames';
import { pastTenseGender, personCues } from '../../src/core/extract/personEvidence';
import { linkPeople } from '../../src/core/link/people';
import { surnameLexicon } from '../../src/core/link/reconcileNames';
import { nameKey } from '../../src/core/names/nameKey';

/** Bare mentions of one article as "surface → lemma". */
function bare(text: string): string[] {
  const article = parseArticle('a.txt', text);
  const named = findNamedPeople(article);
  return findBareSurnames(article, surnameLexicon(named), named).map((m) => `${m.text} → ${m.lemma}`);
}

describe('person cues', () => {
  const genders: [string, 'm' | 'f' | undefined][] = [
    ['сказала', 'f'],
    ['пішов', 'm'],
    ['погоджувався', 'm'],
    ['сказал', 'm'],
    ['пішли', undefined],
    ['село', undefined],
  ];
  for (const [word, gender] of genders) it(`${word}: ${gender}`, () => assert.equal(pastTenseGender(word), gender));
  const cues: [string, string, string[]][] = [
    ['Дора уважно подивилася на нього.', 'Дора', ['subject']],
    ['Дора уважно подивився на нього.', 'Дора', []], // the verb's gender disagrees with a woman's name
    ['— Іди сюди, — сказала Дора.', 'Дора', ['speaker']],
    ['— Доро, іди сюди!', 'Доро', ['vocative']],
    ['Прийшла пані Смолька.', 'Смолька', ['addressed']],
    ['Кажан ніби продовжує пісню.', 'Кажан', ['subject']], // a story told in the present tense
  ];
  for (const [text, word, expected] of cues) {
    it(`${text} (${word})`, () => {
      const article = parseArticle('a.txt', text);
      assert.deepEqual(personCues(article, article.tokens.findIndex((t) => t.text === word), 'f'), expected);
    });
  }
  it('one name\'s forms share a stem', () => {
    assert.deepEqual(['Дора', 'Дору', 'Дорі', 'Доро'].map(nameStem), ['дор', 'дор', 'дор', 'дор']);
    assert.deepEqual(['Амфібрахій', 'Амфібрахію', 'Амфібрахія'].map(nameStem), ['амфібрах', 'амфібрах', 'амфібрах']);
  });
});

describe('names no list knows, by the article\'s evidence', () => {
  const rows: [string, string[]][] = [
    // Two cued occurrences, one inside a sentence: every form of the name in the article is a person.
    ['Дора ступила через поріг. За вішаком Дора побачила двері. Він покликав Дору.', ['Дора → Дора', 'Дора → Дора', 'Дору → Дора']],
    ['Адамек зовсім ослабнув. Усю ніч лежав бідний Адамек під кущем, а потім Адамек пішов.', ['Адамек → Адамек', 'Адамек → Адамек', 'Адамек → Адамек']],
    // A form shaped like an adjective is a name when another of its forms is not (Амфібрахію), with two cues.
    ['Амфібрахій шукав підробіток. Тож Амфібрахій шукав ліпник. Люди дали Амфібрахію грошей.', ['Амфібрахій → Амфібрахій', 'Амфібрахій → Амфібрахій', 'Амфібрахію → Амфібрахій']],
    ['Новий прийшов. Тоді Новий пішов.', []],
    // A word only ever shaped like an adjective needs a third cue: an adjectival surname.
    ['Каньовський скочив на коня. Усі знали, що Каньовський любить бенкети. Тоді Каньовський засміявся.', ['Каньовський → Каньовський', 'Каньовський → Каньовський', 'Каньовський → Каньовський']],
    // One cue decides nothing.
    ['Дора ступила через поріг. Потім вона пішла до Дори.', []],
    // Capitalized only where sentences open: no evidence it is a name.
    ['Смерть прийшла. Смерть пішла. Все минуло.', []],
    // A word the gazetteer knows as a place is none.
    ['Вчора Київ заявив про це. Потім Київ відповів.', []],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(bare(text), expected));

  it('links within its own article, never to a person the corpus names in full', () => {
    const mk = (doc: string, text: string) => {
      const article = parseArticle(doc, text);
      const named = findNamedPeople(article);
      return [...named, ...findBareSurnames(article, surnameLexicon(named), named)];
    };
    const mentions = [...mk('a.txt', 'Дора ступила через поріг. За вішаком Дора побачила двері.'), ...mk('b.txt', 'Про це сказала Марія Дора. Це відомо.')];
    const linked = linkPeople(mentions, () => 'uk');
    const ids = new Map(linked.mentions.map((m) => [`${m.doc}:${m.text}`, m.entity]));
    assert.notEqual(ids.get('a.txt:Дора'), ids.get('b.txt:Марія Дора'));
  });
});

describe('not names: agencies, institutions, places', () => {
  const rows: [string, string[]][] = [
    // State agencies' compounds: Укрзалізниця, Держгеокадастр.
    // An institution's noun capitalized as its name.
    ['Церква заявила про це. Потім Церква відповіла. Вчора Церква мовчала.', []],
    // A Ukrainian locative after у: a place, not a person (Львові is no form of Лев here).
    ['Він живе у Львові. Учора у Львові пройшов мітинг.', []],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(bare(text).concat(named(text)).sort(), expected.sort()));
});

describe('not names: state agencies, even where the corpus lists the word as a surname', () => {
  it('Держгеокадастру, Укрзалізниці', () => {
    const lexicon = new Map(['Держгеокадастр', 'Укрзалізниця'].map((w) => [nameKey(w), [w]]));
    const article = parseArticle('a.txt', 'Його призначили заступником керівника Держгеокадастру. Голова Укрзалізниці заявив.');
    assert.deepEqual(findBareSurnames(article, lexicon, []), []);
  });
});

function named(text: string): string[] {
  return findNamedPeople(parseArticle('a.txt', text)).map((m) => `${m.text} → ${m.lemma}`);
}

describe('bare surnames: Ukrainian -ко surnames decline', () => {
  it('Дудка, Дудкові are forms of the Дудко the corpus knows', () => {
    const lexicon = new Map([[nameKey('Дудко'), ['Дудко']]]);
    const article = parseArticle('a.txt', 'Композиції Дудка звучали. Дудкові таку музику грати легко.');
    assert.deepEqual(findBareSurnames(article, lexicon, []).map((m) => `${m.text} → ${m.lemma}`), ['Дудка → Дудко', 'Дудкові → Дудко']);
  });
});

describe('bare surnames: not an adjective before its noun, nor a place after на', () => {
  const lexicon = new Map(['Чорний', 'Майдан', 'Гагарин'].map((w) => [nameKey(w), [w]]));
  const rows: [string, string[]][] = [
    ['На акваторії Чорного моря шторм. Люди були на Майдані вчора.', []],
    // A surname's own forms stay: before a verb, and the instrumental of a Russian surname.
    ['Про це заявив Чорний вчора. Встреча с Гагариным прошла.', ['Чорний', 'Гагариным']],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(findBareSurnames(parseArticle('a.txt', text), lexicon, []).map((m) => m.text), expected));
});

// Person mentions side by side with only spaces between them join into one name (an unknown first name
// found as a surname of its own), unless the first word is a surname the corpus names with a first name.
import * as assert from 'node:assert/strict';
import type { PersonMention } from '../../src/core/extract/people';
import { joinAdjacentNames } from '../../src/core/link/adjacentNames';

/** Mentions of `text` given as [surface, lemma, first-name lemma?] in order of appearance. */
function mentionsOf(text: string, specs: [string, string, string?][]): PersonMention[] {
  let from = 0;
  return specs.map(([surface, lemma, first]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { doc: 'a.txt', start, end: from, text: surface, lemma, surname: first ? '' : lemma, ...(first ? { first: { lemma: first, group: 1 } } : {}) };
  });
}

describe('adjacent names: two mentions with only spaces between are one name', () => {
  const rows: [string, [string, string, string?][], string[]][] = [
    ['Суд оправдал Асию Биби.', [['Асию', 'Асия'], ['Биби', 'Биби']], ['Асию Биби → Асия Биби']],
    ['Адвокат Асии  Биби заявил.', [['Асии', 'Асия'], ['Биби', 'Биби']], ['Асии  Биби → Асия Биби']],
    // A known first name alone keeps its reading and gives the whole its first name.
    ['Пришёл Ашик Масих.', [['Ашик', 'Ашик', 'Ашик'], ['Масих', 'Масих']], ['Ашик Масих → Ашик Масих']],
    // Punctuation or a line break between them: two people.
    ['Пришли Мэй, Джонсон.', [['Мэй', 'Мэй'], ['Джонсон', 'Джонсон']], ['Мэй → Мэй', 'Джонсон → Джонсон']],
    ['Пришли Мэй\nДжонсон.', [['Мэй', 'Мэй'], ['Джонсон', 'Джонсон']], ['Мэй → Мэй', 'Джонсон → Джонсон']],
  ];
  for (const [text, specs, expected] of rows) {
    it(JSON.stringify(text), () => {
      const out = joinAdjacentNames(mentionsOf(text, specs), () => text);
      assert.deepEqual(out.map((m) => `${m.text} → ${m.lemma}`), expected);
    });
  }
  it('keeps apart a surname the corpus names with a first name (Мэй Джонсон: two people)', () => {
    const text = 'Тереза Мэй ушла. Встретились Мэй Джонсон.';
    const [named, mei, johnson] = mentionsOf(text, [['Тереза Мэй', 'Тереза Мэй'], ['Мэй', 'Мэй'], ['Джонсон', 'Джонсон']]);
    const out = joinAdjacentNames([{ ...named, surname: 'Мэй', first: { lemma: 'Тереза', group: 2 } }, mei, johnson], () => text);
    assert.deepEqual(out.map((m) => m.text), ['Тереза Мэй', 'Мэй', 'Джонсон']);
  });
  it('points a restatement of either half at the joined mention', () => {
    const text = 'Суд оправдал Асию Биби (Asia Bibi).';
    const [head, tail] = mentionsOf(text, [['Асию', 'Асия'], ['Биби', 'Биби']]);
    const latin: PersonMention = { doc: 'a.txt', start: text.indexOf('Asia Bibi'), end: text.indexOf('Asia Bibi') + 9, text: 'Asia Bibi', lemma: 'Asia Bibi', surname: 'Bibi', alias: tail };
    const out = joinAdjacentNames([head, tail, latin], () => text);
    assert.equal(out.length, 2);
    assert.equal(out[1].alias, out[0]);
  });
});

// A guessed first name that the corpus uses more as a place is that place: the vote is corpus-wide.
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { buildIndex } from '../../src/core/pipeline';

/** "text → lemma" of every person mention in the corpus, in article order. */
function people(texts: string[]): string[] {
  const index = buildIndex(texts.map((text, n) => parseArticle(`${n}.txt`, text)));
  return texts.flatMap((_, n) => index.mentionsIn(`${n}.txt`).filter((m) => m.type === 'PER').map((m) => `${m.text} → ${m.lemma}`));
}

describe('link: a guessed first name the corpus uses as a place', () => {
  const lahore = 'Биби подала апелляцию. В тюрьме Лахора Биби держали. Биби ушла.';
  const rows: [string, string[], string[]][] = [
    ['used more as a place: the place, and the person keeps the surname', [lahore, 'Суд в Лахоре вынес решение. Жители Лахора вышли.'], ['Биби → Биби', 'Биби → Биби', 'Биби → Биби']],
    ['the article alone: a name', [lahore], ['Биби → Биби', 'Лахора Биби → Лахора Биби', 'Биби → Биби']],
    ['used more as a name: a name', ['Суд оправдал Азию Биби. Азия Биби вышла на свободу.', 'Он уехал в Азию.'], ['Азию Биби → Азия Биби', 'Азия Биби → Азия Биби']],
  ];
  for (const [why, texts, expected] of rows) it(why, () => assert.deepEqual(people(texts), expected));
});

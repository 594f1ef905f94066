// Who said what, measured: the quotes found in the sample articles against the hand annotations of
// test/fixtures/seedQuotes.json. A found quote is right when a gold quote of the same article and speaker
// overlaps it (each gold quote counted once); "exact" when the spans are the same too. The figures are printed;
// the floors are the values measured when the finder was written, so a change that loses quotes fails here.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { Quote } from '../../src/core/types';
import { sampleIndex } from './samples';

interface GoldQuote {
  doc: string;
  speaker: string;
  start: number;
  end: number;
  text: string;
}

interface SeedQuotes {
  speakers: Record<string, string[]>;
  quotes: GoldQuote[];
}

const GOLD = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seedQuotes.json'), 'utf8')) as SeedQuotes;

/** Measured on the samples: 22 found, all right, each with the exact span; 22 of the 27 gold quotes. */
const FLOOR = { precision: 1, recall: 0.81 };

/** The gold speaker id of each index entity that bears one of the gold speakers' names. */
function goldIdsOf(index: CorpusIndex): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [gold, names] of Object.entries(GOLD.speakers)) {
    for (const entity of index.entities.values()) if ([entity.name, ...entity.aliases].some((n) => names.includes(n))) ids.set(entity.id, gold);
  }
  return ids;
}

interface Score {
  found: number;
  right: number;
  exact: number;
  gold: number;
  missed: GoldQuote[];
  wrong: Quote[];
}

function score(index: CorpusIndex): Score {
  const goldId = goldIdsOf(index);
  const unmatched = new Set(GOLD.quotes);
  const result: Score = { found: index.quotes.length, right: 0, exact: 0, gold: GOLD.quotes.length, missed: [], wrong: [] };
  for (const q of index.quotes) {
    const match = [...unmatched].find((g) => g.doc === q.doc && g.speaker === goldId.get(q.speaker) && g.start < q.end && q.start < g.end);
    if (!match) {
      result.wrong.push(q);
      continue;
    }
    unmatched.delete(match);
    result.right++;
    if (match.start === q.start && match.end === q.end) result.exact++;
  }
  result.missed = [...unmatched];
  return result;
}

describe('who said what on the sample articles, against the hand annotations', () => {
  it('the annotations are spans of the sample texts', async () => {
    const index = await sampleIndex();
    for (const g of GOLD.quotes) assert.equal(index.articles.get(g.doc)?.text.slice(g.start, g.end), g.text, `${g.doc} ${g.start}`);
    assert.equal(goldIdsOf(index).size, Object.keys(GOLD.speakers).length, 'every gold speaker is an entity of the index');
  });

  it(`precision at least ${FLOOR.precision}, recall at least ${FLOOR.recall}`, async () => {
    const index = await sampleIndex();
    const s = score(index);
    const precision = s.right / s.found;
    const recall = s.right / s.gold;
    const text = (q: { doc: string; start: number; end: number }): string => index.articles.get(q.doc)?.text.slice(q.start, q.end).slice(0, 60) ?? '';
    console.log(
      `      quotes on the samples: precision ${(100 * precision).toFixed(1)}% (${s.right}/${s.found}), recall ${(100 * recall).toFixed(1)}% (${s.right}/${s.gold}), exact spans ${s.exact}/${s.right}`,
    );
    for (const g of s.missed) console.log(`        missed ${g.speaker}: ${text(g)}`);
    for (const q of s.wrong) console.log(`        wrong ${index.entities.get(q.speaker)?.name}: ${text(q)}`);
    assert.ok(precision >= FLOOR.precision, `precision ${precision}`);
    assert.ok(recall >= FLOOR.recall, `recall ${recall}`);
  });

  it('each quoted person: quotesOf newest first, quoteCountOf and quotedPeople agree with it', async () => {
    const index = await sampleIndex();
    const people = index.quotedPeople();
    assert.ok(people.length > 0);
    for (const { entity, quotes } of people) {
      const of = index.quotesOf(entity.id);
      assert.equal(index.quoteCountOf(entity.id), of.length, entity.name);
      assert.equal(quotes, of.length, entity.name);
      const dates = of.map((q) => index.articles.get(q.doc)?.date ?? '');
      assert.deepEqual(dates, [...dates].sort().reverse(), `${entity.name}: newest first`);
    }
    assert.equal(index.quoteCountOf('per:no-such-person'), 0);
  });
});

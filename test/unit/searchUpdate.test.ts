// The search index kept up to date by `update` finds what a search index built afresh finds, re-indexing only the
// articles that changed; built from a snapshot (as the indexing worker does) it finds what the host's did.
import * as assert from 'node:assert/strict';
import { IndexEngine } from '../../src/core/engine/indexEngine';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { SearchIndex, searchSourceOf } from '../../src/core/search/searchIndex';
import { seededRandom } from '../../src/core/util/seededRandom';
import { edited, SAMPLE_FILES } from './engineFixtures';

/** Words and names of the samples, one word and several, and a phrase in quotes. */
const QUERIES = ['Уиткофф', 'переговоры', 'Макрон', 'Париж', 'гарантии безопасности', 'Буданов', 'Віткофф', '"коалиции желающих"', 'Стармер Мерц', 'в'];

const everything = (search: SearchIndex): unknown => QUERIES.map((q) => search.find(q, { limit: 10_000 }));


describe('search index updates', function () {
  this.timeout(60_000);

  it('built from a snapshot, finds what the host-built index of the same snapshot finds', () => {
    const engine = new IndexEngine();
    for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
    const snapshot = engine.build();
    assert.deepEqual(everything(new SearchIndex(searchSourceOf(snapshot))), everything(new SearchIndex(new CorpusIndex(snapshot))));
  });

  for (const seed of [1, 2]) {
    it(`seed ${seed}: after each of 10 random edits, adds and deletes, finds what a fresh index finds, re-indexing only what changed`, () => {
      const random = seededRandom(seed);
      const paths = [...SAMPLE_FILES.map(([path]) => path), 'extra-1.txt', 'extra-2.txt'];
      const files = new Map(SAMPLE_FILES);
      const engine = new IndexEngine();
      for (const [path, text] of files) engine.setArticle(path, { text });
      const kept = new SearchIndex(searchSourceOf(engine.build()));
      for (let step = 0; step < 10; step++) {
        const path = paths[Math.floor(random() * paths.length)];
        if (random() < 0.7) {
          const text = edited(random, files.get(path) ?? SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)][1]);
          files.set(path, text);
          engine.setArticle(path, { text });
        } else {
          files.delete(path);
          engine.delete(path);
        }
        const snapshot = engine.build();
        kept.update(searchSourceOf(snapshot));
        const fresh = new SearchIndex(searchSourceOf(snapshot));
        assert.equal(kept.documents, files.size);
        assert.deepEqual(everything(kept), everything(fresh), `seed ${seed}, step ${step}`);
      }
    });
  }

  it('re-indexes no article when nothing changed, and only the edited one after an edit that names nobody', () => {
    const engine = new IndexEngine();
    for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
    const search = new SearchIndex(searchSourceOf(engine.build()));
    assert.equal(search.update(searchSourceOf(engine.build())), 0);
    const [path, text] = SAMPLE_FILES[0];
    engine.setArticle(path, { text: `${text}\n\nПогода была хорошей.\n` });
    assert.equal(search.update(searchSourceOf(engine.build())), 1);
    assert.equal(search.find('погода').total >= 1, true);
  });

  it('rebuilds its postings once removed articles outnumber the rest, and still finds the same', () => {
    const engine = new IndexEngine();
    for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
    const search = new SearchIndex(searchSourceOf(engine.build()));
    for (const [path] of SAMPLE_FILES.slice(1)) engine.delete(path);
    search.update(searchSourceOf(engine.build()));
    // The next update finds more dead pairs than live ones and starts over: every article is indexed again.
    assert.equal(search.update(searchSourceOf(engine.build())), 1);
    assert.deepEqual(everything(search), everything(new SearchIndex(searchSourceOf(engine.build()))));
  });
});

// CorpusModel.buildData reuses per-article results from build to build (src/core/incremental/). What it builds
// after any sequence of edits, deletes and corpus.yaml changes is what a model built from scratch on the same files
// builds (the incremental-equals-full property); each kept result is re-computed when an input it read changed
// (one test per dependency); and a one-article edit re-runs the per-article stages for that article, not all.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArticle } from '../../src/core/article';
import { type Corrections, emptyCorrections, parseCorrections } from '../../src/core/corrections';
import type { IndexData } from '../../src/core/index/corpusIndex';
import type { StageRuns } from '../../src/core/incremental/articleStages';
import { changedLookups, LookupRecorder, readAny } from '../../src/core/incremental/lookupReads';
import { CorpusModel } from '../../src/core/pipeline';
import { seededRandom } from '../../src/core/util/seededRandom';
import { edited, SAMPLE_FILES } from './engineFixtures';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const correctionsOf = (yaml: string | undefined): Corrections => (yaml === undefined ? emptyCorrections() : parseCorrections(yaml, []));

/** A model from scratch: the full build every incremental one must equal. */
function fullBuild(files: ReadonlyMap<string, string>, corrections: string | undefined): IndexData {
  return new CorpusModel([...files].map(([path, text]) => parseArticle(path, text))).buildData([], correctionsOf(corrections));
}

/** A model built once from `files`, then changed and built again by the test. */
function builtModel(files: ReadonlyMap<string, string>): CorpusModel {
  const model = new CorpusModel([...files].map(([path, text]) => parseArticle(path, text)));
  model.buildData();
  return model;
}

/** How many times each stage ran during `change`. */
function runsDuring(model: CorpusModel, change: () => void): StageRuns {
  const before = model.stages.runs;
  change();
  const after = model.stages.runs;
  return Object.fromEntries(Object.entries(after).map(([stage, runs]) => [stage, runs - before[stage as keyof StageRuns]])) as unknown as StageRuns;
}

function setText(model: CorpusModel, files: Map<string, string>, path: string, text: string): void {
  files.set(path, text);
  model.set(parseArticle(path, text));
}

describe('incremental build', function () {
  this.timeout(60_000);
  describe('equals a full build', () => {
    /** Edits a live session could make: paragraphs dropped or moved in from another article, a header added or removed. */
    function editedWithDates(random: () => number, text: string): string {
      const body = edited(random, text).replace(/^ date \S+ /, '');
      const roll = random();
      // A header moves the corpus's median date (and with it every undated article's year and inferred date).
      if (roll < 0.3) return ` date 2026-01-0${1 + Math.floor(random() * 9)} ${body}`;
      if (roll < 0.5) return `Сегодня Уиткофф встретился с Кушнером в Париже.\n\n${body}`;
      return body;
    }
    const PATHS = [...SAMPLE_FILES.map(([path]) => path), 'extra-1.txt', 'extra-2.txt', 'sub/extra-3.txt'];
    const CORRECTIONS = [
      undefined,
      'rename:\n  Стив Уиткофф: Стивен Уиткофф\n',
      'merge:\n  - [Стив Уиткофф, Джаред Кушнер]\nignore: [Париж]\n',
      'aliases:\n  Эммануэль Макрон: [Макрончик]\nroles:\n  Кир Стармер: [премьер]\n',
      'ignore: [Владимир Зеленский, Франция]\n',
    ];

    for (const seed of [1, 2, 3, 4]) {
      it(`seed ${seed}: after each of 15 random edits, deletes and corrections, the build is a full build's`, () => {
        const random = seededRandom(seed);
        const files = new Map(SAMPLE_FILES);
        const model = builtModel(files);
        let corrections: string | undefined;
        let quoted = 0;
        for (let step = 0; step < 15; step++) {
          for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
            const roll = random();
            const path = PATHS[Math.floor(random() * PATHS.length)];
            if (roll < 0.6) setText(model, files, path, editedWithDates(random, files.get(path) ?? SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)][1]));
            else if (roll < 0.8) {
              files.delete(path);
              model.delete(path);
            } else corrections = CORRECTIONS[Math.floor(random() * CORRECTIONS.length)];
          }
          const full = fullBuild(files, corrections);
          assert.deepEqual(plain(model.buildData([], correctionsOf(corrections))), plain(full), `seed ${seed}, step ${step}`);
          quoted += full.quotes.length;
        }
        assert.ok(quoted > 0, 'the builds compared have quotes');
      });
    }

    it('on 60 real news articles: after each of 12 random rounds of edits, deletes and adds, the build is a full build\'s', () => {
      const gold = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'gold', 'bsnlp-train.json'), 'utf8')) as { docs: { text: string }[] };
      const texts = gold.docs.map((d) => d.text);
      // Sentences moved between articles: names meet other names, surnames lose or gain their full names elsewhere.
      const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/);
      for (const seed of [5, 6]) {
        const random = seededRandom(seed);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
        const files = new Map(texts.slice(0, 60).map((text, n) => [`news-${n}.txt`, text]));
        const model = builtModel(files);
        for (let round = 0; round < 12; round++) {
          for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
            const roll = random();
            const path = `news-${Math.floor(random() * 70)}.txt`;
            if (roll < 0.2) {
              files.delete(path);
              model.delete(path);
            } else {
              const sentences = sentencesOf(files.get(path) ?? pick(texts)).filter(() => random() < 0.85);
              sentences.splice(Math.floor(random() * (sentences.length + 1)), 0, pick(sentencesOf(pick(texts))));
              setText(model, files, path, sentences.join(' '));
            }
          }
          assert.deepEqual(plain(model.buildData()), plain(fullBuild(files, undefined)), `seed ${seed}, round ${round}`);
        }
      }
    });

    it("an unchanged article's mention takes the base form another article's evidence gives it, and loses it with that article", () => {
      const files = new Map([['a.txt', 'Позиция Доминика Рааба не изменилась.']]);
      const model = builtModel(files);
      const lemmaIn = (data: IndexData): string | undefined => data.mentions.find((m) => m.doc === 'a.txt' && m.type === 'PER')?.lemma;
      const alone = lemmaIn(model.buildData());
      for (let round = 0; round < 2; round++) {
        setText(model, files, 'b.txt', 'Глава МИД Доминик Рааб прибыл в Брюссель.');
        const known = model.buildData();
        assert.equal(lemmaIn(known), 'Доминик Рааб');
        assert.deepEqual(plain(known), plain(fullBuild(files, undefined)));
        files.delete('b.txt');
        model.delete('b.txt');
        const gone = model.buildData();
        assert.equal(lemmaIn(gone), alone);
        assert.deepEqual(plain(gone), plain(fullBuild(files, undefined)));
      }
      assert.notEqual(alone, 'Доминик Рааб');
    });

    it('builds the same twice in a row, and after a correction is taken back', () => {
      const files = new Map(SAMPLE_FILES);
      const model = builtModel(files);
      const yaml = 'rename:\n  Стив Уиткофф: Стивен Уиткофф\n';
      assert.deepEqual(plain(model.buildData([], correctionsOf(yaml))), plain(fullBuild(files, yaml)));
      assert.deepEqual(plain(model.buildData()), plain(fullBuild(files, undefined)));
      assert.deepEqual(plain(model.buildData()), plain(fullBuild(files, undefined)));
    });

    it('hands over articles without their tokens', () => {
      assert.ok(builtModel(new Map(SAMPLE_FILES)).buildData().articles.every((a) => !('tokens' in a)));
    });

    it('keeps no article\'s tokens once built (they are made again for a stage that must re-run)', async () => {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as () => void;
      const model = new CorpusModel();
      const tokens = SAMPLE_FILES.map(([path, text]) => {
        const article = parseArticle(path, text);
        model.set(article);
        return new WeakRef(article.tokens);
      });
      model.buildData();
      // A WeakRef holds its target until the task that made it ends.
      for (let round = 0; round < 2; round++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        gc();
      }
      // text/fold.ts keeps the last article's folded tokens, one article's at most.
      assert.ok(tokens.filter((ref) => ref.deref() !== undefined).length <= 1);
      assert.ok(model.paths.length === SAMPLE_FILES.length);
    });
  });

  describe('re-runs a stage for an article when an input it read changed', () => {
    it('bare surnames: when another article makes a surname known or unknown, and not when an unrelated one changes', () => {
      const files = new Map([
        ['a.txt', 'Стив Уиткофф прилетел в Париж на переговоры.'],
        ['b.txt', 'Уиткофф заявил журналистам, что переговоры продолжатся.'],
        ['c.txt', 'В Лондоне прошел дождь.'],
      ]);
      const model = builtModel(files);
      const bareIn = (data: IndexData, doc: string): string[] => data.mentions.filter((m) => m.doc === doc && m.type === 'PER').map((m) => m.text);
      assert.deepEqual(bareIn(model.buildData(), 'b.txt'), ['Уиткофф']);

      assert.equal(runsDuring(model, () => (setText(model, files, 'c.txt', 'В Лондоне прошел сильный дождь.'), model.buildData())).bareSurnames, 1);
      let data: IndexData | undefined;
      const runs = runsDuring(model, () => {
        files.delete('a.txt');
        model.delete('a.txt');
        data = model.buildData();
      });
      assert.equal(runs.bareSurnames, 1, 'b.txt looked the surname up; c.txt did not');
      assert.deepEqual(bareIn(data!, 'b.txt'), []);
      assert.deepEqual(plain(data), plain(fullBuild(files, undefined)));
      runsDuring(model, () => setText(model, files, 'a.txt', 'Стив Уиткофф прилетел в Париж на переговоры.'));
      assert.deepEqual(bareIn(model.buildData(), 'b.txt'), ['Уиткофф']);
    });

    it("date inference: an undated article matched to another's clause follows it; one dated by its own text does not re-run", () => {
      const files = new Map([
        ['dated.txt', ' date 2026-01-06 Встреча в Париже\n6 января в Париже прошла встреча коалиции желающих по гарантиям безопасности для Украины.'],
        ['matched.txt', 'Сегодня в Париже прошла встреча коалиции желающих по гарантиям безопасности для Украины.'],
        ['own.txt', 'Министр сообщил, что 3 января делегации провели переговоры.'],
      ]);
      const model = builtModel(files);
      const dateOf = (data: IndexData, path: string): string | undefined => data.articles.find((a) => a.path === path)?.date;
      assert.equal(dateOf(model.buildData(), 'matched.txt'), '2026-01-06');
      let data: IndexData | undefined;
      const runs = runsDuring(model, () => {
        setText(model, files, 'dated.txt', ' date 2026-01-06 Встреча в Париже\n5 января в Париже прошла встреча коалиции желающих по гарантиям безопасности для Украины.');
        data = model.buildData();
      });
      assert.equal(dateOf(data!, 'matched.txt'), '2026-01-05');
      assert.equal(runs.dateMatches, 1, 'own.txt read no other article');
      assert.equal(runs.dateInference, 0, 'matched.txt is matched again from what was read of it before, without its tokens');
      assert.equal(runs.dateClauses, 1);
      assert.deepEqual(plain(data), plain(fullBuild(files, undefined)));
    });

    it('dates: a new median header date re-resolves the undated articles that took a year from it, and no other', () => {
      const files = new Map([
        ['a.txt', ' date 2025-06-30 Итоги\n7 января начнутся переговоры.'],
        ['b.txt', '7 января начнутся переговоры в Париже.'],
        ['c.txt', 'В Лондоне прошел дождь.'],
        ['d.txt', ' date 2025-12-29 Планы\n8 января начнутся переговоры в Берлине.'],
        ['e.txt', 'Переговоры прошли 5 января 2026 года в Риме.'],
      ]);
      const model = builtModel(files);
      const before = model.buildData();
      let data: IndexData | undefined;
      const runs = runsDuring(model, () => {
        setText(model, files, 'a.txt', ' date 2026-01-02 Итоги\n7 января начнутся переговоры.');
        data = model.buildData();
      });
      const dateOfB = (built: IndexData): string | undefined => built.mentions.find((m) => m.doc === 'b.txt' && m.type === 'DATE')?.value;
      assert.equal(dateOfB(before), '2025-01-07', 'the year nearest the median 2025-06-30');
      assert.equal(dateOfB(data!), '2026-01-07', 'the year nearest the median 2025-12-29');
      // a.txt changed and b.txt read the median; c.txt has no date, d.txt its own year, e.txt a full date.
      assert.equal(runs.dateClauses, 2);
      assert.equal(runs.dateInference, 1, 'b.txt');
      assert.ok(runs.dateMentions <= 2);
      assert.deepEqual(plain(data), plain(fullBuild(files, undefined)));
    });

    it('dates: a median header date read by nobody changes no date result but the edited article\'s', () => {
      const files = new Map([
        ['a.txt', ' date 2025-06-30 Итоги\nВ Лондоне прошел дождь.'],
        ['b.txt', ' date 2025-12-29 Планы\n8 января начнутся переговоры в Берлине.'],
        ['c.txt', 'Переговоры прошли 5 января 2026 года в Риме.'],
      ]);
      const model = builtModel(files);
      let data: IndexData | undefined;
      const runs = runsDuring(model, () => {
        setText(model, files, 'a.txt', ' date 2026-01-04 Итоги\nВ Лондоне прошел дождь.');
        data = model.buildData();
      });
      assert.equal(runs.dateClauses, 1);
      assert.equal(runs.dateInference, 0);
      assert.deepEqual(plain(data), plain(fullBuild(files, undefined)));
    });

    it('roles: re-run where the person mentions moved; a correction only re-binds them to the corrected entities', () => {
      const files = new Map(SAMPLE_FILES);
      const model = builtModel(files);
      const [path, text] = SAMPLE_FILES[0];
      const moved = runsDuring(model, () => (setText(model, files, path, `Погода.\n\n${text}`), model.buildData()));
      assert.equal(moved.roles, 1);
      const yaml = 'rename:\n  Стив Уиткофф: Стивен Уиткофф\n';
      let data: IndexData | undefined;
      const corrected = runsDuring(model, () => (data = model.buildData([], correctionsOf(yaml))));
      assert.equal(corrected.roles, 0);
      const witkoff = data!.entities.find((e) => e.name === 'Стивен Уиткофф');
      assert.ok(witkoff && witkoff.roles.length > 0, 'the renamed entity keeps its roles');
      assert.deepEqual(plain(data), plain(fullBuild(files, yaml)));
    });

    it('reports: a correction re-runs them for the articles whose mentions it changed, and no other', () => {
      const files = new Map([
        ['paris.txt', 'Эммануэль Макрон провел встречу с Кейром Стармером в Париже.'],
        ['london.txt', 'Кир Стармер провел переговоры в Лондоне.'],
      ]);
      const model = builtModel(files);
      const yaml = 'ignore: [Париж]\n';
      let data: IndexData | undefined;
      const runs = runsDuring(model, () => (data = model.buildData([], correctionsOf(yaml))));
      assert.equal(runs.reports, 1);
      assert.equal(runs.bareSurnames + runs.roles + runs.dateClauses + runs.dateInference + runs.dateMentions, 0, 'a correction re-runs no stage before it');
      assert.deepEqual(plain(data), plain(fullBuild(files, yaml)));
    });
  });

  it('a one-article edit re-runs each per-article stage for that article alone, whatever the corpus size', () => {
    const files = new Map<string, string>();
    for (let copy = 0; copy < 8; copy++) for (const [path, text] of SAMPLE_FILES) files.set(`copy-${copy}/${path}`, text);
    const model = new CorpusModel();
    const cold = runsDuring(model, () => {
      for (const [path, text] of files) model.set(parseArticle(path, text));
      model.buildData();
    });
    assert.equal(cold.bareSurnames, files.size);
    const [path, text] = [...files][17];
    const before = model.buildData();
    let after: IndexData | undefined;
    const edit = runsDuring(model, () => (setText(model, files, path, `${text}\n\nПогода была хорошей.\n`), (after = model.buildData())));
    for (const [stage, runs] of Object.entries(edit)) assert.ok(runs <= 1, `${stage} ran ${runs} times for one edit`);
    assert.equal(edit.bareSurnames, 1);
    // The other articles' mentions are the records the build before handed over (a delta is small).
    const kept = new Set(before.mentions);
    const others = after!.mentions.filter((m) => m.doc !== path);
    assert.ok(others.length > 0 && others.every((m) => kept.has(m)), `${others.filter((m) => !kept.has(m)).length} of ${others.length} mentions made anew`);
    assert.deepEqual(plain(model.buildData()), plain(fullBuild(files, undefined)));
  });

  it('a one-article edit recomputes the place and organization entities of that article alone', () => {
    const files = new Map<string, string>();
    for (let copy = 0; copy < 8; copy++) for (const [path, text] of SAMPLE_FILES) files.set(`copy-${copy}/${path}`, text);
    const model = builtModel(files);
    const placeIds = (data: IndexData, doc?: string): Set<string> =>
      new Set(data.mentions.filter((m) => (m.type === 'LOC' || m.type === 'ORG') && (!doc || m.doc === doc)).map((m) => m.entity as string));
    const before = model.buildData();
    const [path, text] = [...files][17];
    const runs = model.placeOrgEntities.runs;
    setText(model, files, path, `${text}\n\nПогода в Берлине была хорошей.\n`);
    const after = model.buildData();
    const touched = new Set([...placeIds(before, path), ...placeIds(after, path)]);
    assert.ok(touched.size > 0 && placeIds(after).size > touched.size);
    assert.ok(model.placeOrgEntities.runs - runs <= touched.size, `${model.placeOrgEntities.runs - runs} entities for ${touched.size} in the article`);
    const kept = new Map(before.entities.map((e) => [e.id, e]));
    const untouched = after.entities.filter((e) => (e.type === 'LOC' || e.type === 'ORG') && !touched.has(e.id));
    assert.ok(untouched.length > 0 && untouched.every((e) => kept.get(e.id) === e), 'the other entities are the same records');
    assert.deepEqual(plain(after), plain(fullBuild(files, undefined)));
  });

  describe('lexicon look-ups', () => {
    const lexicon = new Map([['уиткофф', ['Уиткофф']], ['кушнер', ['Кушнер']]]);
    const fullNames = new Set(['стив уиткофф']);

    it('a run that looked an entry up is concerned by its change, one that did not is not', () => {
      const recorder = new LookupRecorder(lexicon, fullNames);
      assert.deepEqual(recorder.surnames.get('уиткофф'), ['Уиткофф']);
      const looked = recorder.recorded();
      const respelled = changedLookups(lexicon, new Map([...lexicon, ['уиткофф', ['Уиткофф', 'Виткофф']]]), fullNames, fullNames);
      assert.ok(readAny(looked, respelled));
      const other = changedLookups(lexicon, new Map([...lexicon, ['кушнер', ['Кушнер', 'Кушнир']]]), fullNames, fullNames);
      assert.ok(!readAny(looked, other));
      assert.equal(changedLookups(lexicon, new Map(lexicon), fullNames, new Set(fullNames)).length, 0);
    });

    it('asking whether any full name is known depends on the first one coming or the last one going', () => {
      const recorder = new LookupRecorder(lexicon, new Set());
      assert.equal(recorder.fullNames.size, 0);
      assert.ok(readAny(recorder.recorded(), changedLookups(lexicon, lexicon, new Set(), fullNames)));
      assert.ok(!readAny(recorder.recorded(), changedLookups(lexicon, lexicon, fullNames, new Set([...fullNames, 'джаред кушнер']))));
    });
  });
});

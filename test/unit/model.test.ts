import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import type { ResolvedMentions } from '../../src/core/extract/overlaps';
import { activeModel } from '../../src/core/model/active';
import { decodeWeights, encodeWeights, fromBase64, toBase64 } from '../../src/core/model/codec';
import { articleContext, emissionsOf, hashFeature, sequenceOf, tokenFeatures, wordShape } from '../../src/core/model/features';
import { MODEL_THRESHOLDS, modelSpans, plausible, withModelMentions } from '../../src/core/model/stage';
import { allowed, emissionScores, LABEL_COUNT, LABELS } from '../../src/core/model/tagger';
import { type GoldDocument, goldLabels, train } from '../../src/core/model/train';
import { MODEL_WEIGHTS } from '../../src/core/model/weights';
import { isPlaceLike, isPlaceLikeFolded, roleNounOf, roleNounOfFolded } from '../../src/core/names/context';
import { lookupFirstName, lookupFolded } from '../../src/core/names/firstNames';
import { foldCase, foldLowercase } from '../../src/core/text/fold';

/** "TYPE text" of the shipped model's spans in one sentence. */
function tagged(text: string): string[] {
  const article = parseArticle('a.txt', text);
  return modelSpans(article, activeModel()!).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('name tagger: the shipped weights', () => {
  it('decode in Node from the bundled module, within the size budget', () => {
    const weights = decodeWeights(MODEL_WEIGHTS);
    assert.equal(weights.emission.length, (1 << weights.bits) * LABEL_COUNT);
    assert.ok(weights.scale > 0);
    assert.ok(Array.from(weights.emission).some((w) => w !== 0), 'no weight survived');
    assert.ok(MODEL_WEIGHTS.length < 1024 * 1024, `${MODEL_WEIGHTS.length} base64 characters`);
  });

  it('refuse what is not a model', () => {
    assert.throws(() => decodeWeights(toBase64(Uint8Array.from([1, 2, 3, 4, 5, 6]))), /not a Corpus Navigator model/);
    assert.throws(() => decodeWeights('CNM1!'), /not base64/);
  });

  // Sentences written for this test, with names that occur in none of the training documents.
  const rows: [string, string[]][] = [
    ['Министр иностранных дел Польши Яцек Чапутович прибыл в Вильнюс на переговоры.', ['LOC Польши', 'PER Яцек Чапутович', 'LOC Вильнюс']],
    ['Глава компании Тосиюки Накамура заявил журналистам, что завод в Осаке закроют.', ['PER Тосиюки Накамура', 'LOC Осаке']],
    ['Міністр закордонних справ Литви Габріелюс Ландсбергіс відвідав Одесу.', ['LOC Литви', 'PER Габріелюс Ландсбергіс', 'LOC Одесу']],
    ['Представители Greenpeace провели акцию у здания парламента в Стокгольме.', ['ORG Greenpeace', 'LOC Стокгольме']],
    ['Компания Volkswagen отчиталась о прибыли.', ['ORG Volkswagen']],
  ];
  for (const [text, expected] of rows) it(`tags: ${text}`, () => assert.deepEqual(tagged(text), expected));

  it('tags a text alike after a longer and a shorter one (the decoder reuses its tables)', () => {
    const [short, long] = [rows[4][0], rows.map((r) => r[0]).join(' ')];
    const first = tagged(short);
    tagged(long);
    assert.deepEqual(tagged(short), first);
    assert.deepEqual(tagged(long), rows.flatMap((r) => r[1]));
  });
});

describe('name tagger: training', () => {
  const documents: GoldDocument[] = [
    { id: 'a', text: 'Президент Франции Эмманюэль Макрон прибыл в Берлин.', mentions: [{ start: 10, end: 17, type: 'LOC' }, { start: 18, end: 34, type: 'PER' }, { start: 44, end: 50, type: 'LOC' }] },
    { id: 'b', text: 'Компания Ryanair отменила рейсы в Дублин, сообщил Майкл О’Лири.', mentions: [{ start: 9, end: 16, type: 'ORG' }, { start: 34, end: 40, type: 'LOC' }, { start: 50, end: 62, type: 'PER' }] },
    { id: 'c', text: 'Канцлер Ангела Меркель встретилась с делегацией НАТО.', mentions: [{ start: 8, end: 22, type: 'PER' }, { start: 48, end: 52, type: 'ORG' }] },
  ];
  const options = { bits: 12, epochs: 3, seed: 7, minCount: 1 };

  it('is deterministic: the same data gives byte-identical weights', () => {
    assert.equal(encodeWeights(train(documents, options)), encodeWeights(train(documents, options)));
  });

  it('learns its training sentences', () => {
    const weights = decodeWeights(encodeWeights(train(documents, { ...options, epochs: 8 })));
    const article = parseArticle('a.txt', documents[0].text);
    assert.deepEqual(
      modelSpans(article, weights).map((s) => `${s.type} ${documents[0].text.slice(s.start, s.end)}`),
      ['LOC Франции', 'PER Эмманюэль Макрон', 'LOC Берлин'],
    );
  });

  it('labels tokens BIO from gold spans; a token only partly inside a span stays O', () => {
    const article = parseArticle('a.txt', 'Ангела Меркель и Pfizer-BioNTech.');
    const labels = goldLabels(article.tokens, [{ start: 0, end: 14, type: 'PER' }, { start: 17, end: 23, type: 'ORG' }, { start: 0, end: 6, type: 'EVT' }]);
    assert.deepEqual([...labels].map((l) => LABELS[l]), article.tokens.map((t) => (t.text === 'Ангела' ? 'B-PER' : t.text === 'Меркель' ? 'I-PER' : 'O')));
  });

  it('decodes only valid BIO: an I- label continues its own type', () => {
    const rows: [number, number, boolean][] = [
      [-1, LABELS.indexOf('I-PER'), false],
      [LABELS.indexOf('B-PER'), LABELS.indexOf('I-PER'), true],
      [LABELS.indexOf('I-PER'), LABELS.indexOf('I-PER'), true],
      [LABELS.indexOf('B-LOC'), LABELS.indexOf('I-PER'), false],
      [LABELS.indexOf('O'), LABELS.indexOf('B-ORG'), true],
    ];
    for (const [prev, label, ok] of rows) assert.equal(allowed(prev, label), ok, `${LABELS[prev] ?? 'start'} → ${LABELS[label]}`);
  });

  it('keeps large weights unclipped: every token carries the bias row, so clipping it breaks the model', () => {
    const emission = new Float64Array((1 << 4) * LABEL_COUNT);
    for (let i = 0; i < emission.length; i++) emission[i] = ((i * 7919) % 13) / 10 - 0.6; // small weights, -0.6…0.6
    emission[3] = 420; // a bias weight, far above the rest
    emission[40] = -250;
    const transition = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT).fill(2.5);
    const decoded = decodeWeights(encodeWeights({ bits: 4, emission, transition }));
    for (const i of [3, 40, 17, 50]) assert.ok(Math.abs(decoded.emission[i] * decoded.scale - emission[i]) <= decoded.scale / 2 + 1e-9, `weight ${i}`);
    assert.ok(Math.abs(decoded.transition[0] * decoded.scale - 2.5) <= decoded.scale / 2 + 1e-9);
  });

  it('encodes and decodes base64 exactly', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
    }
  });
});

describe('name tagger: features', () => {
  const rows: [string, string][] = [
    ['Макрон', 'Xxx'],
    ['НАТО', 'XX'],
    ['COVID-19', 'XX-dd'],
    ['О’Лири', 'X’Xxx'],
    ['2019', 'dd'],
    // Letters outside Latin and the Russian alphabet are read by their case, as the fast path reads those.
    ['Ґанна', 'Xxx'],
    ['ÉCOLE', 'XX'],
    ['straße', 'xx'],
    ['№5', '.d'],
    // A character of two code units is one character of the shape; a shape stops at six.
    ['😀Я', '.X'],
    ['Ab1-Cd2-Ef', 'Xxd-Xx'],
  ];
  for (const [word, shape] of rows) it(`shape of ${word} is ${shape}`, () => assert.equal(wordShape(word), shape));

  // Features are hashed without building their strings; the hashes must be those of the strings.
  const features: [string, string[]][] = [
    ['Мария', ['w=мария', 'sh=Xxx', 's2=ия', 's3=рия', 's4=ария', 'p3=мар', 'h=fn:nom', 'h|sh=fn:nom|Xxx', 'pw=сказала', 'nw=.', 'n2w=', 'p2w=', 'sh|nsh=Xxx|.', 'psh|sh=Xxx|Xxx']],
    ['Ли', ['w=ли', 's2=ли', 's3=ли', 's4=ли', 'p3=ли', 'sh=Xx']],
    ['НАТО', ['w=нато', 'sh=XX', 's4=нато', 'p3=нат']],
  ];
  for (const [word, expected] of features) {
    it(`features of ${word} are the hashes of ${expected.join(', ')}`, () => {
      const article = parseArticle('f.txt', `Сказала ${word}.`);
      const { context, paragraphs } = articleContext(article);
      const got = new Set(tokenFeatures(paragraphs[0], 1, context));
      for (const feature of expected) assert.ok(got.has(hashFeature(feature)), feature);
    });
  }

  // The stage sums each form's weight rows once; the scores must equal the per-feature sums to the bit.
  const texts = [
    'Министр иностранных дел Польши Яцек Чапутович прибыл в Вильнюс.\n\nВ Вильнюсе он встретился с коллегами.',
    'Глава компании Тосиюки Накамура заявил, что завод в Осаке закроют. Осака и осака.',
    'Міністр закордонних справ Литви Габріелюс Ландсбергіс відвідав Одесу, COVID-19 і НАТО.',
  ];
  for (const text of texts) {
    it(`emission scores per form equal those per feature: ${text.slice(0, 40)}…`, () => {
      const weights = activeModel()!;
      const { context, paragraphs } = articleContext(parseArticle('e.txt', text));
      for (const tokens of paragraphs) {
        for (const [from, to] of [[0, tokens.length], [1, Math.min(4, tokens.length)]]) {
          const expected = emissionScores(weights, sequenceOf(tokens, from, to, context));
          assert.deepEqual(emissionsOf(weights, tokens, from, to, context), expected);
          // Into a reused, longer table holding an earlier window's scores: the window's part is written whole.
          const into = new Float64Array(expected.length + LABEL_COUNT).fill(7);
          assert.deepEqual(emissionsOf(weights, tokens, from, to, context, into).subarray(0, expected.length), expected);
        }
      }
    });
  }

  it('reads the word lists by the folded form as the cached look-ups read them by the word as written', () => {
    // The hints use the uncached, folded variants: an answer that differed would change every feature of the form.
    const words = ['Мария', 'марии', 'Жан-Мари', 'жан-мари', 'Президентом', 'экс-президента', 'Прем’єр-міністра', 'Москвы', 'Київщини', 'Семёна', 'лидерстве'];
    for (const w of words) {
      assert.deepEqual(lookupFolded(w, foldCase(w)), lookupFirstName(w), w);
      assert.equal(roleNounOfFolded(foldCase(w)), roleNounOf(w), w);
      assert.equal(isPlaceLikeFolded(foldCase(w)), isPlaceLike(w), w);
      assert.equal(foldLowercase(w.toLowerCase()), foldCase(w), w);
    }
  });
});

describe('name tagger: the pipeline stage', () => {
  /** What the stage adds to an article where the rules found nothing. */
  const added = (text: string): string[] => {
    const { people, placesOrgs } = withModelMentions(parseArticle('t.txt', text), { people: [], placesOrgs: [] }, activeModel());
    return [...people.map((p) => `PER ${p.text} → ${p.lemma}`), ...placesOrgs.map((m) => `${m.type} ${m.text}`)];
  };
  const rows: [string, string[], string][] = [
    ['Вчера в Кишиневе прошли переговоры с Майей Санду.', ['PER Майей Санду → Майя Санду', 'LOC Кишиневе'], 'confident person and place'],
    ['Компания Volkswagen отчиталась о прибыли.', [], 'the model tags ORG, but proposes no organization'],
    ['Профсоюз Vereinigung Cockpit объявил забастовку в Германии.', ['LOC Германии'], 'Latin words are no place or person'],
    ['Об этом рассказал Ингвар Сёренсен из Копенгагена.', ['PER Ингвар Сёренсен → Ингвар Сёренсен', 'LOC Копенгагена'], 'an unknown first name'],
    ['Отмена Отправить\nНовости дня Реклама', [], 'a line without lowercase words is not prose'],
    ['Он охарактеризовал новую Парижскую декларацию как очень конструктивную.', [], 'one word with an adjective ending is no place'],
  ];
  for (const [text, expected, why] of rows) it(`${why}: ${text}`, () => assert.deepEqual(added(text), expected));

  it('adds no span below its type\'s threshold, whatever the weights', () => {
    const text = 'Глава компании Тосиюки Накамура заявил журналистам, что завод в Осаке закроют, а Вера Брыль уехала в Лион.';
    const article = parseArticle('t.txt', text);
    const kept = new Set([...withModelMentions(article, { people: [], placesOrgs: [] }, activeModel()).placesOrgs].map((m) => m.start));
    for (const span of modelSpans(article, activeModel()!)) {
      if (span.type === 'LOC' && span.confidence < MODEL_THRESHOLDS.LOC) assert.ok(!kept.has(span.start), `${span.confidence} < ${MODEL_THRESHOLDS.LOC}`);
    }
    const low = { ...MODEL_THRESHOLDS };
    try {
      Object.assign(MODEL_THRESHOLDS, { PER: Infinity, LOC: Infinity });
      assert.deepEqual(added(text), []);
    } finally {
      Object.assign(MODEL_THRESHOLDS, low);
    }
  });

  it('gives a known first name its nominative and the surname the case the first name shows', () => {
    const oblique = parseArticle('c.txt', 'Встречу с Марией Захаровой перенесли.');
    const { people } = withModelMentions(oblique, { people: [], placesOrgs: [] }, activeModel());
    assert.deepEqual(people.map((p) => [p.text, p.lemma, p.first?.lemma]), [['Марией Захаровой', 'Мария Захарова', 'Мария']]);
  });

  const text = 'Министр иностранных дел Польши Яцек Чапутович прибыл в Вильнюс на переговоры.';
  const article = parseArticle('a.txt', text);
  const at = (word: string): { start: number; end: number } => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const rules: ResolvedMentions = {
    people: [],
    placesOrgs: [{ doc: 'a.txt', ...at('Польши'), type: 'LOC', text: 'Польши', lemma: 'Польша', entity: 'loc:poland', known: true }],
  };

  it('adds the confident spans no rule took, and keeps every rule span as the rules made it', () => {
    const { people, placesOrgs } = withModelMentions(article, rules, activeModel());
    // Яцек is not in the first-name list: the words stay as written.
    assert.deepEqual(people.map((p) => [p.text, p.lemma, p.surname]), [['Яцек Чапутович', 'Яцек Чапутович', 'Чапутович']]);
    assert.deepEqual(placesOrgs.map((m) => [m.type, m.text, m.lemma, m.entity]), [
      ['LOC', 'Польши', 'Польша', 'loc:poland'],
      ['LOC', 'Вильнюс', 'Вильнюс', 'loc:vilnus'],
    ]);
  });

  it('adds no place for one word that opens a longer name the rules found in the article', () => {
    const text = 'В делегацию вошли генерал Андрей Гнатов, первый заместитель руководителя Офиса Сергей Кислица и советник Офиса Президента Александр Бевз.';
    const article = parseArticle('c.txt', text);
    const start = text.indexOf('Офиса Президента');
    const office: ResolvedMentions = {
      people: [],
      placesOrgs: [{ doc: 'c.txt', start, end: start + 'Офиса Президента'.length, type: 'ORG', text: 'Офиса Президента', lemma: 'Офис Президента', entity: 'org:ofis-prezidenta' }],
    };
    const { placesOrgs } = withModelMentions(article, office, activeModel());
    assert.ok(!placesOrgs.some((m) => m.text === 'Офиса' && m.start < start), placesOrgs.map((m) => m.text).join(', '));
  });

  describe('which model spans are plausible names', () => {
    const rows: [string, 'PER' | 'LOC', boolean][] = [
      ['Яцек Чапутович', 'PER', true],
      ['Флуд Нарушение', 'PER', false],
      ['Реклама Разжигание', 'PER', false],
      ['Телефон Редакции', 'PER', false],
      ['Кенні Джейкобс', 'PER', true],
      ['Патриция Ипатьева', 'PER', true],
      ['Участники Ответственности', 'PER', false],
      // A sentence adverb whose full stop was lost, or a title, opens no name.
      ['Водночас Мей', 'PER', false],
      ['Папой Римский', 'PER', false],
      ['Ryanair Ltd', 'PER', false],
      ['Парижскую', 'LOC', false],
      ['Вильнюс', 'LOC', true],
    ];
    for (const [text, type, expected] of rows) {
      it(`${type} ${text}: ${expected}`, () => {
        const span = { start: 0, end: text.length, type, confidence: 100, tokens: parseArticle('p.txt', text).tokens };
        assert.equal(plausible(span, new Set()), expected);
      });
    }
  });

  it('leaves the rules alone without a model', () => {
    assert.equal(withModelMentions(article, rules, null), rules);
  });

  it('takes no one-word person from the model: it would spread through the corpus surname list', () => {
    const single = parseArticle('b.txt', 'Об этом заявил Чапутович журналистам.');
    assert.deepEqual(tagged(single.text), ['PER Чапутович']);
    const { people } = withModelMentions(single, { people: [], placesOrgs: [] }, activeModel());
    assert.deepEqual(people, []);
  });
});

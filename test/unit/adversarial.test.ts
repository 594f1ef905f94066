// Inputs that once took seconds or minutes (issue 11, from a fuzzing run), each built in memory at a size
// that keeps the test quick. A test counts the steps the work takes where it can, so that it fails on
// quadratic work without timing anything; where it cannot, its time bound is generous, so that a loaded machine
// does not fail it, yet far below what the input took before (the old time, from the issue, is in each test).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyCorrections, parseCorrections } from '../../src/core/corrections';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { assembleEvents } from '../../src/core/events/assemble';
import type { Report } from '../../src/core/events/reports';
import type { PersonMention } from '../../src/core/extract/people';
import { nameTailMerges, particleVariantMerges } from '../../src/core/link/nameTails';
import { linkPeople } from '../../src/core/link/people';
import { indexCorpus } from '../../src/core/pipeline';
import type { Entity, Mention, Problem } from '../../src/core/types';
import { SAMPLES } from './samples';

/** Fails when a run takes longer than a bound many times what linear work takes, and far less than what the old work took. */
async function assertWithin(ms: number, run: () => unknown): Promise<void> {
  const started = performance.now();
  await run();
  const took = performance.now() - started;
  assert.ok(took < ms, `${took.toFixed(0)} ms`);
}

const indexOneArticle = (text: string) => indexCorpus(new MemoryFileSystem({ 'a.txt': text }));

/** The sample articles' text, repeated to about this many characters. */
function sampleText(chars: number): string {
  const texts = readdirSync(SAMPLES).map((f) => readFileSync(join(SAMPLES, f), 'utf8'));
  const parts: string[] = [];
  for (let size = 0, i = 0; size < chars; size += texts[i % texts.length].length, i++) parts.push(texts[i % texts.length]);
  return parts.join('\n\n');
}

/** A report of one meeting; its participant list counts how often it is read. */
function meetingReport(i: number, fields: Partial<Report> = {}, reads = { count: 0 }): Report {
  const participants = fields.participants ?? ['per:donald-tramp', 'per:vladimir-zelenskii'];
  return {
    doc: `a${i % 100}.txt`,
    lang: 'ru',
    kind: 'meeting',
    source: { doc: `a${i % 100}.txt`, start: 100 * Math.floor(i / 100), end: 100 * Math.floor(i / 100) + 80 },
    at: 100 * Math.floor(i / 100) + 20,
    date: '2026-01-06',
    places: ['loc:parizh'],
    destinations: [],
    media: [],
    ...fields,
    get participants() {
      reads.count++;
      return participants;
    },
  };
}

const isoDay = (n: number): string => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('adversarial inputs take steps in proportion to their size', function () {
  this.timeout(30_000);

  it('8,000 reports of one event: each report is compared with the event in a few steps, not with every report in it', () => {
    const reads = { count: 0 };
    const reports = Array.from({ length: 8_000 }, (_, i) => meetingReport(i, {}, reads));
    const events = assembleEvents(reports, new Map(), () => '2026-01-06');
    assert.equal(events.length, 1);
    assert.equal(events[0].sources.length, reports.length);
    // Every draft once held every report's participants: 8,000² / 2 reads.
    assert.ok(reads.count <= 10 * reports.length, `${reads.count} reads of participants for ${reports.length} reports`);
  });

  // Each report was compared with every event of its kind: 40,000² / 2 comparisons.
  it('40,000 meetings of different people on 10,000 days: each report is compared with the events of its days only', async () => {
    const reports = Array.from({ length: 40_000 }, (_, i) => meetingReport(i, { date: isoDay(i % 10_000), places: [`loc:${i}`], participants: [`per:a${i}`, `per:b${i}`] }));
    await assertWithin(5_000, () => assert.equal(assembleEvents(reports, new Map(), () => undefined).length, 40_000));
  });

  // Each undated report sorted and scanned its article's events: 12,000 × 12,000 × log.
  it('12,000 events and 12,000 undated reports in one article: an undated report finds its article’s event of its kind by key', async () => {
    const at = (i: number): Partial<Report> => ({ doc: 'a.txt', source: { doc: 'a.txt', start: 100 * i, end: 100 * i + 80 }, at: 100 * i + 5, places: [] });
    const dated = Array.from({ length: 12_000 }, (_, i) => meetingReport(i, { ...at(i), date: isoDay(3 * i), participants: [`per:a${i}`, `per:b${i}`] }));
    const undated = Array.from({ length: 12_000 }, (_, i) => meetingReport(i, { ...at(12_000 + i), kind: 'visit', date: undefined, participants: [`per:c${i}`] }));
    await assertWithin(5_000, () => assert.equal(assembleEvents([...dated, ...undated], new Map(), () => undefined).length, 12_000));
  });

  it('an event of more days than are filed by day still takes the reports of its days', () => {
    const season = meetingReport(0, { date: isoDay(0), end: isoDay(60), participants: ['per:a'] });
    const day = meetingReport(1, { date: isoDay(45), participants: ['per:a'] });
    const next = meetingReport(2, { date: isoDay(61), participants: ['per:a'] });
    const events = assembleEvents([season, day, next], new Map(), () => undefined);
    assert.deepEqual(
      events.map((e) => [e.date, e.end, e.sources.length]),
      [[isoDay(0), isoDay(61), 3]],
    );
  });

  // A 4.9 MB article took 203 s, one 1 MB line 81 s; these sizes take well under a second.
  it('one long valid article (the samples repeated) is read in linear time', async () => {
    await assertWithin(8_000, () => indexOneArticle(sampleText(500_000)));
  });

  it('an article that is one long line is read in linear time', async () => {
    await assertWithin(5_000, () => indexOneArticle(sampleText(250_000).replace(/\s+/g, ' ')));
  });

  // 2,300 in a row took 50 s (a surname run read again from every word of it, and transliterated again).
  it('"фон дер Ляйен" 2,300 times in a row is read in linear time', async () => {
    await assertWithin(5_000, () => indexOneArticle(`Урсула${' фон дер Ляйен'.repeat(2_300)} сказала.`));
  });

  // 4,000 took 21 s (the paragraph was scanned again for every date).
  it('4,000 dates in one sentence are read in linear time', async () => {
    const dates = Array.from({ length: 4_000 }, (_, i) => `${(i % 28) + 1} января 2026 года`).join(', ');
    await assertWithin(5_000, () => indexOneArticle(`Встреча прошла ${dates}.`));
  });

  // 20,000 entries made a build 25× slower: each entry was looked for in every entity, by name then by alias.
  it('corpus.yaml with 10,000 ignore entries over 10,000 entities is applied in linear time', async () => {
    const entity = (i: number): Entity => ({ id: `per:${i}`, type: 'PER', name: `Имя Фамилия${i}`, aliases: [`Фамилия${i}`], roles: [] });
    const mention = (i: number): Mention => ({ doc: 'a.txt', start: i, end: i + 1, text: 'Ф', lemma: 'Ф', type: 'PER', entity: `per:${i}` });
    const apply = (n: number): Problem[] => {
      const yaml = `ignore:\n${Array.from({ length: n }, (_, i) => `  - Нет Такого${i}\n`).join('')}  - Фамилия0\n`;
      const problems: Problem[] = [];
      const corrections = parseCorrections(yaml, problems);
      const ids = Array.from({ length: n }, (_, i) => i);
      const { entities } = applyCorrections(ids.map(entity), ids.map(mention), corrections, problems);
      assert.equal(entities.length, n - 1);
      return problems;
    };
    // Every entry that names no entity is still said to.
    await assertWithin(5_000, () => assert.equal(apply(10_000).length, 10_000));
  });

  // One person named 40,000 times in one article: every mention copied the list of the ones before it.
  it('one full name 40,000 times in one article is linked in linear time', async () => {
    const mentions = Array.from({ length: 40_000 }, (_, i) => fullName('a.txt', 'Хадим Хусейн Ризви', 20 * i));
    await assertWithin(5_000, () => assert.equal(linkPeople(mentions, () => 'ru').entities.length, 1));
  });

  // Each surname alone looked at every full name of its person in the article: 60,000² steps.
  it('a surname alone 60,000 times beside its full name 60,000 times finds the nearest in logarithmic steps', async () => {
    const full = Array.from({ length: 60_000 }, (_, i) => fullName('a.txt', 'Иван Петров', 40 * i));
    const bare = full.map((m): PersonMention => ({ doc: 'a.txt', start: m.start + 20, end: m.start + 26, text: 'Петров', lemma: 'Петров', surname: 'Петров' }));
    await assertWithin(5_000, () => assert.equal(linkPeople([...full, ...bare], () => 'ru').entities.length, 1));
  });

  // Each surname alone looked for a spelling variant among everyone its article names in full: 25,000² steps.
  it('25,000 surnames alone beside 25,000 other full names in one article look for variants among a few', async () => {
    const full = Array.from({ length: 25_000 }, (_, i) => fullName('a.txt', `Иван Фамил${letters(i)}ов`, 40 * i));
    const bare = full.map((m, i): PersonMention => ({ doc: 'a.txt', start: m.start + 25, end: m.start + 30, text: 'С', lemma: `Сидор${letters(i)}`, surname: `Сидор${letters(i)}` }));
    await assertWithin(5_000, () => assert.equal(linkPeople([...full, ...bare], () => 'ru').entities.length, 50_000));
  });

  it('a short and a long name, each 20,000 times in one article, are compared by their distinct names', async () => {
    const group = (lemma: string): { mentions: PersonMention[] } => ({ mentions: Array.from({ length: 20_000 }, (_, i) => fullName('a.txt', lemma, 20 * i)) });
    const [short, long] = [group('Хусейн Ризви'), group('Хадим Хусейн Ризви')];
    await assertWithin(5_000, () => assert.deepEqual(nameTailMerges([short, long]), [[short, long]]));
  });

  // 4,000 Arabic names with particles took 15 s: each was compared with every person of the corpus.
  it('8,000 names with particles are compared only with names of their shape', async () => {
    const groups = Array.from({ length: 8_000 }, (_, i) => ({ mentions: [fullName('a.txt', i % 2 ? `Саиф-ул-Мулук${letters(i)}` : `Абд ар-Рахман${letters(i)}`, 20 * i)] }));
    const variant = { mentions: [fullName('a.txt', `Саиф Малук${letters(1)}`, 0)] };
    await assertWithin(5_000, () => assert.deepEqual(particleVariantMerges([...groups, variant]), [[variant, groups[1]]]));
  });
});

function fullName(doc: string, lemma: string, start: number): PersonMention {
  const words = lemma.split(' ');
  return { doc, start, end: start + lemma.length, text: lemma, lemma, surname: words[words.length - 1], first: { lemma: words[0], group: 1 } };
}

/** A distinct syllable string for each number, for names that must differ: a name's key drops digits and doubled letters. */
const letters = (n: number): string => [...n.toString(8)].map((d) => `${'бвгджзкл'[Number(d)]}а`).join('');

// Sanity checks of the events of 1,000 real articles (the BSNLP corpus a new user would try, from
// ../shared/gold/bsnlp-train.json): what no event may ever get wrong, whatever it is about.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../src/cli/nodeFileSystem';
import { dayNumber, MAX_GAP_DAYS } from '../../src/core/events/drafts';
import { personKey } from '../../src/core/events/assemble';
import type { CorpusIndex } from '../../src/core/index/corpusIndex';
import { indexCorpus } from '../../src/core/pipeline';
import type { CorpusEvent, SourceRef } from '../../src/core/types';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const BSNLP_CORPUS = join(REPO_ROOT, 'test', 'fixtures', 'bsnlpCorpus.mjs');
const isDay = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The days a source sentence states: its day dates and the last days of its ranges. */
function statedDays(index: CorpusIndex, source: SourceRef): string[] {
  return index
    .mentionsIn(source.doc)
    .filter((m) => m.type === 'DATE' && m.start >= source.start && m.end <= source.end)
    .flatMap((m) => [m.value, m.date?.end].filter(isDay));
}

describe('events of 1,000 BSNLP articles', function () {
  // Indexing 1,000 real articles in one thread takes ~10 s, more on a loaded machine.
  this.timeout(180_000);
  let dir: string;
  let index: CorpusIndex;
  let events: readonly CorpusEvent[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-nav-bsnlp-events-'));
    // No ../shared beside the repository is a failure here, not a skipped test.
    const written = spawnSync(process.execPath, [BSNLP_CORPUS, dir, '--count', '1000'], { encoding: 'utf8' });
    assert.equal(written.status, 0, `the BSNLP corpus could not be written: ${written.stderr}`);
    index = await indexCorpus(new NodeFileSystem(dir));
    events = index.events;
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds events, each with its own id', () => {
    assert.equal(index.articles.size, 1000);
    assert.ok(events.length >= 30, `${events.length} events`);
    assert.equal(new Set(events.map((e) => e.id)).size, events.length);
  });

  it('no event lasts longer than one of its sources says (a day more for reports of two neighbouring days)', () => {
    const tooLong = events.filter((e) => {
      const spans = e.sources.map((s) => {
        const days = statedDays(index, s).map(dayNumber);
        return days.length > 0 ? Math.max(...days) - Math.min(...days) : 0;
      });
      return dayNumber(e.end ?? e.date) - dayNumber(e.date) > Math.max(...spans) + MAX_GAP_DAYS;
    });
    assert.deepEqual(tooLong.map((e) => `${e.title}: ${e.date} – ${e.end}`), []);
  });

  it('every event is on days its sources state, or on the day of an article that reports it', () => {
    const unsupported = events.filter((e) => {
      const days = e.sources.flatMap((s) => [...statedDays(index, s), index.articles.get(s.doc)?.date].filter(isDay));
      const [first, last] = [Math.min(...days.map(dayNumber)), Math.max(...days.map(dayNumber))];
      return dayNumber(e.date) < first || dayNumber(e.end ?? e.date) > last;
    });
    assert.deepEqual(unsupported.map((e) => `${e.title}: ${e.date} – ${e.end ?? ''}`), []);
  });

  it('every participant is named in one of the event’s source sentences', () => {
    const unnamed = events.flatMap((e) =>
      e.participants
        .filter((id) => !e.sources.some((s) => index.mentionsIn(s.doc).some((m) => m.entity === id && m.start >= s.start && m.end <= s.end)))
        .map((id) => `${e.title}: ${id}`),
    );
    assert.deepEqual(unnamed, []);
  });

  it('no one takes part twice in an event, under one id or under two spellings', () => {
    const twice = events.flatMap((e) => {
      const keys = e.participants.map((id) => {
        const entity = index.entities.get(id);
        return entity?.type === 'PER' ? personKey(entity.name) : id;
      });
      return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${e.title}: ${k}`);
    });
    assert.deepEqual(twice, []);
  });

  it('a title is in one language, with neither the date nor the place in it', () => {
    const wrong = events.filter((e) => {
      const place = e.place ? index.entities.get(e.place)?.name : undefined;
      const mixed = /[іїєґ]/i.test(e.title) && /[ыэъё]/i.test(e.title);
      return mixed || /\d{4}/.test(e.title) || (place !== undefined && e.title.includes(place));
    });
    assert.deepEqual(wrong.map((e) => e.title), []);
  });
});

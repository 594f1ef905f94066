// Inputs that once took seconds or minutes (issue 11, from a fuzzing run), each built in memory at a size
// that keeps the test quick. A test counts the steps the work takes where it can, so that it fails on
// quadratic work without timing anything; where it cannot, its time bound is many times what linear work takes.
import * as assert from 'node:assert/strict';
import { assembleEvents } from '../../src/core/events/assemble';
import type { Report } from '../../src/core/events/reports';

/** A report whose participant list counts how often it is read. */
function countedReport(i: number, reads: { count: number }): Report {
  const participants = ['per:donald-tramp', 'per:vladimir-zelenskii'];
  return {
    doc: `a${i % 100}.txt`,
    lang: 'ru',
    kind: 'meeting',
    source: { doc: `a${i % 100}.txt`, start: 100 * Math.floor(i / 100), end: 100 * Math.floor(i / 100) + 80 },
    at: 100 * Math.floor(i / 100) + 20,
    date: '2026-01-06',
    places: ['loc:parizh'],
    destinations: [],
    get participants() {
      reads.count++;
      return participants;
    },
    media: [],
  };
}

describe('adversarial inputs take steps in proportion to their size', () => {
  it('8,000 reports of one event: each report is compared with the event in a few steps, not with every report in it', () => {
    const reads = { count: 0 };
    const reports = Array.from({ length: 8_000 }, (_, i) => countedReport(i, reads));
    const events = assembleEvents(reports, new Map(), () => '2026-01-06');
    assert.equal(events.length, 1);
    assert.equal(events[0].sources.length, reports.length);
    // Every draft once held every report's participants: 8,000² / 2 reads.
    assert.ok(reads.count <= 10 * reports.length, `${reads.count} reads of participants for ${reports.length} reports`);
  });
});

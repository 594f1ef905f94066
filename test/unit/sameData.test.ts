// Records compared by value, as a delta compares a build's records with those the host holds (snapshotParts.ts).
import * as assert from 'node:assert/strict';
import type { Mention } from '../../src/core/types';
import { DATE_FIELDS, MENTION_FIELDS, sameData, sameMention } from '../../src/core/util/sameData';

const mention: Mention = { doc: 'a.txt', start: 3, end: 9, type: 'DATE', text: '3 мая', lemma: '3 май', value: '2026-05-03', date: { resolution: 'explicit' } };
/** A value of each field other than the mention's own. */
const OTHER: Record<string, unknown> = { doc: 'b.txt', start: 4, end: 10, type: 'LOC', text: '4 мая', lemma: '4 май', entity: 'loc:x', value: '2026-05-04', date: { resolution: 'relative' } };

describe('records compared by value', () => {
  it('a mention differs from one with any field changed, and equals a copy', () => {
    assert.ok(sameMention(mention, structuredClone(mention)));
    for (const field of MENTION_FIELDS) assert.equal(sameMention(mention, { ...mention, [field]: OTHER[field] }), false, field);
    const date: Record<string, unknown> = { end: '2026-05-04', partOfDay: 'morning', resolution: 'weekday', weekdayMismatch: true };
    for (const field of DATE_FIELDS) assert.equal(sameMention(mention, { ...mention, date: { ...mention.date!, [field]: date[field] } }), false, `date.${field}`);
    assert.ok(sameMention(mention, { ...mention, date: { ...mention.date! } }), 'a copy of the date');
  });

  it('plain data: nested objects and arrays by value, key order aside; a key set to undefined is a difference', () => {
    assert.ok(sameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] }));
    assert.equal(sameData({ a: [1, 2] }, { a: [1, 2, 3] }), false);
    assert.equal(sameData({ a: [1] }, { a: { 0: 1 } }), false);
    assert.equal(sameData({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(sameData({ a: 1, c: 2 }, { a: 1, b: 2 }), false);
  });
});

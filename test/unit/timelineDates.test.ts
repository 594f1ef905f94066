// The Timeline's dates follow the editor's language: a month, a week (its Monday on the axis, its seven days in a
// sentence) and a day are written as a reader of that language writes them, never as the ISO keys of the messages.
import * as assert from 'node:assert/strict';
import { timelineDates } from '../../src/core/pictures/timelineDates';

describe('timeline dates', () => {
  it('writes Russian dates in Russian', () => {
    const ru = timelineDates('ru');
    assert.match(ru.axis('month', '2018-06-01'), /^июн\S* 2018/);
    assert.match(ru.axis('week', '2018-06-18'), /^18 июн\S* 2018/);
    assert.match(ru.bucket('month', '2018-06-01', '2018-06-30'), /^июнь 2018/);
    assert.match(ru.bucket('week', '2018-06-18', '2018-06-24'), /^18\s*–\s*24 июн\S* 2018/);
    assert.match(ru.range('2018-06-25', '2018-07-01'), /^25 июн\S* – 1 июл\S* 2018/);
    assert.match(ru.range('2018-06-21', '2018-06-21'), /^21 июн\S* 2018/);
  });

  it('writes English and Ukrainian dates in their own words', () => {
    const en = timelineDates('en');
    assert.equal(en.axis('month', '2018-06-01'), 'Jun 2018');
    assert.equal(en.axis('week', '2018-06-18'), 'Jun 18, 2018');
    assert.equal(en.bucket('month', '2018-06-01', '2018-06-30'), 'June 2018');
    assert.match(en.bucket('week', '2018-06-18', '2018-06-24'), /^Jun 18\s*–\s*24, 2018$/);
    assert.match(timelineDates('uk').bucket('month', '2018-06-01', '2018-06-30'), /^червень 2018/);
  });

  it('keeps a day on its calendar day in a zone west or east of UTC (the first and last days of a year)', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Asia/Vladivostok']) {
        // Node applies a changed TZ to the formatters made after it.
        process.env.TZ = tz;
        assert.equal(timelineDates('en').range('2018-01-01', '2018-01-01'), 'Jan 1, 2018', tz);
        assert.equal(timelineDates('en').range('2018-12-31', '2018-12-31'), 'Dec 31, 2018', tz);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('writes a malformed language tag\'s dates in the runtime\'s language instead of failing', () => {
    const fallback = timelineDates(undefined);
    for (const tag of ['not a tag!', '', '--']) {
      assert.equal(timelineDates(tag).axis('month', '2018-06-01'), fallback.axis('month', '2018-06-01'), JSON.stringify(tag));
    }
  });
});

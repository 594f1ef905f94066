// What the Timeline panel's page sends is checked field by field: anything malformed is refused with a reason,
// and what is accepted carries only the checked fields.
import * as assert from 'node:assert/strict';
import { parseTimelineAction } from '../../src/core/pictures/timelineMessages';

describe('timeline actions from the page', () => {
  const accepted: [unknown, unknown][] = [
    [{ type: 'plot', id: 'PER:1' }, { type: 'plot', id: 'PER:1' }],
    [
      { type: 'query', query: { zoom: 'week', filter: ['LOC:1'], people: ['PER:1', 'PER:2'], extra: 1 }, more: true },
      { type: 'query', query: { zoom: 'week', filter: ['LOC:1'], people: ['PER:1', 'PER:2'] } },
    ],
    [{ type: 'bucket', day: '2018-06-21' }, { type: 'bucket', day: '2018-06-21' }],
    [{ type: 'event', id: 'ev1' }, { type: 'event', id: 'ev1' }],
    [{ type: 'find', text: 'уитк' }, { type: 'find', text: 'уитк' }],
    [{ type: 'open', source: { doc: 'a/b.txt', start: 3, end: 9, command: 'x' } }, { type: 'open', source: { doc: 'a/b.txt', start: 3, end: 9 } }],
  ];
  for (const [message, parsed] of accepted) {
    it(`accepts ${JSON.stringify(message)}`, () => assert.deepEqual(parseTimelineAction(message), parsed));
  }

  const refused: unknown[] = [
    null,
    'ready',
    [],
    { type: 'run', command: 'workbench.action.terminal.new' },
    { type: 'query', query: { zoom: 'year', filter: [], people: [] } },
    { type: 'query', query: { zoom: 'day', filter: 'PER:1', people: [] } },
    { type: 'query', query: { zoom: 'day', filter: [], people: [1] } },
    { type: 'query', query: { zoom: 'day', filter: [], people: Array(7).fill('PER:1') } },
    { type: 'bucket', day: '21.06.2018' },
    { type: 'bucket' },
    { type: 'event', id: 5 },
    { type: 'plot' },
    { type: 'ready' },
    { type: 'find', text: 'x'.repeat(5_000) },
    { type: 'open', source: { doc: 'a.txt', start: -1, end: 3 } },
    { type: 'open', source: { doc: 'a.txt', start: 5, end: 3 } },
    { type: 'open', source: { doc: 'a.txt', start: 1.5, end: 3 } },
    { type: 'open', source: 'a.txt' },
  ];
  for (const message of refused) {
    it(`refuses ${JSON.stringify(message)?.slice(0, 80)} with a reason`, () => {
      const parsed = parseTimelineAction(message);
      assert.equal(typeof parsed, 'string');
      assert.ok((parsed as string).length > 5);
    });
  }
});

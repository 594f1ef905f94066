import { strict as assert } from 'node:assert';
import { parseViewMessage } from '../../src/core/pictures/pictureMessages';

describe('pictureMessages: what a picture page may say', () => {
  it('takes the three shapes', () => {
    assert.deepEqual(parseViewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseViewMessage({ type: 'rendered', generation: 3, counts: { nodes: 5 } }), {
      type: 'rendered',
      generation: 3,
      counts: { nodes: 5 },
    });
    assert.deepEqual(parseViewMessage({ type: 'action', action: { open: 1 } }), { type: 'action', action: { open: 1 } });
  });
  it('refuses anything else: a page is untrusted', () => {
    for (const bad of [
      null,
      'ready',
      [],
      { type: 'run', command: 'workbench.action.terminal.new' },
      { type: 'rendered', generation: '3', counts: {} },
      { type: 'rendered', generation: 1, counts: { nodes: 'many' } },
      { type: 'rendered', generation: Infinity, counts: {} },
      { type: 'action' },
    ]) {
      assert.equal(parseViewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
  it('keeps only the fields it knows', () => {
    assert.deepEqual(parseViewMessage({ type: 'ready', extra: '<script>' }), { type: 'ready' });
  });
});

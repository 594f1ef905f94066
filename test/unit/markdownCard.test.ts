// A hover card read back into runs for the Network picture's side panel: the same text a reader sees in the hover,
// links only to allowed commands, nothing an article writes ever becoming a link or bold.
import * as assert from 'node:assert/strict';
import { cardOfMarkdown } from '../../src/core/pictures/markdownCard';
import { commandLink, escapeMarkdown } from '../../src/vscode/markdownText';

const ALLOWED = ['corpusNavigator.openSource', 'corpusNavigator.revealEntity'];

describe('hover card markdown read back into runs', () => {
  it('reads paragraphs, bold, items, rules and links with their arguments', () => {
    const md =
      `**${escapeMarkdown('Стив Уиткофф')}** — ${escapeMarkdown('Person')}\n\n` +
      `${escapeMarkdown('Roles:')}\n\n` +
      `- ${escapeMarkdown('спецпосланник (США)')} — ${commandLink('Статья [1]', 'corpusNavigator.openSource', { doc: 'a (1).txt', start: 3, end: 9 }, 'a "1".txt · 2026-01-07')}\n\n` +
      `---\n\n${commandLink('Reveal in People', 'corpusNavigator.revealEntity', ['per:1'])}`;
    const card = cardOfMarkdown(md, ALLOWED);
    assert.deepEqual(card.blocks, [
      { kind: 'paragraph', runs: [{ text: 'Стив Уиткофф', bold: true }, { text: ' — Person' }] },
      { kind: 'paragraph', runs: [{ text: 'Roles:' }] },
      { kind: 'item', runs: [{ text: 'спецпосланник (США) — ' }, { text: 'Статья [1]', link: 0, title: 'a "1".txt · 2026-01-07' }] },
      { kind: 'rule' },
      { kind: 'paragraph', runs: [{ text: 'Reveal in People', link: 1 }] },
    ]);
    assert.deepEqual(card.links, [
      { command: 'corpusNavigator.openSource', args: [{ doc: 'a (1).txt', start: 3, end: 9 }] },
      { command: 'corpusNavigator.revealEntity', args: ['per:1'] },
    ]);
  });

  it('shows article text that looks like markup or a link as text', () => {
    const evil = '**x** [click](command:workbench.action.terminal.new) \\ <b>';
    const card = cardOfMarkdown(`- ${escapeMarkdown(evil)}`, ALLOWED);
    assert.deepEqual(card.blocks, [{ kind: 'item', runs: [{ text: evil }] }]);
    assert.deepEqual(card.links, []);
  });

  it('keeps a link to a command outside the allow-list, or with broken arguments, as its label only', () => {
    const card = cardOfMarkdown(
      `${commandLink('run', 'workbench.action.terminal.new')} ${'[bad](command:corpusNavigator.openSource?%7Bnot-json)'}`,
      ALLOWED,
    );
    assert.deepEqual(card.blocks, [{ kind: 'paragraph', runs: [{ text: 'run bad' }] }]);
    assert.deepEqual(card.links, []);
  });
});

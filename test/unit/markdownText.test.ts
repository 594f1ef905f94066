import * as assert from 'node:assert/strict';
import { commandLink, commandUri, escapeMarkdown, markdownParagraphs } from '../../src/vscode/markdownText';
import { autolinkIn } from './gfmAutolink';

/** What a reader sees of escaped markdown: each backslash escape shows as the character it escapes. */
const rendered = (markdown: string): string => markdown.replace(/\\(.)/g, '$1');

describe('markdown from untrusted text', () => {
  const cases: [string, string][] = [
    ['Стив Уиткофф', 'Стив Уиткофф'],
    ['[x](command:workbench.action.terminal.new)', '\\[x\\]\\(command\\:workbench\\.action\\.terminal\\.new\\)'],
    ['a\\b', 'a\\\\b'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['line\nbreak', 'line break'],
    ['# head', '\\# head'],
    ['&amp;', '\\&amp;'],
  ];
  for (const [input, expected] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeMarkdown(input), expected));
  }

  it('leaves no unescaped bracket, parenthesis or backslash', () => {
    const escaped = escapeMarkdown('][)(\\[x](command:evil)');
    assert.doesNotMatch(escaped.replace(/\\./g, ''), /[[\]()\\]/);
  });

  it('cuts long text with an ellipsis before escaping', () => {
    assert.equal(escapeMarkdown('abcdefghij', 5), 'abcd…');
  });

  it('builds command URIs with JSON arguments, parentheses encoded', () => {
    const uri = commandUri('corpusNavigator.openSource', { doc: 'a (1).txt', start: 1, end: 2 });
    assert.doesNotMatch(uri, /[()\s]/);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), { doc: 'a (1).txt', start: 1, end: 2 });
    assert.equal(commandUri('corpusNavigator.reindex'), 'command:corpusNavigator.reindex');
  });

  it('builds a link whose label cannot inject another link', () => {
    const link = commandLink('[x](command:workbench.action.terminal.new)', 'corpusNavigator.revealEntity', ['per:x'], 'say "hi"');
    assert.ok(link.startsWith('[\\[x\\]\\(command'), link);
    assert.match(link, /\]\(command:corpusNavigator\.revealEntity\?%5B%22per%3Ax%22%5D "say \\"hi\\""\)$/);
    assert.doesNotMatch(link, /(?<!\\)\]\(command:workbench/);
  });

  describe('leaves nothing for GFM to autolink', () => {
    const texts = [
      'https://evil.example/login',
      'http://evil.example',
      'see HTTPS://EVIL.EXAMPLE/a?b=c#d now',
      'ftp://evil.example/file',
      'www.evil.example.txt',
      '(www.evil.example)',
      'mailto:boss@evil.example',
      'xmpp:boss@evil.example',
      'boss@evil.example',
      'a.b-c_d+e@mail.evil.example',
      '<https://evil.example>',
      'Спецпосланник написал на почту press@kremlin.example.ru и на сайт kremlin.example.ru/news',
    ];
    for (const text of texts) {
      it(`shows ${JSON.stringify(text)} as written, with no autolink`, () => {
        assert.ok(autolinkIn(text), `${text} is autolinked when not escaped`);
        const markdown = escapeMarkdown(text);
        assert.equal(autolinkIn(markdown), undefined, markdown);
        assert.equal(rendered(markdown), text);
      });
    }
  });

  it('builds tooltip paragraphs of escaped texts, leaving out empty ones', () => {
    const markdown = markdownParagraphs('https://evil.example/login', '', 'www.evil.example.txt · 2026-01-09');
    assert.equal(markdown, 'https\\://evil\\.example/login\n\nwww\\.evil\\.example\\.txt · 2026\\-01\\-09');
    assert.equal(autolinkIn(markdown), undefined, markdown);
  });
});

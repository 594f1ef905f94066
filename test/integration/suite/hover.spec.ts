// Hover cards in a real VS Code: people, places, dates, and untrusted article text shown as text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../../src/vscode/commandIds';
import { api, articleUri, positionOf } from './helpers';

async function hoverAt(name: string, text: string, into = 2): Promise<{ markdown: string; plain: string; hovers: vscode.Hover[] }> {
  const document = await vscode.workspace.openTextDocument(articleUri(name));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, text, into));
  const markdown = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
  // What a reader sees, roughly: no escapes, no link targets, &nbsp; as spaces.
  const plain = markdown
    .replace(/\]\([^)\s]*(?: "[^"]*")?\)/g, ']')
    .replace(/\\(.)/g, '$1')
    .replace(/&nbsp;/g, ' ');
  return { markdown, plain, hovers };
}

/** The JSON arguments of every `command:` link to `command` in the markdown. */
function linkArgs(markdown: string, command: string): unknown[] {
  const out: unknown[] = [];
  const re = new RegExp(`\\(command:${command.replace(/\./g, '\\.')}\\?([^)\\s]+)`, 'g');
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) out.push(JSON.parse(decodeURIComponent(m[1])));
  return out;
}

describe('Hover cards', () => {
  it('show a person: name, roles with source links, spellings, counts, co-mentions and command links', async () => {
    const { index } = await api();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const { markdown, plain, hovers } = await hoverAt('000_e37b06c1d52fef68.txt', 'Стива Уиткоффа', 8);
    assert.equal(hovers.length, 1);
    assert.match(plain, /Стив Уиткофф/);
    assert.match(plain, /Person/);
    assert.match(plain, /спецпосланник президента США/);
    assert.match(plain, /Spellings seen: .*Віткофф/);
    assert.match(plain, /\d+ mentions in [2-5] articles/);
    assert.match(plain, /Often mentioned with:/);
    // Each role source opens its article at the role's span.
    const sources = linkArgs(markdown, 'corpusNavigator.openSource') as { doc: string; start: number; end: number }[];
    const roleSources = witkoff.roles.flatMap((r) => r.sources);
    for (const s of roleSources) assert.ok(sources.some((l) => l.doc === s.doc && l.start === s.start && l.end === s.end), `a link to ${s.doc}:${s.start}`);
    assert.deepEqual(linkArgs(markdown, 'corpusNavigator.showAllMentions'), [[witkoff.id]]);
    assert.ok(linkArgs(markdown, 'corpusNavigator.revealEntity').some((a) => JSON.stringify(a) === JSON.stringify([witkoff.id])));
    assert.match(plain, /Show All Mentions/);
    assert.match(plain, /Open first mention/);
    // Every command link is on the allow-list, and the card trusts only that list.
    for (const m of markdown.matchAll(/\(command:([\w.]+)/g)) assert.ok(HOVER_COMMANDS.includes(m[1]), `${m[1]} is allowed`);
    const content = hovers[0].contents[0];
    if (typeof content !== 'string' && 'isTrusted' in content && content.isTrusted !== undefined) {
      assert.notEqual(content.isTrusted, true, 'not trusted wholesale');
      if (typeof content.isTrusted === 'object') assert.deepEqual([...content.isTrusted.enabledCommands].sort(), [...HOVER_COMMANDS].sort());
    }
  });

  it('show a person’s latest quotes, each a link to its span, and a link to all of them', async () => {
    const { index } = await api();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const quotes = index.quotesOf(witkoff.id);
    assert.ok(quotes.length > 3, `${quotes.length} quotes`);
    const { markdown, plain } = await hoverAt('000_e37b06c1d52fef68.txt', 'Стива Уиткоффа', 8);
    assert.match(plain, /Latest quotes:/);
    const opened = linkArgs(markdown, 'corpusNavigator.openSource') as { doc: string; start: number; end: number }[];
    for (const q of quotes.slice(0, 3)) {
      assert.ok(opened.some((l) => l.doc === q.doc && l.start === q.start && l.end === q.end), `a link to the quote at ${q.doc}:${q.start}`);
      assert.ok(plain.includes(`«${index.textAt(q).replace(/\s+/g, ' ').slice(0, 30)}`), 'the quote’s words');
    }
    const fourth = quotes[3];
    assert.ok(!opened.some((l) => l.doc === fourth.doc && l.start === fourth.start && l.end === fourth.end), 'three at most');
    assert.deepEqual(linkArgs(markdown, 'corpusNavigator.quotesBy'), [[witkoff.id]]);
    assert.match(plain, new RegExp(`all ${quotes.length} quotes`));
  });

  it('show no quotes for a person who is not quoted', async () => {
    const { plain } = await hoverAt('001_491d49c81bf1f61b.txt', 'Джош Грюнбаум', 3);
    assert.match(plain, /Джош Грюнбаум/);
    assert.doesNotMatch(plain, /Latest quotes:/);
  });

  it('show the same person on a Ukrainian inflected form', async () => {
    const { plain } = await hoverAt('003_d450a8c0e07fb2e9.txt', 'Стівом Віткоффом', 3);
    assert.match(plain, /Стив Уиткофф/);
    assert.match(plain, /Here: Стівом Віткоффом/);
  });

  it('show a place with the same shape and fewer sections', async () => {
    const { index } = await api();
    const { plain, markdown } = await hoverAt('001_491d49c81bf1f61b.txt', 'Париже', 2);
    assert.match(plain, /Париж\** — Place/);
    assert.doesNotMatch(plain, /Roles:/);
    assert.match(plain, /mentions? in \d article/);
    const paris = index.entitiesByName('Париж', 'LOC')[0];
    assert.deepEqual(linkArgs(markdown, 'corpusNavigator.showAllMentions'), [[paris.id]]);
    assert.match(plain, /Reveal in Sidebar/);
  });

  it('show a date: ISO day, weekday, how it was resolved, other articles of that day', async function () {
    const { index } = await api();
    const dates = [...index.articles.keys()].flatMap((doc) => index.mentionsIn(doc).filter((m) => m.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '')));
    if (dates.length === 0) this.skip(); // the index does not extract dates yet
    // Prefer a day that other articles mention too.
    const mention = dates.find((m) => index.dateMentionsOn(m.value!).some((o) => o.doc !== m.doc)) ?? dates[0];
    const document = await vscode.workspace.openTextDocument(articleUri(mention.doc));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(mention.start + 1));
    const markdown = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    const plain = markdown.replace(/\\(.)/g, '$1').replace(/&nbsp;/g, ' ');
    const weekday = new Intl.DateTimeFormat(vscode.env.language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${mention.value}T00:00:00Z`));
    assert.ok(plain.includes(`**${mention.value}**, ${weekday}`), `${mention.value} ${weekday} in\n${plain}`);
    assert.match(plain, /Written in full|Year inferred|Relative to|A weekday|Not resolved/);
    const others = new Set(index.dateMentionsOn(mention.value!).filter((m) => m.doc !== mention.doc).map((m) => m.doc));
    const linked = new Set((linkArgs(markdown, 'corpusNavigator.openSource') as { doc: string }[]).map((a) => a.doc));
    for (const doc of others) assert.ok(linked.has(doc), `links ${doc}`);
  });

  describe('with untrusted text in an article', () => {
    const NAME = 'zz_hover_injection.txt';
    const TITLE = '[x](command:workbench.action.terminal.new) **bold** <b>html</b>';
    before(async () => {
      await api();
      const text = ` date 2026-01-09 ${TITLE}\n\nСпецпосланник президента США Стив Уиткофф прилетел в Париж. Стив Уиткофф сказал [y](command:workbench.action.terminal.new).\n`;
      await vscode.workspace.fs.writeFile(articleUri(NAME), new TextEncoder().encode(text));
      await vscode.commands.executeCommand('corpusNavigator.reindex');
    });
    after(async () => {
      await vscode.workspace.fs.delete(articleUri(NAME));
      await vscode.commands.executeCommand('corpusNavigator.reindex');
    });

    it('shows an injected link in a title as text, never as a link or command', async () => {
      const { index } = await api();
      assert.ok(index.articles.has(NAME), 'the temporary article is indexed');
      const { markdown, plain } = await hoverAt(NAME, 'Стив Уиткофф', 8);
      assert.match(plain, /Стив Уиткофф/);
      assert.doesNotMatch(markdown, /command:workbench/, 'no link target to a workbench command');
      assert.doesNotMatch(markdown, /(?<!\\)\[x(?<!\\)\]/, 'brackets stay escaped');
      assert.doesNotMatch(markdown, /<b>/, 'no raw HTML');
      for (const m of markdown.matchAll(/\(command:([\w.]+)/g)) assert.ok(HOVER_COMMANDS.includes(m[1]), `${m[1]} is allowed`);
      // The title does show, as text: it labels the link to the role's source in the temporary article.
      assert.ok(markdown.includes('\\[x\\]\\(command\\:workbench'), markdown);
      assert.ok(plain.includes(TITLE.slice(0, 40)), plain);
    });
  });
});

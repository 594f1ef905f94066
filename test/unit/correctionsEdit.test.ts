import * as assert from 'node:assert/strict';
import { applyCorrections, parseCorrections } from '../../src/core/corrections';
import { addIgnore, addMerge, addRename, CORRECTIONS_HEADER, CorrectionsEditError, newCorrectionsText } from '../../src/core/correctionsEdit';
import type { Entity, Mention, Problem } from '../../src/core/types';

const witkoff: Entity = { id: 'per:witkoff', type: 'PER', name: 'Стив Уиткофф', aliases: ['Уиткофф'], roles: [] };
const steve: Entity = { id: 'per:steve', type: 'PER', name: 'Steve Witkoff', aliases: [], roles: [] };
const noise: Entity = { id: 'per:noise', type: 'PER', name: 'Реклама Иванов', aliases: [], roles: [] };
const mention = (entity: Entity, start: number): Mention => ({
  doc: 'a.txt', start, end: start + entity.name.length, type: 'PER', text: entity.name, lemma: entity.name, entity: entity.id,
});

/** What the edited file does when the indexer applies it. */
function apply(text: string) {
  const problems: Problem[] = [];
  const result = applyCorrections([witkoff, steve, noise], [mention(witkoff, 0), mention(steve, 20), mention(noise, 40)], parseCorrections(text, problems), problems);
  return { ...result, problems };
}

const USER_FILE = `# My corrections — do not lose this
rename:
  # the long form
  Кушнер: Джаред Кушнер  # as in the article
ignore: [Реклама]   # ads
aliases:
  Владимир Зеленский: [Зеля]
`;

describe('corpus.yaml edits', () => {
  describe('on a new file', () => {
    it('starts with the comment header', () => {
      assert.equal(newCorrectionsText(), `${CORRECTIONS_HEADER}\n`);
      const text = addRename('', witkoff, 'Стивен Уиткофф');
      assert.ok(text.startsWith(CORRECTIONS_HEADER), text);
      assert.match(text, /^rename:\n {2}Стив Уиткофф: Стивен Уиткофф\n$/m);
    });

    it('keeps a header the caller already wrote', () => {
      const text = addIgnore(newCorrectionsText(), noise);
      assert.ok(text.startsWith(CORRECTIONS_HEADER));
      assert.match(text, /ignore:\n {2}- Реклама Иванов\n$/);
    });
  });

  // Table: edit → what must appear; in every case the user's comments and other entries survive.
  const cases: [string, (text: string) => string, RegExp][] = [
    ['rename adds a pair', (t) => addRename(t, witkoff, 'Стивен Уиткофф'), /Стив Уиткофф: Стивен Уиткофф/],
    ['ignore appends to a flow list', (t) => addIgnore(t, noise), /ignore: \[Реклама, Реклама Иванов\]/],
    ['merge adds the section with a flow group', (t) => addMerge(t, [witkoff, steve]), /merge:\n {2}- \[Стив Уиткофф, Steve Witkoff\]/],
  ];
  for (const [name, edit, expected] of cases) {
    it(`${name}, preserving comments and entries`, () => {
      const text = edit(USER_FILE);
      assert.match(text, expected);
      for (const kept of ['# My corrections — do not lose this', '# the long form', '# as in the article', '# ads', 'Владимир Зеленский: [Зеля]', 'Кушнер: Джаред Кушнер']) {
        assert.ok(text.includes(kept), `${kept} survives in\n${text}`);
      }
      const problems: Problem[] = [];
      parseCorrections(text, problems);
      assert.deepEqual(problems, []);
    });
  }

  it('replaces an earlier rename of the same entity, found by any of its names', () => {
    const once = addRename('', witkoff, 'Стивен Уиткофф');
    // After the rename the old display name is an alias.
    const renamed = { ...witkoff, name: 'Стивен Уиткофф', aliases: ['Уиткофф', 'Стив Уиткофф'] };
    const twice = addRename(once, renamed, 'С. Уиткофф');
    assert.equal((twice.match(/Уиткофф:/g) ?? []).length, 1, twice);
    assert.match(twice, /Стив Уиткофф: С\. Уиткофф/);
    assert.equal(apply(twice).entities.find((e) => e.id === 'per:witkoff')?.name, 'С. Уиткофф');
  });

  it('keeps the comment on a rename it changes', () => {
    assert.match(addRename(USER_FILE, 'КУШНЕР', 'Д. Кушнер'), /Кушнер: Д\. Кушнер  # as in the article/);
  });

  it('does not list an ignored entity twice', () => {
    const once = addIgnore('', noise);
    assert.equal(addIgnore(once, { ...noise, name: 'реклама иванов' }), once);
  });

  it('grows a merge group led by the same target', () => {
    const text = addMerge(addMerge('', [witkoff, steve]), [witkoff, noise]);
    assert.match(text, /- \[Стив Уиткофф, Steve Witkoff, Реклама Иванов\]/);
    assert.equal((text.match(/^ {2}- /gm) ?? []).length, 1);
  });

  it('writes renamed entities by the name the rename starts from, so merge and ignore still find them', () => {
    const renamed = addRename('', witkoff, 'Стивен Уиткофф');
    const shown = { ...witkoff, name: 'Стивен Уиткофф', aliases: ['Уиткофф', 'Стив Уиткофф'] };
    const merged = addMerge(renamed, [shown, steve]);
    assert.match(merged, /- \[Стив Уиткофф, Steve Witkoff\]/);
    const r = apply(merged);
    assert.deepEqual(r.problems, []);
    assert.equal(r.entities.length, 2);
    assert.equal(r.mentions.filter((m) => m.entity === 'per:witkoff').length, 2);
  });

  it('produces files the indexer applies: rename, merge, ignore', () => {
    let text = newCorrectionsText();
    text = addIgnore(text, noise);
    text = addMerge(text, [witkoff, steve]);
    text = addRename(text, witkoff, 'Стивен Уиткофф');
    const r = apply(text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.entities.map((e) => e.name), ['Стивен Уиткофф']);
    assert.equal(r.mentions.length, 2);
  });

  it('quotes names that YAML would misread', () => {
    const text = addRename('', 'yes', 'Name: with colon');
    const problems: Problem[] = [];
    const parsed = parseCorrections(text, problems);
    assert.deepEqual(problems, []);
    assert.equal(parsed.rename[0][0].name, 'yes');
    assert.equal(parsed.rename[0][1], 'Name: with colon');
  });

  it('refuses to touch a broken or wrong-shaped file', () => {
    assert.throws(() => addIgnore('rename: [unclosed\n', noise), CorrectionsEditError);
    assert.throws(() => addIgnore('- a list\n', noise), CorrectionsEditError);
    assert.throws(() => addIgnore('ignore: {a: b}\n', noise), CorrectionsEditError);
    assert.throws(() => addRename('', noise, '  '), CorrectionsEditError);
    assert.throws(() => addMerge('', [noise]), CorrectionsEditError);
  });

  // Table: a file → the exact file after Hide of "Реклама Иванов": only the new entry is added.
  const hidden: [string, string, string][] = [
    ['an empty section', 'ignore:\n', 'ignore:\n  - Реклама Иванов\n'],
    ['an empty section with a comment', 'ignore:  # note\n', 'ignore:  # note\n  - Реклама Иванов\n'],
    ['an empty section with comments below', 'ignore:\n#   - Пример\n# more\n', 'ignore:\n  - Реклама Иванов\n#   - Пример\n# more\n'],
    ['a ~ section', 'ignore: ~  # none yet\n', 'ignore: [Реклама Иванов]  # none yet\n'],
    ['an empty flow list', 'ignore: [ ]\n', 'ignore: [Реклама Иванов ]\n'],
    ['a list indented by four, last line without a line end', 'ignore:\n    -   a  # a\n    # after a', 'ignore:\n    -   a  # a\n    - Реклама Иванов\n    # after a'],
    ['CRLF line ends', '# top\r\nrename: {a: b}\r\n', '# top\r\nrename: {a: b}\r\nignore:\r\n  - Реклама Иванов\r\n'],
    ['lone-CR line ends', 'ignore:\r  - a\r', 'ignore:\r  - a\r  - Реклама Иванов\r'],
    ['a comment-only file without a line end', '# mine', '# mine\nignore:\n  - Реклама Иванов\n'],
  ];
  for (const [what, before, after] of hidden) {
    it(`Hide on ${what} adds the entry and changes nothing else`, () => {
      assert.equal(addIgnore(before, noise), after);
    });
  }

  it('changes only the value of a rename, even one written as a list', () => {
    assert.equal(addRename('rename:\n  Реклама Иванов: [a, b]  # wrong\n', noise, 'Р. Иванов'), 'rename:\n  Реклама Иванов: Р. Иванов  # wrong\n');
  });

  // Names come from article text: whatever they hold, the file must read back exactly that name.
  const oddNames = ['- dash', '#hash', 'a # b', 'x: y', '[brackets]', '{braces}', 'a, b', '"quoted"', "'single'", 'back\\slash', '@at', '%pct', '&anchor', '*alias', '!tag', '|pipe', '>fold', '---', '...', '?q', 'tab\there', 'line\nbreak', ' padded ', 'null', 'true', '12', '0x1F', '~', '«Газпром»', 'Д’Артаньян'];
  for (const layout of ['', 'ignore: [a]\n', 'ignore:\n  - a\n']) {
    it(`writes odd names so that they read back exactly (${JSON.stringify(layout)})`, () => {
      for (const name of oddNames) {
        const text = addIgnore(layout, name);
        const problems: Problem[] = [];
        const parsed = parseCorrections(text, problems);
        assert.deepEqual(problems, [], text);
        assert.equal(parsed.ignore.at(-1)?.name, name.trim(), text);
      }
    });
  }

  it('refuses a file whose section is written twice, since either could be meant', () => {
    assert.throws(() => addIgnore('ignore: [a]\nignore: [b]\n', noise), /"ignore" is written twice/);
  });
});

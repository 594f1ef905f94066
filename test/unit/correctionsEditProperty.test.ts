// Property test of the corpus.yaml edits: on many generated files, with comments in every place YAML allows
// one (above, beside and below sections and entries, in empty sections, inside flow lists), and on the
// template as users uncomment it, Rename, Merge and Hide keep every comment and every other byte, and the
// file then means exactly the old corrections plus the one made.
import * as assert from 'node:assert/strict';
import { type Corrections, parseCorrections } from '../../src/core/corrections';
import { addIgnore, addMerge, addRename } from '../../src/core/correctionsEdit';
import { CORRECTIONS_TEMPLATE } from '../../src/core/correctionsTemplate';
import type { Problem } from '../../src/core/types';
import { seededRandom } from '../../src/core/util/seededRandom';

// Names as they are written in a file; a few need quotes.
const NAMES = ['США', 'Стив Уиткофф', 'Джаред Кушнер', 'Зеля', 'Київ', 'per:witkoff', "О'Нил", '"2024"', '"a: b"', "'x, y'", 'Steve Witkoff'];
const SECTIONS = ['merge', 'rename', 'ignore', 'split', 'aliases'] as const;

interface Generated {
  text: string;
  comments: string[];
}

function generate(seed: number): Generated {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number): boolean => next() < p;
  const comments: string[] = [];
  const comment = (): string => {
    const text = `# c${comments.length} ${pick(['note', 'примітка', 'see: [x]', '- dash', ''])}`.trimEnd();
    comments.push(text);
    return text;
  };
  const beside = (): string => (chance(0.4) ? `${pick([' ', '  ', '    '])}${comment()}` : '');
  const indent = pick([2, 4]);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const commentLines = (at: string): void => {
    while (chance(0.25)) lines.push(`${pick([at, ''])}${comment()}`);
    if (chance(0.1)) lines.push('');
  };
  commentLines('');
  const names = (): string[] => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(NAMES));
  for (const section of [...SECTIONS].sort(() => next() - 0.5).slice(0, 1 + Math.floor(next() * SECTIONS.length))) {
    const style = pick(['empty', 'null', 'block', 'flow'] as const);
    const isList = section === 'merge' || section === 'ignore';
    const item = (): string => (section === 'merge' ? `[${names().concat(pick(NAMES)).join(', ')}]` : pick(NAMES));
    const pair = (): string => `${pick(NAMES)}: ${section === 'rename' ? pick(NAMES) : `[${names().join(', ')}]`}`;
    if (style === 'empty') {
      lines.push(`${section}:${beside()}`);
      commentLines(pad);
    } else if (style === 'null') {
      lines.push(`${section}: ${pick(['~', 'null'])}${beside()}`);
    } else if (style === 'flow') {
      const entries = Array.from({ length: Math.floor(next() * 3) }, isList ? item : pair);
      lines.push(`${section}: ${isList ? `[${entries.join(', ')}]` : `{${entries.join(', ')}}`}${beside()}`);
    } else {
      lines.push(`${section}:${beside()}`);
      for (let i = 1 + Math.floor(next() * 3); i > 0; i--) {
        commentLines(pad);
        lines.push(`${pad}${isList ? '- ' : ''}${isList ? item() : pair()}${beside()}`);
      }
    }
    commentLines(pick(['', pad]));
  }
  const eol = pick(['\n', '\r\n', '\r']);
  return { text: lines.join(eol) + (chance(0.8) ? eol : ''), comments };
}

/** The corrections as plain names, in the order written: what the file means. */
function meaning(text: string): Record<keyof Corrections, unknown> {
  const problems: Problem[] = [];
  const c = parseCorrections(text, problems);
  const errors = problems.filter((p) => p.severity === 'error');
  assert.deepEqual(errors, [], `${JSON.stringify(text)} parses`);
  return {
    merge: c.merge.map((group) => group.map((r) => r.name)),
    rename: c.rename.map(([r, name]) => [r.name, name]),
    ignore: c.ignore.map((r) => r.name),
    split: c.split.map(([r, names]) => [r.name, names]),
    aliases: c.aliases.map(([r, names]) => [r.name, names]),
    roles: c.roles.map(([r, names]) => [r.name, names]),
  };
}

/** The edit changed one place only: what it removed from the old text holds no comment and no line break. */
function assertOneLocalChange(before: string, after: string): void {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const removed = before.slice(start, before.length - end);
  assert.doesNotMatch(removed, /[#\r\n]/, `only the edited entry changes:\n${JSON.stringify(before)}\n→ ${JSON.stringify(after)}`);
}

interface Edit {
  name: string;
  run: (text: string) => string;
  /** The old meaning with the correction added. */
  expect: (m: Record<keyof Corrections, unknown>) => void;
}

const EDITS: Edit[] = [
  {
    name: 'Hide',
    run: (t) => addIgnore(t, { id: 'per:new', name: 'Новий Діяч', aliases: [] }),
    expect: (m) => (m.ignore as string[]).push('Новий Діяч'),
  },
  {
    name: 'Merge',
    run: (t) => addMerge(t, [{ id: 'per:a', name: 'Анна Аа', aliases: [] }, { id: 'per:b', name: 'Анна Бб', aliases: [] }]),
    expect: (m) => (m.merge as string[][]).push(['Анна Аа', 'Анна Бб']),
  },
  {
    name: 'Rename',
    run: (t) => addRename(t, { id: 'per:r', name: 'Рената Рр', aliases: [] }, 'Рената Р.'),
    expect: (m) => (m.rename as string[][]).push(['Рената Рр', 'Рената Р.']),
  },
];

function assertEditKeepsEverything(text: string, comments: string[], edit: Edit, what: string): void {
  const expected = meaning(text);
  edit.expect(expected);
  const after = edit.run(text);
  for (const comment of comments) assert.ok(after.includes(comment), `${edit.name} on ${what} keeps "${comment}":\n${after}`);
  assertOneLocalChange(text, after);
  assert.deepEqual(meaning(after), expected, `${edit.name} on ${what}:\n${after}`);
}

describe('corpus.yaml edits keep what the user wrote (property)', function () {
  // Hundreds of parses per test: a generous limit, so a busy machine does not fail it.
  this.timeout(60_000);
  const FILES = 300;
  for (const edit of EDITS) {
    it(`${edit.name} keeps every comment and byte of ${FILES} generated files and adds exactly its entry`, () => {
      for (let seed = 1; seed <= FILES; seed++) {
        const { text, comments } = generate(seed);
        assertEditKeepsEverything(text, comments, edit, `seed ${seed}`);
      }
    });
  }

  it('an edit of an entry that is there already changes only its value', () => {
    for (let seed = 1; seed <= FILES; seed++) {
      const { text, comments } = generate(seed);
      const before = meaning(text);
      const renamed = (before.rename as string[][]).at(-1);
      if (!renamed) continue;
      const after = addRename(text, renamed[0], 'Нова Назва');
      for (const comment of comments) assert.ok(after.includes(comment), `seed ${seed} keeps "${comment}"`);
      assert.deepEqual((meaning(after).rename as string[][]).at(-1), [renamed[0], 'Нова Назва'], `seed ${seed}`);
    }
  });

  // The template as users uncomment it: one section header at a time, with or without its example line.
  const templateComments = CORRECTIONS_TEMPLATE.split('\n').filter((line) => line.startsWith('#'));
  for (const section of ['merge', 'rename', 'ignore', 'split', 'aliases', 'roles']) {
    for (const example of [false, true]) {
      const lines = CORRECTIONS_TEMPLATE.split('\n');
      const at = lines.indexOf(`# ${section}:`);
      lines[at] = `${section}:`;
      if (example) lines[at + 1] = lines[at + 1].replace(/^# /, '');
      const text = lines.join('\n');
      const kept = templateComments.filter((line) => lines.includes(line));
      for (const edit of EDITS) {
        it(`${edit.name} on the template with "${section}:" uncommented${example ? ' with its example' : ''} keeps all ${kept.length} comment lines`, () => {
          assertEditKeepsEverything(text, kept, edit, `the template (${section})`);
        });
      }
    }
  }
});

import * as assert from 'node:assert/strict';
import { applyCorrections, parseCorrections } from '../../src/core/corrections';
import type { Entity, Mention, Problem } from '../../src/core/types';

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'PER', name, aliases, roles: [] });
const mention = (entity: string, lemma: string, start = 0): Mention => ({
  doc: 'a.txt', start, end: start + lemma.length, type: 'PER', text: lemma, lemma, entity,
});

const ENTITIES = [
  entity('per:witkoff', 'Стив Уиткофф', ['Стив Виткофф', 'Уиткофф']),
  entity('per:steve', 'Steve Witkoff'),
  entity('per:jared', 'Джаред Кушнер', ['Кушнер']),
  entity('per:noise', 'Реклама Иванов'),
];
const MENTIONS = [
  mention('per:witkoff', 'Стив Уиткофф', 0),
  mention('per:steve', 'Steve Witkoff', 20),
  mention('per:jared', 'Джаред Кушнер', 40),
  mention('per:jared', 'Кушнер', 60),
  mention('per:noise', 'Реклама Иванов', 80),
];

function correct(yaml: string) {
  const problems: Problem[] = [];
  const corrections = parseCorrections(yaml, problems);
  const result = applyCorrections(ENTITIES, MENTIONS, corrections, problems);
  const byName = (name: string) => result.entities.find((e) => e.name === name);
  return { ...result, problems, byName };
}

describe('corpus.yaml corrections', () => {
  it('merges entities into the first one named, with all mentions and spellings', () => {
    const r = correct('merge:\n  - [стив уиткофф, per:steve]\n');
    assert.equal(r.entities.length, 3);
    assert.deepEqual(r.mentions.filter((m) => m.entity === 'per:witkoff').length, 2);
    assert.ok(r.byName('Стив Уиткофф')?.aliases.includes('Steve Witkoff'));
    assert.deepEqual(r.problems, []);
  });

  it('renames the display name and keeps the old one as an alias', () => {
    const r = correct('rename:\n  Уиткофф: Стивен Уиткофф\n');
    const e = r.byName('Стивен Уиткофф');
    assert.equal(e?.id, 'per:witkoff');
    assert.ok(e?.aliases.includes('Стив Уиткофф'));
  });

  it('ignores a false entity and drops its mentions', () => {
    const r = correct('ignore: [Реклама Иванов]\n');
    assert.equal(r.byName('Реклама Иванов'), undefined);
    assert.equal(r.mentions.some((m) => m.entity === 'per:noise'), false);
  });

  it('splits a spelling off into an entity of its own', () => {
    const r = correct('split:\n  Джаред Кушнер: [Кушнер]\n');
    const split = r.byName('Кушнер');
    assert.ok(split);
    assert.deepEqual(r.mentions.filter((m) => m.entity === split.id).map((m) => m.start), [60]);
    assert.equal(r.byName('Джаред Кушнер')?.aliases.includes('Кушнер'), false);
  });

  it('adds aliases and roles', () => {
    const r = correct('aliases:\n  Джаред Кушнер: [Jared Kushner]\nroles:\n  Джаред Кушнер: [зять Трампа]\n');
    const e = r.byName('Джаред Кушнер');
    assert.ok(e?.aliases.includes('Jared Kushner'));
    assert.deepEqual(e?.roles.map((x) => x.title), ['зять Трампа']);
  });

  const broken: [string, string, RegExp, number][] = [
    ['a syntax error', 'merge:\n  - [a, b\nrename: {x: y}\n', /end with a \]$/, 3],
    ['a wrong type', 'ignore: Реклама Иванов\n', /"ignore" must be a list/, 1],
    ['an unknown section', 'mrege:\n  - [a, b]\n', /unknown section "mrege"/, 1],
    ['an unknown entity', 'ignore:\n  - Никто Никакой\n', /no entity is called "Никто Никакой"/, 2],
    ['a one-item merge', 'merge:\n  - [Стив Уиткофф]\n', /two or more/, 2],
    ['a top-level list', '- a\n- b\n', /must be a mapping/, 1],
  ];
  for (const [what, yaml, message, line] of broken) {
    it(`reports ${what} with its line and column, without throwing`, () => {
      const r = correct(yaml);
      const problem = r.problems.find((p) => message.test(p.message));
      assert.ok(problem, r.problems.map((p) => p.message).join('; '));
      assert.equal(problem.path, 'corpus.yaml');
      assert.equal(problem.line, line);
      assert.ok((problem.column ?? 0) >= 1);
    });
  }

  it('still applies the valid entries of a partly wrong file', () => {
    const r = correct('ignore: 42x\nrename:\n  Уиткофф: Стивен Уиткофф\nmerge: nope\n');
    assert.ok(r.byName('Стивен Уиткофф'));
    assert.ok(r.problems.length >= 2);
  });

  // Table: a file → the problem it must produce (message, line, column), and what must (not) be applied.
  const reported: { what: string; yaml: string; message: RegExp; line: number; column: number; check?: (r: ReturnType<typeof correct>) => void }[] = [
    {
      what: 'a section written twice',
      yaml: 'ignore: [Реклама Иванов]\nrename: {Уиткофф: Стивен Уиткофф}\nignore:\n  - Steve Witkoff\n',
      message: /section "ignore" is written twice \(first on line 1\)/,
      line: 3,
      column: 1,
      check: (r) => assert.equal(r.entities.length, 2, 'both ignore sections apply'),
    },
    {
      what: 'an entity renamed twice',
      yaml: 'rename:\n  Уиткофф: Стивен Уиткофф\n  уиткофф: С. Уиткофф\n',
      message: /"уиткофф" appears twice in "rename" \(first on line 2\); the last one applies/,
      line: 3,
      column: 3,
      check: (r) => assert.ok(r.byName('С. Уиткофф')),
    },
    {
      what: 'the same key twice in aliases',
      yaml: 'aliases:\n  Джаред Кушнер: [Jared]\n  Джаред Кушнер: [Kushner]\n',
      message: /"Джаред Кушнер" appears twice in "aliases" \(first on line 2\); both apply/,
      line: 3,
      column: 3,
    },
    {
      what: 'a rename to a list',
      yaml: 'rename:\n  Уиткофф: [a, b]\n',
      message: /a rename gives one name, not a list; "Уиткофф" is not renamed/,
      line: 2,
      column: 12,
      check: (r) => assert.ok(r.byName('Стив Уиткофф') && !r.byName('a')),
    },
    {
      what: 'an unknown entity in a file with lone-CR line ends',
      yaml: 'ignore:\r  - Реклама Иванов\r  - Никто Никакой\r',
      message: /no entity is called "Никто Никакой"/,
      line: 3,
      column: 5,
      check: (r) => assert.equal(r.byName('Реклама Иванов'), undefined),
    },
    {
      what: 'a syntax error in a file with lone-CR line ends',
      yaml: 'rename:\r  Уиткофф: Стивен Уиткофф\rmerge:\r  - [Стив Уиткофф, per:steve\r',
      message: /not applied/,
      line: 4,
      column: 5,
      check: (r) => assert.ok(r.byName('Стивен Уиткофф')),
    },
    {
      what: 'a rename whose list is never closed, which renames nothing',
      yaml: 'rename:\n  Стив Уиткофф: [a\nignore: [Реклама Иванов]\n',
      message: /not applied: its \[ is never closed/,
      line: 2,
      column: 3,
      check: (r) => {
        assert.ok(r.byName('Стив Уиткофф'), 'the person keeps the name');
        assert.equal(r.byName('a'), undefined);
      },
    },
    {
      what: 'a merge group that is never closed, which merges nothing',
      yaml: 'merge:\n  - [Стив Уиткофф, per:steve\nrename: {Джаред Кушнер: Джаред}\n',
      message: /not applied: its \[ is never closed/,
      line: 2,
      column: 5,
      check: (r) => {
        assert.ok(r.byName('Steve Witkoff'), 'not merged');
        assert.ok(r.byName('Джаред'), 'the next section still applies');
      },
    },
    {
      what: 'an ignore list that is never closed, which hides nothing',
      yaml: 'ignore: [Реклама Иванов, Steve Witkoff\n',
      message: /not applied: its \[ is never closed/,
      line: 1,
      column: 9,
      check: (r) => assert.equal(r.entities.length, ENTITIES.length),
    },
  ];
  for (const { what, yaml, message, line, column, check } of reported) {
    it(`reports ${what} at its line and column`, () => {
      const r = correct(yaml);
      const problem = r.problems.find((p) => message.test(p.message));
      assert.ok(problem, r.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('; '));
      assert.deepEqual([problem.line, problem.column], [line, column], problem.message);
      check?.(r);
    });
  }

  it('an empty file changes nothing', () => {
    const r = correct('');
    assert.equal(r.entities.length, ENTITIES.length);
    assert.deepEqual(r.problems, []);
  });
});

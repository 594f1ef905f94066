// The CLI as a user runs it: the bundled dist/cli.js (npm test builds it before the unit tests).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SAMPLES } from './samples';
import { SAMPLE_FILES } from './engineFixtures';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

/** A corpus folder with these files for the length of `body`. */
function withCorpus(files: Record<string, string | Uint8Array>, body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** C0 and C1 control characters and DEL, except the line feed that ends each line. */
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('corpus-nav CLI', function () {
  // Each test starts Node processes; on a loaded CI machine that alone can pass mocha's 2 s default.
  this.timeout(20_000);

  it('extract --format json follows the scorer contract', () => {
    const result = run('extract', SAMPLES, '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.equal(json.documents.length, 5);
    const doc = json.documents.find((d: { file: string }) => d.file === '002_f4c982d170557a16.txt');
    assert.equal(doc.lang, 'ru');
    assert.equal(doc.date, '2026-01-07');
    const m = doc.mentions.find((x: { text: string }) => x.text === 'Стивеном Уиткоффом');
    assert.deepEqual(Object.keys(m).sort(), ['end', 'entity', 'lemma', 'start', 'text', 'type']);
    assert.ok(json.entities.some((e: { id: string }) => e.id === m.entity));
  });

  it('extract --format json lists who said what: each quote a person entity, a document and a span of its text', () => {
    const json = JSON.parse(run('extract', SAMPLES, '--format', 'json').stdout) as {
      documents: { file: string }[];
      entities: { id: string; type: string; name: string }[];
      quotes: { speaker: string; doc: string; start: number; end: number }[];
    };
    const texts = new Map(SAMPLE_FILES);
    assert.ok(json.quotes.length > 0);
    for (const q of json.quotes) {
      assert.deepEqual(Object.keys(q).sort(), ['doc', 'end', 'speaker', 'start']);
      assert.equal(json.entities.find((e) => e.id === q.speaker)?.type, 'PER');
      assert.ok(json.documents.some((d) => d.file === q.doc));
      assert.ok(q.start < q.end && q.end <= (texts.get(q.doc) ?? '').length, `${q.doc} ${q.start}-${q.end}`);
    }
    const witkoff = json.entities.find((e) => e.name === 'Стив Уиткофф');
    const said = json.quotes.filter((q) => q.speaker === witkoff?.id).map((q) => (texts.get(q.doc) ?? '').slice(q.start, q.end));
    assert.ok(said.includes('Мы провели несколько встреч с европейскими лидерами, в частности с президентом Макроном, и украинскими лидерами, в частности с президентом Зеленским, и нас вдохновляет общий подход и партнерство между сторонами'), said.join('\n'));
  });

  it('extract --format yaml prints the same data as YAML', () => {
    const json = JSON.parse(run('extract', SAMPLES).stdout);
    const yaml = parseYaml(run('extract', SAMPLES, '--format', 'yaml').stdout);
    assert.deepEqual(yaml, JSON.parse(JSON.stringify(json)));
  });

  it('stats prints a readable table', () => {
    const result = run('stats', SAMPLES);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /articles\s+5/);
    assert.match(result.stdout, /languages\s+ru 4, uk 1/);
    assert.match(result.stdout, /top people/);
  });

  it('search finds a person by another spelling and prints mentions in context', () => {
    const result = run('search', SAMPLES, 'Віткофф');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Уиткофф/);
    assert.match(result.stdout, /003_d450a8c0e07fb2e9\.txt:\d+:\d+ .*\[Стівом Віткоффом\]/);
  });

  const bad: [string, string[], RegExp][] = [
    ['no command', [], /no command given/],
    ['an unknown command', ['frobnicate', SAMPLES], /unknown command "frobnicate"/],
    ['a missing folder', ['extract', '/no/such/folder'], /"\/no\/such\/folder" is not a folder/],
    ['a wrong format', ['extract', SAMPLES, '--format', 'xml'], /--format must be json or yaml/],
    ['an unknown option', ['extract', SAMPLES, '--colour'], /Unknown option '--colour'/],
    ['a search without a query', ['search', SAMPLES], /search needs a query/],
    ['a limit that is no number', ['search', SAMPLES, 'Трамп', '--limit', 'all'], /--limit must be a positive whole number/],
  ];
  for (const [what, args, message] of bad) {
    it(`rejects ${what} with a message and exit code 2, no stack trace`, () => {
      const result = run(...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    });
  }

  it('reports an unreadable file on stderr, still processes the others, and exits 1', () => {
    withCorpus({ 'ok.txt': 'Дональд Трамп прибыл в Париж.' }, (dir) => {
      // A dangling link cannot be read even by root, unlike a file without permissions.
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
      const result = run('extract', dir);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /error: dangling\.txt: Cannot read file/);
      assert.equal(JSON.parse(result.stdout).documents.length, 1);
    });
  });

  it('reports a binary file on stderr, still processes the others, and exits 1', () => {
    withCorpus({ 'ok.txt': 'Дональд Трамп прибыл в Париж.', 'broken.txt': Buffer.from([0, 159, 146, 150, 0]) }, (dir) => {
      const result = run('extract', dir);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /error: broken\.txt/);
      assert.deepEqual(JSON.parse(result.stdout).documents.map((d: { file: string }) => d.file), ['ok.txt']);
      const stats = run('stats', dir);
      assert.equal(stats.status, 1);
      assert.match(stats.stdout, /articles\s+1/);
      const search = run('search', dir, 'Трамп');
      assert.equal(search.status, 1);
      assert.match(search.stdout, /ok\.txt:1:1  \[Дональд Трамп\]/);
    });
  });

  it('exits 0 when only warnings were reported', () => {
    // "Трамп в Париже" in windows-1251: read with a warning.
    const cp1251 = Buffer.from([0xd2, 0xf0, 0xe0, 0xec, 0xef, 0x20, 0xe2, 0x20, 0xcf, 0xe0, 0xf0, 0xe8, 0xe6, 0xe5]);
    withCorpus({ 'ok.txt': 'Дональд Трамп прибыл в Париж.', 'old.txt': cp1251 }, (dir) => {
      const result = run('stats', dir);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /warning: old\.txt: .*windows-1251/);
      assert.match(result.stdout, /articles\s+2/);
    });
  });

  it('a stray byte in a UTF-8 article costs one character, not the article', () => {
    const clean = readFileSync(join(SAMPLES, '000_e37b06c1d52fef68.txt'));
    const damaged = Buffer.concat([Buffer.from([0xc0]), clean]);
    withCorpus({ 'clean.txt': clean, 'damaged.txt': damaged }, (dir) => {
      const result = run('extract', dir);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /^corpus-nav: warning: damaged\.txt:1:1: The file is UTF-8 except for an invalid byte at offset 0;/);
      const [cleanDoc, damagedDoc] = JSON.parse(result.stdout).documents;
      const texts = (doc: { mentions: { text: string }[] }) => doc.mentions.map((m) => m.text);
      assert.ok(cleanDoc.mentions.length > 0);
      assert.deepEqual(texts(damagedDoc), texts(cleanDoc));
    });
  });

  it('shows control characters from article text and file names as symbols, one line per record', () => {
    const evilName = 'evil\u001b]0;pwned\u0007.txt';
    const text = 'Дональд Трамп\u001b]0;owned\u0007 прибыл в Париж.\u001b[2J Трамп\u009b2J заявил.\r\n';
    withCorpus({ [evilName]: text, 'two\nlines.txt': Buffer.from([0, 1, 2]) }, (dir) => {
      const search = run('search', dir, 'Трамп');
      const stats = run('stats', dir);
      for (const result of [search, stats]) {
        assert.doesNotMatch(result.stdout, CONTROL);
        assert.doesNotMatch(result.stderr, CONTROL);
        // Every line on stderr is one whole problem: the newline in the file name did not split it.
        for (const line of result.stderr.trimEnd().split('\n')) assert.match(line, /^corpus-nav: (error|warning): /);
      }
      assert.match(search.stdout, /evil␛\]0;pwned␇\.txt:1:1  \[Дональд Трамп\]␛\]0;owned␇ прибыл в Париж\.␛\[2J Трамп\uFFFD2J заявил\./);
      assert.match(search.stderr, /error: two␊lines\.txt: /);
    });
  });

  it('keeps JSON and YAML output free of raw control characters, and the data unchanged', () => {
    const name = 'c1\u009b2J\u007f.txt';
    withCorpus({ [name]: 'Дональд Трамп прибыл в Париж.' }, (dir) => {
      const json = run('extract', dir, '--format', 'json');
      const yaml = run('extract', dir, '--format', 'yaml');
      for (const result of [json, yaml]) {
        assert.equal(result.status, 0, result.stderr);
        assert.doesNotMatch(result.stdout, CONTROL);
      }
      assert.equal(JSON.parse(json.stdout).documents[0].file, name);
      assert.deepEqual(parseYaml(yaml.stdout), JSON.parse(json.stdout));
    });
  });

  it('shows control characters in a usage error as symbols', () => {
    const result = run('stats', '/no/such\u001b[2J');
    assert.equal(result.status, 2);
    assert.doesNotMatch(result.stderr, CONTROL);
    assert.match(result.stderr, /"\/no\/such␛\[2J" is not a folder/);
  });
});

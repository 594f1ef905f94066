// The CLI as a user runs it: the bundled dist/cli.js (npm test builds it before the unit tests).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SAMPLES } from './samples';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

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
  ];
  for (const [what, args, message] of bad) {
    it(`rejects ${what} with a message and exit code 2, no stack trace`, () => {
      const result = run(...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    });
  }

  it('reports an unreadable file on stderr and still processes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
    try {
      writeFileSync(join(dir, 'ok.txt'), 'Дональд Трамп прибыл в Париж.');
      // A dangling link cannot be read even by root, unlike a file without permissions.
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
      const result = run('extract', dir);
      assert.equal(result.status, 0);
      assert.match(result.stderr, /dangling\.txt: Cannot read file/);
      assert.equal(JSON.parse(result.stdout).documents.length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a binary file on stderr and still processes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-cli-'));
    try {
      writeFileSync(join(dir, 'ok.txt'), 'Дональд Трамп прибыл в Париж.');
      writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 159, 146, 150, 0]));
      const result = run('extract', dir);
      assert.equal(result.status, 0);
      assert.match(result.stderr, /broken\.txt/);
      assert.deepEqual(JSON.parse(result.stdout).documents.map((d: { file: string }) => d.file), ['ok.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import * as assert from 'node:assert/strict';
import { problemsByFile } from '../../src/core/problemsByFile';
import type { Problem } from '../../src/core/types';

const warning = (path: string, i: number): Problem => ({ path, severity: 'warning', message: `no entity is called "X${i}"`, line: i + 1 });

describe('problemsByFile: what the Problems panel lists', () => {
  it('shows a bounded number of each file’s problems and counts the rest', () => {
    const problems = [...Array.from({ length: 20_000 }, (_, i) => warning('corpus.yaml', i)), warning('a.txt', 0)];
    const files = problemsByFile(problems, 100);
    assert.deepEqual(
      files.map((f) => [f.path, f.shown.length, f.more]),
      [
        ['corpus.yaml', 100, 19_900],
        ['a.txt', 1, 0],
      ],
    );
    assert.equal(files[0].shown[0].line, 1, 'the first problems in the file’s order');
  });

  it('shows errors before warnings, so that no number of warnings hides an error', () => {
    const error: Problem = { path: 'corpus.yaml', severity: 'error', message: 'bad YAML', line: 500 };
    const [file] = problemsByFile([...Array.from({ length: 300 }, (_, i) => warning('corpus.yaml', i)), error], 100);
    assert.equal(file.shown[0], error);
    assert.equal(file.more, 201);
  });
});

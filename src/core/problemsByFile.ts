// Problems as the Problems panel lists them: by file, a bounded number each. A corpus.yaml of 20,000 entries
// that name no entity has 20,000 true warnings; the editor shows the first of them and how many more there are
// (the CLI prints them all), errors before warnings so that no warning hides one.
import type { Problem } from './types';
import { ListMap } from './util/listMap';

export const MAX_PROBLEMS_SHOWN_PER_FILE = 100;

export interface FileProblems {
  path: string;
  shown: Problem[];
  /** How many more the file has than are shown. */
  more: number;
}

export function problemsByFile(problems: readonly Problem[], max = MAX_PROBLEMS_SHOWN_PER_FILE): FileProblems[] {
  const byPath = new ListMap<string, Problem>();
  for (const problem of problems) byPath.add(problem.path, problem);
  return [...byPath].map(([path, all]) => {
    const ordered = [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity !== 'error')];
    return { path, shown: ordered.slice(0, max), more: Math.max(0, ordered.length - max) };
  });
}

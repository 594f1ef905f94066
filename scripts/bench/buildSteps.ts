// The corpus-wide build (CorpusModel.buildData) step by step, on the benchmark's corpus: one cold build, then
// one-file edits, a delete and an add, and corpus.yaml corrections, each build's time and each step's (the step
// functions are wrapped by buildSteps.mjs when it bundles this file). Findings come from a cache beside the
// corpus, so a rerun measures the build alone. Prints one line per build; `--hashes FILE` writes (or, when FILE
// exists, compares with) a hash of every build's records: a change meant to keep the output must print "same".
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { parseArticle } from '../../src/core/article';
import { parseCorrections } from '../../src/core/corrections';
import { ArticleStages, type StageRuns } from '../../src/core/incremental/articleStages';
import { CorpusModel, findInArticle } from '../../src/core/pipeline';
import { decodeFindings, encodeFindings, type StoredFindings } from '../../src/core/store/findingsCodec';
import { pipelineVersion } from '../../src/core/store/pipelineVersion';
import { seededRandom } from '../../src/core/util/seededRandom';

/** Installed by buildSteps.mjs: sums the time spent in each wrapped function. */
interface StepTimer {
  wrapMethod(owner: object, name: string): void;
  reset(): void;
  report(): string;
}
const timer = (globalThis as unknown as { __buildSteps: StepTimer }).__buildSteps;
for (const name of ['bareSurnames', 'roles', 'reports']) timer.wrapMethod(ArticleStages.prototype, name);
timer.wrapMethod(CorpusModel.prototype, 'link');

const [dir, editsArg, hashFile, editsProfile] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const cacheFile = join(dir, `.findings-${createHash('sha256').update(pipelineVersion()).digest('hex').slice(0, 12)}.json`);

const model = new CorpusModel();
const started = performance.now();
if (existsSync(cacheFile)) {
  const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, StoredFindings>;
  for (const f of files) model.set(parseArticle(f, texts.get(f)!), decodeFindings(stored[f], f));
} else {
  const stored: Record<string, StoredFindings> = {};
  for (const f of files) {
    const article = parseArticle(f, texts.get(f)!);
    const found = findInArticle(article);
    stored[f] = encodeFindings(found);
    model.set(article, found);
  }
  writeFileSync(cacheFile, JSON.stringify(stored));
}
console.log(`${files.length} articles read in ${(performance.now() - started).toFixed(0)} ms`);

const hashes: string[] = [];
function build(label: string, run: () => unknown): void {
  timer.reset();
  const before = model.stages.runs;
  const [t0, cpu0] = [performance.now(), process.cpuUsage()];
  const data = run();
  const [ms, cpu] = [performance.now() - t0, process.cpuUsage(cpu0)];
  const after = model.stages.runs;
  const runs = (Object.keys(after) as (keyof StageRuns)[]).map((k) => `${k} ${after[k] - before[k]}`).join(', ');
  console.log(`${label.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)}) | ${timer.report()} | runs ${runs}`);
  if (hashFile) hashes.push(createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16));
}

build('cold', () => model.buildData());
// The edits' profile alone, when asked: the cold build would drown them.
const session = editsProfile ? new Session() : undefined;
session?.connect();
session?.post('Profiler.enable');
session?.post('Profiler.start');
const random = seededRandom(7);
const SENTENCE = { ru: 'Президент Франции Эмманюэль Макрон заявил об этом в пятницу в Париже.', uk: 'Президент Франції Емманюель Макрон заявив про це в пʼятницю в Парижі.' };
const pick = (): string => files[Math.floor(random() * files.length)];
for (let edit = 0; edit < Number(editsArg); edit++) {
  // As the bench's update: a sentence inserted after the first paragraph of a random article.
  const path = pick();
  const text = texts.get(path)!;
  const at = text.indexOf('\n\n');
  const sentence = `${path.startsWith('uk') ? SENTENCE.uk : SENTENCE.ru} (${edit + 1})`;
  texts.set(path, at < 0 ? `${text}\n\n${sentence}\n` : `${text.slice(0, at)}\n\n${sentence}${text.slice(at)}`);
  model.set(parseArticle(path, texts.get(path)!));
  build(`edit ${edit}`, () => model.buildData());
}
session?.post('Profiler.stop', (error, result) => {
  if (error) throw error;
  writeFileSync(editsProfile, JSON.stringify(result.profile));
});
const gone = pick();
model.delete(gone);
build('delete', () => model.buildData());
model.set(parseArticle(gone, texts.get(gone)!));
build('add', () => model.buildData());
for (const run of [1, 2]) {
  const yaml = `rename: { "Эмманюэль Макрон": "Эмманюэль Макрон (правка ${run})" }\nignore: ["Париж"]\n`;
  build(`correction ${run}`, () => model.buildData([], parseCorrections(yaml, [])));
}
if (hashFile && existsSync(hashFile)) {
  const same = readFileSync(hashFile, 'utf8').trim() === hashes.join('\n');
  console.log(same ? 'output: same' : `output: DIFFERENT from ${hashFile}`);
} else if (hashFile) writeFileSync(hashFile, hashes.join('\n'));

// corpus-nav: the core on the command line — the eval harness and a scripting entry point.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { describeError } from '../core/corpus/loader';
import { toExtractionJson } from '../core/export';
import type { CorpusIndex } from '../core/index/corpusIndex';
import { useModel } from '../core/model/active';
import { decodeWeights } from '../core/model/codec';
import { indexCorpus } from '../core/pipeline';
import { keywordInContext, positionAt } from '../core/text/context';
import type { Problem } from '../core/types';
import { NodeFileSystem } from './nodeFileSystem';
import { table } from './table';
import { escapeControlsInJson, escapeControlsInYaml, writeLines } from './terminalText';

/** Exit statuses; the usage text and the README document them. */
const EXIT = {
  ok: 0,
  /** The output is complete for what could be read, but an error was reported (or search found no one). */
  problems: 1,
  usage: 2,
} as const;

const USAGE = `usage: corpus-nav <command> <folder> [options]

commands:
  extract <folder> [--format json|yaml]   every article's mentions, entities, events and quotes
  stats <folder>                          articles, languages, dates, top people and events
  search <folder> <query> [--limit N]     people matching a name, with every mention in context

options:
  -h, --help                              show this help

environment:
  CORPUS_NAV_MODEL=FILE|none              tag with the weights in FILE (npm run train -- --out FILE), or rules only

exit status:
  0  success; warnings may have been printed
  1  an error was printed (a binary, unreadable or undecodable file, an unreadable folder) but
     everything readable was processed and printed; or search found no one
  2  the command line was wrong; nothing was processed`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      limit: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const [command, folder, ...rest] = positionals;
  if (!command) throw new UsageError('no command given');
  if (!['extract', 'stats', 'search'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (!folder) throw new UsageError(`${command} needs a corpus folder`);
  if (!isDirectory(folder)) throw new UsageError(`"${folder}" is not a folder`);
  // Every argument is checked before the corpus is read, so a typo costs no indexing and prints no problems.
  if (command === 'extract' && values.format !== 'json' && values.format !== 'yaml') {
    throw new UsageError(`--format must be json or yaml, not "${values.format}"`);
  }
  const query = rest.join(' ');
  const limit = Number(values.limit);
  if (command === 'search') {
    if (!query) throw new UsageError('search needs a query');
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
  }

  useModelFromEnvironment();
  const index = await indexCorpus(new NodeFileSystem(folder));
  reportProblems(index.problems);
  const status = index.problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;

  switch (command) {
    case 'extract': {
      const json = toExtractionJson(index);
      // JSON and YAML escape their own control characters except DEL and C1; those are escaped here.
      process.stdout.write(values.format === 'json' ? `${escapeControlsInJson(JSON.stringify(json, null, 1))}\n` : escapeControlsInYaml(toYaml(json)));
      return status;
    }
    case 'stats':
      writeLines(process.stdout, statsReport(index));
      return status;
    default: {
      const report = searchReport(index, query, limit);
      writeLines(process.stdout, report.lines);
      return report.found ? status : EXIT.problems;
    }
  }
}

/**
 * CORPUS_NAV_MODEL=FILE extracts with other weights (a file `npm run train -- --out FILE` wrote), =none with the
 * rules alone: how leave-one-topic-out runs score a model that never saw the topic.
 */
function useModelFromEnvironment(): void {
  const choice = process.env.CORPUS_NAV_MODEL;
  if (!choice) return;
  useModel(choice === 'none' ? null : decodeWeights(readFileSync(choice, 'utf8')));
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

function reportProblems(problems: readonly Problem[]): void {
  writeLines(
    process.stderr,
    problems.map((p) => `corpus-nav: ${p.severity}: ${p.line ? `${p.path}:${p.line}:${p.column ?? 1}` : p.path}: ${p.message}`),
  );
}

function statsReport(index: CorpusIndex): string[] {
  const s = index.stats();
  const lines = [
    ...table([
      ['articles', String(s.articles)],
      ['languages', Object.entries(s.languages).map(([lang, n]) => `${lang} ${n}`).join(', ') || '—'],
      ['dates', s.firstDate ? `${s.firstDate} … ${s.lastDate}` : '—'],
      ['people', String(s.people)],
      ['places', String(s.places)],
      ['organizations', String(s.organizations)],
      ['events', String(s.events)],
      ['mentions', String(s.mentions)],
    ]),
    '',
    'top people',
    ...table(
      [['mentions', 'articles', 'name'], ...index
        .entitiesOfType('PER')
        .map((e) => [String(index.mentionsOf(e.id).length), String(index.articlesOf(e.id).length), e.name])
        .sort((a, b) => Number(b[0]) - Number(a[0]) || a[2].localeCompare(b[2]))
        .slice(0, 15)],
      { header: true, alignRight: [0, 1] },
    ),
  ];
  if (index.events.length > 0) {
    lines.push('', 'events', ...table([['date', 'sources', 'title'], ...index.events.map((e) => [e.end ? `${e.date}…${e.end}` : e.date, String(e.sources.length), e.title])], { header: true }));
  }
  return lines;
}

function searchReport(index: CorpusIndex, query: string, limit: number): { lines: string[]; found: boolean } {
  const entities = index.entitiesByName(query).slice(0, limit);
  if (entities.length === 0) return { lines: [`no person matches "${query}"`], found: false };
  const lines: string[] = [];
  for (const entity of entities) {
    const mentions = index.mentionsOf(entity.id);
    lines.push(`${entity.name}  (${entity.type}, ${mentions.length} mentions in ${index.articlesOf(entity.id).length} articles)`);
    for (const m of mentions) {
      const article = index.articles.get(m.doc)!;
      const pos = positionAt(article.text, m.start);
      const k = keywordInContext(article.text, m);
      lines.push(`  ${m.doc}:${pos.line + 1}:${pos.character + 1}  ${k.left}[${k.match}]${k.right}`);
    }
  }
  return { lines, found: true };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    writeLines(process.stderr, [`corpus-nav: ${describeError(error)}`]);
    if (usage) process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = usage ? EXIT.usage : EXIT.problems;
  },
);

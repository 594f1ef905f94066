// files → articles: walks the corpus, reads and decodes each matching file,
// and turns every failure into a Problem so one bad file never stops the rest.
import { minimatch } from 'minimatch';
import { parseArticle } from '../article';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../text/decode';
import { CORRECTIONS_FILE, type Corrections, emptyCorrections, parseCorrections } from '../corrections';
import type { Article, Problem } from '../types';
import { type CorpusFileSystem, type EntryKind, EntryNotFound, type LinkTarget } from './fileSystem';

export interface CorpusOptions {
  /** Globs of article files, relative to the corpus root. */
  include: string[];
  /** Globs never descended into or read. */
  exclude: string[];
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  include: ['**/*.txt', '**/*.md'],
  exclude: ['**/node_modules/**', '**/.git/**'],
};

export interface LoadedCorpus {
  articles: Article[];
  problems: Problem[];
  /** The user's corrections from corpus.yaml at the root (empty when there is none). */
  corrections: Corrections;
}

const matchesAny = (path: string, globs: string[]): boolean =>
  globs.some((glob) => minimatch(path, glob, { dot: true, nocase: true }));

/** Whether nothing under a corpus-relative folder is read: its contents would all be excluded. */
export const isExcludedFolder = (path: string, options: CorpusOptions): boolean =>
  matchesAny(path, options.exclude) || matchesAny(`${path}/x`, options.exclude);

/** Whether a corpus-relative path names an article file under these options. */
export function isArticlePath(path: string, options: CorpusOptions): boolean {
  return matchesAny(path, options.include) && !matchesAny(path, options.exclude);
}

/**
 * Corpus-relative paths of the article files, sorted so results are reproducible: of the whole corpus, or of
 * the files under `folder` (a folder created or moved in). A folder gone by the time it is listed (deleted
 * meanwhile) has no files and no problem; only the corpus root missing is one.
 */
export async function listArticleFiles(fs: CorpusFileSystem, options: CorpusOptions, problems: Problem[], folder = ''): Promise<string[]> {
  const found: string[] = [];
  const cannotList = (path: string, error: unknown): void => {
    if (!(error instanceof EntryNotFound && path !== '')) problems.push({ path: path || '.', severity: 'error', message: `Cannot list folder: ${describeError(error)}` });
  };
  const listed = async (dir: string): Promise<[string, EntryKind][]> => {
    try {
      return await fs.readDirectory(dir);
    } catch (error) {
      cannotList(dir, error);
      return [];
    }
  };
  const visit = async (path: string, kind: EntryKind): Promise<void> => {
    if (isExcludedFolder(path, options)) return;
    if (kind === 'directory') {
      // A linked folder is never walked: inside the corpus its target is walked under its own name (so links
      // back up, `ln -s . loop`, cannot loop), and outside it is not ours to read.
      let link: LinkTarget | undefined;
      try {
        link = await fs.linkTarget(path);
      } catch (error) {
        cannotList(path, error);
        return;
      }
      if (link === undefined) await walk(path);
      else reportUnfollowedLink(path, link, problems);
    } else if (kind === 'file' && matchesAny(path, options.include)) found.push(path);
  };
  const walk = async (dir: string): Promise<void> => {
    for (const [name, kind] of await listed(dir)) await visit(dir === '' ? name : `${dir}/${name}`, kind);
  };
  if (folder === '') await walk('');
  else {
    // The folder is taken as its parent's listing shows it, like any entry of a walk: a link, a file, or gone.
    const slash = folder.lastIndexOf('/');
    const entry = (await listed(folder.slice(0, Math.max(slash, 0)))).find(([name]) => name === folder.slice(slash + 1));
    if (entry) await visit(folder, entry[1]);
  }
  return found.sort();
}

/** Reads one article; undefined (with a Problem) when it cannot be used. */
export async function loadArticle(fs: CorpusFileSystem, path: string, problems: Problem[]): Promise<Article | undefined> {
  const bytes = await readArticleFile(fs, path, problems);
  return bytes && articleFromBytes(path, bytes, problems);
}

/**
 * The bytes of an article file: the reading half of loadArticle, all waiting and no computing, which the editor
 * does on its own thread before handing the bytes to the indexing worker. Undefined (with a Problem) when the
 * file is not to be read.
 */
export async function readArticleFile(fs: CorpusFileSystem, path: string, problems: Problem[]): Promise<Uint8Array | undefined> {
  try {
    const link = await fs.linkTarget(path);
    // A link inside the corpus is read under its target's own name, so each article is read once; a broken
    // link goes on to the read, which says what is wrong.
    if (link === 'inside' || reportUnfollowedLink(path, link, problems)) return undefined;
    const size = await fs.size(path);
    if (size > MAX_ARTICLE_BYTES) {
      problems.push({
        path,
        severity: 'warning',
        message: `Skipped: ${(size / 1048576).toFixed(1)} MiB is larger than the ${MAX_ARTICLE_BYTES / 1048576} MiB an article may have.`,
      });
      return undefined;
    }
    return await fs.readFile(path);
  } catch (error) {
    problems.push({ path, severity: 'error', message: `Cannot read file: ${describeError(error)}` });
    return undefined;
  }
}

/** The computing half of loadArticle: bytes decoded and segmented; undefined (with a Problem) when they are no text. */
export function articleFromBytes(path: string, bytes: Uint8Array, problems: Problem[]): Article | undefined {
  const decoded = decodeArticleBytes(bytes, path);
  problems.push(...decoded.problems);
  return decoded.text === undefined ? undefined : parseArticle(path, decoded.text);
}

const NOT_FOLLOWED: Partial<Record<LinkTarget, string>> = {
  outside: 'Not followed: a symbolic link that leads outside the corpus folder.',
  unknown: 'Not followed: a symbolic link, and this file system cannot tell where it leads.',
};

/** Reports a symbolic link that is not followed because of where it leads; whether it did. */
function reportUnfollowedLink(path: string, link: LinkTarget | undefined, problems: Problem[]): boolean {
  const message = link && NOT_FOLLOWED[link];
  if (message) problems.push({ path, severity: 'warning', message });
  return message !== undefined;
}

/** Files read at once: enough to hide the file system's latency behind parsing, few enough to bound memory. */
const READ_AHEAD = 16;

export async function loadCorpus(fs: CorpusFileSystem, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): Promise<LoadedCorpus> {
  const problems: Problem[] = [];
  const paths = await listArticleFiles(fs, options, problems);
  // Each file reports into its own list, so the problems keep the files' order whatever order the reads finish in.
  const loaded = await mapAhead(paths, READ_AHEAD, async (path) => {
    const own: Problem[] = [];
    return { article: await loadArticle(fs, path, own), problems: own };
  });
  const articles: Article[] = [];
  for (const file of loaded) {
    problems.push(...file.problems);
    if (file.article) articles.push(file.article);
  }
  return { articles, problems, corrections: await loadCorrections(fs, problems) };
}

/** `items.map(load)` with at most `limit` loads in flight; results in the items' order. */
async function mapAhead<T, R>(items: readonly T[], limit: number, load: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await load(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** corpus.yaml at the root, parsed; a missing file is no problem, an unreadable one is reported. */
export async function loadCorrections(fs: CorpusFileSystem, problems: Problem[]): Promise<Corrections> {
  const bytes = await readCorrectionsFile(fs, problems);
  return bytes ? correctionsFromBytes(bytes, problems) : emptyCorrections();
}

/** The bytes of corpus.yaml at the root; undefined when there is none or it cannot be read (then with a Problem). */
export async function readCorrectionsFile(fs: CorpusFileSystem, problems: Problem[]): Promise<Uint8Array | undefined> {
  try {
    const root = await fs.readDirectory('');
    if (!root.some(([name, kind]) => name === CORRECTIONS_FILE && kind === 'file')) return undefined;
    return await fs.readFile(CORRECTIONS_FILE);
  } catch (error) {
    problems.push({ path: CORRECTIONS_FILE, severity: 'error', message: `Cannot read corrections: ${describeError(error)}` });
    return undefined;
  }
}

/** corpus.yaml's bytes decoded and parsed; what is wrong goes to `problems`, and every valid entry still applies. */
export function correctionsFromBytes(bytes: Uint8Array, problems: Problem[]): Corrections {
  const decoded = decodeArticleBytes(bytes, CORRECTIONS_FILE);
  problems.push(...decoded.problems);
  return decoded.text === undefined ? emptyCorrections() : parseCorrections(decoded.text, problems);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

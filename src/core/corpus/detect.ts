// Whether a folder nobody has declared a corpus reads like one: a few of its .txt files are sniffed, and the
// folder counts when most of them look like news articles. Markdown is left out on purpose: every repository
// has a README.md, and a markdown corpus can declare itself with corpus.yaml or the corpusNavigator.folder setting.
import { parseArticle } from '../article';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../text/decode';
import type { CorpusFileSystem } from './fileSystem';

/** How many files are sniffed: enough to outvote a stray LICENSE.txt, few enough to stay instant. */
export const SNIFF_FILES = 12;
/** How much of each file is looked at: a headline and a paragraph or two. */
const SNIFF_CHARS = 4000;
/** Prose, not a word list or a version string. */
const MIN_LETTERS = 200;
/** The share of Cyrillic among the letters of Russian or Ukrainian prose (Latin names and acronyms are the rest). */
const MIN_CYRILLIC_SHARE = 0.6;
/** At least this many article-like files, so that one Russian notes.txt in a code repository does not decide. */
const MIN_ARTICLES = 2;
/** And at least this share of the sniffed files. */
const MIN_ARTICLE_SHARE = 2 / 3;

/** The files whose contents decide: the .txt files among the article paths. */
export function sniffCandidates(paths: readonly string[]): string[] {
  return paths.filter((path) => /\.txt$/i.test(path));
}

/** Up to `count` paths spread evenly over the sorted list, so one odd folder cannot fill the sample. */
export function spreadSample(paths: readonly string[], count = SNIFF_FILES): string[] {
  const sorted = [...paths].sort();
  if (sorted.length <= count) return sorted;
  return Array.from({ length: count }, (_, i) => sorted[Math.floor((i * sorted.length) / count)]);
}

/** A news article: the ` date YYYY-MM-DD` header line, or mostly Cyrillic prose. */
export function looksLikeArticle(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (parseArticle('sniff.txt', head).header) return true;
  const letters = head.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = head.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return letters >= MIN_LETTERS && cyrillic / letters >= MIN_CYRILLIC_SHARE;
}

/** The verdict on the sniffed texts (undefined: a file that could not be read as text). */
export function looksLikeCorpus(texts: readonly (string | undefined)[]): boolean {
  const articles = texts.filter((text) => text !== undefined && looksLikeArticle(text)).length;
  return articles >= MIN_ARTICLES && articles >= texts.length * MIN_ARTICLE_SHARE;
}

/** Reads a spread sample of the candidate files and judges them; unreadable or huge files count against. */
export async function sniffCorpus(fs: CorpusFileSystem, articlePaths: readonly string[]): Promise<boolean> {
  const texts: (string | undefined)[] = [];
  for (const path of spreadSample(sniffCandidates(articlePaths))) texts.push(await sniffText(fs, path));
  return looksLikeCorpus(texts);
}

async function sniffText(fs: CorpusFileSystem, path: string): Promise<string | undefined> {
  try {
    if ((await fs.size(path)) > MAX_ARTICLE_BYTES) return undefined;
    return decodeArticleBytes(await fs.readFile(path), path).text;
  } catch {
    // A file that vanished or cannot be read is simply not evidence of a corpus; indexing will report it.
    return undefined;
  }
}

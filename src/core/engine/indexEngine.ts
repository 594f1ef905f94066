// Everything indexing keeps, in one place that can run on any thread: the per-article extractions (CorpusModel),
// what was wrong with each file, and the corrections from corpus.yaml. It is fed file contents as they are read
// and answers with a snapshot: the index without the per-article tokens, which only extraction reads.
// Each article's state is keyed by its path alone, so per-article records can later be stored or extracted elsewhere.
import { parseArticle } from '../article';
import { articleFromBytes, correctionsFromBytes, describeError } from '../corpus/loader';
import { CORRECTIONS_FILE, type Corrections, emptyCorrections, parseCorrections } from '../corrections';
import type { IndexData } from '../index/corpusIndex';
import { type ArticleFindings, CorpusModel } from '../pipeline';
import { encodeFindingsFile, type RestoredFindings } from '../store/findingsFile';
import type { Article, Problem } from '../types';

/** A file's content as the reader got it: the text of an open editor, or the bytes on disk (decoded here). */
export type FileContent = { text: string } | { bytes: Uint8Array };

/** What another thread made of an article (see extractionPool.ts): its findings, or why there are none. */
export type FoundElsewhere = { findings: ArticleFindings } | { error: unknown };

/** The article in a file's content; undefined, with `problems` saying why, when the bytes are no text. */
export function readArticle(path: string, content: FileContent, problems: Problem[]): Article | undefined {
  return 'text' in content ? parseArticle(path, content.text) : articleFromBytes(path, content.bytes, problems);
}

/** One change to the corpus, as the reader saw it. */
export type CorpusChange =
  /**
   * An article file read (or an open editor's text). `hash`, the contentHash of the bytes read, is the key its
   * findings are stored under, and restored by (see restore).
   */
  | { kind: 'article'; path: string; content: FileContent; hash?: string }
  /** No article at this path: deleted, or not readable (then `problems` says why). */
  | { kind: 'absent'; path: string; problems: Problem[] }
  /** What listing the folder found wrong (unlistable folders, links not followed). */
  | { kind: 'listing'; problems: Problem[] }
  /** corpus.yaml read (undefined: there is none, or it could not be read, then `problems` says why). */
  | { kind: 'corrections'; content: FileContent | undefined; problems: Problem[] };

/** The index as the engine hands it over: plain records a thread can send, and CorpusIndex takes as they are. */
export type IndexSnapshot = IndexData;

/** Problems of the folder listing are kept under the corpus root's path. */
const LISTING = '.';

export class IndexEngine {
  private readonly model = new CorpusModel();
  /** What reading each file found wrong, by path; files without problems are absent. */
  private readonly fileProblems = new Map<string, Problem[]>();
  private corrections: Corrections = emptyCorrections();
  private correctionProblems: Problem[] = [];
  /** The hash of each article's bytes, for the articles read from disk (not an editor's unsaved text). */
  private readonly hashes = new Map<string, string>();
  /** Findings from a stored index, taken instead of extracting for articles whose bytes hash the same. */
  private restored: RestoredFindings | undefined;

  /**
   * Adds or replaces an article (re-extracted only when its text changed, and not at all when stored findings
   * have its `hash` or `found` brings what another thread found in it); false when the bytes are no text.
   * Throws the other thread's error, if it had one.
   */
  setArticle(path: string, content: FileContent, hash?: string, found?: FoundElsewhere): boolean {
    const problems: Problem[] = [];
    const article = readArticle(path, content, problems);
    this.setProblems(path, problems);
    if (article && hash !== undefined) this.hashes.set(path, hash);
    else this.hashes.delete(path);
    if (!article) this.model.delete(path);
    else if (found && 'error' in found) throw found.error;
    else this.model.set(article, this.storedFindings(path, hash) ?? found?.findings);
    return article !== undefined;
  }

  /** Forgets the article at `path`; `problems` say why it could not be read, when that is why it is gone. */
  delete(path: string, problems: Problem[] = []): void {
    this.model.delete(path);
    this.hashes.delete(path);
    this.setProblems(path, problems);
  }

  /** The stored findings of the article at `path` whose bytes hash to `hash`, if the restored store has them. */
  storedFindings(path: string, hash: string | undefined): ArticleFindings | undefined {
    const stored = hash === undefined ? undefined : this.restored?.get(path);
    return stored?.hash === hash ? stored?.findings : undefined;
  }

  /** Findings of a stored index for the articles applied next (undefined: none, and their memory freed). */
  restore(findings: RestoredFindings | undefined): void {
    this.restored = findings;
  }

  /** The findings file of every article read from disk: what a later `restore` takes. */
  exportFindings(): Uint8Array {
    const articles = [];
    for (const [path, hash] of this.hashes) {
      const findings = this.model.findings(path);
      if (findings) articles.push({ path, hash, findings });
    }
    return encodeFindingsFile(articles);
  }

  /** corpus.yaml's content, or undefined when there is none; `readProblems` say why it could not be read. */
  setCorrections(content: FileContent | undefined, readProblems: Problem[] = []): void {
    const problems = [...readProblems];
    if (content === undefined) this.corrections = emptyCorrections();
    else this.corrections = 'text' in content ? parseCorrections(content.text, problems) : correctionsFromBytes(content.bytes, problems);
    this.correctionProblems = problems;
  }

  /**
   * Applies one change. An article that extraction fails on is left out with a Problem saying so, so one bad
   * file never stops the rest (nor the thread the engine runs on).
   */
  apply(change: CorpusChange, found?: FoundElsewhere): void {
    try {
      this.applyOrThrow(change, found);
    } catch (error) {
      const path = change.kind === 'article' || change.kind === 'absent' ? change.path : change.kind === 'listing' ? LISTING : CORRECTIONS_FILE;
      const message = `Could not index this file: ${describeError(error)}`;
      if (change.kind === 'corrections') this.setCorrections(undefined, [{ path, severity: 'error', message }]);
      else this.delete(path, [{ path, severity: 'error', message }]);
    }
  }

  private applyOrThrow(change: CorpusChange, found: FoundElsewhere | undefined): void {
    switch (change.kind) {
      case 'article':
        this.setArticle(change.path, change.content, change.hash, found);
        return;
      case 'absent':
        this.delete(change.path, change.problems);
        return;
      case 'listing':
        this.setProblems(LISTING, change.problems);
        return;
      case 'corrections':
        this.setCorrections(change.content, change.problems);
    }
  }

  get articleCount(): number {
    return this.model.paths.length;
  }

  /** Links the corpus and applies the corrections (the records carry no tokens: they are plain data to send). */
  build(): IndexSnapshot {
    // Corrections report unknown entities into the list they are given: a fresh one every build.
    const problems = [...[...this.fileProblems.values()].flat(), ...this.correctionProblems];
    return this.model.buildData(problems, this.corrections);
  }

  private setProblems(path: string, problems: Problem[]): void {
    if (problems.length > 0) this.fileProblems.set(path, problems);
    else this.fileProblems.delete(path);
  }
}

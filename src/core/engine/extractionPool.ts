// Per-article extraction on other threads, for an engine that would otherwise extract every article itself.
// The engine only sees this interface (the threads are Node worker_threads in src/node/threadExtractionPool.ts),
// so the core stays free of any thread API, and the CLI and the in-process channel simply have no pool.
import { describeError } from '../corpus/loader';
import { type ArticleFindings, findInArticle } from '../pipeline';
import { type FileContent, readArticle } from './indexEngine';
import type { EngineError } from './protocol';

/**
 * One article to extract: its content as read, not the parsed article. The thread parses it again, which is
 * cheaper than cloning the parsed article across (950 bsnlp articles: parse 0.22 s, structured clone of the
 * parsed articles 0.27 s and 22 MB, of their findings 0.03 s and 4 MB), and the engine parses it meanwhile.
 */
export interface ExtractionJob {
  path: string;
  content: FileContent;
}

export interface ExtractionPool {
  /** How many articles it extracts at once: the engine keeps about twice as many on their way, no more. */
  readonly size: number;
  /**
   * What `findInArticle` finds in the article, found on some thread. Rejects, naming the cause, when extraction
   * threw or the thread stopped while on it; the pool then carries on with a fresh thread.
   */
  find(job: ExtractionJob): Promise<ArticleFindings>;
  /** Stops the threads; jobs still waiting are rejected. */
  dispose(): void;
}

/** A job as it goes to an extraction thread (structured clone). */
export interface ExtractionRequest extends ExtractionJob {
  id: number;
}

/**
 * An extraction thread's answer. `findings` travel in one message, so structured cloning keeps each
 * `PersonMention.alias` pointing at the very mention it points at here (linking relies on that identity).
 */
export type ExtractionReply = { id: number; findings: ArticleFindings } | { id: number; error: EngineError };

/** The extraction thread's whole work for one request; a job that throws is answered, never dropped. */
export function answerExtraction(request: ExtractionRequest): ExtractionReply {
  try {
    const article = readArticle(request.path, request.content, []);
    // The engine reads the same content and leaves a file that is no text out before it looks at the answer.
    if (!article) throw new Error('the file is not text');
    return { id: request.id, findings: findInArticle(article) };
  } catch (error) {
    return { id: request.id, error: { message: describeError(error), stack: error instanceof Error ? error.stack : undefined } };
  }
}

// The extraction pool on Node worker_threads: each thread runs dist/indexWorker.js as an extraction thread
// (extractionThread.ts) and extracts one article at a time; a thread that stops (a crash, out of memory) fails the
// article it was on and is replaced.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleFindings } from '../core/pipeline';
import type { ExtractionJob, ExtractionPool, ExtractionReply, ExtractionRequest } from '../core/engine/extractionPool';
import { EXTRACTION_THREAD } from './extractionThread';

/**
 * Extraction threads beside the indexing worker: one per core but one, at least one. The indexing worker parses
 * each article (about a fifth of extracting it) and applies the findings, and the extension host reads the files:
 * together they keep a core busy. On 2 cores (bench, 1,000 articles, two runs each) one thread indexed as fast as
 * two (cold 4.9–5.2 s against 4.8–5.5 s) with 1 s less CPU and 80 MB less memory: every thread costs about 1.4 s
 * of CPU to warm up and a copy of the lexicons.
 */
export const defaultExtractionThreads = (): number => Math.max(1, availableParallelism() - 1);

/** An article on its way: what the caller waits for. */
interface Job {
  request: ExtractionRequest;
  resolve: (findings: ArticleFindings) => void;
  reject: (error: Error) => void;
}

/** One thread and the jobs sent to it, the one it is on first (a thread answers in order). */
interface Thread {
  worker: Worker;
  jobs: Job[];
  /** Set while the thread has no jobs: when it fires, the thread is stopped unless it is the last one. */
  idle?: NodeJS.Timeout;
}

/** Articles sent to a thread before it answers the first, so it never idles for a round trip. */
const JOBS_PER_THREAD = 2;

/**
 * After a full build, the threads beyond the first are stopped once idle this long: each keeps its own copy of
 * the lexicons and word caches (the bench's RSS after a cold index of 10,000 articles: 1.8 GB with two threads,
 * 1.5 GB without a pool). The first stays for live edits, which a fresh thread would answer only after loading
 * all of that again.
 */
const IDLE_THREAD_MS = 30_000;

export class ThreadExtractionPool implements ExtractionPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private disposed = false;

  /** `script`: the absolute path of dist/indexWorker.js (or a test's stand-in), started as an extraction thread. */
  constructor(
    private readonly script: string,
    readonly size: number = defaultExtractionThreads(),
    private readonly idleMs = IDLE_THREAD_MS,
  ) {}

  /** Threads running now. */
  get threadCount(): number {
    return this.threads.length;
  }

  find(job: ExtractionJob): Promise<ArticleFindings> {
    return new Promise((resolve, reject) => {
      if (this.disposed) return reject(new Error('the extraction threads have been stopped'));
      this.queue.push({ request: { id: this.nextId++, ...job }, resolve, reject });
      this.sendWaiting();
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const thread of this.threads.splice(0)) {
      clearTimeout(thread.idle);
      void thread.worker.terminate();
      this.failAll(thread.jobs);
    }
    this.failAll(this.queue.splice(0));
  }

  private sendWaiting(): void {
    while (this.queue.length > 0) {
      const thread = this.leastBusy();
      if (!thread) return;
      const job = this.queue.shift() as Job;
      clearTimeout(thread.idle);
      thread.jobs.push(job);
      thread.worker.postMessage(job.request);
    }
  }

  /** The thread with the fewest jobs that can take one more, started if the pool is not full yet. */
  private leastBusy(): Thread | undefined {
    const free = this.threads.filter((t) => t.jobs.length < JOBS_PER_THREAD).sort((a, b) => a.jobs.length - b.jobs.length)[0];
    if (free?.jobs.length === 0 || this.threads.length >= this.size) return free;
    return this.start();
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(this.script, { workerData: EXTRACTION_THREAD }), jobs: [] };
    this.threads.push(thread);
    /** An uncaught exception ends the thread; 'error' says what it was before 'exit' gives the code. */
    let uncaught: string | undefined;
    thread.worker.on('message', (reply: ExtractionReply) => this.answered(thread, reply));
    thread.worker.on('error', (error) => {
      uncaught = error.message;
    });
    thread.worker.on('exit', (code) => this.stopped(thread, `exit code ${code}${uncaught ? `: ${uncaught}` : ''}`));
    return thread;
  }

  private answered(thread: Thread, reply: ExtractionReply): void {
    const job = thread.jobs.shift();
    if (!job || job.request.id !== reply.id) {
      // Answers come in order; anything else is a broken thread, which is stopped (and its jobs sent elsewhere).
      if (job) thread.jobs.unshift(job);
      void thread.worker.terminate();
      return;
    }
    if ('findings' in reply) job.resolve(reply.findings);
    else job.reject(new Error(reply.error.message));
    this.sendWaiting();
    if (thread.jobs.length === 0) thread.idle = setTimeout(() => this.stopIdle(thread), this.idleMs).unref();
  }

  private stopIdle(thread: Thread): void {
    if (thread.jobs.length > 0 || this.threads.length <= 1) return;
    // Out of the pool first, so its exit is not taken for a crash.
    this.threads.splice(this.threads.indexOf(thread), 1);
    void thread.worker.terminate();
  }

  /** The article the thread was on is the one that stopped it: it fails; the others wait for another thread. */
  private stopped(thread: Thread, reason: string): void {
    const index = this.threads.indexOf(thread);
    if (index < 0) return; // disposed, or stopped when idle
    clearTimeout(thread.idle);
    this.threads.splice(index, 1);
    const [current, ...rest] = thread.jobs;
    current?.reject(new Error(`the extraction thread stopped on it (${reason})`));
    this.queue.unshift(...rest);
    this.sendWaiting();
  }

  private failAll(jobs: Job[]): void {
    for (const job of jobs) job.reject(new Error('the extraction threads have been stopped'));
  }
}

// An extraction thread's work: started by the indexing worker's pool (threadExtractionPool.ts) from the indexing
// worker's own bundle (one copy of the core in the package, not two), it answers each article it is sent with
// what findInArticle finds in it.
import type { MessagePort } from 'node:worker_threads';
import { answerExtraction, type ExtractionRequest } from '../core/engine/extractionPool';

/** The workerData that starts dist/indexWorker.js as an extraction thread instead of the engine. */
export interface IndexWorkerData {
  role: 'extraction';
}
export const EXTRACTION_THREAD: IndexWorkerData = { role: 'extraction' };

export const isExtractionThread = (workerData: unknown): boolean => (workerData as IndexWorkerData | undefined)?.role === EXTRACTION_THREAD.role;

export function serveExtraction(port: MessagePort): void {
  port.on('message', (request: ExtractionRequest) => port.postMessage(answerExtraction(request)));
}

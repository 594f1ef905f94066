// An extraction thread's entry (bundled to dist/extractionThread.js): started by the indexing worker's pool
// (threadExtractionPool.ts), it answers each article it is sent with what findInArticle finds in it.
import { parentPort } from 'node:worker_threads';
import { answerExtraction, type ExtractionRequest } from '../core/engine/extractionPool';

const port = parentPort;
if (!port) throw new Error('extractionThread.js runs as a worker thread, started by the indexing worker');
port.on('message', (request: ExtractionRequest) => port.postMessage(answerExtraction(request)));

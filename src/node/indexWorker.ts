// The indexing worker's entry (bundled to dist/indexWorker.js): the engine server on a worker_threads thread,
// talking to the extension host through its parentPort, with articles extracted on a pool of threads that run this
// same file as extraction threads (told so by their workerData).
import { parentPort, workerData } from 'node:worker_threads';
import { EngineServer } from '../core/engine/engineServer';
import { type EngineRequest, transferables } from '../core/engine/protocol';
import { isExtractionThread, serveExtraction } from './extractionThread';
import { ThreadExtractionPool } from './threadExtractionPool';

const port = parentPort;
if (!port) throw new Error('indexWorker.js runs as a worker thread, started by the extension');
if (isExtractionThread(workerData)) serveExtraction(port);
else {
  // One thread per core but one (threadExtractionPool.ts) unless told otherwise: for measuring (1 against 2 threads) and for a machine busy with other work.
  const threads = Number(process.env.CORPUS_NAV_EXTRACTION_THREADS) || undefined;
  const server = new EngineServer(
    (message) => port.postMessage(message, transferables(message)),
    () => new Promise((resolve) => setImmediate(resolve)),
    new ThreadExtractionPool(__filename, threads),
  );
  port.on('message', (request: EngineRequest) => server.receive(request));
}

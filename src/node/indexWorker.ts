// The indexing worker's entry (bundled to dist/indexWorker.js): the engine server on a worker_threads thread,
// talking to the extension host through its parentPort, with articles extracted on a pool of threads running
// dist/extractionThread.js (bundled beside it).
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { EngineServer } from '../core/engine/engineServer';
import type { EngineRequest } from '../core/engine/protocol';
import { ThreadExtractionPool } from './threadExtractionPool';

const port = parentPort;
if (!port) throw new Error('indexWorker.js runs as a worker thread, started by the extension');
const threads = Number(process.env.CORPUS_NAV_EXTRACTION_THREADS) || undefined;
const server = new EngineServer(
  (message) => port.postMessage(message),
  () => new Promise((resolve) => setImmediate(resolve)),
  new ThreadExtractionPool(path.join(__dirname, 'extractionThread.js'), threads),
);
port.on('message', (request: EngineRequest) => server.receive(request));

// The indexing worker's entry (bundled to dist/indexWorker.js): the engine server on a worker_threads thread,
// talking to the extension host through its parentPort.
import { parentPort } from 'node:worker_threads';
import { EngineServer } from '../core/engine/engineServer';
import type { EngineRequest } from '../core/engine/protocol';

const port = parentPort;
if (!port) throw new Error('indexWorker.js runs as a worker thread, started by the extension');
const server = new EngineServer(
  (message) => port.postMessage(message),
  () => new Promise((resolve) => setImmediate(resolve)),
);
port.on('message', (request: EngineRequest) => server.receive(request));

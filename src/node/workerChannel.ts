// A channel to an engine on its own worker_threads thread (src/node/indexWorker.ts, bundled to dist/indexWorker.js).
import { Worker } from 'node:worker_threads';
import { type EngineChannel, type EngineChannelEvents, transferables } from '../core/engine/protocol';

/** Starts the worker script at `script` (an absolute path) and connects to it. */
export function openWorkerChannel(script: string, events: EngineChannelEvents): EngineChannel {
  const worker = new Worker(script);
  let terminating = false;
  /** An uncaught exception ends the worker; 'error' says what it was before 'exit' gives the code. */
  let uncaught: string | undefined;
  worker.on('message', (message) => events.message(message));
  worker.on('error', (error) => {
    uncaught = error.message;
  });
  worker.on('exit', (code) => {
    if (!terminating) events.stopped(`exit code ${code}${uncaught ? `: ${uncaught}` : ''}`);
  });
  return {
    post: (request) => worker.postMessage(request, transferables(request)),
    terminate: async () => {
      terminating = true;
      await worker.terminate();
    },
  };
}

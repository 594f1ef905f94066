// Where the extension host's indexing runs: on the desktop, a worker_threads thread running dist/indexWorker.js
// (bundled beside dist/extension.js). The web build has engineChannel.web.ts here instead (see esbuild.mjs).
import * as path from 'node:path';
import type { EngineChannel, EngineChannelEvents } from '../core/engine/protocol';
import { openWorkerChannel } from '../node/workerChannel';

export function openEngineChannel(events: EngineChannelEvents): EngineChannel {
  return openWorkerChannel(path.join(__dirname, 'indexWorker.js'), events);
}

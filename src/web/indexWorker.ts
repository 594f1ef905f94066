// The indexing worker of the browser build (bundled to dist/web/indexWorker.js): the engine server in a Web Worker
// started by the web extension host (src/vscode/engineChannel.web.ts), as src/node/indexWorker.ts runs it on a
// worker_threads thread on the desktop.
import { EngineServer } from '../core/engine/engineServer';
import { type EngineMessage, type EngineRequest, transferables } from '../core/engine/protocol';

/** What this file uses of a dedicated worker's global scope (the project compiles without the DOM's types). */
declare const self: {
  postMessage(message: EngineMessage, transfer: ArrayBuffer[]): void;
  onmessage: ((event: { data: EngineRequest }) => void) | null;
};

/** A browser's MessageChannel (Node's, in the types the project compiles with, has no `onmessage`). */
declare const MessageChannel: new () => Record<'port1' | 'port2', { onmessage: (() => void) | null; postMessage(message: undefined): void; close(): void }>;

/**
 * A turn of the event loop without a timer: a browser delays nested timers by 4 ms, and the server yields every
 * 20 ms of work, so a timeout would add a fifth to the time taken.
 */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

const server = new EngineServer((message) => self.postMessage(message, transferables(message)), yieldToMessages);
self.onmessage = (event) => server.receive(event.data);

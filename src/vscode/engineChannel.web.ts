// The web build's engineChannel.ts (see esbuild.mjs): the engine in a Web Worker running dist/web/indexWorker.js,
// started from the web extension host's own worker. Where no Worker can be started (no Worker in this host, a
// script that cannot be read or loaded), the engine runs on the extension host's thread instead, yielding between
// articles, and the log says so.
import * as vscode from 'vscode';
import { openInProcessChannel } from '../core/engine/inProcessChannel';
import { type EngineChannel, type EngineChannelEvents, type EngineMessage, type EngineRequest, transferables } from '../core/engine/protocol';
import { describeError } from '../core/corpus/loader';

/** publisher.name in package.json: how the channel finds its own bundle beside the extension's. */
const EXTENSION_ID = 'corpus-navigator.corpus-navigator';

/** What this file uses of a browser's Worker (the project compiles without the DOM's types). */
interface BrowserWorker {
  postMessage(request: EngineRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((event: { data: EngineMessage }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
}
declare const Worker: (new (url: string, options?: { name?: string }) => BrowserWorker) | undefined;

export function openEngineChannel(events: EngineChannelEvents): EngineChannel {
  let channel: EngineChannel | undefined;
  let terminated = false;
  /** Requests posted before the channel was open, sent once it is. */
  const early: EngineRequest[] = [];
  const opened = (open: EngineChannel): void => {
    channel = open;
    for (const request of early.splice(0)) open.post(request);
    if (terminated) void open.terminate();
  };
  /** `unanswered`: what a worker that never ran was sent, sent again to the engine on this thread. */
  const inProcess = (why: string, unanswered: EngineRequest[] = []): void => {
    events.info(`The indexing Web Worker could not be started (${why}); indexing on the extension host's thread instead.`);
    early.unshift(...unanswered);
    opened(openInProcessChannel(events));
  };
  workerUrl().then(
    (url) => opened(openWebWorkerChannel(url, events, inProcess)),
    (error: unknown) => inProcess(describeError(error)),
  );
  return {
    post: (request) => (channel ? channel.post(request) : early.push(request)),
    terminate: async () => {
      terminated = true;
      await channel?.terminate();
    },
  };
}

/**
 * Where the worker's script can be loaded from. An extension on the web (https) is loaded from its own URL; one
 * from the remote server (vscode-remote, which a web host cannot start a worker from) is read and handed over as
 * a blob.
 */
async function workerUrl(): Promise<string> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} not found`);
  if (typeof Worker !== 'function') throw new Error('this extension host has no Worker');
  const script = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'web', 'indexWorker.js');
  if (script.scheme === 'http' || script.scheme === 'https') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}

/**
 * The channel to a Web Worker at `url`. Until the worker first answers, what was sent to it is kept: a worker that
 * fails to load hands it to `unstarted`'s channel instead (the caller's fallback), and says why.
 */
function openWebWorkerChannel(url: string, events: EngineChannelEvents, unstarted: (why: string, unanswered: EngineRequest[]) => void): EngineChannel {
  const worker = new (Worker as NonNullable<typeof Worker>)(url, { name: 'Corpus Navigator indexing' });
  /** What was sent before the worker first answered; undefined once it has. */
  let unanswered: EngineRequest[] | undefined = [];
  let stopped = false;
  worker.onmessage = (event) => {
    unanswered = undefined;
    events.message(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (stopped) return;
    stopped = true;
    worker.terminate();
    // An error before any answer is a worker that never ran; after one, the engine failing outside a request.
    if (unanswered) unstarted(event.message ?? 'the script did not load', unanswered);
    else events.stopped(event.message ?? 'an error in the indexing Web Worker');
  };
  events.info('Indexing in a Web Worker (dist/web/indexWorker.js).');
  return {
    post: (request) => {
      // Until the worker has answered, a request may go again to the fallback engine: it keeps its bytes till then.
      worker.postMessage(request, unanswered ? [] : transferables(request));
      unanswered?.push(request);
    },
    terminate: async () => {
      stopped = true;
      worker.terminate();
    },
  };
}

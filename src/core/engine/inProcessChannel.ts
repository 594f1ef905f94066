// The engine on the caller's own thread, behind the same channel as a worker: for a host that cannot start a worker
// (the web build's fallback, src/vscode/engineChannel.web.ts) and for tests. Indexing then still blocks the caller, but
// only for one article at a time and the final build, since the server yields between articles.
import { EngineServer } from './engineServer';
import type { ExtractionPool } from './extractionPool';
import type { EngineChannel, EngineChannelEvents } from './protocol';

/** `pool`: threads to extract articles on, when the caller has some (tests use one with the real Node threads). */
export function openInProcessChannel(events: EngineChannelEvents, pool?: ExtractionPool): EngineChannel {
  let open = true;
  // Replies arrive later, as from a thread, never inside the call that asked.
  const server = new EngineServer(
    (message) => queueMicrotask(() => open && events.message(message)),
    () => new Promise((resolve) => setTimeout(resolve, 0)),
    pool,
  );
  return {
    post: (request) => queueMicrotask(() => open && server.receive(request)),
    terminate: async () => {
      open = false;
    },
  };
}

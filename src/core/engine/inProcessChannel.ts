// The engine on the caller's own thread, behind the same channel as a worker: for hosts that have no worker yet
// (the web build, until a Web Worker variant exists) and for tests. Indexing then still blocks the caller, but
// only for one article at a time and the final build, since the server yields between articles.
import { EngineServer } from './engineServer';
import type { EngineChannel, EngineChannelEvents } from './protocol';

export function openInProcessChannel(events: EngineChannelEvents): EngineChannel {
  let open = true;
  // Replies arrive later, as from a thread, never inside the call that asked.
  const server = new EngineServer(
    (message) => queueMicrotask(() => open && events.message(message)),
    () => new Promise((resolve) => setTimeout(resolve, 0)),
  );
  return {
    post: (request) => queueMicrotask(() => open && server.receive(request)),
    terminate: async () => {
      open = false;
    },
  };
}

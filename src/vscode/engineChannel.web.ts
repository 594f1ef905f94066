// The web build's engineChannel.ts (see esbuild.mjs): the engine runs on the web extension host's own thread,
// yielding between articles, until a Web Worker variant of src/node/indexWorker.ts exists.
import type { EngineChannel, EngineChannelEvents } from '../core/engine/protocol';
import { openInProcessChannel } from '../core/engine/inProcessChannel';

export function openEngineChannel(events: EngineChannelEvents): EngineChannel {
  return openInProcessChannel(events);
}

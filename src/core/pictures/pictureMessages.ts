// The messages between a picture's webview and the extension. Everything from the webview is untrusted (a page
// that renders article text): the host checks each message with parseViewMessage before acting on it.

/** What the extension sends a picture: its data for the index now, numbered so a late reply can be matched. */
export interface DataMessage<Data> {
  readonly type: 'data';
  /** Increases with every index the picture is shown; the webview echoes it in RenderedMessage. */
  readonly generation: number;
  readonly data: Data;
}

/** The webview's script runs and asks for data (sent again after the panel was hidden and its page reloaded). */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** The webview drew a generation: what it drew, counted, for tests and for the panel's status. */
export interface RenderedMessage {
  readonly type: 'rendered';
  readonly generation: number;
  readonly counts: Readonly<Record<string, number>>;
}

/** A request of the picture's own (open a source, reveal a person, …), checked by the picture's own parser. */
export interface ActionMessage {
  readonly type: 'action';
  readonly action: unknown;
}

export type ViewMessage = ReadyMessage | RenderedMessage | ActionMessage;

/** A plain object, as the messages' fields are checked from (not an array, not null). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The message if it is one of ViewMessage's shapes, else undefined (then it is ignored, and logged by the caller). */
export function parseViewMessage(message: unknown): ViewMessage | undefined {
  if (!isRecord(message)) return undefined;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered': {
      const { generation, counts } = message;
      if (!isCount(generation) || !isRecord(counts) || !Object.values(counts).every(isCount)) return undefined;
      return { type: 'rendered', generation, counts: counts as Record<string, number> };
    }
    case 'action':
      return 'action' in message ? { type: 'action', action: message.action } : undefined;
    default:
      return undefined;
  }
}

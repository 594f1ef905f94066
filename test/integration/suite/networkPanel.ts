// Driving the Network picture from a test, through the picture probe: open it, speak for its page (the same
// checked messages a click sends), and wait until the page has drawn what it was sent.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NetworkAction, NetworkView } from '../../../src/core/pictures/networkMessages';
import type { RenderedMessage } from '../../../src/core/pictures/pictureMessages';
import { Commands } from '../../../src/vscode/commandIds';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import { networkPicture } from '../../../src/vscode/features/network';
import type { PictureProbe } from '../../../src/vscode/pictures/picturePanel';
import { sleep } from './helpers';

export interface Drawn {
  readonly generation: number;
  readonly view: NetworkView;
  readonly counts: RenderedMessage['counts'];
}

export function networkProbe(corpus: CorpusNavigatorApi): PictureProbe {
  const probe = corpus.pictures.get(networkPicture.viewType);
  assert.ok(probe, 'the Network picture is registered');
  return probe;
}

/** What the page drew from the latest data sent, once it has drawn a generation after `after`. */
export async function drawnAfter(probe: PictureProbe, after: number, timeoutMs = 60_000): Promise<Drawn> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await sleep(50)) {
    const data = probe.lastData;
    const rendered = probe.lastRendered;
    if (data && rendered && data.generation > after && rendered.generation === data.generation) {
      return { generation: data.generation, view: data.data as NetworkView, counts: rendered.counts };
    }
  }
  assert.fail(`the Network page drew nothing after generation ${after} in ${timeoutMs} ms`);
}

/** Opens the panel (or shows it) and returns what its page drew. */
export async function openNetwork(corpus: CorpusNavigatorApi): Promise<Drawn> {
  const probe = networkProbe(corpus);
  // An open panel is only shown: what it drew last counts.
  const after = probe.isOpen ? (probe.lastData?.generation ?? 1) - 1 : 0;
  await vscode.commands.executeCommand(Commands.showNetwork);
  return drawnAfter(probe, after);
}

/** Sends a request as the page would and returns what the page drew next. */
export async function act(corpus: CorpusNavigatorApi, action: NetworkAction): Promise<Drawn> {
  const probe = networkProbe(corpus);
  const before = probe.lastData?.generation ?? 0;
  await probe.receive({ type: 'action', action });
  return drawnAfter(probe, before);
}

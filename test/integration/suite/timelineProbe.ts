// What the Timeline's editor tests share: the panel opened through its command, actions sent as the page sends
// them, and the wait until the real page has drawn the data the extension last sent it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RenderedMessage } from '../../../src/core/pictures/pictureMessages';
import type { TimelineAction, TimelinePanelData } from '../../../src/core/pictures/timelineMessages';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import type { PictureProbe } from '../../../src/vscode/pictures/picturePanel';
import { sleep } from './helpers';

export const TIMELINE_VIEW = 'corpusNavigator.timeline';

export function timelineProbe(corpus: CorpusNavigatorApi): PictureProbe {
  const probe = corpus.pictures.get(TIMELINE_VIEW);
  assert.ok(probe, 'the Timeline picture is registered');
  return probe;
}

/** The data the page last got, once the page reports it drew exactly that (its `rendered` message). */
export async function drawn(probe: PictureProbe, what: string, timeoutMs = 30_000): Promise<{ data: TimelinePanelData; counts: RenderedMessage['counts'] }> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await sleep(50)) {
    const sent = probe.lastData;
    const rendered = probe.lastRendered;
    if (sent && rendered && rendered.generation === sent.generation) return { data: sent.data as TimelinePanelData, counts: rendered.counts };
  }
  assert.fail(`the Timeline page did not draw ${what} within ${timeoutMs / 1000} s (sent ${probe.lastData?.generation}, drawn ${probe.lastRendered?.generation})`);
}

/**
 * Shows the panel (opening a source hides it behind the editor, and a hidden page is unloaded: shown again, it
 * reloads and asks for its data) and waits until its page has drawn.
 */
export async function reveal(probe: PictureProbe, what: string): Promise<{ data: TimelinePanelData; counts: RenderedMessage['counts'] }> {
  await vscode.commands.executeCommand('corpusNavigator.showTimeline');
  return drawn(probe, what);
}

/** Sends an action as a click in the page would, and waits for the page to draw what follows. */
export async function click(probe: PictureProbe, action: TimelineAction, what: string): Promise<{ data: TimelinePanelData; counts: RenderedMessage['counts'] }> {
  await reveal(probe, `the timeline before ${what}`);
  const before = probe.lastData?.generation ?? 0;
  await probe.receive({ type: 'action', action });
  for (const until = Date.now() + 10_000; (probe.lastData?.generation ?? 0) === before && Date.now() < until; ) await sleep(20);
  return drawn(probe, what);
}

/** Waits until the active editor shows an article with a selection (what opening a source does). */
export async function openedEditor(doc: string): Promise<vscode.TextEditor> {
  for (const until = Date.now() + 10_000; Date.now() < until; await sleep(50)) {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.path.endsWith(`/${doc}`)) return editor;
  }
  assert.fail(`${doc} did not open (active: ${vscode.window.activeTextEditor?.document.uri.toString()})`);
}

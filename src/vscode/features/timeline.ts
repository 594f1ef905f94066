// The Timeline picture: articles, events and people's mentions on a time axis (core/pictures/timeline.ts), drawn by
// src/webview/timeline.ts. "Show on Timeline" on a person in the People view opens it with their mentions plotted.
import * as vscode from 'vscode';
import type { TimelinePanelData } from '../../core/pictures/timelineMessages';
import { TimelinePicture } from '../../core/pictures/timelinePicture';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { entityOf } from './treeCommands';
import type { PictureKind, PictureProbe } from '../pictures/picturePanel';
import { timelineStrings, timelineTitle } from './timelineText';

/** Where the panel's query is kept: a window reload, or the panel closed and opened again, shows the same. */
const QUERY_KEY = 'corpusNavigator.timeline.query';

export const timelinePicture: PictureKind<TimelinePanelData> = {
  viewType: 'corpusNavigator.timeline',
  command: Commands.showTimeline,
  script: 'timeline',
  title: timelineTitle,
  open: (corpus) =>
    new TimelinePicture({
      index: () => corpus.index,
      open: (source) => vscode.commands.executeCommand(Commands.openSource, source),
      strings: timelineStrings,
      locale: () => vscode.env.language,
      savedQuery: () => corpus.workspaceState.get<unknown>(QUERY_KEY),
      saveQuery: (query) => corpus.workspaceState.update(QUERY_KEY, query),
      indexed: () => corpus.indexState === 'indexed',
    }),
};

/** Show on Timeline: opens (or reveals) the panel and plots the person, as the page's own Plot button does. */
export function registerShowOnTimeline(corpus: CorpusService, timeline: PictureProbe): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.showOnTimeline, async (arg?: unknown) => {
    const person = entityOf(corpus, arg);
    if (person?.type !== 'PER') return;
    await vscode.commands.executeCommand(Commands.showTimeline);
    await timeline.receive({ type: 'action', action: { type: 'plot', id: person.id } });
  });
}

// A status-bar summary of the corpus; clicking it shows the sidebar.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';

export function registerStatusBar(corpus: CorpusService): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('corpusNavigator.summary', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Corpus Navigator';
  item.command = Commands.focusSidebar;
  const update = (): void => {
    const s = corpus.index.stats();
    if (s.articles === 0) {
      item.hide();
      return;
    }
    item.text = `$(book) ${s.articles} · $(person) ${s.people} · $(calendar) ${s.events}`;
    item.tooltip = vscode.l10n.t('Corpus: {0} articles, {1} people, {2} events — click to show', s.articles, s.people, s.events);
    item.show();
  };
  update();
  return [item, corpus.onDidChange(update)];
}

// Recognized people, places, organizations and dates colored in visible
// articles with theme colors (contributes.colors), so every theme can restyle
// them; `corpusNavigator.decorations.enabled` turns it off.
import * as vscode from 'vscode';
import type { MentionType } from '../../core/types';
import type { CorpusService } from '../corpusService';

const SETTING = 'corpusNavigator.decorations.enabled';
const COLOR_IDS: Record<MentionType, string> = {
  PER: 'corpusNavigator.personForeground',
  LOC: 'corpusNavigator.placeForeground',
  ORG: 'corpusNavigator.organizationForeground',
  DATE: 'corpusNavigator.dateForeground',
};

/** What each visible article has decorated, by URI, so tests and other features can see it. */
export type AppliedDecorations = Map<string, { type: MentionType; range: vscode.Range }[]>;

export function registerDecorations(corpus: CorpusService, applied: AppliedDecorations): vscode.Disposable[] {
  const types = Object.fromEntries(
    (Object.keys(COLOR_IDS) as MentionType[]).map((type) => [
      type,
      vscode.window.createTextEditorDecorationType({
        color: new vscode.ThemeColor(COLOR_IDS[type]),
        // People stand out a little more: they are what the reader follows.
        ...(type === 'PER' ? { fontWeight: '600' } : {}),
      }),
    ]),
  ) as Record<MentionType, vscode.TextEditorDecorationType>;

  const decorate = (editor: vscode.TextEditor): void => {
    const ranges: Record<MentionType, vscode.Range[]> = { PER: [], LOC: [], ORG: [], DATE: [] };
    const article = corpus.articleFor(editor.document.uri);
    const enabled = vscode.workspace.getConfiguration().get<boolean>(SETTING, true);
    // Offsets only fit the text that was indexed; a newer edit is decorated when its update lands.
    if (enabled && article && editor.document.getText() === article.text) {
      for (const m of corpus.index.mentionsIn(article.path)) {
        ranges[m.type].push(new vscode.Range(editor.document.positionAt(m.start), editor.document.positionAt(m.end)));
      }
    }
    const all: { type: MentionType; range: vscode.Range }[] = [];
    for (const type of Object.keys(types) as MentionType[]) {
      editor.setDecorations(types[type], ranges[type]);
      all.push(...ranges[type].map((range) => ({ type, range })));
    }
    applied.set(editor.document.uri.toString(), all);
  };
  const decorateAll = (): void => vscode.window.visibleTextEditors.forEach(decorate);
  decorateAll();
  return [
    ...Object.values(types),
    corpus.onDidChange(decorateAll),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTING) && decorateAll()),
  ];
}

// Command ids in one place: the manifest, tree items and hover links all use these.
export const Commands = {
  reindex: 'corpusNavigator.reindex',
  openSource: 'corpusNavigator.openSource',
  focusSidebar: 'workbench.view.extension.corpusNavigator',
} as const;

export const Views = {
  container: 'corpusNavigator',
  people: 'corpusNavigator.people',
  events: 'corpusNavigator.events',
} as const;

/** The language id that article files open with (syntaxes/article.tmLanguage.json). */
export const ARTICLE_LANGUAGE = 'corpus-article';

// Command and view ids in one place: the manifest, tree items and hover links all use these.
export const Commands = {
  reindex: 'corpusNavigator.reindex',
  indexThisFolder: 'corpusNavigator.indexThisFolder',
  cancelIndexing: 'corpusNavigator.cancelIndexing',
  clearStore: 'corpusNavigator.clearStore',
  openSource: 'corpusNavigator.openSource',
  focusSidebar: 'workbench.view.extension.corpusNavigator',
  searchPeople: 'corpusNavigator.searchPeople',
  searchEvents: 'corpusNavigator.searchEvents',
  goToDate: 'corpusNavigator.goToDate',
  searchCorpus: 'corpusNavigator.searchCorpus',
  exportIndex: 'corpusNavigator.exportIndex',
  openCorrections: 'corpusNavigator.openCorrections',
  revealInCorpus: 'corpusNavigator.revealInCorpus',
  /** Reveals an entity (by id) in its tree: used by hover links. */
  revealEntity: 'corpusNavigator.revealEntity',
  sortByMentions: 'corpusNavigator.sortByMentions',
  sortByName: 'corpusNavigator.sortByName',
  filterPeople: 'corpusNavigator.filterPeople',
  filterEvents: 'corpusNavigator.filterEvents',
  filterPlacesOrgs: 'corpusNavigator.filterPlacesOrgs',
  clearFilter: 'corpusNavigator.clearFilter',
  showAllMentions: 'corpusNavigator.showAllMentions',
  copyName: 'corpusNavigator.copyName',
  renameEntity: 'corpusNavigator.renameEntity',
  mergeEntity: 'corpusNavigator.mergeEntity',
  hideEntity: 'corpusNavigator.hideEntity',
  /** "Quotes by…": a person, then one of their quotes; with an entity id, that person's quotes. */
  quotesBy: 'corpusNavigator.quotesBy',
  showNetwork: 'corpusNavigator.showNetwork',
  showTimeline: 'corpusNavigator.showTimeline',
  /** Plots a person (a People tree node or an entity id) on the Timeline. */
  showOnTimeline: 'corpusNavigator.showOnTimeline',
} as const;

/** The commands hover cards may link to: the allow-list given to MarkdownString.isTrusted. */
export const HOVER_COMMANDS: readonly string[] = [Commands.showAllMentions, Commands.revealEntity, Commands.openSource, Commands.goToDate, Commands.quotesBy];

export const Views = {
  container: 'corpusNavigator',
  people: 'corpusNavigator.people',
  events: 'corpusNavigator.events',
  placesOrgs: 'corpusNavigator.placesOrgs',
} as const;

/** Context keys the manifest's `when` clauses read. */
export const ContextKeys = {
  hasArticles: 'corpusNavigator.hasArticles',
  peopleSort: 'corpusNavigator.peopleSort',
  filtered: 'corpusNavigator.filtered',
  /** Where indexing stands (IndexState): the welcome views and the Cancel Indexing button read it. */
  indexState: 'corpusNavigator.indexState',
} as const;

/** The language id that article files open with (syntaxes/article.tmLanguage.json). */
export const ARTICLE_LANGUAGE = 'corpus-article';

// The staged pipeline, one way: files → articles → mentions → entities → index.
// Work that depends on one article alone (finding names, places, organizations)
// is cached per article, so an edit to one file re-extracts that file only; the
// per-article parts of the corpus-wide stages (dates, bare surnames, roles, reports)
// are kept with their inputs and re-run only where those changed (incremental/), and
// the whole-corpus steps (names' base forms, linking, corrections, events) run on every
// build, except that a corrections-only change starts from the kept linked corpus; what they
// work out per entity is kept while the entity's mentions are the same records (GroupMemo).
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, loadCorpus } from './corpus/loader';
import type { CorpusFileSystem } from './corpus/fileSystem';
import { applyCorrections, type Corrections, emptyCorrections } from './corrections';
import { assembleEvents } from './events/assemble';
import { corpusDatesBy, type DateMention, dateToMention } from './extract/dates';
import { findNamedPeople, type PersonMention } from './extract/people';
import { resolveOverlaps } from './extract/overlaps';
import { findPlacesOrgs, linkPlacesOrgs, type PlaceOrgMention } from './extract/placesOrgs';
import { attachRoles } from './extract/roles';
import { CorpusIndex, type IndexData } from './index/corpusIndex';
import { joinAdjacentNames } from './link/adjacentNames';
import { KeptPeople, linkPeople } from './link/people';
import { knownFullNames, reconcileNames, surnameLexicon } from './link/reconcileNames';
import { withoutPlaceFirstNames } from './link/placeHomographs';
import { markRestatedNames } from './link/restatedNames';
import { withModelMentions } from './model/stage';
import { findQuoteCandidates, type QuoteCandidate } from './quotes/candidates';
import { resolveQuotes } from './quotes/speakers';
import { parseArticle } from './article';
import { ArticleStages, type StageArticle } from './incremental/articleStages';
import { GroupMemo } from './incremental/groupMemo';
import { perRecord } from './incremental/recordMemo';
import type { Article, Entity, IndexedArticle, Lang, Mention, Problem } from './types';
import { ListMap } from './util/listMap';

/**
 * What one article yields on its own, before the corpus is consulted: plain records, so another thread can find
 * them and a store can keep them.
 */
export interface ArticleFindings {
  named: PersonMention[];
  placesOrgs: PlaceOrgMention[];
  /** Quotes and the words naming their speakers; who the speaker is needs the linked corpus. */
  quotes: QuoteCandidate[];
}

/**
 * One article as the model keeps it: its record without tokens, and its findings. `parsed`, the article with its
 * tokens, is kept while a build may need it: from `set` to the end of the next build, or made again by
 * segmentation (`full`) when a stage must re-run for this article; the model does not keep every article's tokens.
 */
interface ArticleExtraction extends ArticleFindings, StageArticle {
  article: IndexedArticle;
  parsed?: Article;
}

/** The corpus linked, before corrections: kept while no article changes, so a corpus.yaml change re-applies only those. */
interface LinkedCorpus {
  articles: IndexedArticle[];
  stageArticles: Map<string, ArticleExtraction>;
  entities: Entity[];
  mentions: Mention[];
  dateMentions: Mention[];
}

/** The per-article work: names, places and organizations, rules first and the model where they found nothing. */
export function findInArticle(article: Article): ArticleFindings {
  const { people: named, placesOrgs } = withModelMentions(article, resolveOverlaps(findNamedPeople(article), findPlacesOrgs(article)));
  return { named, placesOrgs, quotes: findQuoteCandidates(article) };
}

export class CorpusModel {
  private readonly extractions = new Map<string, ArticleExtraction>();
  /** The paths in the order every build reads them; remade only when a path comes or goes. */
  private sortedPaths: string[] | undefined;
  /** Counts changes to the articles: the linked corpus is kept while it stays the same. */
  private revision = 0;
  private linked: { revision: number; corpus: LinkedCorpus } | undefined;
  /** The per-article parts of the corpus-wide stages, kept from build to build. */
  readonly stages = new ArticleStages();
  /** The place and organization entities, each kept while its mentions are the same records. */
  readonly placeOrgEntities = new GroupMemo<PlaceOrgMention, Entity>();
  /** What linking works out per person, kept while its mentions are the same records. */
  readonly keptPeople = new KeptPeople();

  constructor(articles: Article[] = []) {
    for (const article of articles) this.set(article);
  }

  /**
   * Adds or replaces an article; only this article is re-extracted, unless its findings come with it (found on
   * another thread, or kept from an earlier run of the same pipeline on the same text). The article must be
   * parseArticle's for its path and text: the model makes it again from those when a stage needs its tokens.
   */
  set(article: Article, findings?: ArticleFindings): void {
    const cached = this.extractions.get(article.path);
    if (cached && cached.article.text === article.text) return;
    if (!cached) this.sortedPaths = undefined;
    this.revision++;
    const { tokens: _tokens, ...record } = article;
    const extraction: ArticleExtraction = {
      article: record,
      parsed: article,
      ...(findings ?? findInArticle(article)),
      full: () => (extraction.parsed ??= parseArticle(record.path, record.text)),
    };
    this.extractions.set(article.path, extraction);
  }

  /** What `set` found in the article at `path`. */
  findings(path: string): ArticleFindings | undefined {
    const extraction = this.extractions.get(path);
    return extraction && { named: extraction.named, placesOrgs: extraction.placesOrgs, quotes: extraction.quotes };
  }

  delete(path: string): void {
    if (!this.extractions.delete(path)) return;
    this.sortedPaths = undefined;
    this.revision++;
  }

  get paths(): string[] {
    return [...this.extractions.keys()];
  }

  /** Links and assembles the corpus-wide records; pure, linear in the corpus size. */
  build(problems: Problem[] = [], corrections: Corrections = emptyCorrections()): CorpusIndex {
    return new CorpusIndex(this.buildData(problems, corrections));
  }

  /**
   * What build indexes, as plain records (an indexing worker sends them to the editor's thread). The same records
   * as a build from scratch, whatever was built before: per-article parts are reused only while their inputs are
   * the same (incremental/articleStages), and the linked corpus while no article changed.
   */
  buildData(problems: Problem[] = [], corrections: Corrections = emptyCorrections()): IndexData {
    const linked = this.linkedCorpus();
    const corrected = applyCorrections(linked.entities, linked.mentions, corrections, problems);
    const mentions = [...corrected.mentions, ...linked.dateMentions];
    const entities = new Map(corrected.entities.map((e) => [e.id, e]));
    const byDoc = groupByDoc(mentions);
    const reports = linked.articles.flatMap((a) =>
      this.stages.reports(linked.stageArticles.get(a.path) as ArticleExtraction, (byDoc.get(a.path) ?? []).sort((x, y) => x.start - y.start)),
    );
    const dateOf = new Map(linked.articles.map((a) => [a.path, a.date]));
    const events = assembleEvents(reports, entities, (doc) => dateOf.get(doc));
    const quotes = linked.articles.flatMap((a) => resolveQuotes(this.extractions.get(a.path)?.quotes ?? [], a, (byDoc.get(a.path) ?? []).filter(isPerson), entities));
    // Every stage that reads tokens has run: they are made again only for an article a later change concerns.
    for (const x of this.extractions.values()) x.parsed = undefined;
    return { articles: linked.articles, mentions, entities: corrected.entities, events, quotes, problems };
  }

  private linkedCorpus(): LinkedCorpus {
    if (this.linked?.revision !== this.revision) this.linked = { revision: this.revision, corpus: this.link() };
    return this.linked.corpus;
  }

  private link(): LinkedCorpus {
    if (!this.sortedPaths) {
      this.sortedPaths = [...this.extractions.keys()].sort((a, b) => a.localeCompare(b));
      this.stages.keepOnly(new Set(this.sortedPaths));
    }
    const extractions = this.sortedPaths.map((path) => this.extractions.get(path) as ArticleExtraction);
    const byArticle = new Map(extractions.map((x) => [x.article, x]));
    const dates = corpusDatesBy(extractions.map((x) => x.article), this.stages.dateSteps(byArticle));
    const articles = extractions.map(({ article }): IndexedArticle => {
      const found = dates.get(article.path);
      if (article.date || !found?.inferred) return article;
      return { ...article, date: found.inferred.date, dateEvidence: { evidence: found.inferred.evidence, source: found.inferred.source } };
    });
    const langOf = languageLookup(articles);

    const named = withoutPlaceFirstNames(
      extractions.flatMap((x) => x.named),
      extractions.flatMap((x) => x.placesOrgs),
    );
    this.stages.lookupsChanged(surnameLexicon(named), knownFullNames(named));
    // Surnames used alone meet the article's places and organizations here; named people already did, per article.
    const settled = extractions.map((x) => this.stages.bareSurnames(x, x));
    // Every mention's base form is decided from the whole corpus's evidence, then people are linked on it.
    const textOf = new Map(articles.map((a) => [a.path, a.text]));
    const reconciled = reconcileNames(named, settled.flatMap((s) => s.people), langOf);
    const textAt = (doc: string): string | undefined => textOf.get(doc);
    const people = linkPeople(markRestatedNames(joinAdjacentNames(reconciled, textAt), textAt), langOf, this.keptPeople);
    const placesOrgs = linkPlacesOrgs(settled.flatMap((s) => s.placesOrgs), langOf, this.placeOrgEntities);
    const peopleIn = groupByDoc(people.mentions);
    const roles = extractions.flatMap((x) => this.stages.roles(x, peopleIn.get(x.article.path) ?? []));
    const dateMentions = [...dates.values()].flatMap((d) => dateMentionsOf(d.mentions));
    return {
      articles,
      stageArticles: new Map(extractions.map((x) => [x.article.path, x])),
      entities: [...attachRoles(people.entities, roles), ...placesOrgs.entities],
      mentions: [...people.mentions, ...placesOrgs.mentions],
      dateMentions,
    };
  }
}

/** The whole pipeline over a set of articles. */
export function buildIndex(articles: Article[], problems: Problem[] = [], corrections: Corrections = emptyCorrections()): CorpusIndex {
  return new CorpusModel(articles).build(problems, corrections);
}

export async function indexCorpus(fs: CorpusFileSystem, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): Promise<CorpusIndex> {
  const { articles, problems, corrections } = await loadCorpus(fs, options);
  return buildIndex(articles, problems, corrections);
}

/** An article's DATE mentions as the index keeps them; the same records while its dates are kept (incremental/). */
const dateMentionsOf = perRecord((dates: readonly DateMention[]): Mention[] => dates.map(dateToMention).filter((m): m is Mention => m !== undefined));

function languageLookup(articles: IndexedArticle[]): (doc: string) => Lang {
  const langs = new Map<string, Lang>(articles.map((a) => [a.path, a.lang]));
  return (doc) => langs.get(doc) ?? 'ru';
}

const isPerson = (m: Mention): boolean => m.type === 'PER' && m.entity !== undefined;

function groupByDoc(mentions: Mention[]): Map<string, Mention[]> {
  const byDoc = new ListMap<string, Mention>();
  for (const m of mentions) byDoc.add(m.doc, m);
  return byDoc;
}

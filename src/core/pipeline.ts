// The staged pipeline, one way: files → articles → mentions → entities → index.
// Work that depends on one article alone (finding names, places, organizations)
// is cached per article, so an edit to one file re-extracts that file only;
// the corpus-wide stages (names' base forms, linking, dates, roles, events, corrections) are
// cheap and run on every build.
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, loadCorpus } from './corpus/loader';
import type { CorpusFileSystem } from './corpus/fileSystem';
import { applyCorrections, type Corrections, emptyCorrections } from './corrections';
import { assembleEvents } from './events/assemble';
import { findReports } from './events/reports';
import { corpusDates, dateToMention } from './extract/dates';
import { findBareSurnames, findNamedPeople, type PersonMention } from './extract/people';
import { resolveOverlaps } from './extract/overlaps';
import { findPlacesOrgs, linkPlacesOrgs, type PlaceOrgMention } from './extract/placesOrgs';
import { attachRoles, findRoles } from './extract/roles';
import { CorpusIndex, type IndexData } from './index/corpusIndex';
import { joinAdjacentNames } from './link/adjacentNames';
import { linkPeople } from './link/people';
import { knownFullNames, reconcileNames, surnameLexicon } from './link/reconcileNames';
import { withoutPlaceFirstNames } from './link/placeHomographs';
import { markRestatedNames } from './link/restatedNames';
import { withModelMentions } from './model/stage';
import type { Article, Lang, Mention, Problem } from './types';
import { ListMap } from './util/listMap';

/**
 * What one article yields on its own, before the corpus is consulted: plain records, so another thread can find
 * them and a store can keep them.
 */
export interface ArticleFindings {
  named: PersonMention[];
  placesOrgs: PlaceOrgMention[];
}

interface ArticleExtraction extends ArticleFindings {
  article: Article;
}

/** The per-article work: names, places and organizations, rules first and the model where they found nothing. */
export function findInArticle(article: Article): ArticleFindings {
  const { people: named, placesOrgs } = withModelMentions(article, resolveOverlaps(findNamedPeople(article), findPlacesOrgs(article)));
  return { named, placesOrgs };
}

export class CorpusModel {
  private readonly extractions = new Map<string, ArticleExtraction>();

  constructor(articles: Article[] = []) {
    for (const article of articles) this.set(article);
  }

  /**
   * Adds or replaces an article; only this article is re-extracted, unless its findings come with it (found on
   * another thread, or kept from an earlier run of the same pipeline on the same text).
   */
  set(article: Article, findings?: ArticleFindings): void {
    const cached = this.extractions.get(article.path);
    if (cached && cached.article.text === article.text) return;
    this.extractions.set(article.path, { article, ...(findings ?? findInArticle(article)) });
  }

  /** What `set` found in the article at `path`. */
  findings(path: string): ArticleFindings | undefined {
    const extraction = this.extractions.get(path);
    return extraction && { named: extraction.named, placesOrgs: extraction.placesOrgs };
  }

  delete(path: string): void {
    this.extractions.delete(path);
  }

  get paths(): string[] {
    return [...this.extractions.keys()];
  }

  /** Links and assembles the corpus-wide records; pure, linear in the corpus size. */
  build(problems: Problem[] = [], corrections: Corrections = emptyCorrections()): CorpusIndex {
    return new CorpusIndex(this.buildData(problems, corrections));
  }

  /** What build indexes, as plain records (an indexing worker sends them to the editor's thread). */
  buildData(problems: Problem[] = [], corrections: Corrections = emptyCorrections()): IndexData {
    const extractions = [...this.extractions.values()].sort((a, b) => a.article.path.localeCompare(b.article.path));
    const dates = corpusDates(extractions.map((x) => x.article));
    const articles = extractions.map(({ article }): Article => {
      const found = dates.get(article.path);
      if (article.date || !found?.inferred) return article;
      return { ...article, date: found.inferred.date, dateEvidence: { evidence: found.inferred.evidence, source: found.inferred.source } };
    });
    const langOf = languageLookup(articles);

    const named = withoutPlaceFirstNames(
      extractions.flatMap((x) => x.named),
      extractions.flatMap((x) => x.placesOrgs),
    );
    const lexicon = surnameLexicon(named);
    const fullNames = knownFullNames(named);
    // Surnames used alone meet the article's places and organizations here; named people already did, per article.
    const settled = extractions.map((x) => resolveOverlaps(findBareSurnames(x.article, lexicon, x.named, x.placesOrgs, fullNames), x.placesOrgs));
    // Every mention's base form is decided from the whole corpus's evidence, then people are linked on it.
    const textOf = new Map(articles.map((a) => [a.path, a.text]));
    const reconciled = reconcileNames(named, settled.flatMap((s) => s.people), langOf);
    const textAt = (doc: string): string | undefined => textOf.get(doc);
    const people = linkPeople(markRestatedNames(joinAdjacentNames(reconciled, textAt), textAt), langOf);
    const placesOrgs = linkPlacesOrgs(settled.flatMap((s) => s.placesOrgs), langOf);
    const peopleIn = groupByDoc(people.mentions);
    const roles = articles.flatMap((a) => findRoles(a, peopleIn.get(a.path) ?? []));
    const dateMentions = [...dates.values()].flatMap((d) => d.mentions.map(dateToMention)).filter((m): m is Mention => m !== undefined);

    const corrected = applyCorrections(
      [...attachRoles(people.entities, roles), ...placesOrgs.entities],
      [...people.mentions, ...placesOrgs.mentions],
      corrections,
      problems,
    );
    const mentions = [...corrected.mentions, ...dateMentions];
    const entities = new Map(corrected.entities.map((e) => [e.id, e]));
    const byDoc = groupByDoc(mentions);
    const reports = articles.flatMap((a) => findReports(a, (byDoc.get(a.path) ?? []).sort((x, y) => x.start - y.start)));
    const dateOf = new Map(articles.map((a) => [a.path, a.date]));
    const events = assembleEvents(reports, entities, (doc) => dateOf.get(doc));
    return { articles, mentions, entities: corrected.entities, events, problems };
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

function languageLookup(articles: Article[]): (doc: string) => Lang {
  const langs = new Map<string, Lang>(articles.map((a) => [a.path, a.lang]));
  return (doc) => langs.get(doc) ?? 'ru';
}

function groupByDoc(mentions: Mention[]): Map<string, Mention[]> {
  const byDoc = new ListMap<string, Mention>();
  for (const m of mentions) byDoc.add(m.doc, m);
  return byDoc;
}

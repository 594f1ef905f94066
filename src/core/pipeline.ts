// The staged pipeline, one way: files → articles → mentions → entities → index.
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, loadCorpus } from './corpus/loader';
import type { CorpusFileSystem } from './corpus/fileSystem';
import { findBareSurnames, findNamedPeople, surnameLexicon } from './extract/people';
import { attachRoles, findRoles } from './extract/roles';
import { findPlacesOrgs, linkPlacesOrgs, withoutOverlaps } from './extract/placesOrgs';
import { applyCorrections, type Corrections, emptyCorrections } from './corrections';
import { CorpusIndex } from './index/corpusIndex';
import { linkPeople } from './link/people';
import type { Article, Lang, Mention, Problem } from './types';

/** Extracts and links everything the articles say; pure, synchronous, linear in the corpus size. */
export function buildIndex(articles: Article[], problems: Problem[] = [], corrections: Corrections = emptyCorrections()): CorpusIndex {
  const namedByArticle = articles.map(findNamedPeople);
  const named = namedByArticle.flat();
  const lexicon = surnameLexicon(named);
  const bare = articles.flatMap((a, i) => findBareSurnames(a, lexicon, namedByArticle[i]));
  const langs = new Map<string, Lang>(articles.map((a) => [a.path, a.lang]));
  const people = linkPeople([...named, ...bare], (doc) => langs.get(doc) ?? 'ru');
  // Places and organizations; a person's name wins where spans overlap.
  const placesOrgs = linkPlacesOrgs(withoutOverlaps(articles.flatMap(findPlacesOrgs), people.mentions), (doc) => langs.get(doc) ?? 'ru');
  const peopleIn = groupByDoc(people.mentions);
  const roles = articles.flatMap((a) => findRoles(a, peopleIn.get(a.path) ?? []));
  const corrected = applyCorrections(
    [...attachRoles(people.entities, roles), ...placesOrgs.entities],
    [...people.mentions, ...placesOrgs.mentions],
    corrections,
    problems,
  );
  return new CorpusIndex({ articles, mentions: corrected.mentions, entities: corrected.entities, events: [], problems });
}

export async function indexCorpus(fs: CorpusFileSystem, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): Promise<CorpusIndex> {
  const { articles, problems, corrections } = await loadCorpus(fs, options);
  return buildIndex(articles, problems, corrections);
}

function groupByDoc(mentions: Mention[]): Map<string, Mention[]> {
  const byDoc = new Map<string, Mention[]>();
  for (const m of mentions) byDoc.set(m.doc, [...(byDoc.get(m.doc) ?? []), m]);
  return byDoc;
}

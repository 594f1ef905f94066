// The staged pipeline, one way: files → articles → mentions → entities → index.
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, loadCorpus } from './corpus/loader';
import type { CorpusFileSystem } from './corpus/fileSystem';
import { findBareSurnames, findNamedPeople, surnameLexicon } from './extract/people';
import { CorpusIndex } from './index/corpusIndex';
import { linkPeople } from './link/people';
import type { Article, Lang, Problem } from './types';

/** Extracts and links everything the articles say; pure, synchronous, linear in the corpus size. */
export function buildIndex(articles: Article[], problems: Problem[] = []): CorpusIndex {
  const namedByArticle = articles.map(findNamedPeople);
  const named = namedByArticle.flat();
  const lexicon = surnameLexicon(named);
  const bare = articles.flatMap((a, i) => findBareSurnames(a, lexicon, namedByArticle[i]));
  const langs = new Map<string, Lang>(articles.map((a) => [a.path, a.lang]));
  const people = linkPeople([...named, ...bare], (doc) => langs.get(doc) ?? 'ru');
  return new CorpusIndex({ articles, mentions: people.mentions, entities: people.entities, events: [], problems });
}

export async function indexCorpus(fs: CorpusFileSystem, options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): Promise<CorpusIndex> {
  const { articles, problems } = await loadCorpus(fs, options);
  return buildIndex(articles, problems);
}

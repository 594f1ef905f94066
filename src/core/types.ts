// Records that cross module boundaries. The core has its own span type and never
// sees `vscode`; adapters convert at the edge (src/vscode/convert.ts).

/** A half-open range [start, end) of UTF-16 code units in an article's text. */
export interface Span {
  start: number;
  end: number;
}

export type Lang = 'ru' | 'uk';
export type EntityType = 'PER' | 'LOC' | 'ORG';
export type MentionType = EntityType | 'DATE';

export interface Token extends Span {
  text: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

export interface Sentence extends Span {
  /** Index into Article.paragraphs. */
  paragraph: number;
}

/** A file of the corpus, decoded and segmented. Everything downstream reads this. */
export interface Article {
  /** Corpus-relative path with forward slashes; the article's id. */
  path: string;
  text: string;
  lang: Lang;
  /** ISO date: from a ` date YYYY-MM-DD` header line, else inferred (see dateEvidence). */
  date?: string;
  /** Why the article has its date when no header gave it. */
  dateEvidence?: { evidence: string; source?: Span };
  title: string;
  /** The header line, when the file has one; not article prose. */
  header?: Span;
  /** Ad and photo-credit lines, ignored by extraction. */
  boilerplate: Span[];
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/** What the index keeps of an article once extraction is done: everything but the tokens, which only extraction reads. */
export type IndexedArticle = Omit<Article, 'tokens'>;

/** A reference to a stretch of an article (a sentence, a mention). */
export interface SourceRef extends Span {
  doc: string;
}

export interface Mention extends Span {
  doc: string;
  type: MentionType;
  /** Surface text, exactly text.slice(start, end). */
  text: string;
  /** Base (nominative) form of the mention's own words. */
  lemma: string;
  /** Corpus-wide entity id; absent for dates. */
  entity?: string;
  /** DATE: ISO value (YYYY-MM-DD, YYYY-MM or YYYY); a range's first day. */
  value?: string;
  /** DATE: how the value was found, for hover cards. */
  date?: DateDetails;
}

export interface DateDetails {
  /** Last day of a range (6–7 января), ISO. */
  end?: string;
  partOfDay?: 'morning' | 'day' | 'evening' | 'night';
  /** explicit: written in full; year-from-article / year-from-corpus: the year was inferred; relative: сегодня, накануне; weekday: во вторник. */
  resolution: 'explicit' | 'year-from-article' | 'year-from-corpus' | 'relative' | 'weekday';
  /** The text names a weekday that the date does not fall on. */
  weekdayMismatch?: boolean;
}

export interface Role {
  /** Normalized role, e.g. "спецпосланник президента США". */
  title: string;
  sources: SourceRef[];
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Display name: a full nominative form. */
  name: string;
  /** Every spelling seen (base forms), the display name excluded. */
  aliases: string[];
  roles: Role[];
}

export interface CorpusEvent {
  id: string;
  title: string;
  date: string;
  end?: string;
  /** Entity id of the place. */
  place?: string;
  /** Entity ids. */
  participants: string[];
  sources: SourceRef[];
}

/** Words a person said, as an article quotes or reports them: the span of the words, and who said them. */
export interface Quote extends SourceRef {
  /** Entity id of the speaker, a person. */
  speaker: string;
}

/** Something wrong with the input that the user should hear about; never thrown. */
export interface Problem {
  /** Corpus-relative path (or the corpus root, "."). */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** 1-based position, when the problem is inside a file (corpus.yaml). */
  line?: number;
  column?: number;
}

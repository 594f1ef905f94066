// Per-article findings as stored text. They are plain records but for one thing: a PersonMention's `alias` (and
// `restates`) points at another mention object, and linking looks that object up by identity
// (personOf.get(m.alias)). JSON would turn the pointer into a copy, so a reference is written as the index of
// the mention it points at within the same article's `named` list, and decoding restores the very object.
// A pointer to a mention outside the list (none today) is kept as an inline copy, as it would behave anyway.
import type { PersonMention } from '../extract/people';
import type { PlaceOrgMention } from '../extract/placesOrgs';
import type { ArticleFindings } from '../pipeline';
import type { QuoteCandidate } from '../quotes/candidates';
import { StoreError } from './storeProblem';

/** The PersonMention fields that point at other mentions. */
const REFERENCES = ['alias', 'restates'] as const;
type Reference = (typeof REFERENCES)[number];

/** A reference as stored: the index into the article's `named`, or an inline copy. */
type StoredReference = number | { inline: StoredPerson };
type StoredPerson = Omit<PersonMention, Reference> & { [K in Reference]?: StoredReference };

export interface StoredFindings {
  named: StoredPerson[];
  placesOrgs: PlaceOrgMention[];
  quotes: QuoteCandidate[];
}

/** An article's findings, keyed by the hash of the bytes they were found in. */
export interface StoredArticle {
  path: string;
  hash: string;
  findings: StoredFindings;
}

/** The worker's findings file: every article's findings, and the pipeline that found them. */
export interface FindingsFile {
  format: number;
  pipeline: string;
  articles: StoredArticle[];
}

export function encodeFindings(findings: ArticleFindings): StoredFindings {
  const indexOf = new Map(findings.named.map((m, i) => [m, i]));
  const encode = (m: PersonMention): StoredPerson => {
    const stored: StoredPerson = { ...m } as StoredPerson;
    for (const key of REFERENCES) {
      const target = m[key];
      if (target) stored[key] = indexOf.get(target) ?? { inline: encode(target) };
    }
    return stored;
  };
  return { named: findings.named.map(encode), placesOrgs: findings.placesOrgs, quotes: findings.quotes };
}

/** The findings back, `alias` pointing at the same objects as `named` holds; StoreError when malformed. */
export function decodeFindings(stored: unknown, path: string): ArticleFindings {
  const record = object(stored, path);
  const named = array(record.named, path).map((m) => person(m, path));
  const placesOrgs = array(record.placesOrgs, path).map((m) => placeOrg(m, path));
  const quotes = array(record.quotes, path).map((q) => quote(q, path));
  const resolve = (ref: unknown): PersonMention => {
    if (typeof ref === 'number') {
      const target = named[ref];
      if (!Number.isInteger(ref) || !target) throw new StoreError('corrupt', `${path}: a reference to mention ${ref} of ${named.length}`);
      return target;
    }
    const inline = person(object(ref, path).inline, path);
    for (const key of REFERENCES) if (inline[key] !== undefined) inline[key] = resolve(inline[key]);
    return inline;
  };
  for (const m of named) for (const key of REFERENCES) if (m[key] !== undefined) m[key] = resolve(m[key]);
  return { named, placesOrgs, quotes };
}

// ——— Shape checks: what the pipeline reads without looking, so a damaged record fails here, not in linking ———

function person(value: unknown, path: string): PersonMention {
  const m = mention(value, path);
  if (typeof m.surname !== 'string') throw new StoreError('corrupt', `${path}: a person without a surname`);
  return m as unknown as PersonMention;
}

function placeOrg(value: unknown, path: string): PlaceOrgMention {
  const m = mention(value, path);
  if ((m.type !== 'LOC' && m.type !== 'ORG') || typeof m.entity !== 'string') throw new StoreError('corrupt', `${path}: a place or organization without its type or entity`);
  return m as unknown as PlaceOrgMention;
}

function quote(value: unknown, path: string): QuoteCandidate {
  const q = object(value, path);
  const speaker = object(q.speaker, path);
  if (!isSpan(q) || !isSpan(speaker) || typeof q.nominative !== 'boolean' || q.doc !== path) throw new StoreError('corrupt', `${path}: a quote without its span, speaker or article`);
  return q as unknown as QuoteCandidate;
}

const isSpan = (r: Record<string, unknown>): boolean => typeof r.start === 'number' && typeof r.end === 'number';

function mention(value: unknown, path: string): Record<string, unknown> {
  const m = object(value, path);
  if (typeof m.start !== 'number' || typeof m.end !== 'number' || typeof m.text !== 'string' || typeof m.lemma !== 'string' || m.doc !== path) {
    throw new StoreError('corrupt', `${path}: a mention without its span, text, lemma or article`);
  }
  return m;
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StoreError('corrupt', `${path}: a record expected`);
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new StoreError('corrupt', `${path}: a list expected`);
  return value;
}

// The per-article parts of the corpus-wide stages (CorpusModel.buildData), each kept with what it was computed
// from, so a build after an edit re-runs them for the articles whose inputs changed and reuses the rest:
//   dates        the article; the corpus's median header date only when a year was taken from it (`7 января` in
//                an undated article). An undated article's `сегодня` clauses are matched against the corpus's
//                dated clauses on every build where those changed, from what was read of the article once (no tokens)
//   bare surnames the article and its own findings; the lexicon and full-name entries its words looked up
//   roles        the article; the spans of its linked person mentions (a role is bound to the mention at a span)
//   reports      the article; the fields of its mentions that findReports reads
// An article is identified by its record (`IndexedArticle`), made once per text by CorpusModel.set; its tokens
// are made again (`full`) only for a stage that must re-run.
import {
  type ArticleClauses,
  articleClauses,
  clauseCorpus,
  type DateCorpus,
  type DateSteps,
  type DatedClause,
  type TracedDates,
  tracedDates,
  corpusInference,
  type OwnInference,
  ownInference,
  type TracedInference,
} from '../extract/dates';
import { findBareSurnames, type PersonMention } from '../extract/people';
import { resolveOverlaps } from '../extract/overlaps';
import type { PlaceOrgMention } from '../extract/placesOrgs';
import { findRoles, type RoleMention } from '../extract/roles';
import { findReports, type Report } from '../events/reports';
import type { Article, IndexedArticle, Mention } from '../types';
import { changedLookups, type Lexicon, LookupRecorder, readAny } from './lookupReads';
import { StageMemo } from './stageMemo';

/** One article as the stages see it: its record, and its full form with tokens, made when a stage must run. */
export interface StageArticle {
  article: IndexedArticle;
  full(): Article;
}

/** An article's own findings, as CorpusModel.set keeps them. */
export interface OwnFindings {
  named: PersonMention[];
  placesOrgs: PlaceOrgMention[];
}

/** Bare surnames found, then settled against the article's places and organizations. */
export interface SettledMentions {
  people: PersonMention[];
  placesOrgs: PlaceOrgMention[];
}

interface BareSurnames {
  settled: SettledMentions;
  /** The hashes of the lexicon and full-name look-ups the run made (lookupReads). */
  looked: Uint32Array;
}

/** A role without the mention it belongs to, which is a new record on every build: `at` is its index among the article's people. */
interface PlacedRole {
  role: Omit<RoleMention, 'mention'>;
  at: number;
}

interface MentionsOf {
  article: IndexedArticle;
  mentions: readonly Mention[];
}

/** How many times each per-article stage ran rather than being reused: the operation-count tests read these. */
export interface StageRuns {
  dateClauses: number;
  /** An undated article's date from its own text (reads its tokens). */
  dateInference: number;
  /** An undated article's `сегодня` clauses matched against the corpus's (no tokens). */
  dateMatches: number;
  dateMentions: number;
  bareSurnames: number;
  roles: number;
  reports: number;
}

/** A result that may have read the corpus's median date, with the median it was computed with. */
interface WithMedian {
  median: string | undefined;
}

export class ArticleStages {
  private readonly clauses = new StageMemo<ArticleClauses & WithMedian>();
  private readonly clauseCorpus = new StageMemo<DateCorpus>();
  private readonly ownInferences = new StageMemo<OwnInference & WithMedian>();
  /** With the corpus of clauses a match read (none kept when it read none, so old corpora are not kept alive). */
  private readonly inferences = new StageMemo<TracedInference & { corpus?: DateCorpus }, readonly [OwnInference]>();
  private readonly dateMentions = new StageMemo<TracedDates & WithMedian>();
  private readonly bare = new StageMemo<BareSurnames>();
  private readonly roleMemo = new StageMemo<PlacedRole[], MentionsOf>(sameSpans);
  private readonly reportMemo = new StageMemo<Report[], MentionsOf>(sameReportInputs);
  /** The lexicon and full names of the last build, to tell which entries changed. */
  private lookups: { lexicon: Lexicon; fullNames: ReadonlySet<string> } = { lexicon: new Map(), fullNames: new Set() };
  /** The look-ups whose answer changed in this build (set by `lookupsChanged`). */
  private changed: Uint32Array = new Uint32Array();

  get runs(): StageRuns {
    return {
      dateClauses: this.clauses.runs,
      dateInference: this.ownInferences.runs,
      dateMatches: this.inferences.runs,
      dateMentions: this.dateMentions.runs,
      bareSurnames: this.bare.runs,
      roles: this.roleMemo.runs,
      reports: this.reportMemo.runs,
    };
  }

  /** corpusDates' per-article steps over these articles, keeping their results. */
  dateSteps(byArticle: ReadonlyMap<IndexedArticle, StageArticle>): DateSteps<IndexedArticle> {
    const full = (article: IndexedArticle): Article => (byArticle.get(article) as StageArticle).full();
    return {
      clauses: (article, mid) => {
        const kept = this.clauses.peek(article.path);
        // A new median re-resolves only the articles that took a year from it: one with a header date never does.
        if (kept?.readMedian && kept.median !== mid) this.clauses.forget(article.path);
        return this.clauses.get(article.path, [article], () => {
          const found = { ...articleClauses(full(article), mid), median: mid };
          // An edit away from the article's dated clauses leaves them as they were: the same list then, so the
          // corpus of clauses stays the same object and no other article's inference re-runs.
          return kept && sameClauses(kept.clauses, found.clauses) ? { ...found, clauses: kept.clauses } : found;
        });
      },
      // One corpus of clauses: the same object while every article's clauses are, which tells inference they did not change.
      corpus: (dates, mid, perArticle) =>
        this.clauseCorpus.get('', [mid, dates.join(), ...perArticle.map((p) => p.clauses)], () => clauseCorpus(dates, mid, perArticle)),
      infer: (article, corpus) => {
        const keptOwn = this.ownInferences.peek(article.path);
        if (keptOwn?.readMedian && keptOwn.median !== corpus.median) this.ownInferences.forget(article.path);
        const own = this.ownInferences.get(article.path, [article], () => ({ ...ownInference(full(article), corpus.median), median: corpus.median }));
        const kept = this.inferences.peek(article.path);
        if (kept?.readClauses && kept.corpus !== corpus) this.inferences.forget(article.path);
        return this.inferences.get(article.path, [own], () => {
          const traced = corpusInference(article, own, corpus);
          return traced.readClauses ? { ...traced, corpus } : traced;
        });
      },
      mentions: (article, date, corpusDate) => {
        const kept = this.dateMentions.peek(article.path);
        if (kept?.readCorpusDate && kept.median !== corpusDate) this.dateMentions.forget(article.path);
        return this.dateMentions.get(article.path, [article, date], () => ({
          ...tracedDates(full(article), date, corpusDate ? { corpusDate } : {}),
          median: corpusDate,
        })).mentions;
      },
    };
  }

  /** Called once per build with the corpus's lexicon and full names, before `bareSurnames`. */
  lookupsChanged(lexicon: Lexicon, fullNames: ReadonlySet<string>): void {
    this.changed = changedLookups(this.lookups.lexicon, lexicon, this.lookups.fullNames, fullNames);
    this.lookups = { lexicon, fullNames };
  }

  /** The article's bare surnames, settled against its places and organizations. */
  bareSurnames(x: StageArticle, own: OwnFindings): SettledMentions {
    const kept = this.bare.peek(x.article.path);
    // A run that looked up an entry whose answer changed is stale; one that did not still holds.
    if (kept && readAny(kept.looked, this.changed)) this.bare.forget(x.article.path);
    return this.bare.get(x.article.path, [x.article, own.named, own.placesOrgs], () => {
      const { lexicon, fullNames } = this.lookups;
      const recorder = new LookupRecorder(lexicon, fullNames);
      const found = findBareSurnames(x.full(), recorder.surnames, own.named, own.placesOrgs, recorder.fullNames);
      return { settled: resolveOverlaps(found, own.placesOrgs), looked: recorder.recorded() };
    }).settled;
  }

  /** The roles stated next to the article's person mentions (linked, in linking's order). */
  roles(x: StageArticle, people: readonly Mention[]): RoleMention[] {
    const placed = this.roleMemo.get(x.article.path, { article: x.article, mentions: people }, () => {
      const at = new Map(people.map((m, i) => [m, i]));
      return findRoles(x.full(), people).map(({ mention, ...role }) => ({ role, at: at.get(mention) as number }));
    });
    return placed.map(({ role, at }) => ({ ...role, mention: people[at] }));
  }

  /** The article's reports; `mentions` are its mentions in text order. */
  reports(x: StageArticle, mentions: readonly Mention[]): Report[] {
    return this.reportMemo.get(x.article.path, { article: x.article, mentions }, () => findReports(x.full(), mentions));
  }

  /** Forgets the articles no longer in the corpus. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const memo of [this.clauses, this.ownInferences, this.inferences, this.dateMentions, this.bare, this.roleMemo, this.reportMemo]) memo.keepOnly(paths);
  }
}

/** findRoles reads the spans of the person mentions alone. */
function sameSpans(kept: MentionsOf, now: MentionsOf): boolean {
  return kept.article === now.article && sameMentions(kept.mentions, now.mentions, (a, b) => a.start === b.start && a.end === b.end);
}

/** The mention fields findReports reads. */
function sameReportInputs(kept: MentionsOf, now: MentionsOf): boolean {
  return (
    kept.article === now.article &&
    sameMentions(
      kept.mentions,
      now.mentions,
      (a, b) =>
        a.start === b.start && a.end === b.end && a.type === b.type && a.entity === b.entity && a.text === b.text && a.value === b.value && a.date?.end === b.date?.end && a.date?.resolution === b.date?.resolution,
    )
  );
}

function sameClauses(a: readonly DatedClause[], b: readonly DatedClause[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.doc === b[i].doc && x.date === b[i].date && x.start === b[i].start && x.end === b[i].end && x.keys.join() === b[i].keys.join())
  );
}

function sameMentions(a: readonly Mention[], b: readonly Mention[], same: (a: Mention, b: Mention) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !same(a[i], b[i])) return false;
  return true;
}

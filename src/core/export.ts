// The index as the extraction JSON of shared/eval/README.md: the CLI's
// contract with the scorer, and the Export Index command's format.
import type { CorpusIndex } from './index/corpusIndex';
import type { Lang, MentionType } from './types';

export interface ExtractionJson {
  documents: {
    file: string;
    lang: Lang;
    date: string | null;
    title: string;
    mentions: { start: number; end: number; type: MentionType; text: string; lemma?: string; entity?: string; value?: string }[];
  }[];
  entities: { id: string; type: string; name: string; aliases: string[]; roles: string[] }[];
  events: { id: string; title: string; date: string; end?: string; place?: string; participants: string[]; sources: { file: string; start: number; end: number }[] }[];
  /** Who said what: the speaker's entity id, and the said words' span in `doc` (a documents[].file). */
  quotes: { speaker: string; doc: string; start: number; end: number }[];
  problems: { file: string; severity: string; message: string; line?: number; column?: number }[];
}

export function toExtractionJson(index: CorpusIndex): ExtractionJson {
  return {
    documents: [...index.articles.values()].map((a) => ({
      file: a.path,
      lang: a.lang,
      date: a.date ?? null,
      title: a.title,
      mentions: index.mentionsIn(a.path).map((m) => ({
        start: m.start,
        end: m.end,
        type: m.type,
        text: m.text,
        ...(m.type === 'DATE' ? { value: m.value } : { lemma: m.lemma, entity: m.entity }),
      })),
    })),
    entities: [...index.entities.values()].map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles.map((r) => r.title),
    })),
    events: index.events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      ...(e.end ? { end: e.end } : {}),
      ...(e.place ? { place: e.place } : {}),
      participants: e.participants,
      sources: e.sources.map((s) => ({ file: s.doc, start: s.start, end: s.end })),
    })),
    quotes: index.quotes.map((q) => ({ speaker: q.speaker, doc: q.doc, start: q.start, end: q.end })),
    problems: index.problems.map((p) => ({ file: p.path, severity: p.severity, message: p.message, line: p.line, column: p.column })),
  };
}

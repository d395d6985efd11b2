import {
  SECTION_TITLES,
  type Article,
  type ArticleSentence,
  type CitedSource,
  type Verdict,
} from '../model/index.ts';
import { safeUrl, stripControls } from './escape.ts';

/** Version tag of the JSON article format; bump it when a field changes meaning. */
export const ARTICLE_JSON_SCHEMA = 'wireproof.article/1';

// Objects are built field by field so the key order (and thus the bytes) never depends on the input.
const verdictJson = (v: Verdict) => ({
  label: v.label,
  score: round(v.score),
  uncited: v.uncited,
  reasons: v.reasons.map((r) => ({ kind: r.kind, detail: clean(r.detail), hard: r.hard ?? false })),
  evidence: v.evidence.map((e) => ({ source: e.source, sentence: clean(e.sentence), score: round(e.score) })),
});

const sentenceJson = (s: ArticleSentence) => ({
  text: clean(s.text),
  citations: [...s.citations],
  ...(s.date !== undefined ? { date: s.date } : {}),
  ...(s.review !== undefined ? { review: { ...s.review } } : {}),
  verdict: s.verdict ? verdictJson(s.verdict) : null,
});

const sourceJson = (s: CitedSource) => ({
  n: s.n,
  sourceId: s.sourceId,
  outlet: s.outlet === null ? null : clean(s.outlet),
  title: clean(s.title),
  published: s.published,
  // Only http(s) URLs survive; anything else is reported as null.
  url: safeUrl(s.url),
});

const round = (x: number): number => Math.round(x * 1000) / 1000;
const clean = (t: string): string => stripControls(t);

/** The article as plain data in the documented `wireproof.article/1` shape (see docs/publish.md). */
export function articleJson(article: Article) {
  return {
    schema: ARTICLE_JSON_SCHEMA,
    storyId: article.storyId,
    status: article.status,
    writer: article.writer,
    generatedAt: article.generatedAt,
    headline: sentenceJson(article.headline),
    sections: article.sections.map((sec) => ({
      kind: sec.kind,
      title: SECTION_TITLES[sec.kind],
      sentences: sec.sentences.map(sentenceJson),
    })),
    sources: article.sources.map(sourceJson),
    dropped: article.dropped.map(sentenceJson),
  };
}

/** Stable JSON: fixed key order, two-space indent, trailing newline. */
export function renderJson(article: Article): string {
  return `${JSON.stringify(articleJson(article), null, 2)}\n`;
}

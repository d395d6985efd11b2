// Every source sentence as a candidate for the article, with the features the writer chooses by.
import type { AnalysedSentence, Source } from '../model/index.ts';
import { analyseDocument, cosine, isStopword, lemma, tokenize } from '../text/index.ts';
import { dayOf } from './numbering.ts';

export interface Candidate {
  /** Position in the candidate list. */
  readonly id: number;
  /** 0-based index of the source in citation order. */
  readonly src: number;
  /** Sentence index in its source. */
  readonly index: number;
  readonly paragraph: number;
  /** Relative position in the source, 0 = first sentence. */
  readonly position: number;
  readonly text: string;
  readonly sentence: AnalysedSentence;
  /** Content lemmas (no stopwords). */
  readonly terms: readonly string[];
  /** Publication day of its source. */
  readonly date: string | null;
}

// Bylines, credits and calls to action are not news.
const BOILERPLATE =
  /\b(this (report|story|article) (was|has been)|supplied by|contributed (reporting|to this)|click here|subscribe|sign up for|all rights reserved|newsletter)\b/i;

export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => /[a-z0-9]/.test(t) && !isStopword(t))
    .map((t) => lemma(t));
}

export function buildCandidates(ordered: readonly Source[]): Candidate[] {
  const out: Candidate[] = [];
  ordered.forEach((source, src) => {
    const date = dayOf(source.published);
    const doc = analyseDocument(source.text, date);
    const count = doc.sentences.length;
    for (const sentence of doc.sentences) {
      const text = sentence.text.trim();
      const words = text.split(/\s+/).length;
      if (words < 5 || words > 70 || BOILERPLATE.test(text)) continue;
      out.push({
        id: out.length,
        src,
        index: sentence.index,
        paragraph: sentence.paragraph,
        position: count > 1 ? sentence.index / (count - 1) : 0,
        text,
        sentence,
        terms: contentTerms(text),
        date,
      });
    }
  });
  return out;
}

/** tf-idf vectors of term lists, idf over a collection (compare them with `cosine` from src/text). */
export class TermSpace {
  private readonly idf = new Map<string, number>();
  private readonly n: number;

  constructor(docs: readonly (readonly string[])[]) {
    this.n = docs.length;
    const df = new Map<string, number>();
    for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, c] of df) this.idf.set(t, Math.log((this.n + 1) / c) + 1);
  }

  vector(terms: readonly string[]): Map<string, number> {
    const v = new Map<string, number>();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + (this.idf.get(t) ?? Math.log(this.n + 1) + 1));
    return v;
  }
}

/** Similarity matrix over candidates. */
export function similarities(cands: readonly Candidate[]): number[][] {
  const space = new TermSpace(cands.map((c) => c.terms));
  const vecs = cands.map((c) => space.vector(c.terms));
  return vecs.map((a, i) => vecs.map((b, j) => (i === j ? 1 : cosine(a, b))));
}

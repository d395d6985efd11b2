import type { Verdict } from './verdict.ts';

/** The seed format's sections, in reading order. */
export const SECTION_KINDS = [
  'lede',
  'why_it_matters',
  'details',
  'quotes',
  'background',
  'key_point',
  'what_to_watch',
  'timeline',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const SECTION_TITLES: Readonly<Record<SectionKind, string>> = {
  lede: 'Lede',
  why_it_matters: 'Why it matters',
  details: 'Details',
  quotes: 'What they said',
  background: 'Background',
  key_point: 'Key point',
  what_to_watch: 'What to watch',
  timeline: 'Timeline',
};

export interface ArticleSentence {
  readonly text: string;
  /** 1-based numbers into the article's source list. Empty only for not-checkable framing. */
  readonly citations: readonly number[];
  /** For timeline entries: the ISO date (or interval start) of the development. */
  readonly date?: string;
  readonly verdict?: Verdict;
  /** An editor's decision on this sentence, from the review page (optional; added by publish/serve). */
  readonly review?: SentenceReview;
}

/** An editor approved a flagged sentence as is, or edited it (the edit was verified again). */
export interface SentenceReview {
  readonly action: 'approved' | 'edited';
  /** ISO date-time of the decision. */
  readonly at: string;
  /** The text before an edit. */
  readonly previousText?: string;
}

export interface ArticleSection {
  readonly kind: SectionKind;
  readonly sentences: readonly ArticleSentence[];
}

/** One entry of the numbered source list. */
export interface CitedSource {
  readonly n: number;
  readonly sourceId: string;
  readonly outlet: string | null;
  readonly title: string;
  readonly published: string | null;
  readonly url: string | null;
  /** Other outlets that ran the same copy (a folded wire report), when known. */
  readonly alsoPublishedBy?: readonly string[];
}

export type ArticleStatus = 'published' | 'held';

export interface Article {
  readonly storyId: string;
  readonly headline: ArticleSentence;
  readonly sections: readonly ArticleSection[];
  readonly sources: readonly CitedSource[];
  /** 'published' only when every sentence is supported; otherwise held for review. */
  readonly status: ArticleStatus;
  /** Sentences the gate removed, with their verdicts: reported, never published. */
  readonly dropped: readonly ArticleSentence[];
  readonly writer: 'extractive' | 'llm';
  readonly generatedAt: string;
  /** LLM writer only: what writing this article cost (requests, tokens, cost in the configured currency). */
  readonly llmUsage?: {
    readonly calls: number;
    readonly requests: number;
    readonly promptTokens: number;
    readonly completionTokens: number;
    readonly cost: number;
  };
}

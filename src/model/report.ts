import type { CitedSource } from './article.ts';
import type { Verdict, VerdictLabel } from './verdict.ts';

/** One checked sentence of an audited article. */
export interface SentenceReport {
  /** Position in the article, from 0. */
  readonly index: number;
  readonly text: string;
  /** 1-based source numbers the sentence cites (empty when uncited). */
  readonly citations: readonly number[];
  /** Article section the sentence sits in, when known. */
  readonly section?: string;
  readonly verdict: Verdict;
}

/** The result of `wireproof verify`: every sentence of one article with its verdict. */
export interface VerifyReport {
  /** Article title (or its path when it has none). */
  readonly title: string;
  readonly sources: readonly CitedSource[];
  readonly sentences: readonly SentenceReport[];
  readonly counts: Readonly<Record<VerdictLabel, number>>;
}

// The gate both writers end in: a sentence stands only when the verifier finds it supported by the sources
// it cites; anything else is kept aside, with its verdict, for the report.
import type { ArticleSentence, Verdict } from '../model/index.ts';

export type Check = (text: string, citations: readonly number[]) => Verdict;

export const passes = (v: Verdict): boolean => v.label === 'supported';

/**
 * Which of `candidates` (1-based source numbers) each support the sentence on their own: a fact is cited to
 * every source that reports it, so a reader sees how widely it is reported.
 */
export function supporters(text: string, candidates: readonly number[], check: Check): number[] {
  return candidates.filter((n) => passes(check(text, [n])));
}

/** Re-verifies finished sentences; returns the kept ones (with verdicts) and the dropped ones. */
export function gate(
  sentences: readonly ArticleSentence[],
  check: Check,
): { kept: ArticleSentence[]; dropped: ArticleSentence[] } {
  const kept: ArticleSentence[] = [];
  const dropped: ArticleSentence[] = [];
  for (const s of sentences) {
    const verdict = check(s.text, s.citations);
    // Uncited framing that states nothing checkable may stand; every fact must be supported.
    const framing = s.citations.length === 0 && verdict.label === 'not_checkable';
    (passes(verdict) || framing ? kept : dropped).push({ ...s, verdict });
  }
  return { kept, dropped };
}

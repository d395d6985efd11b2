// A claim date in the slot where the claim's closest evidence gives another date of the same grain: "fell in
// love in 2011" against "fell in love in 2002". Aligned by the tokens on both sides of the date, as
// substitution.ts aligns swapped words, so a date the claim takes from another sentence of the source
// ("joined in 2002 and left in 2011") is not read as a swap.
import type { DateInterval, Span, TimeMention } from '../../model/index.ts';
import { intervalsOverlap } from '../../text/index.ts';
import { termize, type Term } from '../terms.ts';
import type { CheckContext, EvidenceSentence } from './types.ts';

/** How much of the rest of the claim an evidence sentence must match to be read as the same statement. */
const CLOSE = 0.6;

export type ResolvedTime = TimeMention & { readonly interval: DateInterval };

export interface TimeSwap {
  readonly evidence: EvidenceSentence;
  /** The evidence's date in the claim date's slot. */
  readonly time: ResolvedTime;
}

/**
 * The evidence date that stands where the claim has `ct`, in a sentence that matches the rest of the claim
 * closely; null when no such slot holds another date, or one of them holds the claim's.
 */
export function timeSwap(ctx: CheckContext, ct: ResolvedTime): TimeSwap | null {
  const claimTerms = termize(ctx.claim.text);
  const cs = tokensIn(claimTerms, ct.span);
  if (!cs) return null;
  // ctx.matches come from the untrimmed sentence: shift the date's span to their offsets.
  const lead = (ctx.claimTerms[0]?.start ?? 0) - (claimTerms[0]?.start ?? 0);
  const close = ctx
    .evidence()
    .filter((e) => restMatched(ctx, e.at, { start: ct.span.start + lead, end: ct.span.end + lead }) >= CLOSE);
  if (close.length === 0) return null;
  let swap: TimeSwap | null = null;
  for (const e of close) {
    const srcTerms = ctx.doc.sentences[e.at]!.terms;
    for (const t of e.analysed.times) {
      if (t.interval === null || t.grain !== ct.grain) continue;
      const ss = tokensIn(srcTerms, t.span);
      if (!ss || !aligned(claimTerms, cs, srcTerms, ss)) continue;
      if (intervalsOverlap(t.interval, ct.interval)) return null;
      swap ??= { evidence: e, time: { ...t, interval: t.interval } };
    }
  }
  return swap;
}

/** Share of the claim's weight outside the date's span that sentence `at` matches. */
function restMatched(ctx: CheckContext, at: number, span: Span): number {
  let total = 0;
  let got = 0;
  for (const m of ctx.matches) {
    if (m.weight === 0 || (m.term.start >= span.start && m.term.end <= span.end)) continue;
    total += m.weight;
    got += m.weight * (m.hits.get(at) ?? 0);
  }
  return total > 0 ? got / total : 0;
}

/** First and last token index inside a span, or null when it holds none. */
function tokensIn(terms: readonly Term[], span: Span): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.start >= span.start && t.end <= span.end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last];
}

const same = (a: Term | undefined, b: Term | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  (a.norm === b.norm || a.lemma === b.lemma || (a.num !== null && a.num === b.num));

/**
 * The tokens right before and right after the two dates agree (or both dates end their sentences), and on one
 * side at least the agreement is more than a function word: a content word, or the next token outwards too
 * ("in 2011, after the" / "in 2004, after the").
 */
function aligned(
  claim: readonly Term[],
  [c0, c1]: [number, number],
  src: readonly Term[],
  [s0, s1]: [number, number],
): boolean {
  const strong = (c: number, s: number, dir: -1 | 1): boolean =>
    !claim[c]!.stop || same(claim[c + dir], src[s + dir]);
  if (!same(claim[c0 - 1], src[s0 - 1])) return false;
  if (strong(c0 - 1, s0 - 1, -1)) return same(claim[c1 + 1], src[s1 + 1]) || endsBoth(claim, c1, src, s1);
  return same(claim[c1 + 1], src[s1 + 1]) && strong(c1 + 1, s1 + 1, 1);
}

const endsBoth = (claim: readonly Term[], c1: number, src: readonly Term[], s1: number): boolean =>
  claim[c1 + 1] === undefined && src[s1 + 1] === undefined;

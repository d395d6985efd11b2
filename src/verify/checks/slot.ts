// Slot swaps: a claim that restates its closest evidence sentence but puts another date, number or name in
// one slot ("fell in love in 2011" against "fell in love in 2002"). The slot is aligned by the tokens on both
// sides of the mention, as substitution.ts aligns swapped words, and the sentence must match the rest of the
// claim closely, so a mention the claim takes from another sentence of the source ("joined in 2002 and left
// in 2011") is not read as a swap.
import type { Span } from '../../model/index.ts';
import type { Term } from '../terms.ts';
import type { CheckContext, EvidenceSentence } from './types.ts';

/** How much of the rest of the claim an evidence sentence must match to be read as the same statement. */
const CLOSE = 0.6;
/** A sentence this close needs one side of the slot aligned, not both. */
const VERY_CLOSE = 0.8;

export interface SlotSwap<M> {
  readonly evidence: EvidenceSentence;
  /** The evidence's mention in the claim mention's slot. */
  readonly mention: M;
}

/**
 * The evidence mention that stands where the claim has the mention at `span`, in a sentence matching the rest of
 * the claim closely: `candidates` lists a sentence's mentions of the same kind, `agrees` says whether one gives
 * the claim's. Null when no aligned slot holds another mention, or one of them agrees. `oneSide: false` asks for
 * both sides aligned even in a very close sentence (a number's right neighbour is mostly its unit, no anchor).
 */
export function slotSwap<M extends { readonly span: Span }>(
  ctx: CheckContext,
  span: Span,
  candidates: (e: EvidenceSentence) => readonly M[],
  agrees: (m: M) => boolean,
  opts: { readonly oneSide?: boolean } = {},
): SlotSwap<M> | null {
  const oneSide = opts.oneSide ?? true;
  const claimTerms = ctx.claimTerms;
  const first = claimTerms[0];
  if (!first) return null;
  // Mentions are found in the trimmed sentence, its terms in the sentence as given: shift the span to the terms'
  // offsets (the first term is the first occurrence of its text in the trimmed sentence: only spaces and
  // punctuation come before it).
  const lead = first.start - ctx.claim.text.indexOf(first.text);
  const rest = { start: span.start + lead, end: span.end + lead };
  const cs = tokensIn(claimTerms, rest);
  if (!cs) return null;
  let swap: SlotSwap<M> | null = null;
  for (const e of ctx.evidence()) {
    const closeness = restMatched(ctx, e.at, rest);
    if (closeness < CLOSE) continue;
    const srcTerms = ctx.doc.sentences[e.at]!.terms;
    for (const m of candidates(e)) {
      const ss = tokensIn(srcTerms, m.span);
      if (!ss || !aligned(claimTerms, cs, srcTerms, ss, oneSide && closeness >= VERY_CLOSE)) continue;
      if (agrees(m)) return null;
      swap ??= { evidence: e, mention: m };
    }
  }
  return swap;
}

/** Share of the claim's weight outside `span` that sentence `at` matches. */
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

/** "a" and "an" are one word here: which one is written depends on the slot's next word, the one swapped. */
const article = (norm: string): string => (norm === 'an' ? 'a' : norm);

const same = (a: Term | undefined, b: Term | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  (article(a.norm) === article(b.norm) || a.lemma === b.lemma || (a.num !== null && a.num === b.num));

/** Auxiliaries: "has been arrested" and "was arrested" put the same word after a slot. */
const AUX = new Set('be is am are was were been being has have had having will would shall'.split(' '));
/** At most this many auxiliaries are skipped on each side. */
const MAX_AUX = 2;

/** How the tokens on one side of the two mentions agree: by more than a function word, by one only, or not. */
type Side = 'strong' | 'weak' | 'none';

/**
 * The side of the slot in direction `dir` from claim token c and source token s (the tokens next to the
 * mentions). Equal tokens agree strongly when they are content words or the next tokens outwards agree too;
 * tokens that differ in auxiliaries only agree strongly when the first content words after them are the same.
 */
function side(claim: readonly Term[], c: number, src: readonly Term[], s: number, dir: -1 | 1): Side {
  if (same(claim[c], src[s]))
    return !claim[c]!.stop || same(claim[c + dir], src[s + dir]) ? 'strong' : 'weak';
  let cc = c;
  let ss = s;
  for (let k = 0; k < MAX_AUX && claim[cc] !== undefined && AUX.has(claim[cc]!.norm); k++) cc += dir;
  for (let k = 0; k < MAX_AUX && src[ss] !== undefined && AUX.has(src[ss]!.norm); k++) ss += dir;
  if (cc === c && ss === s) return 'none';
  return same(claim[cc], src[ss]) && !claim[cc]!.stop ? 'strong' : 'none';
}

/**
 * The tokens right before and right after the two mentions agree (or both mentions end their sentences), and
 * on one side at least the agreement is more than a function word: a content word, or the next token outwards
 * too ("in 2011, after the" / "in 2004, after the"). Auxiliaries may differ ("has been arrested" / "was
 * arrested") when the content words after them agree.
 */
function aligned(
  claim: readonly Term[],
  [c0, c1]: [number, number],
  src: readonly Term[],
  [s0, s1]: [number, number],
  oneSide: boolean,
): boolean {
  const left = side(claim, c0 - 1, src, s0 - 1, -1);
  const right = side(claim, c1 + 1, src, s1 + 1, 1);
  // One side is enough in a very close sentence, unless only one of the two mentions starts its sentence
  // (a split inside a number, "1. 3 billion", makes the rest of a number look like a sentence's start).
  if (oneSide && (claim[c0 - 1] === undefined) === (src[s0 - 1] === undefined))
    if (left === 'strong' || right === 'strong') return true;
  if (left === 'none') return false;
  if (left === 'strong')
    return right !== 'none' || (claim[c1 + 1] === undefined && src[s1 + 1] === undefined);
  return right === 'strong';
}

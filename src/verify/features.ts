// Lexical features of one claim sentence against its evidence: how much of the claim the sources hold,
// and which names and numbers they lack. The logistic model (model.ts) turns these into a score.
import { MAX_MISSING, WINDOW_MIN } from './checks/coverage.ts';
import type { DocIndex, Retrieved, TermMatch } from './evidence.ts';

export interface LexicalFeatures {
  readonly covBest: number;
  readonly covWindow: number;
  readonly covTop: number;
  readonly covDoc: number;
  /** Name-like claim terms found nowhere in the sources (capped). */
  readonly missName: number;
  /** Claim numbers found nowhere in the sources (capped). */
  readonly missNum: number;
  /** Share of the claim's content words with no match at all. */
  readonly missContent: number;
  /** Share of adjacent content-word pairs of the claim that share a source sentence. */
  readonly pairs: number;
  /** log(1 + content words) */
  readonly length: number;
  /** How far the share of the claim's content weight found nowhere exceeds the coverage check's allowance. */
  readonly missBeyond: number;
  /** How far the best window's coverage falls short of the coverage check's minimum. */
  readonly windowShort: number;
}

const CAP = 3;
// The model reads how far a claim is past the coverage check's limits (MAX_MISSING, WINDOW_MIN) rather than the
// check's pass/fail step: a step puts every claim that fails it, in the many abstractive benchmarks where most do,
// into one band of scores, and a threshold chosen on other data cuts through that band.

export function lexicalFeatures(
  matches: readonly TermMatch[],
  r: Retrieved,
  _doc: DocIndex,
): LexicalFeatures {
  const content = matches.filter((m) => m.weight > 0);
  let missName = 0;
  let missNum = 0;
  let missContent = 0;
  let weight = 0;
  let missWeight = 0;
  for (const m of content) {
    weight += m.weight;
    if (m.hits.size > 0) continue;
    missContent++;
    missWeight += m.weight;
    if (m.term.num !== null) missNum++;
    else if (m.isName) missName++;
  }
  let pairs = 0;
  let pairHits = 0;
  for (let i = 1; i < content.length; i++) {
    const a = content[i - 1]!.hits;
    const b = content[i]!.hits;
    pairs++;
    for (const k of a.keys()) {
      if (b.has(k)) {
        pairHits++;
        break;
      }
    }
  }
  return {
    covBest: r.covBest,
    covWindow: r.covWindow,
    covTop: r.covTop,
    covDoc: r.covDoc,
    missName: Math.min(missName, CAP),
    missNum: Math.min(missNum, CAP),
    missContent: content.length ? missContent / content.length : 0,
    pairs: pairs ? pairHits / pairs : 1,
    length: Math.log1p(content.length),
    missBeyond: weight > 0 ? Math.max(0, missWeight / weight - MAX_MISSING) : 0,
    // A claim with no content words passes the coverage check: nothing to fall short of.
    windowShort: weight > 0 ? Math.max(0, WINDOW_MIN - r.covWindow) : 0,
  };
}

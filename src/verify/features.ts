// Lexical features of one claim sentence against its evidence: how much of the claim the sources hold,
// and which names and numbers they lack. The logistic model (model.ts) turns these into a score.
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
}

const CAP = 3;

export function lexicalFeatures(
  matches: readonly TermMatch[],
  r: Retrieved,
  _doc: DocIndex,
): LexicalFeatures {
  const content = matches.filter((m) => m.weight > 0);
  let missName = 0;
  let missNum = 0;
  let missContent = 0;
  for (const m of content) {
    if (m.hits.size > 0) continue;
    missContent++;
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
  };
}

// ROUGE-1, ROUGE-2 and ROUGE-L F1, as the rouge-score package computes them with use_stemmer=True:
// lower-case, every run of characters other than a-z0-9 is a separator, Porter stemming of tokens
// longer than 3 characters, and ROUGE-L as the longest common subsequence over the whole text (not summary-level).
import { porterStem } from './porter.ts';

export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeL: RougeScore;
}

export function rougeTokens(text: string, stem = true): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t.length > 0);
  return stem ? tokens.map((t) => (t.length > 3 ? porterStem(t) : t)) : tokens;
}

function score(overlap: number, predicted: number, reference: number): RougeScore {
  const precision = predicted > 0 ? overlap / predicted : 0;
  const recall = reference > 0 ? overlap / reference : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(pred: readonly string[], ref: readonly string[], n: number): RougeScore {
  const p = ngramCounts(pred, n);
  const r = ngramCounts(ref, n);
  let overlap = 0;
  for (const [k, c] of p) overlap += Math.min(c, r.get(k) ?? 0);
  return score(overlap, Math.max(0, pred.length - n + 1), Math.max(0, ref.length - n + 1));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  // One row of the dynamic programme at a time: O(|a|·|b|) time, O(|b|) memory.
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function rouge(prediction: string, reference: string, opts: { stem?: boolean } = {}): RougeScores {
  const stem = opts.stem ?? true;
  const pred = rougeTokens(prediction, stem);
  const ref = rougeTokens(reference, stem);
  return {
    rouge1: rougeN(pred, ref, 1),
    rouge2: rougeN(pred, ref, 2),
    rougeL: score(lcsLength(pred, ref), pred.length, ref.length),
  };
}

// LexRank (Erkan & Radev 2004), the baseline for `eval summarization`: sentences are nodes, edges join
// sentences whose idf-weighted cosine similarity reaches a threshold, and the stationary distribution of a
// damped random walk over that graph ranks them. Summary: top sentences, skipping near-repeats, until a word budget.
import { cosine } from '../text/index.ts';
import { rougeTokens } from './rouge.ts';

export interface LexRankOptions {
  /** Cosine threshold for an edge (the paper's 0.1). */
  readonly threshold?: number;
  /** Random-walk damping (teleport probability is 1 - damping). */
  readonly damping?: number;
}

type Vec = Map<string, number>;

function tfidf(tokens: readonly string[], idf: ReadonlyMap<string, number>): Vec {
  const v: Vec = new Map();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + 1);
  for (const [t, tf] of v) v.set(t, tf * (idf.get(t) ?? 0));
  return v;
}

/** Pairwise idf-weighted cosine similarities (idf over the sentences themselves). */
export function similarityMatrix(sentences: readonly string[]): number[][] {
  const tokens = sentences.map((s) => rougeTokens(s, true));
  const df = new Map<string, number>();
  for (const ts of tokens) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / d));
  const vecs = tokens.map((ts) => tfidf(ts, idf));
  return vecs.map((a) => vecs.map((b) => cosine(a, b)));
}

/** LexRank score per sentence; sums to 1. */
export function lexRankScores(sentences: readonly string[], opts: LexRankOptions = {}): number[] {
  const threshold = opts.threshold ?? 0.1;
  const damping = opts.damping ?? 0.85;
  const n = sentences.length;
  if (n === 0) return [];
  const sim = similarityMatrix(sentences);
  // No self-loops: an isolated sentence must not keep its own mass.
  const adj = sim.map((row, i) => row.map((x, j) => (i !== j && x >= threshold ? 1 : 0)));
  const degree = adj.map((row) => row.reduce<number>((s, x) => s + x, 0));
  let p: number[] = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 100; iter++) {
    const next: number[] = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const d = degree[i]!;
      if (d === 0) {
        // A dangling sentence spreads its mass evenly.
        for (let j = 0; j < n; j++) next[j]! += (damping * p[i]!) / n;
        continue;
      }
      for (let j = 0; j < n; j++) if (adj[i]![j]) next[j]! += (damping * p[i]!) / d;
    }
    const total = next.reduce((s, x) => s + x, 0);
    const delta = next.reduce((s, x, i) => s + Math.abs(x / total - p[i]!), 0);
    p = next.map((x) => x / total);
    if (delta < 1e-9) break;
  }
  return p;
}

/**
 * The LexRank summary: highest-ranked sentences (ties to the earlier one), skipping any whose similarity to a
 * chosen one exceeds `maxOverlap`, while the words stay within about `maxWords`; returned in ranking order.
 */
export function lexRankSummary(
  sentences: readonly string[],
  maxWords: number,
  opts: LexRankOptions & { maxOverlap?: number } = {},
): string[] {
  const scores = lexRankScores(sentences, opts);
  const sim = similarityMatrix(sentences);
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s || a.i - b.i);
  const chosen: number[] = [];
  let words = 0;
  for (const { i } of order) {
    if (chosen.some((j) => sim[i]![j]! > (opts.maxOverlap ?? 0.5))) continue;
    const n = sentences[i]!.split(/\s+/).filter(Boolean).length;
    // Stop before the budget is overshot by more than half a sentence; the first sentence always goes in.
    if (chosen.length > 0 && words + n / 2 > maxWords) break;
    chosen.push(i);
    words += n;
  }
  return chosen.map((i) => sentences[i]!);
}

// How much a candidate sentence belongs in the article: centrality across sources, position in its own
// report, how many other sources say much the same, and the names, numbers and times it carries.
import type { Candidate } from './candidates.ts';

export interface SalienceWeights {
  /** Graph centrality over all candidate sentences (a damped random walk, as in LexRank). */
  readonly graph?: number;
  /** Words the other reports use too: the shared vocabulary of the story. */
  readonly consensus?: number;
  readonly centrality: number;
  readonly position: number;
  readonly support: number;
  readonly info: number;
}

/** Tuned on neus_train (see BENCHMARKS.md, "Writer"). */
export const DEFAULT_WEIGHTS: SalienceWeights = { centrality: 3, position: 0.5, support: 0.2, info: 0.1 };

/** Similarity at which another source is taken to report the same fact. */
export const SAME_FACT = 0.5;

export interface Salience {
  readonly score: number;
  readonly centrality: number;
  /** Other sources with a sentence close to this one. */
  readonly echoes: readonly number[];
}

export function salience(
  cands: readonly Candidate[],
  sim: readonly (readonly number[])[],
  sourceCount: number,
  weights: SalienceWeights = DEFAULT_WEIGHTS,
): Salience[] {
  const graphScore = weights.graph ? graphCentrality(sim) : cands.map(() => 0);
  const consensusScore = weights.consensus ? consensus(cands, sourceCount) : cands.map(() => 0);
  return cands.map((c, i) => {
    const best = new Map<number, number>();
    let within = 0;
    let withinN = 0;
    cands.forEach((d, j) => {
      if (j === i) return;
      const s = sim[i]![j]!;
      if (d.src === c.src) {
        within += s;
        withinN++;
      } else if (s > (best.get(d.src) ?? 0)) best.set(d.src, s);
    });
    // Across sources when there are several; within the one report otherwise.
    const centrality =
      sourceCount > 1
        ? [...best.values()].reduce((a, b) => a + b, 0) / (sourceCount - 1)
        : withinN > 0
          ? within / withinN
          : 0;
    const echoes = [...best.entries()].filter(([, s]) => s >= SAME_FACT).map(([src]) => src);
    const support = sourceCount > 1 ? echoes.length / (sourceCount - 1) : 0;
    const position = 1 / (1 + c.index * 0.6);
    const s = c.sentence;
    const info =
      Math.min(1, s.entities.length / 3) * 0.5 +
      (s.times.length > 0 ? 0.3 : 0) +
      (s.numbers.length > 0 ? 0.2 : 0);
    const score =
      weights.centrality * centrality +
      weights.position * position +
      weights.support * support +
      weights.info * info +
      (weights.graph ?? 0) * graphScore[i]! +
      (weights.consensus ?? 0) * consensusScore[i]!;
    return { score, centrality, echoes };
  });
}

/** Stationary distribution of a damped walk over sentences joined by similarity >= 0.1, scaled so the mean is 1. */
export function graphCentrality(sim: readonly (readonly number[])[], damping = 0.85): number[] {
  const n = sim.length;
  if (n === 0) return [];
  const adj = sim.map((row, i) => row.map((x, j) => (i !== j && x >= 0.1 ? 1 : 0)));
  const degree = adj.map((row) => row.reduce<number>((a, b) => a + b, 0));
  let p: number[] = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 60; iter++) {
    const next: number[] = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const share = degree[i]! > 0 ? (damping * p[i]!) / degree[i]! : (damping * p[i]!) / n;
      for (let j = 0; j < n; j++) if (degree[i]! === 0 || adj[i]![j]) next[j]! += share;
    }
    p = next;
  }
  return p.map((x) => x * n);
}

/** Per sentence: how many of its content words the other reports also use, over the square root of its length. */
export function consensus(cands: readonly Candidate[], sourceCount: number): number[] {
  if (sourceCount < 2) return cands.map(() => 0);
  const sourcesOf = new Map<string, Set<number>>();
  for (const c of cands) {
    for (const t of c.terms) {
      let set = sourcesOf.get(t);
      if (!set) sourcesOf.set(t, (set = new Set()));
      set.add(c.src);
    }
  }
  return cands.map((c) => {
    const terms = [...new Set(c.terms)];
    if (terms.length === 0) return 0;
    const shared = terms.reduce((sum, t) => sum + ((sourcesOf.get(t)?.size ?? 1) - 1) / (sourceCount - 1), 0);
    return shared / Math.sqrt(terms.length);
  });
}

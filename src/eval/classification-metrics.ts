// Binary classification metrics for faithfulness benchmarks: balanced accuracy and ROC AUC.

export interface Scored {
  readonly score: number;
  /** 1 = positive (supported), 0 = negative. */
  readonly label: 0 | 1;
}

/** Balanced accuracy at a threshold: mean of recall on positives (score >= t) and on negatives. */
export function balancedAccuracy(rows: readonly Scored[], threshold: number): number {
  let tp = 0;
  let pos = 0;
  let tn = 0;
  let neg = 0;
  for (const r of rows) {
    if (r.label === 1) {
      pos++;
      if (r.score >= threshold) tp++;
    } else {
      neg++;
      if (r.score < threshold) tn++;
    }
  }
  if (pos === 0 || neg === 0) return pos === 0 ? (neg === 0 ? 0 : tn / neg) : tp / pos;
  return (tp / pos + tn / neg) / 2;
}

/** ROC AUC with ties counted half (the Mann-Whitney statistic). */
export function rocAuc(rows: readonly Scored[]): number {
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const avgRank = (i + 1 + j) / 2; // ranks are 1-based; ties share the mean rank
    for (let k = i; k < j; k++) {
      if (sorted[k]!.label === 1) {
        pos++;
        rankSum += avgRank;
      } else neg++;
    }
    i = j;
  }
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** The threshold that maximises balanced accuracy: a midpoint between adjacent distinct scores. */
export function bestThreshold(rows: readonly Scored[]): { threshold: number; bacc: number } {
  const scores = [...new Set(rows.map((r) => r.score))].sort((a, b) => a - b);
  if (scores.length === 0) return { threshold: 0.5, bacc: 0 };
  const candidates = [scores[0]! - 1e-9];
  for (let i = 1; i < scores.length; i++) candidates.push((scores[i - 1]! + scores[i]!) / 2);
  candidates.push(scores[scores.length - 1]! + 1e-9);
  // Sweep in one pass: rows sorted by score, counts updated as the threshold passes each score.
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  const pos = rows.filter((r) => r.label === 1).length;
  const neg = rows.length - pos;
  let best = { threshold: candidates[0]!, bacc: -1 };
  let k = 0;
  let tnBelow = 0;
  let fnBelow = 0;
  for (const t of candidates) {
    while (k < sorted.length && sorted[k]!.score < t) {
      if (sorted[k]!.label === 1) fnBelow++;
      else tnBelow++;
      k++;
    }
    const tpr = pos ? (pos - fnBelow) / pos : 0;
    const tnr = neg ? tnBelow / neg : 0;
    const bacc = pos && neg ? (tpr + tnr) / 2 : pos ? tpr : tnr;
    if (bacc > best.bacc) best = { threshold: t, bacc };
  }
  return best;
}

/**
 * One threshold for several datasets that maximises their mean balanced accuracy, so each dataset weighs alike
 * whatever its size (pooling the rows lets the largest set, and its claim style, choose the threshold).
 * `weights` (one per group, default 1) makes it a weighted mean: two files holding the same claims (a benchmark's
 * summaries and their sentences) can share one dataset's say.
 */
export function bestSharedThreshold(
  groups: readonly (readonly Scored[])[],
  weights?: readonly number[],
): {
  threshold: number;
  bacc: number;
} {
  if (weights && weights.length !== groups.length)
    throw new Error(`bestSharedThreshold: ${weights.length} weights for ${groups.length} groups`);
  const live = groups
    .map((g, i) => ({ g, weight: weights ? weights[i]! : 1 }))
    .filter((x) => x.g.length > 0 && x.weight > 0);
  if (live.length <= 1) return bestThreshold(live[0]?.g ?? []);
  const total = live.reduce((s, x) => s + x.weight, 0);
  // Each row carries its share of its group's recall: 1 / (positives or negatives in the group), times the
  // group's share of the total weight.
  const rows: { score: number; label: 0 | 1; w: number }[] = [];
  for (const { g, weight } of live) {
    const pos = g.filter((r) => r.label === 1).length;
    const neg = g.length - pos;
    // A one-class group's bacc is its one recall: count it twice so every group's maximum is 1.
    for (const r of g) {
      const n = r.label === 1 ? pos : neg;
      const w = (((pos && neg ? 1 : 2) / n / 2) * weight) / total;
      rows.push({ score: r.score, label: r.label, w });
    }
  }
  rows.sort((a, b) => a.score - b.score);
  // Threshold below every score: all positives right (weight 1/2 per group), all negatives wrong.
  let posRight = rows.reduce((s, r) => s + (r.label === 1 ? r.w : 0), 0);
  let negRight = 0;
  let best = { threshold: rows[0]!.score - 1e-9, bacc: posRight };
  for (let k = 0; k < rows.length;) {
    const score = rows[k]!.score;
    while (k < rows.length && rows[k]!.score === score) {
      if (rows[k]!.label === 1) posRight -= rows[k]!.w;
      else negRight += rows[k]!.w;
      k++;
    }
    const threshold = k < rows.length ? (score + rows[k]!.score) / 2 : score + 1e-9;
    if (posRight + negRight > best.bacc + 1e-12) best = { threshold, bacc: posRight + negRight };
  }
  return best;
}

/** Precision of a detector: of the rows where it fired, the share that were truly positive for it. */
export function precision(fired: number, correct: number): number {
  return fired === 0 ? NaN : correct / fired;
}

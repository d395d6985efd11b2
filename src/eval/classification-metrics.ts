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

/** Precision of a detector: of the rows where it fired, the share that were truly positive for it. */
export function precision(fired: number, correct: number): number {
  return fired === 0 ? NaN : correct / fired;
}

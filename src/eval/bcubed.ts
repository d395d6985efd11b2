// Clustering metrics: B-cubed (per item) and pairwise (per pair) precision, recall and F1.

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(precision: number, recall: number): PRF {
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function checkSameItems(gold: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): void {
  for (const k of gold.keys()) {
    if (!pred.has(k))
      throw new Error(`clustering metrics: item '${k}' has a gold cluster but no predicted one`);
  }
}

function groups(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, label] of labels) {
    const g = out.get(label);
    if (g) g.push(item);
    else out.set(label, [item]);
  }
  return out;
}

/**
 * B-cubed (Bagga & Baldwin 1998): for each item, precision is the share of its predicted cluster that
 * shares its gold cluster, recall the share of its gold cluster found in its predicted cluster; averaged over items.
 */
export function bcubed(gold: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): PRF {
  checkSameItems(gold, pred);
  if (gold.size === 0) return prf(0, 0);
  // Overlap counts per (gold, predicted) label pair: linear in the number of items.
  const overlap = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = pred.get(item)!;
    const key = `${g}\u0000${p}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [item, g] of gold) {
    const p = pred.get(item)!;
    const both = overlap.get(`${g}\u0000${p}`)!;
    precision += both / predSize.get(p)!;
    recall += both / goldSize.get(g)!;
  }
  return prf(precision / gold.size, recall / gold.size);
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise: a pair is positive when both items share a cluster. */
export function pairwise(gold: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): PRF {
  checkSameItems(gold, pred);
  const overlap = new Map<string, number>();
  for (const [item, g] of gold) {
    const key = `${g}\u0000${pred.get(item)!}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of overlap.values()) tp += pairs(n);
  let goldPos = 0;
  for (const g of groups(gold).values()) goldPos += pairs(g.length);
  const predOnGold = new Map<string, string>();
  for (const item of gold.keys()) predOnGold.set(item, pred.get(item)!);
  let predPos = 0;
  for (const g of groups(predOnGold).values()) predPos += pairs(g.length);
  return prf(predPos ? tp / predPos : 0, goldPos ? tp / goldPos : 0);
}

/** Pairwise scores against explicitly labelled pairs (only the listed pairs count). */
export function labelledPairs(
  labelled: readonly { a: string; b: string; same: boolean }[],
  pred: ReadonlyMap<string, string>,
): PRF & { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { a, b, same } of labelled) {
    const pa = pred.get(a);
    const pb = pred.get(b);
    if (pa === undefined || pb === undefined)
      throw new Error(`labelled pairs: no prediction for '${pa === undefined ? a : b}'`);
    const predicted = pa === pb;
    if (predicted && same) tp++;
    else if (predicted) fp++;
    else if (same) fn++;
  }
  return { ...prf(tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0), tp, fp, fn };
}

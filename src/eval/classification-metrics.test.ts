import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  balancedAccuracy,
  bestSharedThreshold,
  bestThreshold,
  rocAuc,
  type Scored,
} from './classification-metrics.ts';

const rows = (pairs: [number, 0 | 1][]): Scored[] => pairs.map(([score, label]) => ({ score, label }));

test('balancedAccuracy averages recall on both classes', () => {
  const r = rows([
    [0.9, 1],
    [0.8, 1],
    [0.7, 0],
    [0.1, 0],
    [0.2, 0],
    [0.3, 1],
  ]);
  // threshold 0.5: positives 2/3 recalled, negatives 2/3
  assert.equal(balancedAccuracy(r, 0.5), (2 / 3 + 2 / 3) / 2);
  assert.equal(balancedAccuracy(r, 0), 0.5); // everything called positive
});

test('rocAuc: perfect, reversed, ties count half', () => {
  assert.equal(
    rocAuc(
      rows([
        [0.9, 1],
        [0.8, 1],
        [0.2, 0],
      ]),
    ),
    1,
  );
  assert.equal(
    rocAuc(
      rows([
        [0.1, 1],
        [0.8, 0],
        [0.9, 0],
      ]),
    ),
    0,
  );
  assert.equal(
    rocAuc(
      rows([
        [0.5, 1],
        [0.5, 0],
      ]),
    ),
    0.5,
  );
  assert.equal(
    rocAuc(
      rows([
        [0.9, 1],
        [0.5, 1],
        [0.5, 0],
        [0.1, 0],
      ]),
    ),
    (1 + 1 + 0.5 + 1) / 4,
  );
  assert.ok(Number.isNaN(rocAuc(rows([[0.5, 1]]))));
});

test('bestThreshold finds the cut that maximises balanced accuracy', () => {
  const r = rows([
    [0.1, 0],
    [0.2, 0],
    [0.35, 1],
    [0.4, 0],
    [0.6, 1],
    [0.7, 1],
  ]);
  const best = bestThreshold(r);
  assert.ok(best.threshold > 0.2 && best.threshold <= 0.35, String(best.threshold));
  assert.equal(best.bacc, balancedAccuracy(r, best.threshold));
  // No other candidate does better.
  for (const t of [0, 0.15, 0.3, 0.38, 0.5, 0.65, 0.8]) assert.ok(balancedAccuracy(r, t) <= best.bacc);
});

test('bestSharedThreshold weighs each dataset alike, whatever its size', () => {
  // A large set separable at 0.75 and a small one separable at 0.35. Pooled, the large set picks 0.75 and
  // the small one drops to chance; weighted alike, a threshold between the two gets both mostly right.
  const large = rows(
    Array.from({ length: 40 }, (_, i): [number, 0 | 1] =>
      i % 2 ? [0.8 + i / 1000, 1] : [0.7 - i / 1000, 0],
    ),
  );
  const small = rows([
    [0.4, 1],
    [0.45, 1],
    [0.3, 0],
    [0.25, 0],
  ]);
  const pooled = bestThreshold([...large, ...small]);
  const shared = bestSharedThreshold([large, small]);
  const mean = (t: number): number => (balancedAccuracy(large, t) + balancedAccuracy(small, t)) / 2;
  assert.ok(shared.bacc >= mean(pooled.threshold), 'never worse than the pooled choice on the mean');
  assert.ok(Math.abs(shared.bacc - mean(shared.threshold)) < 1e-9, 'reports the mean bacc of its threshold');
  // Exhaustive check over candidate thresholds: none beats it on the mean.
  for (const t of [0, 0.2, 0.28, 0.35, 0.42, 0.5, 0.65, 0.75, 0.9, 1])
    assert.ok(mean(t) <= shared.bacc + 1e-9);
  // One dataset: the ordinary best threshold.
  assert.deepEqual(bestSharedThreshold([small]), bestThreshold(small));
});

test('bestSharedThreshold: group weights give a file holding the same claims as another half a say', () => {
  // Two copies of one set that wants 0.65 and one set that wants 0.35. Counted three times over, the copies
  // outvote the other set; weighted half each, the two benchmarks weigh alike and the threshold lies between.
  const high = rows([
    [0.7, 1],
    [0.75, 1],
    [0.6, 0],
    [0.55, 0],
    [0.3, 0],
  ]);
  const low = rows([
    [0.4, 1],
    [0.5, 1],
    [0.3, 0],
    [0.2, 0],
  ]);
  const cases: { name: string; weights?: number[]; mean: (t: number) => number }[] = [
    {
      name: 'unweighted',
      mean: (t) => (2 * balancedAccuracy(high, t) + balancedAccuracy(low, t)) / 3,
    },
    {
      name: 'halves',
      weights: [0.5, 0.5, 1],
      mean: (t) => (balancedAccuracy(high, t) + balancedAccuracy(low, t)) / 2,
    },
  ];
  for (const c of cases) {
    const shared = bestSharedThreshold([high, high, low], c.weights);
    assert.ok(
      Math.abs(shared.bacc - c.mean(shared.threshold)) < 1e-9,
      `${c.name}: reports its weighted mean`,
    );
    for (const t of [0.1, 0.25, 0.35, 0.45, 0.52, 0.57, 0.65, 0.72, 0.8])
      assert.ok(c.mean(t) <= shared.bacc + 1e-9, `${c.name}: ${t} beats the choice`);
  }
  // Unweighted, the copies win: above 0.6. Weighted, a threshold that also serves the low set.
  assert.ok(bestSharedThreshold([high, high, low]).threshold > 0.6);
  assert.ok(bestSharedThreshold([high, high, low], [0.5, 0.5, 1]).threshold < 0.6);
  // Unit weights are the unweighted rule; a weight per group is required.
  assert.deepEqual(bestSharedThreshold([high, low], [1, 1]), bestSharedThreshold([high, low]));
  assert.throws(() => bestSharedThreshold([high, low], [1]), /1 weights for 2 groups/);
});

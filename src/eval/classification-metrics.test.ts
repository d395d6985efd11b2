import { test } from 'node:test';
import assert from 'node:assert/strict';
import { balancedAccuracy, bestThreshold, rocAuc, type Scored } from './classification-metrics.ts';

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

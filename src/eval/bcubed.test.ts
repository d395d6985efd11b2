import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, labelledPairs, pairwise } from './bcubed.ts';

const m = (o: Record<string, string>) => new Map(Object.entries(o));
const near = (a: number, b: number, what: string) =>
  assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} vs ${b}`);

test('B-cubed and pairwise scores, computed by hand', () => {
  const table: {
    name: string;
    gold: Record<string, string>;
    pred: Record<string, string>;
    b3: number[];
    pw: number[];
  }[] = [
    {
      name: 'perfect',
      gold: { a: '1', b: '1', c: '2' },
      pred: { a: 'x', b: 'x', c: 'y' },
      b3: [1, 1],
      pw: [1, 1],
    },
    {
      // a alone; b and c wrongly together. B3 P = (1 + 1/2 + 1/2)/3, R = (1/2 + 1/2 + 1)/3.
      name: 'one item moved',
      gold: { a: '1', b: '1', c: '2' },
      pred: { a: 'x', b: 'y', c: 'y' },
      b3: [2 / 3, 2 / 3],
      pw: [0, 0],
    },
    {
      // Everything in one cluster: P = (2/4*2 + 2/4*2)/4 = 1/2, R = 1; pairs: 2 true of 6 predicted.
      name: 'all lumped',
      gold: { a: '1', b: '1', c: '2', d: '2' },
      pred: { a: 'x', b: 'x', c: 'x', d: 'x' },
      b3: [0.5, 1],
      pw: [2 / 6, 1],
    },
    {
      name: 'all split',
      gold: { a: '1', b: '1', c: '2', d: '2' },
      pred: { a: 'p', b: 'q', c: 'r', d: 's' },
      b3: [1, 0.5],
      pw: [0, 0],
    },
  ];
  for (const t of table) {
    const b = bcubed(m(t.gold), m(t.pred));
    near(b.precision, t.b3[0]!, `${t.name} B3 P`);
    near(b.recall, t.b3[1]!, `${t.name} B3 R`);
    const p = pairwise(m(t.gold), m(t.pred));
    near(p.precision, t.pw[0]!, `${t.name} pairwise P`);
    near(p.recall, t.pw[1]!, `${t.name} pairwise R`);
  }
});

test('metrics name an item without a prediction', () => {
  assert.throws(() => bcubed(m({ a: '1', b: '1' }), m({ a: 'x' })), /item 'b'/);
});

test('labelled pairs count only the listed pairs', () => {
  const pred = m({ a: 'x', b: 'x', c: 'y', d: 'x' });
  const s = labelledPairs(
    [
      { a: 'a', b: 'b', same: true }, // tp
      { a: 'a', b: 'c', same: true }, // fn
      { a: 'a', b: 'd', same: false }, // fp
      { a: 'b', b: 'c', same: false }, // tn
    ],
    pred,
  );
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
  near(s.f1, 0.5, 'f1');
  assert.throws(() => labelledPairs([{ a: 'a', b: 'zz', same: true }], pred), /'zz'/);
});

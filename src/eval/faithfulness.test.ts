import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateFaithfulness, parseFaithfulnessJsonl, type FaithRow } from './faithfulness.ts';

test('parseFaithfulnessJsonl keeps good rows and names bad lines', () => {
  const text = [
    '{"id": "a", "source": "The dam held.", "claim": "The dam held.", "label": 1}',
    'not json',
    '{"id": "b", "source": "x", "claim": "y"}',
    '',
    '{"id": 7, "source": "The dam broke.", "claim": "The dam held.", "label": 0}',
  ].join('\n');
  const { rows, errors } = parseFaithfulnessJsonl(text, 'dev.jsonl');
  assert.deepEqual(
    rows.map((r) => [r.id, r.label]),
    [
      ['a', 1],
      ['7', 0],
    ],
  );
  assert.deepEqual(
    errors.map((e) => e.origin),
    ['dev.jsonl:2', 'dev.jsonl:3'],
  );
});

test('evaluateFaithfulness: threshold from dev, metrics and predictions per test file', () => {
  const mk = (id: string, score: number, label: 0 | 1): FaithRow => ({
    id,
    source: String(score),
    claim: id,
    label,
  });
  // The scorer reads the score from the source, so the expected metrics are known.
  const dev = [mk('d1', 0.2, 0), mk('d2', 0.3, 0), mk('d3', 0.7, 1), mk('d4', 0.8, 1)];
  const testRows = [mk('t1', 0.1, 0), mk('t2', 0.6, 0), mk('t3', 0.9, 1), mk('t4', 0.4, 1)];
  const { report, predictions } = evaluateFaithfulness({
    dev: [{ file: 'dev.jsonl', rows: dev }],
    test: [{ file: 'test.jsonl', rows: testRows }],
    scorer: (source) => Number(source),
  });
  assert.ok(report.threshold > 0.3 && report.threshold < 0.7);
  const d = report.datasets[0]!;
  assert.equal(d.n, 4);
  assert.equal(d.auc, 0.75);
  // with a threshold of 0.5: t3 right, t4 wrong; t1 right, t2 wrong
  assert.equal(d.bacc, 0.5);
  assert.ok(d.claims_per_s > 0);
  assert.deepEqual(
    predictions.map((p) => p.verdict),
    ['unsupported', 'supported', 'supported', 'unsupported'],
  );
});

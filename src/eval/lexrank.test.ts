import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexRankScores, lexRankSummary } from './lexrank.ts';

const sentences = [
  'A ferry carrying 240 passengers ran aground off Vastholm island on Sunday.',
  'The ferry ran aground in fog, and all 240 passengers were taken off the ferry safely.',
  'Coastguard boats reached the ferry within an hour of the grounding off Vastholm.',
  'Local bakeries reported a busy weekend.',
];

test('lexRankScores ranks the central sentences above the off-topic one and sums to 1', () => {
  const scores = lexRankScores(sentences);
  assert.equal(scores.length, 4);
  assert.ok(Math.abs(scores.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  for (let i = 0; i < 3; i++)
    assert.ok(scores[i]! > scores[3]!, `sentence ${i} should outrank the bakery one`);
  assert.deepEqual(lexRankScores([]), []);
});

test('lexRankSummary respects the word budget and skips near-repeats', () => {
  const one = lexRankSummary(sentences, 5);
  assert.equal(one.length, 1);
  assert.notEqual(one[0], sentences[3]);
  const repeated = [sentences[0]!, sentences[0]!, sentences[2]!];
  const summary = lexRankSummary(repeated, 100);
  assert.equal(summary.length, 2);
  assert.equal(new Set(summary).size, 2);
});

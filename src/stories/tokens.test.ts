import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem, termBag, wordTokens } from './tokens.ts';

test('stem folds plurals and possessives only', () => {
  const table: [string, string][] = [
    ['floods', 'flood'],
    ['cities', 'city'],
    ["city's", 'city'],
    ['businesses', 'business'],
    ['status', 'status'],
    ['crisis', 'crisis'],
    ['glass', 'glass'],
    ['bus', 'bus'],
  ];
  for (const [w, want] of table) assert.equal(stem(w), want, w);
});

test('termBag finds names mid-sentence and at a sentence start when seen capitalised elsewhere', () => {
  const bag = termBag(
    'Flood Waters Rise In Riverton',
    'Water rose in Riverton on Monday. Riverton mayor Helen Duarte said the Esk was high. The river fell later.',
  );
  const names = [...bag.names.keys()];
  for (const n of ['riverton', 'helen', 'duarte', 'helen duarte', 'esk'])
    assert.ok(names.includes(n), `${n} in ${names}`);
  for (const n of ['water', 'the', 'monday', 'flood', 'rise'])
    assert.ok(!names.includes(n), `${n} is not a name`);
  // Title words count double; stopwords and weekdays are dropped from words.
  assert.equal(bag.words.get('riverton'), 4);
  assert.ok(!bag.words.has('the') && !bag.words.has('monday'));
});

test('wordTokens keeps numbers and apostrophes', () => {
  assert.deepEqual(wordTokens("Meridia's rate: 4.5 percent, up 0.25."), [
    "meridia's",
    'rate',
    '4.5',
    'percent',
    'up',
    '0.25',
  ]);
});

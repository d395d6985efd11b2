import { test } from 'node:test';
import assert from 'node:assert/strict';
import { porterStem } from './porter.ts';
import { lcsLength, rouge, rougeTokens } from './rouge.ts';

test('porterStem follows the published examples of Porter (1980)', () => {
  const table: [string, string][] = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['generalization', 'gener'],
    ['electrical', 'electr'],
    ['adjustment', 'adjust'],
    ['adoption', 'adopt'],
    ['controll', 'control'],
    ['deportations', 'deport'],
  ];
  for (const [word, stem] of table) assert.equal(porterStem(word), stem, word);
});

test('rougeTokens lower-cases, splits on non-alphanumerics and stems long tokens only', () => {
  assert.deepEqual(rougeTokens("The EU's 20 member-states"), ['the', 'eu', 's', '20', 'member', 'state']);
  assert.deepEqual(rougeTokens('Flights resumed', false), ['flights', 'resumed']);
});

test('lcsLength of token sequences', () => {
  const table: [string, string, number][] = [
    ['a b c d', 'a c d', 3],
    ['a b c', 'x y z', 0],
    ['', 'a', 0],
    ['police killed the gunman', 'police kill the gunman', 4],
  ];
  for (const [a, b, n] of table) assert.equal(lcsLength(rougeTokens(a), rougeTokens(b)), n, `${a} | ${b}`);
});

test('rouge scores hand-computed pairs', () => {
  // pred: the cat sat on the mat (6 tokens); ref: the cat lay on the mat (6 tokens)
  const s = rouge('The cat sat on the mat.', 'The cat lay on the mat.');
  assert.equal(s.rouge1.f1, 5 / 6);
  // bigrams pred: the-cat cat-sat sat-on on-the the-mat; ref: the-cat cat-lay lay-on on-the the-mat -> 3/5
  assert.equal(s.rouge2.f1, 3 / 5);
  assert.equal(s.rougeL.f1, 5 / 6);
  const empty = rouge('', 'anything at all');
  assert.equal(empty.rouge1.f1, 0);
  assert.equal(empty.rougeL.f1, 0);
  // precision and recall differ when lengths differ
  const short = rouge('ferry sank', 'the ferry sank near the harbour');
  assert.equal(short.rouge1.precision, 1);
  assert.equal(short.rouge1.recall, 2 / 6);
});

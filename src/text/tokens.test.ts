import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDictionaryWord, isStopword, lemma, tokenize } from './index.ts';

test('tokenize: lower-cased words, numbers kept whole, possessives dropped', () => {
  const cases: [string, string[]][] = [
    ["The Taliban's demand, per the U.S. envoy.", ['the', 'taliban', 'demand', 'per', 'the', 'u.s', 'envoy']],
    ['Over 2,000 people (3.5%) left — fast.', ['over', '2,000', 'people', '3.5', 'left', 'fast']],
    ['Well-known co-operation isn’t easy', ['well-known', 'co-operation', "isn't", 'easy']],
    ['Zürich, Liège', ['zürich', 'liège']],
    ['', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(tokenize(text), want, text);
});

test('lemma: verbs, nouns and adjectives to their dictionary form', () => {
  const cases: [string, string][] = [
    ['returned', 'return'],
    ['was', 'be'],
    ['said', 'say'],
    ['deportations', 'deportation'],
    ['Leaves', 'leave'],
    ['better', 'good'],
    ['states', 'state'],
    ['news', 'news'],
    ['EU', 'eu'],
    ['2021', '2021'],
  ];
  for (const [w, want] of cases) assert.equal(lemma(w), want, w);
});

test('isStopword: function words only', () => {
  for (const w of ['the', 'The', 'and', 'of', 'was', 'they’re', "didn't"])
    assert.equal(isStopword(w), true, w);
  for (const w of ['deportation', 'taliban', 'brussels', 'meeting', '2021'])
    assert.equal(isStopword(w), false, w);
});

test('isDictionaryWord: WordNet words and their inflections, not surnames', () => {
  for (const w of ['deportations', 'Most', 'clamouring', 'race']) assert.equal(isDictionaryWord(w), true, w);
  for (const w of ['McIlroy', 'Forssell', 'Zorvath']) assert.equal(isDictionaryWord(w), false, w);
});

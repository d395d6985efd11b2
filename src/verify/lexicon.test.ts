import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon, wordHash } from './lexicon.ts';

const lex = loadLexicon();

// Words with many senses, few, none; nouns, verbs, adjectives; a word WordNet lacks.
const WORDS = [
  'deportation',
  'return',
  'repatriation',
  'meet',
  'strike',
  'harbor',
  'port',
  'big',
  'wireproofish',
];

test('forEachRelated, strongest visit per word, is related() (the word itself left out)', () => {
  for (const word of WORDS) {
    const got = new Map<string, number>();
    lex.forEachRelated(word, (i, h, s) => {
      const w = lex.vocabulary[i]!;
      assert.equal(h, wordHash(w));
      if (w !== word) got.set(w, Math.max(got.get(w) ?? 0, s));
    });
    const want = lex.related(word);
    assert.deepEqual([...got].sort(), [...want].sort(), word);
  }
  assert.equal(lex.related('wireproofish').size, 0);
});

test('related(): synonyms and hyponyms at 0.9, hypernyms at 0.7, no phrases', () => {
  const rel = lex.related('deportation');
  assert.equal(rel.get('expatriation'), 0.9, 'shares a synset');
  assert.equal(lex.related('harbor').get('seaport'), 0.9, '"harbor" names the hypernym of "seaport"');
  assert.equal(lex.related('seaport').get('port'), 0.7, '"port" names a hypernym of "seaport"');
  assert.equal(lex.related('deportation').get('expulsion'), 0.7, 'the claim word is the more specific');
  assert.ok([...rel.keys()].every((w) => !w.includes('_')));
  const hyper = [...lex.related('strike').entries()].filter(([, s]) => s === 0.7);
  assert.ok(hyper.length > 0, 'hypernyms of a sense of "strike"');
});

test('isRelated(a, b) answers whether related(a) holds b', () => {
  const pool = [
    ...WORDS,
    'expatriation',
    'seaport',
    'walkout',
    'large',
    'encounter',
    'stoppage',
    'united_states',
  ];
  let yes = 0;
  for (const a of pool)
    for (const b of pool) {
      const want = lex.related(a).has(b);
      assert.equal(lex.isRelated(a, b), want, `${a} ~ ${b}`);
      if (want) yes++;
    }
  assert.ok(yes >= 4, `some pairs are related (${yes})`);
  assert.equal(lex.isRelated('port', 'port'), false, 'a word is not its own relative');
});

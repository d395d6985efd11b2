import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  clearIndexCache,
  indexDocument,
  indexSources,
  matchTerms,
  retrieve,
  splitSourceSentences,
} from './evidence.ts';
import { forEachKey, indexKeys, lemmaOf, STOPWORDS, termize } from './terms.ts';
import { loadLexicon } from './lexicon.ts';

const REPORT =
  'The ministry confirmed the repatriation of 40 migrants on Friday.\n' +
  'Officials said returns would continue. Deportations have doubled since March.\n' +
  'A spokesman declined to comment on the flights.';

test('splitSourceSentences: lines and sentence ends', () => {
  assert.deepEqual(splitSourceSentences(REPORT), [
    'The ministry confirmed the repatriation of 40 migrants on Friday.',
    'Officials said returns would continue.',
    'Deportations have doubled since March.',
    'A spokesman declined to comment on the flights.',
  ]);
});

test('splitSourceSentences: titles, initials and acronyms inside a sentence are no sentence end', () => {
  const rows: [string, string[]][] = [
    [
      'Mr. Brandt met Dr. Okafor in St. Albans. They talked.',
      ['Mr. Brandt met Dr. Okafor in St. Albans.', 'They talked.'],
    ],
    [
      'Critics at The A.V. Club praised it. J. K. Marsh wrote it.',
      ['Critics at The A.V. Club praised it.', 'J. K. Marsh wrote it.'],
    ],
    [
      'The U.S. Army said so. Gen. Harlow spoke on Sept. 5.',
      ['The U.S. Army said so.', 'Gen. Harlow spoke on Sept. 5.'],
    ],
    // A dotted acronym ends a sentence when the next word opens one.
    ['She moved to the U.S. The company followed.', ['She moved to the U.S.', 'The company followed.']],
    // A month before a capital is a sentence end; before a day it is not.
    ['Talks stalled in Jan. Officials met again.', ['Talks stalled in Jan.', 'Officials met again.']],
    ['Talks resumed on Jan. 12 in Oslo.', ['Talks resumed on Jan. 12 in Oslo.']],
  ];
  for (const [text, want] of rows) assert.deepEqual(splitSourceSentences(text), want, text);
});

test('splitSourceSentences: a gap between digits is tokenised copy, not a sentence end', () => {
  const rows: [string, string[]][] = [
    [
      'Around 1. 3 billion people travelled home. 3 of them wrote to us.',
      ['Around 1. 3 billion people travelled home.', '3 of them wrote to us.'],
    ],
    [
      'His weight fell from 105kg to 102. 5 kg, his trainer said.',
      ['His weight fell from 105kg to 102. 5 kg, his trainer said.'],
    ],
    ['The side won 2-1. 5,000 fans saw it.', ['The side won 2-1. 5,000 fans saw it.']],
    ['The side won. 5,000 fans saw it.', ['The side won.', '5,000 fans saw it.']],
  ];
  for (const [text, want] of rows) assert.deepEqual(splitSourceSentences(text), want, text);
});

test('lemmas: plurals, irregular verbs, "-ss" words', () => {
  const rows: [string, string][] = [
    ['deportations', 'deportation'],
    ['met', 'meet'],
    ['discuss', 'discuss'],
    ['rose', 'rise'],
    ['says', 'say'],
    ['glasses', 'glass'],
    ['bus', 'bus'],
    ['fled', 'flee'],
    ['children', 'child'],
    ['better', 'good'],
    ['walking', 'walk'],
    // Irregular forms without an inflectional ending, and words with neither.
    ['went', 'go'],
    ['mice', 'mouse'],
    ['geese', 'goose'],
    ['government', 'government'],
    ['policy', 'policy'],
  ];
  for (const [w, l] of rows) assert.equal(lemmaOf(w), l, w);
});

test('termize keeps dotted acronyms and reads spelled-out numbers', () => {
  const t = termize('U.K. officials counted twenty-five flights and 1,200 people.');
  assert.deepEqual(t.map((x) => x.norm).slice(0, 2), ['uk', 'officials']);
  assert.equal(t.find((x) => x.norm === 'twenty-five')!.num, 25);
  assert.equal(t.find((x) => x.norm === '1,200')!.num, 1200);
});

test('termize: capitals spelling a stopword are a name, not the word', () => {
  const rows: [string, string, boolean][] = [
    // [token in context, norm, stopword]
    ['U.S.', 'u.s.', false],
    ['US', 'u.s.', false],
    ['WHO', 'w.h.o.', false],
    ['us', 'us', true],
    ['Who', 'who', true],
    ['UK', 'uk', false],
    ['NATO', 'nato', false],
  ];
  for (const [word, norm, stop] of rows) {
    const t = termize(`Officials told ${word} so.`)[2]!;
    assert.deepEqual([t.norm, t.stop], [norm, stop], word);
  }
  // Written either way, the acronym meets itself in a source, and not the pronoun.
  const doc = indexDocument('US officials spoke to reporters. Crowds cheered us on.');
  const [m] = matchTerms(termize('U.S.'), doc);
  assert.deepEqual([...m!.hits.keys()], [0]);
});

test('deportations, returns and repatriation meet through lemmas and WordNet', () => {
  const doc = indexDocument(REPORT);
  for (const word of ['deportation', 'returned', 'repatriations']) {
    const [m] = matchTerms(termize(word), doc);
    assert.ok(m!.hits.size > 0, `${word} found no evidence`);
  }
  // An unrelated word meets nothing.
  assert.equal(matchTerms(termize('earthquake'), doc)[0]!.hits.size, 0);
});

test('retrieve ranks the sentence that holds the claim first and measures coverage', () => {
  const doc = indexDocument(REPORT);
  const r = retrieve(matchTerms(termize('Deportations doubled since March.'), doc), doc);
  assert.equal(r.ranked[0]!.index, 2);
  assert.ok(r.covBest > 0.9);
  const none = retrieve(matchTerms(termize('A volcano erupted in Iceland.'), doc), doc);
  assert.ok(none.covDoc < 0.3);
});

test('indexSources caches, and keeps each sentence with its source number and date', () => {
  const parts = [
    { n: 1, text: 'The port reopened on Monday.', date: '2026-03-12' },
    { n: 3, text: 'Ships queued outside.', date: null },
  ];
  const a = indexSources(parts);
  assert.equal(indexSources(parts), a);
  assert.deepEqual(
    a.sentences.map((s) => [s.source, s.date]),
    [
      [1, '2026-03-12'],
      [3, null],
    ],
  );
});

test('forEachKey gives the index the same keys as the terms of termize', () => {
  const texts = [
    "The U.K.'s ministers met 1,200 dockers' delegates on Tuesday; twenty-five ships waited.",
    'Workers rejected the 6% offer — "not enough", said union secretary Ilse Marren.',
  ];
  for (const text of texts) {
    const fromTerms = termize(text).flatMap((t) => [
      t.lemma,
      ...(t.norm !== t.lemma ? [t.norm] : []),
      ...(t.num !== null ? [`#${t.num}`] : []),
    ]);
    const keys: string[] = [];
    forEachKey(text, (k) => keys.push(k));
    assert.deepEqual(keys, fromTerms);
  }
});

test('repeated claims against one source reuse its term matches without changing them', () => {
  const doc = indexDocument('Dock workers walked out. The strike halted container traffic at the port.');
  const first = matchTerms(termize('The dockers went on strike.'), doc);
  const again = matchTerms(termize('A strike by dockers.'), doc);
  const hitsOf = (ms: typeof first, w: string) => [...ms.find((m) => m.term.norm === w)!.hits];
  assert.deepEqual(hitsOf(again, 'strike'), hitsOf(first, 'strike'));
  assert.ok(hitsOf(first, 'strike').length > 0);
});

test('termize: a token seen before keeps its own capital and sentence-start reading', () => {
  // The per-token memo holds what a token says about itself; "cap" depends on where it stands.
  const rows: [string, string, boolean[]][] = [
    ['Police said. Police left.', 'police', [false, false]],
    ['Officers met Police chiefs.', 'police', [true]],
    ['The NATO envoy met nato staff.', 'nato', [true, false]],
    ['“Harbour” workers left the Harbour.', 'harbour', [false, true]],
  ];
  for (const [text, norm, caps] of rows) {
    for (let round = 0; round < 2; round++) {
      const got = termize(text)
        .filter((t) => t.norm === norm)
        .map((t) => t.cap);
      assert.deepEqual(got, caps, `${text} #${round}`);
    }
  }
});

test('indexSources: the last-index shortcut still tells sources apart by number, date and text', () => {
  const base = [{ n: 1, text: 'The port reopened on Monday.', date: '2026-03-12' }];
  const a = indexSources(base);
  assert.equal(indexSources([{ ...base[0]! }]), a, 'same source, new objects');
  const other: [string, { n: number; text: string; date: string | null }][] = [
    ['number', { ...base[0]!, n: 2 }],
    ['date', { ...base[0]!, date: '2026-03-13' }],
    ['text', { ...base[0]!, text: 'The port reopened on Tuesday.' }],
  ];
  for (const [what, part] of other) {
    const b = indexSources([part]);
    assert.notEqual(b, a, what);
    assert.equal(indexSources(base), a, `${what}: back to the first`);
  }
  clearIndexCache();
  assert.notEqual(indexSources(base), a, 'a cleared cache builds anew');
});

test('indexKeys: postings and key order are those of a token-by-token pass, without stopword keys', () => {
  // Repeated tokens, one lemma from several forms ("boarded" / "board"), numbers written two ways, stopwords
  // as written ("said", "The") and as a lemma ("willing" -> "will"), a sentence without tokens, and a word
  // repeated within a sentence.
  const docs: string[][] = [
    [
      'Officials said the ferry carried 40 passengers.',
      '--',
      'The ferry says forty passengers boarded; Forty left and forty stayed.',
      'Say what you like, said the captain: the ferries said nothing.',
      'U.K. crews, 1,200 of them, met U.K. officials.',
      'The crew were willing to board.',
    ],
    ['Rain.', 'Rain fell. Rains fell again.', 'rain'],
    [],
  ];
  for (const sents of docs) {
    const want = new Map<string, number[]>();
    sents.forEach((text, i) =>
      forEachKey(text, (k) => {
        if (STOPWORDS.has(k)) return;
        const list = want.get(k);
        if (!list) want.set(k, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }),
    );
    const got = indexKeys(sents);
    for (const stop of ['the', 'said', 'say', 'will', 'be']) assert.equal(got.has(stop), false, stop);
    assert.deepEqual([...got.keys()], [...want.keys()], 'key order');
    assert.deepEqual(got, want, sents.join(' | '));
  }
});

test('indexSources: sources sharing a first text are told apart by the others', () => {
  const first = { n: 1, text: 'The bridge closed for repairs on Monday.', date: '2026-04-02' };
  const a = indexSources([first, { n: 2, text: 'Traffic moved to the ring road.', date: null }]);
  const b = indexSources([first, { n: 2, text: 'Ferries ran every hour instead.', date: null }]);
  const c = indexSources([first]);
  assert.notEqual(a, b);
  assert.notEqual(c, a);
  assert.equal(a.sentences.length, 2);
  assert.equal(b.sentences[1]!.text, 'Ferries ran every hour instead.');
  assert.equal(c.sentences.length, 1);
  // Back to the first set after others: the cached index, not a new one.
  assert.equal(
    indexSources([{ ...first }, { n: 2, text: 'Traffic moved to the ring road.', date: null }]),
    a,
  );
});

test('matchTerms: terms sharing a lemma keep their own matches', () => {
  // "Rose" the name and "rose" the verb share nothing but letters; "Says" at a sentence start is a plain word.
  const doc = indexDocument('Prices rose sharply in May. Officials met Rose Kittel at the depot.');
  const rows: [string, string, boolean][] = [
    ['Costs rose again.', 'rose', false],
    ['Staff met Rose at noon.', 'rose', true],
  ];
  const weights: number[] = [];
  for (const [claim, norm, isName] of rows) {
    const m = matchTerms(termize(claim), doc).find((x) => x.term.norm === norm)!;
    assert.equal(m.isName, isName, claim);
    assert.ok(m.hits.size > 0, claim);
    weights.push(m.weight);
  }
  // A name weighs twice a word of the same rarity; the verb's synonyms ("lift", "climb") add no sentences here.
  assert.equal(weights[1], 2 * weights[0]!);
  const risen = matchTerms(termize('Prices have risen.'), doc).find((x) => x.term.norm === 'risen')!;
  const rose = matchTerms(termize('Prices rose.'), doc).find((x) => x.term.norm === 'rose')!;
  assert.equal(risen.term.lemma, rose.term.lemma);
  assert.deepEqual([...risen.hits], [...rose.hits]);
});

test('matchTerms: related words found through the document filter are those of a plain scan', () => {
  const text = ['port-strike.md', 'flood-relief.md', 'quay-repairs.md']
    .map((f) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'testdata', f), 'utf8'))
    .join('\n');
  const doc = indexDocument(text);
  const lex = loadLexicon();
  let viaRelated = 0;
  for (const word of [
    'stoppage',
    'labourers',
    'harbor',
    'refused',
    'walkout',
    'crew',
    'boats',
    'earthquake',
  ]) {
    const [term] = termize(word);
    const m = matchTerms([term!], doc)[0]!;
    // The plain scan: every related word the index holds, the strongest strength per sentence.
    const want = new Map<number, number>();
    const put = (i: number, s: number): void => void want.set(i, Math.max(want.get(i) ?? 0, s));
    for (const key of new Set([term!.lemma, term!.norm])) for (const i of doc.words.get(key) ?? []) put(i, 1);
    const rel = lex.known(term!.lemma) ? lex.related(term!.lemma) : lex.related(term!.norm);
    for (const [w, s] of rel) for (const i of doc.words.get(w) ?? []) put(i, s);
    if ([...want.values()].some((s) => s < 1)) viaRelated++;
    const sorted = (x: ReadonlyMap<number, number>): number[][] => [...x].sort((a, b) => a[0]! - b[0]!);
    assert.deepEqual(sorted(m.hits), sorted(want), word);
  }
  assert.ok(viaRelated >= 3, 'most test words meet the document only through related words');
});

test('matchTerms: a stopword weighs nothing and gathers no hits, however many sentences hold it', () => {
  const doc = indexDocument('The port closed. The ships waited. The crews went home.');
  const [the, port] = matchTerms(termize('the port'), doc);
  assert.deepEqual([the!.weight, the!.hits.size], [0, 0]);
  assert.ok(port!.weight > 0);
  assert.deepEqual([...port!.hits.keys()], [0]);
});

test('matchTerms: a related word that is a stopword finds nothing ("world" is not met by "have")', () => {
  const lex = loadLexicon();
  // WordNet relates these content words to stopwords (one-step hypernyms of their verb senses).
  for (const [word, stop] of [
    ['world', 'have'],
    ['number', 'be'],
  ] as const) {
    assert.ok(lex.related(word).has(stop), `${word} -> ${stop} in the lexicon`);
    const doc = indexDocument(`They ${stop === 'be' ? 'will be' : 'have'} ready. The ${word} waited.`);
    const m = matchTerms(termize(word), doc)[0]!;
    assert.deepEqual([...m.hits.keys()], [1], word);
  }
});

test('matchTerms: two claim words the source writes as one are found there ("cliff top", "cease fire")', () => {
  const doc = indexDocument(
    'The walker fell from a clifftop near the harbour. A cease-fire began at noon. The top of the cliff is fenced.',
  );
  const hitsOf = (claim: string): number[][] =>
    matchTerms(termize(claim), doc).map((m) => [...m.hits.keys()].sort((a, b) => a - b));
  assert.deepEqual(hitsOf('cliff top'), [
    [0, 2],
    [0, 2],
  ]);
  assert.deepEqual(hitsOf('cease fire'), [[1], [1]]);
  // Apart in the claim (a comma between), or a stopword between: no compound.
  assert.deepEqual(hitsOf('cliff, top'), [[2], [2]]);
  assert.deepEqual(hitsOf('top of cliff'), [[2], [], [2]]);
});

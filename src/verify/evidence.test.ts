import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clearIndexCache,
  indexDocument,
  indexSources,
  matchTerms,
  retrieve,
  splitSourceSentences,
} from './evidence.ts';
import { forEachKey, lemmaOf, termize } from './terms.ts';

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
  ];
  for (const [w, l] of rows) assert.equal(lemmaOf(w), l, w);
});

test('termize keeps dotted acronyms and reads spelled-out numbers', () => {
  const t = termize('U.K. officials counted twenty-five flights and 1,200 people.');
  assert.deepEqual(t.map((x) => x.norm).slice(0, 2), ['uk', 'officials']);
  assert.equal(t.find((x) => x.norm === 'twenty-five')!.num, 25);
  assert.equal(t.find((x) => x.norm === '1,200')!.num, 1200);
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

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, ArticleSentence, Evidence } from '../model/index.ts';
import { findDisagreements } from './disagreements.ts';
import { ferryArticle } from './testdata/fixture.ts';

const withEvidence = (evidence: Evidence[], text: string): Article => ({
  ...ferryArticle,
  sections: [
    {
      kind: 'details',
      sentences: [
        {
          text,
          citations: [...new Set(evidence.map((e) => e.source))],
          verdict: { label: 'supported', score: 0.8, reasons: [], evidence, uncited: false },
        },
      ],
    },
  ],
});

test('findDisagreements pairs sources that state different figures', () => {
  const cases: { name: string; claim: string; evidence: Evidence[]; sides: number[] }[] = [
    {
      name: 'different costs, both stated by the sentence',
      claim: 'It costs 48 million euros, or 53 million euros by another count.',
      evidence: [
        { source: 1, sentence: 'It will cost 48 million euros.', score: 0.8 },
        { source: 2, sentence: 'A review puts the cost at 53 million euros.', score: 0.8 },
      ],
      sides: [1, 2],
    },
    {
      name: 'same figures written differently',
      claim: 'About 1,200 homes lost water.',
      evidence: [
        { source: 1, sentence: 'About 1,200 homes lost water.', score: 0.8 },
        { source: 2, sentence: 'Some 1200 homes were without water.', score: 0.8 },
      ],
      sides: [],
    },
    {
      name: 'one source adds a figure, nothing conflicts',
      claim: 'The council voted 9 to 4 for the terminal.',
      evidence: [
        { source: 1, sentence: 'The council voted for the terminal.', score: 0.8 },
        { source: 2, sentence: 'The council voted 9 to 4 for the terminal.', score: 0.8 },
      ],
      sides: [],
    },
    {
      name: 'evidence from a single source',
      claim: 'Ferries dock in 2027 or 2028.',
      evidence: [
        { source: 1, sentence: 'Ferries dock in 2027.', score: 0.8 },
        { source: 1, sentence: 'Ferries dock in 2028.', score: 0.5 },
      ],
      sides: [],
    },
    {
      name: 'different years, best evidence per source',
      claim: 'Ferries are expected in 2027, though another report says 2028.',
      evidence: [
        { source: 3, sentence: 'The first ferries dock in 2028.', score: 0.9 },
        { source: 2, sentence: 'Ferries are expected in 2027.', score: 0.7 },
        { source: 2, sentence: 'Unrelated line with 5 boats.', score: 0.1 },
      ],
      sides: [2, 3],
    },
    {
      name: 'sources differ in figures the sentence does not state',
      claim: 'The union will vote on the agreement on Monday 16 March.',
      evidence: [
        { source: 5, sentence: 'The union will vote on the agreement on Monday 16 March.', score: 0.9 },
        { source: 7, sentence: 'In a ballot, 78 percent of members backed the agreement.', score: 0.6 },
      ],
      sides: [],
    },
  ];
  for (const c of cases) {
    const found = findDisagreements(withEvidence(c.evidence, c.claim));
    assert.deepEqual(found[0]?.sides.map((s) => s.n) ?? [], c.sides, c.name);
  }
});

test('the fixture reports one disagreement with outlets and dates on both sides', () => {
  const found = findDisagreements(ferryArticle);
  assert.equal(found.length, 1, 'the key point repeats the same evidence pair: shown once');
  assert.deepEqual(
    found[0]!.sides.map((s) => [s.outlet, s.published]),
    [
      ['Northgate Wire', '2025-10-18'],
      ['Harbour Courier', '2025-10-19'],
    ],
  );
});

const sentence = (text: string, citations: number[], evidence?: string): ArticleSentence => ({
  text,
  citations,
  verdict: {
    label: citations.length ? 'supported' : 'not_checkable',
    score: 0.8,
    reasons: [],
    evidence: evidence ? [{ source: citations[0]!, sentence: evidence, score: 0.8 }] : [],
    uncited: false,
  },
});

test("findDisagreements reads the writer's two-sided sentences", () => {
  const cases: { name: string; sentences: ArticleSentence[]; want: [string, number[]][] }[] = [
    {
      name: 'two sides and a marker',
      sentences: [
        sentence(
          'About 1,800 people left their homes, officials said.',
          [1],
          'About 1,800 people left their homes.',
        ),
        sentence(
          'More than 2,600 people were evacuated, local officials said.',
          [2],
          'More than 2,600 people were evacuated.',
        ),
        sentence('The reports differ on this figure.', []),
      ],
      want: [['The reports differ on this figure.', [1, 2]]],
    },
    {
      name: 'carrier then outlet-attributed sides',
      sentences: [
        sentence('Hundreds were evacuated along the river.', [1, 2]),
        sentence('Riverside Post put the figure at about 1,800 people.', [1]),
        sentence('Valley Ledger reported more than 2,600 people.', [2]),
      ],
      want: [['Hundreds were evacuated along the river.', [1, 2]]],
    },
    {
      name: 'adjacent sentences about different things, no marker',
      sentences: [
        sentence('Forty-one ships waited on 11 March.', [1]),
        sentence('Workers get a 9 percent rise.', [2]),
      ],
      want: [],
    },
    {
      name: 'marker but same source on both sides',
      sentences: [
        sentence('About 1,800 people left.', [1]),
        sentence('Later 2,600 people left.', [1]),
        sentence('The reports differ on this figure.', []),
      ],
      want: [],
    },
  ];
  for (const c of cases) {
    const article: Article = { ...ferryArticle, sections: [{ kind: 'details', sentences: c.sentences }] };
    assert.deepEqual(
      findDisagreements(article).map((d) => [d.claim, d.sides.map((s) => s.n)]),
      c.want,
      c.name,
    );
  }
});

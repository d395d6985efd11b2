// Invented reports about invented events, written for these tests. Two stories: a ferry-terminal vote
// followed over three days (published, with a cost figure the outlets disagree on) and a water-main
// break whose article is held for review (one contradicted, one unsupported sentence).
import type { Article, Development, Source, Story, Verdict } from '../../model/index.ts';

const supported = (source: number, sentence: string, score = 0.91): Verdict => ({
  label: 'supported',
  score,
  reasons: [],
  evidence: [{ source, sentence, score }],
  uncited: false,
});

export const sources: Source[] = [
  {
    id: 'src-ferry-1',
    title: 'Brackwater council backs new ferry terminal',
    outlet: 'Northgate Wire',
    url: 'https://northgate-wire.example/2025/10/18/brackwater-ferry-terminal',
    published: '2025-10-18',
    author: 'Ines Calloway',
    language: 'en',
    text: [
      'Brackwater city council voted 9 to 4 on Saturday to build a new ferry terminal on the east pier.',
      'The terminal will cost 48 million euros, according to the council budget office.',
      '"This pier has waited thirty years for a proper building," said Mayor Tomas Reinholt.',
    ].join(' '),
    origin: 'examples/corpus/northgate-ferry.md',
    alsoPublishedBy: ['Coastline Daily'],
  },
  {
    id: 'src-ferry-2',
    title: 'Ferry terminal price tag questioned',
    outlet: 'Harbour Courier',
    url: 'https://harbour-courier.example/news/ferry-terminal-cost',
    published: '2025-10-19',
    author: null,
    language: 'en',
    text: [
      'An independent review puts the cost of the Brackwater ferry terminal at 53 million euros.',
      'Opposition councillor Mara Lindqvist said the budget office had left out dredging work.',
    ].join(' '),
    origin: 'examples/corpus/courier-ferry.md',
  },
  {
    id: 'src-ferry-3',
    title: 'Construction on east pier to start in spring',
    outlet: 'Valley Ledger',
    url: 'https://valley-ledger.example/brackwater/east-pier-spring',
    published: '2025-10-21',
    author: 'Jon Ferreira',
    language: 'en',
    text: [
      'Work on the east pier terminal is due to begin in March 2026, the port authority said on Tuesday.',
      'The authority expects the first ferries to dock there in 2028.',
    ].join(' '),
    origin: 'examples/corpus/ledger-pier.md',
  },
  {
    id: 'src-water-1',
    title: 'Water main bursts under Linden Street',
    outlet: 'Valley Ledger',
    url: 'https://valley-ledger.example/linden-street-water-main',
    published: '2025-10-16',
    author: null,
    language: 'en',
    text: [
      'A water main burst under Linden Street early on Thursday, flooding six basements.',
      'About 1,200 homes were without running water for most of the day, the utility said.',
    ].join(' '),
    origin: 'examples/corpus/ledger-water.md',
  },
];

export const stories: Story[] = [
  {
    id: 'story-ferry',
    sourceIds: ['src-ferry-1', 'src-ferry-2', 'src-ferry-3'],
    title: 'Brackwater council backs new ferry terminal',
    firstSeen: '2025-10-18',
    lastUpdated: '2025-10-21',
    threadId: null,
  },
  {
    id: 'story-water',
    sourceIds: ['src-water-1'],
    title: 'Water main bursts under Linden Street',
    firstSeen: '2025-10-16',
    lastUpdated: '2025-10-16',
    threadId: null,
  },
];

export const timelines: Record<string, Development[]> = {
  'story-ferry': [
    {
      date: '2025-10-18',
      text: 'Council votes 9 to 4 for the east pier terminal.',
      sourceId: 'src-ferry-1',
      storyId: 'story-ferry',
    },
    {
      date: '2025-10-19',
      text: 'Independent review puts the cost at 53 million euros.',
      sourceId: 'src-ferry-2',
      storyId: 'story-ferry',
    },
    {
      date: '2025-10-21',
      text: 'Port authority sets a March 2026 start for construction.',
      sourceId: 'src-ferry-3',
      storyId: 'story-ferry',
    },
  ],
};

const ferrySources = sources.slice(0, 3).map((s, i) => ({
  n: i + 1,
  sourceId: s.id,
  outlet: s.outlet,
  title: s.title,
  published: s.published,
  url: s.url,
}));

export const ferryArticle: Article = {
  storyId: 'story-ferry',
  headline: {
    text: 'Brackwater approves east pier ferry terminal as cost estimates diverge',
    citations: [1, 2],
    verdict: supported(1, 'Brackwater city council voted 9 to 4 on Saturday to build a new ferry terminal on the east pier.'),
  },
  sections: [
    {
      kind: 'lede',
      sentences: [
        {
          text: 'Brackwater city council voted 9 to 4 on Saturday to build a new ferry terminal on the east pier.',
          citations: [1],
          verdict: supported(1, 'Brackwater city council voted 9 to 4 on Saturday to build a new ferry terminal on the east pier.', 0.97),
        },
      ],
    },
    {
      kind: 'details',
      sentences: [
        {
          text: 'The council budget office puts the cost at 48 million euros, while an independent review puts it at 53 million euros.',
          citations: [1, 2],
          verdict: {
            label: 'supported',
            score: 0.88,
            reasons: [],
            evidence: [
              { source: 1, sentence: 'The terminal will cost 48 million euros, according to the council budget office.', score: 0.84 },
              { source: 2, sentence: 'An independent review puts the cost of the Brackwater ferry terminal at 53 million euros.', score: 0.86 },
            ],
            uncited: false,
          },
        },
        {
          text: 'Work on the terminal is due to begin in March 2026.',
          citations: [3],
          verdict: supported(3, 'Work on the east pier terminal is due to begin in March 2026, the port authority said on Tuesday.'),
        },
      ],
    },
    {
      kind: 'quotes',
      sentences: [
        {
          text: '"This pier has waited thirty years for a proper building," said Mayor Tomas Reinholt.',
          citations: [1],
          verdict: supported(1, '"This pier has waited thirty years for a proper building," said Mayor Tomas Reinholt.', 0.99),
        },
      ],
    },
    {
      kind: 'key_point',
      sentences: [
        {
          text: 'The terminal is approved, but its price is disputed by about five million euros.',
          citations: [1, 2],
          verdict: {
            label: 'supported',
            score: 0.74,
            reasons: [],
            evidence: [
              { source: 1, sentence: 'The terminal will cost 48 million euros, according to the council budget office.', score: 0.7 },
              { source: 2, sentence: 'An independent review puts the cost of the Brackwater ferry terminal at 53 million euros.', score: 0.72 },
            ],
            uncited: false,
          },
        },
      ],
    },
    {
      kind: 'timeline',
      sentences: [
        {
          text: 'Council votes 9 to 4 for the east pier terminal.',
          citations: [1],
          date: '2025-10-18',
          verdict: supported(1, 'Brackwater city council voted 9 to 4 on Saturday to build a new ferry terminal on the east pier.'),
        },
        {
          text: 'Independent review puts the cost at 53 million euros.',
          citations: [2],
          date: '2025-10-19',
          verdict: supported(2, 'An independent review puts the cost of the Brackwater ferry terminal at 53 million euros.'),
        },
        {
          text: 'Port authority sets a March 2026 start for construction.',
          citations: [3],
          date: '2025-10-21',
          verdict: supported(3, 'Work on the east pier terminal is due to begin in March 2026, the port authority said on Tuesday.'),
        },
      ],
    },
  ],
  sources: ferrySources,
  status: 'published',
  dropped: [
    {
      text: 'The first ferries will dock at the terminal in 2027.',
      citations: [3],
      verdict: {
        label: 'contradicted',
        score: 0.06,
        reasons: [{ kind: 'date', detail: 'the claim dates it to 2027; [3] to 2028', hard: true }],
        evidence: [{ source: 3, sentence: 'The authority expects the first ferries to dock there in 2028.', score: 0.81 }],
        uncited: false,
      },
    },
  ],
  writer: 'extractive',
  generatedAt: '2025-10-21T09:30:00Z',
};

export const waterArticle: Article = {
  storyId: 'story-water',
  headline: {
    text: 'Linden Street water main break leaves homes dry',
    citations: [1],
    verdict: supported(1, 'A water main burst under Linden Street early on Thursday, flooding six basements.'),
  },
  sections: [
    {
      kind: 'lede',
      sentences: [
        {
          text: 'A water main burst under Linden Street early on Thursday, flooding six basements.',
          citations: [1],
          verdict: supported(1, 'A water main burst under Linden Street early on Thursday, flooding six basements.', 0.98),
        },
        {
          text: 'About 12,000 homes were without running water for most of the day.',
          citations: [1],
          verdict: {
            label: 'contradicted',
            score: 0.04,
            reasons: [{ kind: 'number', detail: 'the claim says 12,000 homes; [1] says about 1,200', hard: true }],
            evidence: [
              { source: 1, sentence: 'About 1,200 homes were without running water for most of the day, the utility said.', score: 0.9 },
            ],
            uncited: false,
          },
        },
      ],
    },
    {
      kind: 'why_it_matters',
      sentences: [
        {
          text: 'The pipe network under the old town is more than a century old.',
          citations: [1],
          verdict: {
            label: 'unsupported',
            score: 0.12,
            reasons: [{ kind: 'lexical', detail: 'no sentence in [1] mentions the age of the pipe network' }],
            evidence: [{ source: 1, sentence: 'A water main burst under Linden Street early on Thursday, flooding six basements.', score: 0.21 }],
            uncited: false,
          },
        },
      ],
    },
  ],
  sources: [
    {
      n: 1,
      sourceId: 'src-water-1',
      outlet: 'Valley Ledger',
      title: 'Water main bursts under Linden Street',
      published: '2025-10-16',
      url: 'https://valley-ledger.example/linden-street-water-main',
    },
  ],
  status: 'held',
  dropped: [],
  writer: 'extractive',
  generatedAt: '2025-10-16T18:05:00Z',
};

export const articles: Article[] = [ferryArticle, waterArticle];

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { expandCitations, parseArticle, parseSourceLine } from './citations.ts';

const cases: { name: string; text: string; sentences: [string, number[]][]; title?: string | null }[] = [
  {
    name: 'single marker',
    text: 'The port closed on Monday [1].',
    sentences: [['The port closed on Monday.', [1]]],
  },
  { name: 'adjacent markers', text: 'Talks resumed [1][3].', sentences: [['Talks resumed.', [1, 3]]] },
  { name: 'list in one bracket', text: 'Talks resumed [1, 3].', sentences: [['Talks resumed.', [1, 3]]] },
  { name: 'range', text: 'Talks resumed [1-3].', sentences: [['Talks resumed.', [1, 2, 3]]] },
  {
    name: 'marker after the full stop',
    text: 'Talks resumed.[2] Ships waited. [1]',
    sentences: [
      ['Talks resumed.', [2]],
      ['Ships waited.', [1]],
    ],
  },
  {
    name: 'two sentences, one uncited',
    text: 'The strike began on Tuesday [1]. It may spread to other ports.',
    sentences: [
      ['The strike began on Tuesday.', [1]],
      ['It may spread to other ports.', []],
    ],
  },
  {
    name: 'footnote reference',
    text: 'Trade fell 4% last year.[^1]\n\n[^1]: Coastline Courier, "Dock strike", https://coastline.example/a',
    sentences: [['Trade fell 4% last year.', [1]]],
  },
  {
    name: 'markdown link cites its URL',
    text: 'Trade fell 4% last year, [the authority said](https://port.example/report).',
    sentences: [['Trade fell 4% last year, the authority said.', [1]]],
  },
  {
    name: 'headline and seed section headings are not claims',
    text: '# Strike at Valmora\n\n## Lede\n\nWorkers walked out [1].\n\n## Why it matters\n\nShips wait [1].',
    title: 'Strike at Valmora',
    sentences: [
      ['Workers walked out.', [1]],
      ['Ships wait.', [1]],
    ],
  },
  {
    name: 'bare first line is the headline',
    text: 'Dock strike enters second day\n\nWorkers walked out [1].',
    title: 'Dock strike enters second day',
    sentences: [['Workers walked out.', [1]]],
  },
  {
    name: 'list items are separate sentences even without end punctuation',
    text: '## Timeline\n\n- Valmora dockers walk out [1]\n- Ships queue off Valmora [2]',
    sentences: [
      ['Valmora dockers walk out', [1]],
      ['Ships queue off Valmora', [2]],
    ],
  },
];

test("parseArticle: a timeline entry's date label is its date, not claim text", () => {
  const a = parseArticle(
    [
      '## Timeline',
      '',
      '- **2026-03-10**: Dock workers at Valmora began a 48-hour strike [1].',
      '- 2026-03-12: Valmora port strike enters third day [2]',
      '',
      '- *2026-03-13* — Marren was invited to talks in Norberg [1].',
      '- 2026 was a hard year for the port [1].',
    ].join('\n'),
  );
  assert.deepEqual(
    a.sentences.map((s) => [s.text, s.date ?? null, s.section, [...s.citations]]),
    [
      ['Dock workers at Valmora began a 48-hour strike.', '2026-03-10', 'timeline', [1]],
      ['Valmora port strike enters third day', '2026-03-12', 'timeline', [2]],
      ['Marren was invited to talks in Norberg.', '2026-03-13', 'timeline', [1]],
      ['2026 was a hard year for the port.', null, 'timeline', [1]],
    ],
  );
});

for (const c of cases) {
  test(`parseArticle: ${c.name}`, () => {
    const a = parseArticle(c.text);
    assert.deepEqual(
      a.sentences.map((s) => [s.text, [...s.citations]]),
      c.sentences,
    );
    if (c.title !== undefined) assert.equal(a.title, c.title);
  });
}

test('parseArticle: trailing Sources list with outlet, title and URL; sections kept', () => {
  const a = parseArticle(readFileSync(new URL('./testdata/audit-article.md', import.meta.url), 'utf8'));
  assert.equal(a.title, 'Valmora dock strike enters second day');
  assert.deepEqual(
    a.sources.map((s) => [s.n, s.outlet, s.title, s.url]),
    [
      [
        1,
        'Coastline Courier',
        'Dock workers at Valmora port walk out over night shifts',
        'https://coastline.example/valmora-strike',
      ],
      [
        2,
        'Northgate Wire',
        'River Eske floods: relief convoy reaches Tarsk',
        'https://northgate.example/eske-floods',
      ],
    ],
  );
  assert.equal(a.sentences.length, 6);
  assert.deepEqual(
    a.sentences.map((s) => s.section),
    ['lede', 'details', 'details', 'details', 'why_it_matters', 'why_it_matters'],
  );
  assert.deepEqual(a.sentences[4]!.citations, [1, 2]);
  assert.deepEqual(a.sentences[5]!.citations, []);
});

test('expandCitations bounds ranges and skips nonsense', () => {
  assert.deepEqual(expandCitations('1, 3-5'), [1, 3, 4, 5]);
  assert.deepEqual(expandCitations('0, 7'), [7]);
  assert.deepEqual(expandCitations('1-9999'), []);
  assert.deepEqual(expandCitations('5-2'), []);
});

test('parseSourceLine reads several list styles', () => {
  const rows: [string, string | null, string | null, string | null][] = [
    [
      'Coastline Courier — "Dock strike" — https://c.example/a',
      'Coastline Courier',
      'Dock strike',
      'https://c.example/a',
    ],
    [
      '[Dock strike](https://c.example/a), Coastline Courier',
      'Coastline Courier',
      'Dock strike',
      'https://c.example/a',
    ],
    ['Northgate Wire: River floods', 'Northgate Wire', 'River floods', null],
  ];
  for (const [line, outlet, title, url] of rows) {
    const s = parseSourceLine(line, 1, line);
    assert.deepEqual([s.outlet, s.title, s.url], [outlet, title, url], line);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectTense, findTimes, intervalsOverlap } from './index.ts';
import { rulesWithGates } from './times.ts';
import type { TimeGrain } from '../model/index.ts';

// The reference report is dated Monday 2025-10-20.
const D = '2025-10-20';

type Want = [text: string, interval: string | null, grain: TimeGrain];
const cases: {
  name: string;
  text: string;
  date?: string | null;
  tense?: 'past' | 'future' | 'auto';
  want: Want[];
}[] = [
  {
    name: 'weekday equal to the publication day',
    text: 'The EU said on Monday it had acted.',
    want: [['Monday', '2025-10-20..2025-10-20', 'day']],
  },
  {
    name: 'earlier this year',
    text: 'Earlier this year, officials met.',
    want: [['Earlier this year', '2025-01-01..2025-10-20', 'range']],
  },
  {
    name: 'last week is the previous calendar week',
    text: 'He spoke to us last week.',
    want: [['last week', '2025-10-13..2025-10-19', 'week']],
  },
  {
    name: 'early 2024',
    text: 'Talks took place in early 2024.',
    want: [['early 2024', '2024-01-01..2024-04-30', 'range']],
  },
  {
    name: 'bare year',
    text: 'They returned to power in 2021.',
    want: [['2021', '2021-01-01..2021-12-31', 'year']],
  },
  {
    name: 'past-tense weekday goes back',
    text: 'The ministers met on Tuesday.',
    want: [['Tuesday', '2025-10-14..2025-10-14', 'day']],
  },
  {
    name: 'future-tense weekday goes forward',
    text: 'The ministers will meet on Tuesday.',
    want: [['Tuesday', '2025-10-21..2025-10-21', 'day']],
  },
  {
    name: 'explicit tense wins over the sentence',
    text: 'Tuesday',
    tense: 'future',
    want: [['Tuesday', '2025-10-21..2025-10-21', 'day']],
  },
  {
    name: 'full date',
    text: 'The summit on 23 June 2026 in Brussels.',
    want: [['23 June 2026', '2026-06-23..2026-06-23', 'day']],
  },
  {
    name: 'US-style full date with weekday',
    text: 'It opened on Tuesday, June 23, 2026.',
    want: [['Tuesday, June 23, 2026', '2026-06-23..2026-06-23', 'day']],
  },
  {
    // Doc date 2025-10-20: 14 October 2025 is a Tuesday, 14 October 2024 a Monday; the weekday picks the year
    // even where the tense cue nearest the date ("said") points the other way.
    name: 'a weekday with a day-month fixes the year',
    text: 'Ministers will meet on Tuesday 14 October, the spokesman said on Friday.',
    want: [
      ['Tuesday 14 October', '2025-10-14..2025-10-14', 'day'],
      ['Friday', '2025-10-17..2025-10-17', 'day'],
    ],
  },
  {
    name: 'a weekday with a US-style day-month fixes the year',
    text: 'The talks will resume on Tuesday, October 21, officials said.',
    want: [['Tuesday, October 21', '2025-10-21..2025-10-21', 'day']],
  },
  {
    name: 'month and year',
    text: 'A meeting is planned for June 2026.',
    want: [['June 2026', '2026-06-01..2026-06-30', 'month']],
  },
  {
    name: 'last month and next year',
    text: 'Prices rose last month and will fall next year.',
    want: [
      ['last month', '2025-09-01..2025-09-30', 'month'],
      ['next year', '2026-01-01..2026-12-31', 'year'],
    ],
  },
  {
    name: 'this week, yesterday, tomorrow',
    text: 'This week the rain came; yesterday it stopped; tomorrow it returns.',
    want: [
      ['This week', '2025-10-20..2025-10-26', 'week'],
      ['yesterday', '2025-10-19..2025-10-19', 'day'],
      ['tomorrow', '2025-10-21..2025-10-21', 'day'],
    ],
  },
  {
    name: 'in the spring, past tense',
    text: 'The law was passed in the spring.',
    want: [['in the spring', '2025-03-01..2025-05-31', 'season']],
  },
  {
    name: 'mid-year',
    text: 'Output peaked in mid-2023.',
    want: [['mid-2023', '2023-05-01..2023-08-31', 'range']],
  },
  {
    name: 'late year',
    text: 'Work ended in late 2024.',
    want: [['late 2024', '2024-09-01..2024-12-31', 'range']],
  },
  {
    name: 'decade',
    text: 'It was built in the 1990s.',
    want: [['the 1990s', '1990-01-01..1999-12-31', 'range']],
  },
  {
    name: 'since a year runs to the publication date',
    text: 'They have ruled since 2021.',
    want: [['since 2021', '2021-01-01..2025-10-20', 'range']],
  },
  {
    name: 'since a year in an undated text runs on from its start',
    text: 'They have ruled since 2021.',
    date: null,
    want: [['since 2021', '2021-01-01..9999-12-31', 'range']],
  },
  {
    name: 'ago',
    text: 'It began three days ago and two weeks ago.',
    want: [
      ['three days ago', '2025-10-17..2025-10-17', 'day'],
      ['two weeks ago', '2025-10-06..2025-10-12', 'week'],
    ],
  },
  {
    name: 'year range',
    text: 'Between 2019 and 2021 the mine closed.',
    want: [['Between 2019 and 2021', '2019-01-01..2021-12-31', 'range']],
  },
  {
    name: 'day-month without year in the past',
    text: 'The vote was held on 5 November.',
    want: [['5 November', '2024-11-05..2024-11-05', 'day']],
  },
  {
    name: 'day-month without year in the future',
    text: 'The vote will be held on 5 November.',
    want: [['5 November', '2025-11-05..2025-11-05', 'day']],
  },
  {
    name: 'month alone in the past',
    text: 'He was elected in June.',
    want: [['in June', '2025-06-01..2025-06-30', 'month']],
  },
  {
    name: 'month alone in the future',
    text: 'He will stand down in March.',
    want: [['in March', '2026-03-01..2026-03-31', 'month']],
  },
  {
    name: 'modal "may" and the verb "march" are not months',
    text: 'They may march to the square.',
    want: [],
  },
  {
    name: 'last weekend',
    text: 'Fans gathered last weekend.',
    want: [['last weekend', '2025-10-18..2025-10-19', 'range']],
  },
  {
    name: 'quarter and half',
    text: 'Sales fell in Q3 2024 and the first half of 2025.',
    want: [
      ['Q3 2024', '2024-07-01..2024-09-30', 'range'],
      ['the first half of 2025', '2025-01-01..2025-06-30', 'range'],
    ],
  },
  {
    name: 'part of a relative year or month',
    text: 'Talks began late last year and end early next year, with a vote in mid-this month.',
    want: [
      ['late last year', '2024-09-01..2024-12-31', 'range'],
      ['early next year', '2026-01-01..2026-04-30', 'range'],
      ['mid-this month', '2025-10-11..2025-10-20', 'range'],
    ],
  },
  {
    name: 'season and fiscal years',
    text: 'Profits rose in 2024/25 and in the 2019-20 season.',
    want: [
      ['2024/25', '2024-01-01..2025-12-31', 'range'],
      ['2019-20', '2019-01-01..2020-12-31', 'range'],
    ],
  },
  {
    name: 'last and next weekday',
    text: 'He arrived last Monday and leaves next Friday.',
    want: [
      ['last Monday', '2025-10-13..2025-10-13', 'day'],
      ['next Friday', '2025-10-24..2025-10-24', 'day'],
    ],
  },
  {
    name: 'older years need a cue',
    text: 'Founded in 1638 and rebuilt c. 1491, it holds 1500 books.',
    want: [
      ['1638', '1638-01-01..1638-12-31', 'year'],
      ['1491', '1491-01-01..1491-12-31', 'year'],
    ],
  },
  {
    name: 'parts of named and relative periods',
    text: 'It opens in the first quarter of next year; bids closed at the end of September.',
    want: [
      ['the first quarter of next year', '2026-01-01..2026-03-31', 'range'],
      ['the end of September', '2025-09-24..2025-09-30', 'range'],
    ],
  },
  { name: 'ISO date', text: 'Filed 2025-02-28.', want: [['2025-02-28', '2025-02-28..2025-02-28', 'day']] },
  { name: 'numbers that are not years', text: 'It cost $2024 and 2,021 people, 2023% growth.', want: [] },
  {
    name: 'unknown date: relative stays null, absolute resolves',
    text: 'On Monday, last week, in 2021 and on 23 June 2026.',
    date: null,
    want: [
      ['Monday', null, 'day'],
      ['last week', null, 'week'],
      ['2021', '2021-01-01..2021-12-31', 'year'],
      ['23 June 2026', '2026-06-23..2026-06-23', 'day'],
    ],
  },
  {
    name: 'date-time publication dates are accepted',
    text: 'yesterday',
    date: '2025-10-20T08:30:00Z',
    want: [['yesterday', '2025-10-19..2025-10-19', 'day']],
  },
];

for (const c of cases) {
  test(`findTimes: ${c.name}`, () => {
    const got = findTimes(c.text, c.date === undefined ? D : c.date, c.tense ?? 'auto');
    assert.deepEqual(
      got.map((t) => [t.text, t.interval ? `${t.interval.start}..${t.interval.end}` : null, t.grain]),
      c.want,
    );
    for (const t of got) assert.equal(c.text.slice(t.span.start, t.span.end), t.text);
  });
}

test('findTimes: a bad publication date is a clear error', () => {
  assert.throws(() => findTimes('Monday', '20/10/2025'), /invalid publication date "20\/10\/2025"/);
  assert.throws(() => findTimes('Monday', '2025-02-30'), /no such day/);
});

test('detectTense: the nearest cue wins', () => {
  const cases: [string, 'past' | 'future' | null][] = [
    ['They met on Tuesday.', 'past'],
    ['She said the panel will meet on Tuesday.', 'future'],
    ['The panel is scheduled to meet on Tuesday.', 'future'],
    ['On Tuesday.', null],
  ];
  for (const [s, want] of cases) {
    const i = s.indexOf('Tuesday');
    assert.equal(detectTense(s, { start: i, end: i + 7 }), want, s);
  }
});

test('intervalsOverlap: inclusive ends', () => {
  const cases: [string, string, string, string, boolean][] = [
    ['2024-01-01', '2024-04-30', '2025-01-01', '2025-10-20', false],
    ['2024-01-01', '2024-04-30', '2024-04-30', '2024-05-10', true],
    ['2025-10-20', '2025-10-20', '2025-01-01', '2025-12-31', true],
    ['2025-10-21', '2025-10-21', '2025-10-13', '2025-10-20', false],
  ];
  for (const [a, b, c, d, want] of cases)
    assert.equal(intervalsOverlap({ start: a, end: b }, { start: c, end: d }), want);
});

test('findTimes: ISO date-times', () => {
  const got = findTimes('PUBLISHED: 2016-06-27T19:09:17Z', null);
  assert.deepEqual(
    got.map((t) => [t.text, t.interval]),
    [['2016-06-27', { start: '2016-06-27', end: '2016-06-27' }]],
  );
});

// Expressions for every rule of the finder, each tested alone (so no other word opens a gate for it), in
// a sentence, and in the cases news copy uses (shouting headlines, lower-cased benchmark text).
const RULE_PHRASES = [
  '2025-10-20T08:00', 'Monday, 23 June 2026', 'the 23rd of June, 2026', 'June 23rd, 2026', 'Sept. 3, 2019',
  '23 June', 'the 5th of March', 'June 23', 'Dec. 4', 'Tuesday, March 10', 'mid-June 2026', 'the end of March 2024',
  'early Jan 2020', 'early 2024', 'Q3 2024', 'the first half of 2023', 'the end of 2024', 'spring 2024',
  'the summer of 2023', 'winter 2019', 'the 1990s', 'the early 2000s', 'between 2019 and 2021', '2019-21',
  'from 2019 to 2021', 'the 19th century', 'a 21st-century port', 'in 2021', 'in 1638', 'c. 1491', 'since 1491',
  'last June', 'in May', 'mid-June', 'earlier in March', 'this September', 'on Monday', 'last Friday',
  "Tuesday's evening", 'SUNDAY', 'today', 'the day before yesterday', 'last night', 'this morning', 'tonight',
  'earlier this week', 'later in the year', 'late last year', 'early next month', 'the first half of next year',
  'the end of this year', 'the start of the month', 'last week', 'next weekend', 'the past decade', 'this month',
  'three days ago', 'a year ago', '20 years ago', 'the past 12 months', 'in recent weeks', 'over the coming months',
  'the next two decades', 'last spring', 'in the summer', 'earlier this winter', 'this fall',
]; // prettier-ignore

test('findTimes: every rule that matches a text opens its gates on it (the gates skip only rules that cannot match)', () => {
  const hitRules = new Set<number>();
  for (const phrase of RULE_PHRASES)
    for (const form of [phrase, `Crews met ${phrase}.`])
      for (const text of [form, form.toUpperCase(), form.toLowerCase()])
        rulesWithGates(text).forEach((r, rule) => {
          if (!r.hit) return;
          hitRules.add(rule);
          assert.ok(r.open, `rule ${rule} matches but its gates stay shut: ${text}`);
        });
  // The table reaches every rule, so a new rule with wrong gates fails here.
  assert.equal(hitRules.size, rulesWithGates('').length);
});

test('findTimes: words that only contain a month, weekday or unit find nothing; the real ones are found', () => {
  const rows: [text: string, want: string[]][] = [
    ['The market decision was separate from the novel.', []],
    ['Holiday plans for the birthday were made on Monday.', ['Monday']],
    ['She may march on 5 May.', ['5 May']],
    ['A decade-long fall in ferry traffic ended in 2021.', ['2021']],
    ['The 1600 tonnes arrived since 1650.', ['since 1650']],
  ];
  for (const [text, want] of rows)
    assert.deepEqual(
      findTimes(text, D).map((t) => t.text),
      want,
      text,
    );
});

// The lazy sentence's quote hint must let through every sentence in which the finder sees a quote, in every style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, findQuotes, findTimes } from '../text/index.ts';
import { lazySentence } from './lazy.ts';

const rows: [style: string, sentence: string, quoted: string | null][] = [
  ['straight', '"The ferry is late," said Ada Brennick.', 'The ferry is late,'],
  ['curly', '“The ferry is late,” said Ada Brennick.', 'The ferry is late,'],
  ['low-high', '„The ferry is late“, said Ada Brennick.', 'The ferry is late'],
  ['guillemets', '«The ferry is late», said Ada Brennick.', 'The ferry is late'],
  ['reversed guillemets', '»The ferry is late«, said Ada Brennick.', 'The ferry is late'],
  ['single guillemets', '‹The ferry is late›, said Ada Brennick.', 'The ferry is late'],
  ['double backticks', "`` the ferry is late , '' said ada brennick .", 'the ferry is late ,'],
  ['one backtick', "`The ferry is late,' said Ada Brennick.", 'The ferry is late,'],
  ['curly single', 'Ada Brennick called the timetable ‘a shambles’.', 'a shambles'],
  ['straight single', "Ada Brennick called the timetable 'a shambles'.", 'a shambles'],
  [
    'straight single after a bracket',
    "The timetable ('a shambles', says Ada Brennick) changed.",
    'a shambles',
  ],
  ['no quote: apostrophes', "The island's ferry didn't sail.", null],
  ['no quote: elision', "Rock 'n' roll returned to the quay.", null],
  ['no quote: plain', 'The ferry sailed at noon.', null],
];

for (const [style, sentence, quoted] of rows) {
  test(`lazy quotes agree with the finder: ${style}`, () => {
    const lazy = lazySentence(sentence, null).quotes;
    const found = findQuotes([sentence]).map((q) => q.quote);
    assert.deepEqual(lazy, found);
    assert.deepEqual(
      lazy.map((q) => q.text),
      quoted === null ? [] : [quoted],
    );
  });
}

// The time hint must let through every sentence in which the finder sees a time: words without digits too.
const timeRows: [sentence: string, time: string][] = [
  ['The ferry sails tomorrow.', 'tomorrow'],
  ['The ferry sailed this morning.', 'this morning'],
  ['The talks resume this afternoon.', 'this afternoon'],
  ['The harbour vote is this evening.', 'this evening'],
  ['The quay reopened this fall.', 'this fall'],
  ['The ferry sailed yesterday.', 'yesterday'],
  ['The ferry sailed last night.', 'last night'],
  ['The harbour board meets tonight.', 'tonight'],
  ['The ferry sails this week.', 'this week'],
];

for (const [sentence, time] of timeRows) {
  test(`lazy times agree with the finder: ${time}`, () => {
    const lazy = lazySentence(sentence, '2025-03-04').times;
    assert.deepEqual(lazy, findTimes(sentence, '2025-03-04'));
    assert.deepEqual(
      lazy.map((t) => t.text),
      [time],
    );
  });
}

test('lazy mentions are the finders’ own, numbers without the dates among them', () => {
  const rows: [sentence: string, date: string | null, numbers: string[], times: string[]][] = [
    ['Some 340 ships waited at Porthlenn on 3 March 2025.', '2025-03-04', ['Some 340'], ['3 March 2025']],
    ['Two ferries sailed on Monday.', '2025-03-04', ['Two'], ['Monday']],
    ['The quay reopened in 2019 after 14 months.', null, ['14'], ['2019']],
    ['The harbour master said nothing.', '2025-03-04', [], []],
  ];
  for (const [sentence, date, numbers, times] of rows) {
    const lazy = lazySentence(sentence, date, 3);
    assert.equal(lazy.index, 3);
    assert.equal(lazy.text, sentence);
    assert.deepEqual(lazy.times, findTimes(sentence, date), sentence);
    assert.deepEqual(
      lazy.times.map((t) => t.text),
      times,
    );
    assert.deepEqual(
      lazy.numbers.map((n) => n.text),
      numbers,
    );
    assert.deepEqual(lazy.entities, findEntities(sentence), sentence);
  }
});

test('a claim without a date places its calendar days in the year of the newest cited report', () => {
  const claim = lazySentence('Crews walked out on Monday, 9 March.', null, 0, '2026-03-12');
  assert.deepEqual(
    claim.times.map((t) => [t.text, t.interval]),
    [['Monday, 9 March', { start: '2026-03-09', end: '2026-03-09' }]],
  );
  // Truly relative times stay unresolved.
  assert.equal(lazySentence('Crews walked out on Monday.', null, 0, '2026-03-12').times[0]?.interval, null);
});

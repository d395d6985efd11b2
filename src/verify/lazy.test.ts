// The lazy sentence's quote hint must let through every sentence in which the finder sees a quote, in every style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../text/index.ts';
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

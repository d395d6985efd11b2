import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './index.ts';

const cases: { name: string; text: string; want: [number, string][] }[] = [
  {
    name: 'abbreviations and initials do not end a sentence',
    text: 'Mr. Okafor met officials from the U.S. and the U.K. in Jan. 2024. J. R. Haldane was not there.',
    want: [
      [0, 'Mr. Okafor met officials from the U.S. and the U.K. in Jan. 2024.'],
      [0, 'J. R. Haldane was not there.'],
    ],
  },
  {
    name: 'blank line starts a paragraph, single newline ends a sentence',
    text: 'Floods hit Valdora on Monday\nRescue teams arrived.\n\nThe mayor said the dam held. Roads stayed shut.',
    want: [
      [0, 'Floods hit Valdora on Monday'],
      [0, 'Rescue teams arrived.'],
      [1, 'The mayor said the dam held.'],
      [1, 'Roads stayed shut.'],
    ],
  },
  {
    name: 'a quote cut by sbd is joined when the attribution follows it',
    text: '"We are ready. The trucks leave at dawn," Ms Varga said. Nobody objected.',
    want: [
      [0, '"We are ready. The trucks leave at dawn," Ms Varga said.'],
      [0, 'Nobody objected.'],
    ],
  },
  {
    name: 'curly quotes with a lower-case attribution',
    text: '“It is late. We are tired,” he told reporters.',
    want: [[0, '“It is late. We are tired,” he told reporters.']],
  },
  {
    name: 'a multi-sentence quote without attribution stays split',
    text: '"Prices are rising. Families cannot cope."\nThe council met later.',
    want: [
      [0, '"Prices are rising.'],
      [0, 'Families cannot cope."'],
      [0, 'The council met later.'],
    ],
  },
  {
    name: 'CRLF line endings and extra blank lines',
    text: 'First line.\r\n\r\n\r\nSecond  line   here.\r\n',
    want: [
      [0, 'First line.'],
      [1, 'Second line here.'],
    ],
  },
  { name: 'empty text', text: '  \n\n ', want: [] },
  {
    name: 'abbreviations at a sentence end, clock times, military ranks',
    text: 'He moved to the U.S. He left at 5 p.m. Then Gen. Smith met Lt. Col. Reyes. No. 10 agreed.',
    want: [
      [0, 'He moved to the U.S.'],
      [0, 'He left at 5 p.m.'],
      [0, 'Then Gen. Smith met Lt. Col. Reyes.'],
      [0, 'No. 10 agreed.'],
    ],
  },
  {
    name: 'decimals, percentages and web addresses',
    text: 'It rose 2.5% to 3.5 km. Visit www.example.org today. Thanks.',
    want: [
      [0, 'It rose 2.5% to 3.5 km.'],
      [0, 'Visit www.example.org today.'],
      [0, 'Thanks.'],
    ],
  },
  {
    name: 'a question in quotes followed by attribution',
    text: '“Is it over?” she asked. “No.”',
    want: [
      [0, '“Is it over?” she asked.'],
      [0, '“No.”'],
    ],
  },
  {
    name: 'question and exclamation marks',
    text: 'Will the port reopen? Nobody knows! Officials are silent.',
    want: [
      [0, 'Will the port reopen?'],
      [0, 'Nobody knows!'],
      [0, 'Officials are silent.'],
    ],
  },
];

for (const c of cases) {
  test(`splitSentences: ${c.name}`, () => {
    const got = splitSentences(c.text);
    assert.deepEqual(
      got.map((s) => [s.paragraph, s.text]),
      c.want,
    );
    got.forEach((s, i) => assert.equal(s.index, i));
  });
}

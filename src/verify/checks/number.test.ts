// The number check's written-form lookups search with indexOf; they must answer exactly as the regexes they
// replaced (kept here as the reference), on the odd spots: separators, decimals, document edges, spacing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers } from '../../text/index.ts';
import { writtenWhole, writtenWithWord } from './number.ts';

const refWhole = (text: string, digits: string): boolean =>
  new RegExp(`(?<![\\d.,])${digits.replace(/\./g, '\\.')}(?![\\d]|[.,]\\d)`).test(text);

function refWithWord(numberText: string, lower: string): boolean {
  const m = /(\d[\d,.]*)\s*(%|[\p{L}$€£]+)?/u.exec(numberText.toLowerCase());
  if (!m?.[2]) return true;
  const digits = m[1]!.replace(/[.,]$/, '').replace(/[.]/g, '\\.');
  return new RegExp(`(?<![\\d.,])${digits}\\s*${m[2].replace(/[$]/g, '\\$&')}`, 'u').test(lower);
}

const DOCS = [
  'The port handled 340 ships and 1,340 barges in 2024.',
  '340',
  'Fees rose 2.5% to 13.5 million; 2. 5 was the old rate, 3,800 the new one.',
  'Crews of 3400 and 34 waited, 340.5 tonnes and .340 of the load.',
  'Tolls: $5m, €3bn, £4.5 million, 20 per cent and 20\u00a0percent, 7\tkm and 12\nboats.',
  'Between 1,2 and 1,250 people; 1.250 is a decimal; 250,000 is a count.',
];

const DIGITS = [
  '340',
  '34',
  '3400',
  '2.5',
  '13.5',
  '3,800',
  '3800',
  '5',
  '3',
  '4.5',
  '20',
  '1,250',
  '250',
  '1.250',
  '12',
];

test('writtenWhole answers as the whole-number regex', () => {
  for (const doc of DOCS)
    for (const d of DIGITS)
      assert.equal(writtenWhole(doc, d), refWhole(doc, d), `${d} in ${JSON.stringify(doc)}`);
});

test('writtenWithWord answers as the digits-then-word regex', () => {
  const claims = [
    'It handled 340 ships.',
    'It handled 340 barges and 2.5% more, 13.5 million in fees.',
    'Tolls of $5m, €3bn and £4.5 million, 20 per cent, 20 percent, 7 km and 12 boats.',
    'Some 250,000 people and 1,250 people came; 3400 crew.',
    'Fees rose 2.5 percent.',
  ];
  for (const doc of DOCS) {
    const lower = doc.toLowerCase();
    for (const claim of claims)
      for (const n of findNumbers(claim))
        assert.equal(
          writtenWithWord(n, lower),
          refWithWord(n.text, lower),
          `${n.text} in ${JSON.stringify(doc)}`,
        );
  }
});

test('writtenWhole: a number inside a longer one, or the integer part of a decimal, is not written', () => {
  const rows: [doc: string, digits: string, want: boolean][] = [
    ['The port handled 1,340 barges.', '340', false],
    ['The port handled 3400 barges.', '340', false],
    ['The port handled 340.5 tonnes.', '340', false],
    ['The port handled 340. Then it shut.', '340', true],
    ['The port handled 340, then shut.', '340', true],
    ['340 barges', '340', true],
  ];
  for (const [doc, digits, want] of rows) assert.equal(writtenWhole(doc, digits), want, doc);
});

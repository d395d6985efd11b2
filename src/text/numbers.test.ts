import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from './index.ts';
import type { NumberBound } from '../model/index.ts';

type Want = [text: string, value: number, unit: string | null, bound: NumberBound];

const cases: { name: string; text: string; want: Want[] }[] = [
  {
    name: 'digits with separators and decimals',
    text: 'The fund holds 1,250,000 shares and 3.75 tonnes of gold.',
    want: [
      ['1,250,000', 1250000, 'share', 'exact'],
      ['3.75', 3.75, 'tonne', 'exact'],
    ],
  },
  {
    name: 'spelled-out numbers and scales',
    text: 'Twenty-five villages, two million residents, a dozen boats and three hundred and ten volunteers.',
    want: [
      ['Twenty-five', 25, 'village', 'exact'],
      ['two million', 2000000, 'resident', 'exact'],
      ['a dozen', 12, 'boat', 'exact'],
      ['three hundred and ten', 310, 'volunteer', 'exact'],
    ],
  },
  {
    name: 'words every object inherits are not number words',
    text: 'Some 3 constructor firms bid, and a constructor from Dunmore won 40 contracts.',
    want: [
      ['Some 3', 3, 'constructor', 'approx'],
      ['40', 40, 'contract', 'exact'],
    ],
  },
  {
    name: 'tokenised copy splits decimals after the point; a year before a sentence break stays whole',
    text: 'turnout was 98. 7 per cent and she ran 2. 5 miles . it ended in 1997. 20 people left .',
    want: [
      ['98. 7 per cent', 98.7, 'percent', 'exact'],
      ['2. 5', 2.5, 'mile', 'exact'],
      ['20', 20, 'people', 'exact'],
    ],
  },
  {
    name: 'percentages in three spellings',
    text: 'Turnout fell 20% in the north, 20 per cent in the south and 20 percent overall.',
    want: [
      ['20%', 20, 'percent', 'exact'],
      ['20 per cent', 20, 'percent', 'exact'],
      ['20 percent', 20, 'percent', 'exact'],
    ],
  },
  {
    name: 'money with symbols, glued scales and currency words',
    text: 'The bill was €1.5bn, up from $900m, plus 40 million euros and £2 billion.',
    want: [
      ['€1.5bn', 1.5e9, 'eur', 'exact'],
      ['$900m', 9e8, 'usd', 'exact'],
      ['40 million euros', 4e7, 'eur', 'exact'],
      ['£2 billion', 2e9, 'gbp', 'exact'],
    ],
  },
  {
    name: 'bounds before the number',
    text: 'More than 200 people, over 30 km, fewer than 20 of them, less than 5%, nearly 90 boats, almost 7 days, about 12 trucks, around 40 homes, at least 3 deaths, up to 50 beds.',
    want: [
      ['More than 200', 200, 'people', 'more_than'],
      ['over 30', 30, 'km', 'more_than'],
      ['fewer than 20', 20, null, 'less_than'],
      ['less than 5%', 5, 'percent', 'less_than'],
      ['nearly 90', 90, 'boat', 'approx'],
      ['almost 7', 7, 'day', 'approx'],
      ['about 12', 12, 'truck', 'approx'],
      ['around 40', 40, 'home', 'approx'],
      ['at least 3', 3, 'death', 'at_least'],
      ['up to 50', 50, 'bed', 'at_most'],
    ],
  },
  {
    name: 'bounds of several words before the number (the longest phrase wins)',
    text: 'No more than 40 boats, no fewer than 12 crews, no less than 7 berths, as many as 300 people, as much as 5% and close to 80 tonnes.',
    want: [
      ['No more than 40', 40, 'boat', 'at_most'],
      ['no fewer than 12', 12, 'crew', 'at_least'],
      ['no less than 7', 7, 'berth', 'at_least'],
      ['as many as 300', 300, 'people', 'at_most'],
      ['as much as 5%', 5, 'percent', 'at_most'],
      ['close to 80', 80, 'tonne', 'approx'],
    ],
  },
  {
    name: 'bounds after the number',
    text: 'Crews of 20 and over were listed; 12 or fewer stayed, 9 or less left and 30 and above waited.',
    want: [
      ['20', 20, null, 'at_least'],
      ['12', 12, null, 'at_most'],
      ['9', 9, null, 'at_most'],
      ['30', 30, null, 'at_least'],
    ],
  },
  {
    name: 'years, dates, clock times and ordinals are not numbers',
    text: 'In 2021, on 5 May and on June 12, 2024, at 10:30 and at 5 p.m., she finished 12th (founded in 1638).',
    want: [],
  },
  {
    name: 'a four-digit number before a count noun is a count, not a year',
    text: 'Some 2000 troops and 1999 migrants crossed.',
    want: [
      ['Some 2000', 2000, 'troop', 'approx'],
      ['1999', 1999, 'migrant', 'exact'],
    ],
  },
  {
    name: 'vague plurals and trailing bounds',
    text: 'Dozens of protesters gathered; 18 or more were held.',
    want: [
      ['Dozens', 24, 'protester', 'at_least'],
      ['18', 18, null, 'at_least'],
    ],
  },
  {
    name: 'pronoun "one" is not a number',
    text: 'No one was hurt, and the one who fled was number one on the list.',
    want: [],
  },
  {
    name: 'ages and units after a hyphen',
    text: 'The 26-year-old ran 10km in 31 minutes.',
    want: [
      ['26', 26, 'year-old', 'exact'],
      ['10', 10, 'km', 'exact'],
      ['31', 31, 'minute', 'exact'],
    ],
  },
];

for (const c of cases) {
  test(`findNumbers: ${c.name}`, () => {
    const got = findNumbers(c.text);
    assert.deepEqual(
      got.map((n) => [n.text, n.value, n.unit, n.bound]),
      c.want,
    );
    for (const n of got) assert.equal(c.text.slice(n.span.start, n.span.end), n.text);
  });
}

test('findNumbers: tokenised thousands ("30, 000") are one number', () => {
  const got = findNumbers('a fine of £30, 000 and 1, 250, 000 visitors');
  assert.deepEqual(
    got.map((n) => [n.text, n.value, n.unit]),
    [
      ['£30, 000', 30000, 'gbp'],
      ['1, 250, 000', 1250000, 'visitor'],
    ],
  );
});

test('findNumbers: "hundreds of thousands", "tens of millions"', () => {
  const got = findNumbers(
    'Hundreds of thousands of Valdorans fled and tens of millions of euros were lost; thousands of Valdoran men stayed.',
  );
  assert.deepEqual(
    got.map((n) => [n.text, n.value, n.unit, n.bound]),
    [
      ['Hundreds of thousands', 200000, 'valdorans', 'at_least'],
      ['tens of millions of euros', 20000000, 'eur', 'at_least'],
      ['thousands', 2000, 'man', 'at_least'],
    ],
  );
});

test('findNumbers: parts of ISO dates are not numbers', () => {
  assert.deepEqual(findNumbers('Published 2016-06-27T19:09:17Z and updated on 2016-07-01.'), []);
});

test('findNumbers: ages share one unit however they are written', () => {
  const got = findNumbers('The 26-year-old, a man aged 31 and a woman 40 years old were named.');
  assert.deepEqual(
    got.map((n) => [n.value, n.unit]),
    [
      [26, 'year-old'],
      [31, 'year-old'],
      [40, 'year-old'],
    ],
  );
});

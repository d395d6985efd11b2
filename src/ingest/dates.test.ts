import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDayArg, parsePublished, tryParsePublished } from './dates.ts';

describe('parsePublished', () => {
  const ok: [unknown, string | null][] = [
    ['2025-10-20', '2025-10-20'],
    ['2024-02-29', '2024-02-29'],
    [' 2025-10-20 ', '2025-10-20'],
    ['2025-10-20T08:15:00Z', '2025-10-20T08:15:00Z'],
    ['2025-10-20T08:15Z', '2025-10-20T08:15:00Z'],
    ['2025-10-20T23:30:00+0200', '2025-10-20T23:30:00+02:00'],
    ['2025-10-20T23:30:00.123-05:00', '2025-10-20T23:30:00-05:00'],
    ['Mon, 20 Oct 2025 08:15:00 +0200', '2025-10-20T08:15:00+02:00'],
    ['20 Oct 2025 08:15:00 GMT', '2025-10-20T08:15:00Z'],
    ['Tue, 21 Oct 25 07:00 EDT', '2025-10-21T07:00:00-04:00'],
    ['Mon, 20 Oct 2025', '2025-10-20'],
    ['October 20, 2025', '2025-10-20'],
    ['', null],
    [null, null],
    [undefined, null],
  ];
  for (const [input, want] of ok)
    it(`reads ${JSON.stringify(input)}`, () => assert.equal(parsePublished(input), want));

  const bad: [unknown, RegExp][] = [
    ['2025-13-45', /not a calendar date/],
    ['2025-02-29', /not a calendar date/],
    ['2025-04-31', /not a calendar date/],
    ['2025-10-20T25:00:00Z', /not a valid date-time/],
    ['31 Feb 2025 10:00:00 GMT', /not a valid date/],
    ['yesterday', /not a date/],
    ['last Monday', /not a date/],
    [20251020, /expected a date/],
    [['2025-10-20'], /expected a date/],
  ];
  for (const [input, re] of bad) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      assert.throws(() => parsePublished(input), re);
      assert.equal(tryParsePublished(input), null);
    });
  }
});

describe('parseDayArg', () => {
  const cases: [string, string | RegExp][] = [
    ['2025-10-20', '2025-10-20'],
    ['2025-13-45', /bad date "2025-13-45"/],
    ['2025-10-20T10:00:00Z', /expected a real YYYY-MM-DD/],
    ['20-10-2025', /bad date/],
  ];
  for (const [input, want] of cases)
    it(input, () =>
      typeof want === 'string'
        ? assert.equal(parseDayArg(input), want)
        : assert.throws(() => parseDayArg(input), want),
    );
});

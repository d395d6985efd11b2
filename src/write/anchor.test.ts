import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeMention } from '../model/index.ts';
import { anchorTime, anchorTimes, dayLabel } from './anchor.ts';

const t = (
  text: string,
  start: string,
  grain: TimeMention['grain'],
  at: number,
  end = start,
): TimeMention => ({
  text,
  interval: { start, end },
  grain,
  span: { start: at, end: at + text.length },
});

test('dayLabel writes weekday, day and month, adding the year only when it differs', () => {
  assert.equal(dayLabel('2025-10-20'), 'Monday, 20 October');
  assert.equal(dayLabel('2026-03-09', 2026), 'Monday, 9 March');
  assert.equal(dayLabel('2025-12-31', 2026), 'Wednesday, 31 December 2025');
});

test('anchorTime anchors relative days, years and months; leaves absolute ones', () => {
  const table: [TimeMention, string | null][] = [
    [t('on Monday', '2025-10-20', 'day', 0), 'on Monday, 20 October'],
    [t('Tuesday', '2026-03-03', 'day', 0), 'Tuesday, 3 March'],
    [t('yesterday', '2026-03-08', 'day', 0), 'on Sunday, 8 March'],
    [t('before next Monday', '2026-03-09', 'day', 0), 'before Monday, 9 March'],
    [t('last year', '2025-01-01', 'year', 0, '2025-12-31'), 'in 2025'],
    [t('earlier this year', '2025-01-01', 'range', 0, '2025-10-20'), 'earlier in 2025'],
    [t('last month', '2026-02-01', 'month', 0, '2026-02-28'), 'in February 2026'],
    [t('this week', '2026-04-06', 'week', 0, '2026-04-12'), 'in the week of 6 April'],
    [t('last week', '2025-12-29', 'week', 0, '2026-01-04'), 'in the week of 29 December'],
    [t('9 March', '2026-03-09', 'day', 0), null],
    [t('on Tuesday night', '2026-03-10', 'day', 0), 'on the night of Tuesday, 10 March'],
    [t('Tuesday night', '2026-03-10', 'day', 0), 'the night of Tuesday, 10 March'],
    [t('by Monday afternoon', '2026-03-09', 'day', 0), 'by the afternoon of Monday, 9 March'],
    [t('late on Thursday', '2026-03-12', 'day', 0), null],
    [t('in 2019', '2019-01-01', 'year', 0, '2019-12-31'), null],
    [{ text: 'on Monday', interval: null, grain: 'day', span: { start: 0, end: 9 } }, null],
  ];
  for (const [mention, want] of table) assert.equal(anchorTime(mention), want, mention.text);
});

test('anchorTimes rewrites the sentence but never a quote', () => {
  const s = 'The union said on Monday that it would strike.';
  assert.equal(
    anchorTimes(s, [t('on Monday', '2026-03-02', 'day', s.indexOf('on Monday'))]),
    'The union said on Monday, 2 March that it would strike.',
  );
  const q = '"We walk out on Monday," the chairman said on Tuesday.';
  assert.equal(
    anchorTimes(q, [
      t('on Monday', '2026-03-09', 'day', q.indexOf('on Monday')),
      t('on Tuesday', '2026-03-03', 'day', q.indexOf('on Tuesday')),
    ]),
    '"We walk out on Monday," the chairman said on Tuesday, 3 March.',
  );
  const by = 'Ships waited at anchor by Monday afternoon.';
  assert.equal(
    anchorTimes(by, [t('Monday afternoon', '2026-03-09', 'day', by.indexOf('Monday'))]),
    'Ships waited at anchor by the afternoon of Monday, 9 March.',
  );
  const start = 'Yesterday the port closed.';
  assert.equal(
    anchorTimes(start, [t('Yesterday', '2026-03-08', 'day', 0)]),
    'On Sunday, 8 March the port closed.',
  );
  // A span that does not match the text (stale offsets) is left alone.
  assert.equal(anchorTimes('Talks resume.', [t('on Monday', '2026-03-09', 'day', 0)]), 'Talks resume.');
});

test('anchorTimes leaves a possessive time as written', () => {
  const text = "Aid went to families hit by last week's floods.";
  const start = text.indexOf('last week');
  const mention: TimeMention = {
    text: 'last week',
    interval: { start: '2026-04-06', end: '2026-04-12' },
    grain: 'week',
    span: { start, end: start + 'last week'.length },
  };
  assert.equal(anchorTimes(text, [mention]), text);
  assert.equal(
    anchorTimes('The floods last week were the worst.', [{ ...mention, span: { start: 11, end: 20 } }]),
    'The floods in the week of 6 April were the worst.',
  );
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NumberMention, Source } from '../model/index.ts';
import { numbersConflict } from './disagree.ts';
import { citedSources, dayOf, orderSources } from './numbering.ts';

const src = (
  id: string,
  outlet: string | null,
  published: string | null,
  extra: Partial<Source> = {},
): Source => ({
  id,
  title: `Report ${id}`,
  outlet,
  url: `https://news.example/${id}`,
  published,
  author: null,
  language: 'en',
  text: 'Body.',
  origin: `${id}.md`,
  ...extra,
});

test('sources are numbered oldest first; unknown dates last; copies keep their other outlets', () => {
  const ordered = orderSources([
    src('c', 'Civic Dispatch', null),
    src('b', 'Northcoast Courier', '2026-03-09T11:05:00+01:00'),
    src('a', 'Harbourline News', '2026-03-02', { alsoPublishedBy: ['The Evening Ledger'] }),
    src('d', 'Alpha Wire', '2026-03-09T11:05:00+01:00'),
  ]);
  assert.deepEqual(
    ordered.map((s) => s.id),
    ['a', 'd', 'b', 'c'],
  );
  const cited = citedSources(ordered);
  assert.deepEqual(
    cited.map((c) => c.n),
    [1, 2, 3, 4],
  );
  assert.deepEqual(cited[0], {
    n: 1,
    sourceId: 'a',
    outlet: 'Harbourline News',
    title: 'Report a',
    published: '2026-03-02',
    url: 'https://news.example/a',
    alsoPublishedBy: ['The Evening Ledger'],
  });
  assert.equal('alsoPublishedBy' in cited[1]!, false);
  assert.equal(dayOf('2026-03-09T11:05:00+01:00'), '2026-03-09');
  assert.equal(dayOf(null), null);
});

const num = (value: number, bound: NumberMention['bound']): NumberMention => ({
  text: String(value),
  value,
  unit: 'people',
  bound,
  span: { start: 0, end: 1 },
});

test('numbersConflict: only values that cannot both be right', () => {
  const table: [NumberMention, NumberMention, boolean][] = [
    [num(1800, 'approx'), num(2600, 'more_than'), true],
    [num(1800, 'approx'), num(1850, 'exact'), false],
    [num(2000, 'more_than'), num(2600, 'exact'), false],
    [num(40, 'exact'), num(45, 'exact'), true],
    [num(40, 'exact'), num(40, 'exact'), false],
    [num(100, 'less_than'), num(80, 'exact'), false],
    [num(100, 'at_most'), num(120, 'exact'), true],
  ];
  for (const [a, b, want] of table)
    assert.equal(numbersConflict(a, b), want, `${a.bound} ${a.value} vs ${b.bound} ${b.value}`);
});

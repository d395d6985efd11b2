import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cosine } from './vectors.ts';

const v = (o: Record<string, number>): Map<string, number> => new Map(Object.entries(o));

test('cosine: same direction 1, no shared term 0, empty 0, symmetric', () => {
  const rows: [Map<string, number>, Map<string, number>, number][] = [
    [v({ port: 2, strike: 1 }), v({ port: 4, strike: 2 }), 1],
    [v({ port: 1 }), v({ strike: 1 }), 0],
    [v({}), v({ strike: 1 }), 0],
    [v({ port: 1, strike: 1 }), v({ port: 1 }), Math.SQRT1_2],
  ];
  for (const [a, b, want] of rows) {
    assert.ok(Math.abs(cosine(a, b) - want) < 1e-12, `${[...a.keys()]} / ${[...b.keys()]}`);
    assert.ok(Math.abs(cosine(b, a) - want) < 1e-12);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addAnswer, addRequest, addTokens, costOf, estimateTokens, usageSince, ZERO_USAGE } from './usage.ts';

test('costOf uses per-1k prices for each side', () => {
  const cases: {
    p: number;
    c: number;
    prices: { promptPer1k: number; completionPer1k: number } | undefined;
    want: number;
  }[] = [
    { p: 1000, c: 1000, prices: { promptPer1k: 0.15, completionPer1k: 0.6 }, want: 0.75 },
    { p: 2500, c: 400, prices: { promptPer1k: 0.002, completionPer1k: 0.01 }, want: 0.009 },
    { p: 5000, c: 5000, prices: undefined, want: 0 },
    { p: 0, c: 0, prices: { promptPer1k: 1, completionPer1k: 1 }, want: 0 },
  ];
  for (const c of cases) assert.ok(Math.abs(costOf(c.p, c.c, c.prices) - c.want) < 1e-12, JSON.stringify(c));
});

test('addRequest, addTokens and addAnswer keep a running account; usageSince gives one slice of it', () => {
  const prices = { promptPer1k: 1, completionPer1k: 2 };
  let u = addRequest(ZERO_USAGE); // a failed request: counted, no tokens
  u = addTokens(addRequest(u), { prompt: 500, completion: 100, estimated: false }, prices);
  u = addAnswer(u, false);
  const mark = u;
  u = addTokens(addRequest(u), { prompt: 1000, completion: 250, estimated: true }, prices);
  u = addAnswer(u, false);
  u = addAnswer(u, true);
  const round = (x: typeof u) => ({ ...x, cost: Math.round(x.cost * 1e9) / 1e9 });
  assert.deepEqual(round(mark), {
    calls: 1,
    requests: 2,
    cacheHits: 0,
    promptTokens: 500,
    completionTokens: 100,
    cost: 0.7,
    estimated: false,
  });
  assert.deepEqual(round(usageSince(mark, u)), {
    calls: 2,
    requests: 1,
    cacheHits: 1,
    promptTokens: 1000,
    completionTokens: 250,
    cost: 1.5,
    estimated: true,
  });
});

test('estimateTokens: about four characters a token', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['abcd', 1],
    ['abcde', 2],
    ['Dockworkers at the port of Gdańsk returned to work on Friday.', 16],
  ];
  for (const [text, want] of cases) assert.equal(estimateTokens(text), want, text);
});

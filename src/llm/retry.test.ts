import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRetryableStatus, parseRetryAfter, retryDelayMs, type BackoffPolicy } from './retry.ts';

const headers = (h: Record<string, string>) => new Headers(h);
const NOW = Date.parse('2026-03-09T10:00:00Z');

test('isRetryableStatus: rate limits and server errors only', () => {
  const cases: [number, boolean][] = [
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [408, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
    [200, false],
  ];
  for (const [status, want] of cases) assert.equal(isRetryableStatus(status), want, String(status));
});

test('parseRetryAfter reads seconds, milliseconds and HTTP dates', () => {
  const cases: { name: string; h: Headers | undefined; want: number | null }[] = [
    { name: 'absent', h: headers({}), want: null },
    { name: 'no headers at all', h: undefined, want: null },
    { name: 'seconds', h: headers({ 'retry-after': '7' }), want: 7000 },
    { name: 'fractional seconds', h: headers({ 'retry-after': '1.5' }), want: 1500 },
    { name: 'ms header wins', h: headers({ 'retry-after-ms': '250', 'retry-after': '9' }), want: 250 },
    {
      name: 'HTTP date 30 s ahead',
      h: headers({ 'retry-after': 'Mon, 09 Mar 2026 10:00:30 GMT' }),
      want: 30_000,
    },
    {
      name: 'HTTP date in the past',
      h: headers({ 'retry-after': 'Mon, 09 Mar 2026 09:00:00 GMT' }),
      want: 0,
    },
    { name: 'garbage', h: headers({ 'retry-after': 'soon' }), want: null },
    { name: 'empty', h: headers({ 'retry-after': ' ' }), want: null },
  ];
  for (const c of cases) assert.equal(parseRetryAfter(c.h, NOW), c.want, c.name);
});

test('retryDelayMs: exponential with jitter and a cap; Retry-After wins; too long gives up', () => {
  const policy: BackoffPolicy = { baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
  const cases: {
    name: string;
    attempt: number;
    retryAfter: number | null;
    rnd: number;
    want: number | null;
  }[] = [
    { name: 'first retry, top of jitter', attempt: 1, retryAfter: null, rnd: 1, want: 100 },
    { name: 'first retry, bottom of jitter', attempt: 1, retryAfter: null, rnd: 0, want: 50 },
    { name: 'second retry doubles', attempt: 2, retryAfter: null, rnd: 1, want: 200 },
    { name: 'third retry doubles again', attempt: 3, retryAfter: null, rnd: 1, want: 400 },
    { name: 'capped', attempt: 8, retryAfter: null, rnd: 1, want: 1000 },
    { name: 'capped, jittered', attempt: 8, retryAfter: null, rnd: 0.5, want: 750 },
    { name: 'Retry-After respected', attempt: 1, retryAfter: 3000, rnd: 1, want: 3000 },
    { name: 'Retry-After zero', attempt: 3, retryAfter: 0, rnd: 1, want: 0 },
    { name: 'Retry-After beyond the limit', attempt: 1, retryAfter: 60_000, rnd: 1, want: null },
  ];
  for (const c of cases)
    assert.equal(
      retryDelayMs(c.attempt, c.retryAfter, policy, () => c.rnd),
      c.want,
      c.name,
    );
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostLimiter } from './ratelimit.ts';

/**
 * Runs one 30 ms job per entry of `hosts` through a limiter. Returns the most jobs in flight per host and overall,
 * and per host the time from the first call to its last start: a lower bound the limiter guarantees whatever the
 * machine's load (delays only add to it), unlike gaps between individual starts.
 */
async function run(limiter: HostLimiter, hosts: string[], minIntervalMs = 0) {
  const active = new Map<string, number>();
  let maxHost = 0;
  let total = 0;
  let maxTotal = 0;
  const t0 = Date.now();
  const lastStart = new Map<string, number>();
  await Promise.all(
    hosts.map(async (h) => {
      const release = await limiter.acquire(h, minIntervalMs);
      const a = (active.get(h) ?? 0) + 1;
      active.set(h, a);
      maxHost = Math.max(maxHost, a);
      maxTotal = Math.max(maxTotal, ++total);
      lastStart.set(h, Date.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
      active.set(h, active.get(h)! - 1);
      total--;
      release();
    }),
  );
  return { maxHost, maxTotal, span: Math.max(...lastStart.values()) };
}

describe('HostLimiter', () => {
  // span: the last start comes at least this long after the first call ((starts on the busiest host - 1) x gap).
  const cases: {
    name: string;
    perHost: number;
    interval: number;
    global: number;
    hosts: string[];
    crawlDelay?: number;
    want: { maxHost: number; maxTotal: number; span: number };
  }[] = [
    {
      name: 'one per host, hosts in parallel',
      perHost: 1,
      interval: 0,
      global: 8,
      hosts: ['a', 'a', 'b', 'b'],
      want: { maxHost: 1, maxTotal: 2, span: 30 },
    },
    {
      name: 'two per host',
      perHost: 2,
      interval: 0,
      global: 8,
      hosts: ['a', 'a', 'a', 'a'],
      want: { maxHost: 2, maxTotal: 2, span: 30 },
    },
    {
      name: 'global cap',
      perHost: 4,
      interval: 0,
      global: 3,
      hosts: ['a', 'b', 'c', 'd', 'e'],
      want: { maxHost: 1, maxTotal: 3, span: 30 },
    },
    {
      name: 'interval between starts',
      perHost: 4,
      interval: 60,
      global: 8,
      hosts: ['a', 'a', 'a'],
      want: { maxHost: 1, maxTotal: 1, span: 120 },
    },
    {
      name: 'crawl-delay longer than the interval',
      perHost: 4,
      interval: 10,
      global: 8,
      hosts: ['a', 'a'],
      crawlDelay: 80,
      want: { maxHost: 1, maxTotal: 1, span: 80 },
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const got = await run(new HostLimiter(c.perHost, c.interval, c.global), c.hosts, c.crawlDelay);
      assert.equal(got.maxHost, c.want.maxHost);
      assert.equal(got.maxTotal, c.want.maxTotal);
      // 2 ms of slack: timers may fire a millisecond before Date.now() says they should.
      assert.ok(got.span >= c.want.span - 2, `last start at ${got.span} ms, expected >= ${c.want.span}`);
    });
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HostLimiter } from './ratelimit.ts';

/** Runs `n` 30 ms jobs on `hosts` through a limiter; returns the most in flight per host and overall, and start gaps. */
async function run(limiter: HostLimiter, hosts: string[], minIntervalMs = 0) {
  const active = new Map<string, number>();
  let maxHost = 0;
  let total = 0;
  let maxTotal = 0;
  const starts = new Map<string, number[]>();
  await Promise.all(
    hosts.map(async (h) => {
      const release = await limiter.acquire(h, minIntervalMs);
      const a = (active.get(h) ?? 0) + 1;
      active.set(h, a);
      maxHost = Math.max(maxHost, a);
      maxTotal = Math.max(maxTotal, ++total);
      starts.set(h, [...(starts.get(h) ?? []), Date.now()]);
      await new Promise((r) => setTimeout(r, 30));
      active.set(h, active.get(h)! - 1);
      total--;
      release();
    }),
  );
  const gaps = [...starts.values()].flatMap((s) => s.slice(1).map((t, i) => t - s[i]!));
  return { maxHost, maxTotal, minGap: gaps.length ? Math.min(...gaps) : Infinity };
}

describe('HostLimiter', () => {
  const cases: {
    name: string;
    perHost: number;
    interval: number;
    global: number;
    hosts: string[];
    crawlDelay?: number;
    want: { maxHost: number; maxTotal: number; minGap: number };
  }[] = [
    {
      name: 'one per host, hosts in parallel',
      perHost: 1,
      interval: 0,
      global: 8,
      hosts: ['a', 'a', 'b', 'b'],
      want: { maxHost: 1, maxTotal: 2, minGap: 25 },
    },
    {
      name: 'two per host',
      perHost: 2,
      interval: 0,
      global: 8,
      hosts: ['a', 'a', 'a', 'a'],
      want: { maxHost: 2, maxTotal: 2, minGap: 0 },
    },
    {
      name: 'global cap',
      perHost: 4,
      interval: 0,
      global: 3,
      hosts: ['a', 'b', 'c', 'd', 'e'],
      want: { maxHost: 1, maxTotal: 3, minGap: Infinity },
    },
    {
      name: 'interval between starts',
      perHost: 4,
      interval: 60,
      global: 8,
      hosts: ['a', 'a', 'a'],
      want: { maxHost: 1, maxTotal: 1, minGap: 55 },
    },
    {
      name: 'crawl-delay longer than the interval',
      perHost: 4,
      interval: 10,
      global: 8,
      hosts: ['a', 'a'],
      crawlDelay: 80,
      want: { maxHost: 1, maxTotal: 1, minGap: 75 },
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const got = await run(new HostLimiter(c.perHost, c.interval, c.global), c.hosts, c.crawlDelay);
      assert.equal(got.maxHost, c.want.maxHost);
      assert.equal(got.maxTotal, c.want.maxTotal);
      assert.ok(got.minGap >= c.want.minGap, `min gap ${got.minGap} < ${c.want.minGap}`);
    });
  }
});

// Store throughput: reports stored per second in batches (synchronous FULL vs NORMAL, same process),
// and full-text search latency. Run: node --import tsx bench/store.ts [reports] [batch]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source } from '../src/model/index.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';

const N = Number(process.argv[2] ?? 10_000);
const BATCH = Number(process.argv[3] ?? 100);
const RUNS = 3;
const WORDS =
  'harbour council ferry strike union budget flood library port vote deal talks crew minister river'.split(
    ' ',
  );

function report(i: number): Source {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length];
  const text = Array.from(
    { length: 12 },
    (_, k) => `Sentence ${k} of report ${i} on the ${w(k)} and the ${w(k + 1)}.`,
  ).join(' ');
  return {
    id: `bench-${i}`,
    title: `Report ${i}: ${w(0)} ${w(1)} ${w(2)}`,
    outlet: `Outlet ${i % 17}`,
    url: `https://outlet${i % 17}.example/${i}`,
    published: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    author: null,
    language: 'en',
    text,
    origin: `bench/${i}.md`,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sources = Array.from({ length: N }, (_, i) => report(i));

function storeRun(sync: 'FULL' | 'NORMAL'): { perSec: number; searchMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'wireproof-bench-'));
  try {
    const store = openSqliteStore(join(dir, 'b.db'), { synchronous: sync });
    const t0 = performance.now();
    for (let i = 0; i < N; i += BATCH) store.putSources(sources.slice(i, i + BATCH));
    const secs = (performance.now() - t0) / 1000;
    const queries = ['ferry strike', 'harbour budget', 'report 4242', 'minister vote', 'flood*'];
    const times: number[] = [];
    for (let r = 0; r < 20; r++) {
      for (const q of queries) {
        const t = performance.now();
        store.search(q, 20);
        times.push(performance.now() - t);
      }
    }
    store.close();
    return { perSec: N / secs, searchMs: median(times) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: Record<string, { perSec: number[]; searchMs: number[] }> = {
  NORMAL: { perSec: [], searchMs: [] },
  FULL: { perSec: [], searchMs: [] },
};
for (let r = 0; r < RUNS; r++) {
  for (const sync of ['NORMAL', 'FULL'] as const) {
    const x = storeRun(sync);
    results[sync]!.perSec.push(x.perSec);
    results[sync]!.searchMs.push(x.searchMs);
  }
}
const normal = median(results.NORMAL!.perSec);
const full = median(results.FULL!.perSec);
console.log(`store: ${N} reports in batches of ${BATCH}, median of ${RUNS} runs`);
console.log(`  synchronous=NORMAL  ${normal.toFixed(0)} reports/s`);
console.log(
  `  synchronous=FULL    ${full.toFixed(0)} reports/s  (ratio FULL/NORMAL ${(full / normal).toFixed(2)})`,
);
console.log(
  `  search over ${N} reports: median ${median(results.FULL!.searchMs).toFixed(2)} ms per query (limit 20)`,
);

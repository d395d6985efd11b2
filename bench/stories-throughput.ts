// Throughput of the stories stage on a synthetic stream: text -> dedupe -> clustering.
//
//   node --import tsx bench/stories-throughput.ts                 # 10k and 100k reports
//   node --expose-gc --import tsx bench/stories-throughput.ts --sizes 1000000 --progress 100000   # 1M, a line every 100k
//   node --import tsx bench/stories-throughput.ts --sizes 2000 --runs 3
//
// The stream is generated here (invented words and names, seeded, so every run sees the same reports):
// many events, each told several times in varied words by different outlets, plus verbatim wire copies.
// Reports arrive day by day; `flush()` (consolidation) runs after every batch of 1,000, as `run` would.
import { pathToFileURL } from 'node:url';
import type { Source } from '../src/model/index.ts';
import { StoryStream } from '../src/stories/index.ts';
import { prf } from '../src/eval/bcubed.ts';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = [
  'ka',
  'lo',
  'mi',
  'ter',
  'an',
  'vo',
  'ri',
  'sel',
  'du',
  'ne',
  'pa',
  'gor',
  'li',
  'ven',
  'ta',
  'bru',
  'os',
  'fe',
  'nim',
  'ca',
];

function makeWords(r: () => number, n: number, minSyl: number, cap: boolean): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const k = minSyl + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < k; i++) w += SYL[Math.floor(r() * SYL.length)];
    out.add(cap ? w[0]!.toUpperCase() + w.slice(1) : w);
  }
  return [...out];
}

interface Gen {
  readonly n: number;
  /** The reports in arrival order, made on the fly: a million of them never sit in memory at once. */
  readonly sources: () => Generator<Source>;
}

/** The event a report tells (its gold cluster): the generator writes it into the id. */
function eventOf(id: string): number {
  return Number(/^src_e(\d+)_/.exec(id)![1]);
}

/** n reports: ~3.5 retellings per event, ~1 in 6 a wire copy, 300 events a day, read day by day. */
export function generate(n: number, seed = 7): Gen {
  function* sources(): Generator<Source> {
    const r = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const common = makeWords(r, 3000, 2, false);
    const people = makeWords(r, 20000, 2, true);
    const places = makeWords(r, 4000, 2, true);
    const kinds = Array.from({ length: 60 }, () => makeWords(r, 12, 3, false));
    const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
    const eventsPerDay = 300;
    let made = 0;
    let event = 0;
    let tomorrow: Source[] = [];
    for (let day = 0; made < n || tomorrow.length; day++) {
      // Today's reports: yesterday's late ones and today's own, shuffled.
      const today = tomorrow;
      tomorrow = [];
      for (let e = 0; e < eventsPerDay && made < n; e++, event++) {
        const who = [pick(people), pick(people)];
        const surname = [pick(people), pick(people)];
        const where = pick(places);
        const kind = pick(kinds);
        const specific = Array.from({ length: 10 }, () => pick(common));
        const tellings = 1 + Math.floor(r() * 6);
        for (let k = 0; k < tellings && made < n; k++) {
          const sentence = (): string => {
            const parts: string[] = [];
            const len = 10 + Math.floor(r() * 10);
            for (let i = 0; i < len; i++) {
              const x = r();
              if (x < 0.25) parts.push(pick(specific));
              else if (x < 0.4) parts.push(pick(kind));
              else if (x < 0.5) parts.push(`${who[Math.floor(r() * 2)]} ${surname[Math.floor(r() * 2)]}`);
              else if (x < 0.55) parts.push(`in ${where}`);
              else parts.push(pick(common));
            }
            const s = parts.join(' ');
            return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
          };
          const paras = Array.from({ length: 3 + Math.floor(r() * 3) }, () => `${sentence()} ${sentence()}`);
          const late = r() < 0.5;
          const published = new Date(Date.UTC(2025, 0, 1) + (day + (late ? 1 : 0)) * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const s: Source = {
            id: `src_e${event}_${k}`,
            title: `${where} ${pick(kind)} ${pick(kind)} ${surname[0]}`,
            outlet: pick(outlets),
            url: null,
            published,
            author: null,
            language: 'en',
            text: paras.join('\n\n'),
            origin: `synthetic:${made + 1}`,
          };
          (late ? tomorrow : today).push(s);
          made++;
          // A wire copy: the same body under another outlet's headline, sometimes with a line added.
          if (r() < 0.2 && made < n) {
            const copy: Source = {
              ...s,
              id: `${s.id}_copy`,
              outlet: pick(outlets),
              title: `${s.title} (wire)`,
              text: r() < 0.5 ? s.text : `${s.text}\n\nReporting by the wire desk.`,
              origin: `synthetic:${made + 1}`,
            };
            (late ? tomorrow : today).push(copy);
            made++;
          }
        }
      }
      const keyed = today.map((s) => ({ s, k: r() }));
      keyed.sort((a, b) => a.k - b.k);
      for (const { s } of keyed) yield s;
    }
  }
  return { n, sources };
}

interface RunResult {
  readonly n: number;
  readonly seconds: number;
  readonly perSecond: number;
  /** CPU time of this process: the machine is shared, so wall time alone overstates the cost. */
  readonly cpuSeconds: number;
  readonly perCpuSecond: number;
  readonly copies: number;
  readonly stories: number;
  readonly rssMB: number;
  readonly heapMB: number;
  /** Heap after a forced collection at the end (with --expose-gc; else NaN): what stays live. */
  readonly liveMB: number;
  readonly bcubedF1: number;
}

/**
 * B-cubed F1 from compact labels: gold[i] and pred[i] are the event and the story of report i.
 * Per (event, story) cell of n reports: precision adds n*n/|story|, recall n*n/|event| (same as bcubed()).
 */
export function bcubedF1(gold: Int32Array, pred: Int32Array): number {
  const n = gold.length;
  if (n === 0) return 0;
  const size = (xs: Int32Array): Int32Array => {
    let max = 0;
    for (const x of xs) max = Math.max(max, x);
    const out = new Int32Array(max + 1);
    for (const x of xs) out[x]!++;
    return out;
  };
  const goldSize = size(gold);
  const predSize = size(pred);
  const cells = new Map<number, number>();
  const width = predSize.length;
  for (let i = 0; i < n; i++) {
    const key = gold[i]! * width + pred[i]!;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [key, c] of cells) {
    const g = Math.floor(key / width);
    const p = key - g * width;
    precision += (c * c) / predSize[p]!;
    recall += (c * c) / goldSize[g]!;
  }
  return prf(precision / n, recall / n).f1;
}

function runOnce(gen: Gen, batch = 1000, progressEvery = 0): RunResult {
  const stream = StoryStream.create();
  // Per report, its event and its story (as a number): 8 bytes a report, all the bench keeps.
  const gold = new Int32Array(gen.n);
  const story = new Int32Array(gen.n);
  const storyIds: string[] = [];
  const storyNo = new Map<string, number>();
  let copies = 0;
  let peakRss = 0;
  let peakHeap = 0;
  // Only the stage's own work is timed, not the making of the synthetic reports.
  let wall = 0;
  let cpuMicros = 0;
  const timed = <T>(f: () => T): T => {
    const t = performance.now();
    const c = process.cpuUsage();
    const v = f();
    const d = process.cpuUsage(c);
    cpuMicros += d.user + d.system;
    wall += performance.now() - t;
    return v;
  };
  let i = 0;
  for (const s of gen.sources()) {
    i++;
    const res = timed(() => stream.add(s));
    if (res.duplicateOf) copies++;
    let no = storyNo.get(res.storyId);
    if (no === undefined) {
      no = storyIds.length;
      storyIds.push(res.storyId);
      storyNo.set(res.storyId, no);
    }
    gold[i - 1] = eventOf(s.id);
    story[i - 1] = no;
    if (i % batch === 0) {
      timed(() => stream.flush());
      if (i % (batch * 20) === 0) {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }
      if (progressEvery && i % progressEvery === 0) {
        // With --expose-gc, collect first (untimed) so that the heap figure is what is live.
        (globalThis as { gc?: () => void }).gc?.();
        const m = process.memoryUsage();
        const k = stream.memory();
        console.log(
          `  ${i} reports  ${(cpuMicros / 1e6).toFixed(1)} s CPU  ${(wall / 1000).toFixed(1)} s wall  ` +
            `open stories ${k.openStories}  RSS ${Math.round(m.rss / 2 ** 20)} MB  heap ${Math.round(m.heapUsed / 2 ** 20)} MB  ` +
            `(stories ${k.stories}, vocabulary ${k.vocabulary}, index ${k.indexTerms} terms / ${k.postings} postings)`,
        );
      }
    }
  }
  timed(() => stream.flush());
  const seconds = wall / 1000;
  const cpuSeconds = cpuMicros / 1e6;
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const liveMB = gc ? process.memoryUsage().heapUsed / 2 ** 20 : NaN;
  // Stories merged since a report joined them: score the story each one lives in now.
  const final = new Map<string, number>();
  const now = Int32Array.from(storyIds, (id) => {
    const r = stream.resolve(id);
    let k = final.get(r);
    if (k === undefined) final.set(r, (k = final.size));
    return k;
  });
  for (let j = 0; j < i; j++) story[j] = now[story[j]!]!;
  return {
    n: i,
    seconds,
    perSecond: i / seconds,
    cpuSeconds,
    perCpuSecond: i / cpuSeconds,
    copies,
    stories: stream.stories().length,
    rssMB: peakRss / 2 ** 20,
    heapMB: peakHeap / 2 ** 20,
    liveMB,
    bcubedF1: bcubedF1(gold.subarray(0, i), story.subarray(0, i)),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(argv: string[]): void {
  const opt = (name: string, dflt: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const sizes = opt('--sizes', '10000,100000').split(',').map(Number);
  const runs = Number(opt('--runs', '1'));
  const progress = Number(opt('--progress', '0'));
  const rows: RunResult[] = [];
  for (const n of sizes) {
    const gen = generate(n);
    const results = Array.from({ length: runs }, () => runOnce(gen, 1000, progress));
    const med = results.find((r) => r.seconds === median(results.map((x) => x.seconds)))!;
    rows.push(med);
    console.log(
      `n=${n}  ${med.seconds.toFixed(1)} s wall (${Math.round(med.perSecond)} reports/s)  ` +
        `${med.cpuSeconds.toFixed(1)} s CPU (${Math.round(med.perCpuSecond)} reports/CPU-s)  copies folded ${med.copies}  ` +
        `stories ${med.stories}  B3-F1 ${med.bcubedF1.toFixed(3)}  peak RSS ${Math.round(med.rssMB)} MB  heap ${Math.round(med.heapMB)} MB` +
        (Number.isNaN(med.liveMB) ? '' : `  live heap ${Math.round(med.liveMB)} MB`) +
        (runs > 1 ? `  (median of ${runs})` : ''),
    );
  }
  // Growth: time ratio against n log n from the smallest size.
  const first = rows[0];
  if (first && rows.length > 1) {
    for (const r of rows.slice(1)) {
      const ratio = r.cpuSeconds / first.cpuSeconds;
      const nlogn = (r.n * Math.log(r.n)) / (first.n * Math.log(first.n));
      console.log(
        `n=${first.n} -> ${r.n}: CPU time x${ratio.toFixed(1)}  (n x${(r.n / first.n).toFixed(0)}, n log n x${nlogn.toFixed(1)})`,
      );
    }
  }
}

// Run only as a script (the generator and the scorer can be imported).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));

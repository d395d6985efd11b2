// Claims per second of scoreSupport on one core (CPU time), on XSumFaith-sized inputs (source caches cleared
// first, so every source is analysed once inside the timing; a warm run with the sources cached is reported too).
//
//   node --import tsx bench/verify-speed.ts [FILE.jsonl] [--runs 5] [--default-v8]
//
// Reports the first cold pass (V8 still compiling the verifier), the median of the later ones (steady state),
// and the ratio to a baseline run in the same process (plain lexical retrieval without the checks), so a slower
// machine shifts both alike. On Linux it also splits the CPU time between the main thread and V8's helper
// threads. The CLI's V8 settings (src/cli/v8-tuning.ts) apply unless --default-v8 is given.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaithfulnessJsonl } from '../src/eval/faithfulness.ts';
import { clearVerifyCaches, scoreSupport, warmUp } from '../src/verify/index.ts';
import { indexSources, matchTerms, retrieve, splitSourceSentences } from '../src/verify/evidence.ts';
import { termize } from '../src/verify/terms.ts';
import { tuneV8ForBatch } from '../src/cli/v8-tuning.ts';
import { threadCpu, threadCpuSince, type ThreadCpu } from './thread-cpu.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file =
  process.argv.slice(2).find((a) => a.endsWith('.jsonl')) ??
  resolve(repoRoot, '../shared/bench/faithfulness/xsumfaith_val.jsonl');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!existsSync(file)) {
  console.error(`verify-speed: ${file} not found (the benchmark data lives in ../shared/bench/faithfulness)`);
  process.exit(1);
}
const { rows } = parseFaithfulnessJsonl(readFileSync(file, 'utf8'), file);
// Imports run no verifier code, so the settings still apply to all of it.
if (!process.argv.includes('--default-v8')) tuneV8ForBatch();
warmUp();

// CPU seconds of this process (user + system): "per core" even when other processes share the machine.
function timeIt(f: () => void): number {
  clearVerifyCaches();
  const t0 = process.cpuUsage();
  f();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1e6;
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const full: number[] = [];
const base: number[] = [];
const warm: number[] = [];
const threads: (ThreadCpu | null)[] = [];
for (let r = 0; r < runs; r++) {
  // The full checks first, so that the first pass is the verifier's first contact with this file.
  const before = threadCpu();
  full.push(timeIt(() => rows.forEach((row) => scoreSupport(row.source, row.claim))));
  threads.push(threadCpuSince(before));
  base.push(
    timeIt(() => {
      for (const row of rows) {
        const doc = indexSources([{ n: 1, text: row.source, date: null }]);
        for (const s of splitSourceSentences(row.claim)) retrieve(matchTerms(termize(s), doc), doc);
      }
    }),
  );
  // Warm: the same claims again with every source already indexed (as in a store that keeps the analysis).
  for (const row of rows) indexSources([{ n: 1, text: row.source, date: null }]);
  const t0 = process.cpuUsage();
  rows.forEach((row) => scoreSupport(row.source, row.claim));
  const used = process.cpuUsage(t0);
  warm.push((used.user + used.system) / 1e6);
}
const cps = (seconds: number): number => Math.round(rows.length / seconds);
const later = full.slice(1);
const split = (t: ThreadCpu | null): string =>
  t ? ` (main thread ${t.mainMs} ms, V8 helper threads ${t.otherMs} ms)` : '';
const laterThreads = threads.slice(1).filter((t): t is ThreadCpu => t !== null);
const medianThreads: ThreadCpu | null = laterThreads.length
  ? { mainMs: median(laterThreads.map((t) => t.mainMs)), otherMs: median(laterThreads.map((t) => t.otherMs)) }
  : null;
console.log(
  `${file}: ${rows.length} claims, ${runs} runs${process.argv.includes('--default-v8') ? ', default V8 settings' : ''}`,
);
console.log(`  scoreSupport, first cold pass: ${cps(full[0]!)} claims/s${split(threads[0] ?? null)}`);
if (later.length)
  console.log(
    `  scoreSupport, later cold passes: ${cps(median(later))} claims/s (median of ${later.length})${split(medianThreads)}`,
  );
console.log(`  scoreSupport, sources cached: ${cps(median(warm))} claims/s`);
console.log(
  `  baseline (retrieval only):  ${cps(median(base))} claims/s; cold median/baseline = ${(median(base) / median(full)).toFixed(2)}`,
);

// Claims per second of scoreSupport on one core (CPU time), on XSumFaith-sized inputs (source caches cleared
// first, so every source is analysed once inside the timing; a warm run with the sources cached is reported too).
//
//   node --import tsx bench/verify-speed.ts [FILE.jsonl] [--runs 3]
//
// Reports the median of several runs, and the ratio to a baseline run in the same process (plain lexical
// retrieval without the checks), so a slower machine shifts both alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaithfulnessJsonl } from '../src/eval/faithfulness.ts';
import { clearVerifyCaches, scoreSupport, warmUp } from '../src/verify/index.ts';
import { indexSources, matchTerms, retrieve, splitSourceSentences } from '../src/verify/evidence.ts';
import { termize } from '../src/verify/terms.ts';

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
for (let r = 0; r < runs; r++) {
  base.push(
    timeIt(() => {
      for (const row of rows) {
        const doc = indexSources([{ n: 1, text: row.source, date: null }]);
        for (const s of splitSourceSentences(row.claim)) retrieve(matchTerms(termize(s), doc), doc);
      }
    }),
  );
  full.push(timeIt(() => rows.forEach((row) => scoreSupport(row.source, row.claim))));
  // Warm: the same claims again with every source already indexed (as in a store that keeps the analysis).
  for (const row of rows) indexSources([{ n: 1, text: row.source, date: null }]);
  const t0 = process.cpuUsage();
  rows.forEach((row) => scoreSupport(row.source, row.claim));
  const used = process.cpuUsage(t0);
  warm.push((used.user + used.system) / 1e6);
}
const cps = rows.length / median(full);
const baseCps = rows.length / median(base);
console.log(`${file}: ${rows.length} claims, ${runs} runs`);
console.log(
  `  scoreSupport (full checks): ${Math.round(cps)} claims/s (median ${median(full).toFixed(3)} s)`,
);
console.log(`  scoreSupport, sources cached: ${Math.round(rows.length / median(warm))} claims/s`);
console.log(
  `  baseline (retrieval only):  ${Math.round(baseCps)} claims/s; full/baseline = ${(cps / baseCps).toFixed(2)}`,
);

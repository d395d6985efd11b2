// Text-analysis speed: analyseDocument per source article and analyseSentence per claim, medians over several runs.
// Usage: node --import tsx bench/text-analysis.ts [--runs 5] [--docs 200]
// Reads ../shared/bench/faithfulness/xsumfaith_val.jsonl at run time; falls back to generated text when missing.
// The machine is shared: besides wall time it reports CPU time of this process (process.cpuUsage), which other
// processes inflate much less, and the ratio to a baseline (one tokenize() regex pass) measured in the same runs.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyseDocument, analyseSentence, splitSentences, tokenize } from '../src/text/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataPath = path.resolve(repoRoot, '../shared/bench/faithfulness/xsumfaith_val.jsonl');

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}
const runs = arg('runs', 5);
const maxDocs = arg('docs', 200);

function generated(): { sources: string[]; claims: string[] } {
  const s = [
    'The European Union on Monday said it had opened talks with officials in Kabul, a spokesman said.',
    '"We are ready to act," Interior minister Johan Forssen told reporters in Stockholm last week.',
    'More than 2,000 people have left since early 2024, according to the UN refugee agency.',
    'Prices rose 12 per cent in June 2025, the highest rise since the 1990s.',
  ];
  const doc = Array.from({ length: 25 }, (_, i) => s[i % s.length]).join(' ');
  return { sources: Array.from({ length: 50 }, () => doc), claims: s };
}

function load(): { sources: string[]; claims: string[]; origin: string } {
  if (!existsSync(dataPath)) {
    console.log(`note: ${dataPath} missing; using generated text`);
    return { ...generated(), origin: 'generated' };
  }
  const rows = readFileSync(dataPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { source: string; claim: string });
  const sources = [...new Set(rows.map((r) => r.source))].slice(0, maxDocs);
  const claims = rows.map((r) => r.claim).slice(0, maxDocs * 5);
  return { sources, claims, origin: path.relative(repoRoot, dataPath) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall and CPU milliseconds of f, averaged over `n` items. */
function timeIt(n: number, f: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall: wall / n, cpu: (c.user + c.system) / 1000 / n };
}

const { sources, claims, origin } = load();
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
const totalWords = sources.reduce((a, s) => a + words(s), 0);

// Cold start: the first call pays for the gazetteer, the WordNet word list and regex compilation.
const cold = timeIt(1, () => analyseDocument(sources[0]!, '2025-10-20'));

const r = {
  base: [] as number[],
  doc: [] as number[],
  docCpu: [] as number[],
  split: [] as number[],
  perDoc500: [] as number[],
  perClaim: [] as number[],
};
const s = { wall: [] as number[], cpu: [] as number[] };
for (let k = 0; k < runs; k++) {
  r.base.push(timeIt(sources.length, () => sources.forEach((x) => tokenize(x))).wall);
  const d = timeIt(sources.length, () => sources.forEach((x) => analyseDocument(x, '2025-10-20')));
  r.doc.push(d.wall);
  r.docCpu.push(d.cpu);
  r.split.push(timeIt(sources.length, () => sources.forEach((x) => splitSentences(x))).wall);
  // Per-item medians: robust to the odd preemption on a busy machine and to the one very long source.
  const one: number[] = [];
  for (const x of sources)
    one.push((timeIt(1, () => analyseDocument(x, '2025-10-20')).wall * 500) / words(x));
  r.perDoc500.push(median(one));
  const oneClaim: number[] = [];
  for (const x of claims) oneClaim.push(timeIt(1, () => analyseSentence(x, '2025-10-20')).wall);
  r.perClaim.push(median(oneClaim));
  const c = timeIt(claims.length, () => claims.forEach((x) => analyseSentence(x, '2025-10-20')));
  s.wall.push(c.wall);
  s.cpu.push(c.cpu);
}

const per500 = (ms: number): number => (ms * 500 * sources.length) / totalWords;
const f = (x: number, d = 3): string => x.toFixed(d);
console.log(
  `data: ${origin} (${sources.length} sources, mean ${(totalWords / sources.length).toFixed(0)} words; ${claims.length} claims); runs: ${runs}; load average ${loadavg()[0]!.toFixed(1)}`,
);
console.log(
  `cold start (first analyseDocument incl. lazy init): ${f(cold.wall, 0)} ms wall, ${f(cold.cpu, 0)} ms cpu`,
);
console.log(`analyseDocument mean per source:   ${f(median(r.doc))} ms wall, ${f(median(r.docCpu))} ms cpu`);
console.log(
  `  scaled to a 500-word article:    ${f(per500(median(r.doc)))} ms wall, ${f(per500(median(r.docCpu)))} ms cpu`,
);
console.log(`  median per source, per 500 words: ${f(median(r.perDoc500))} ms wall`);
console.log(`splitSentences mean per source:    ${f(median(r.split))} ms wall`);
console.log(
  `analyseSentence mean per claim:    ${f(median(s.wall), 4)} ms wall, ${f(median(s.cpu), 4)} ms cpu`,
);
console.log(`  median per claim:                ${f(median(r.perClaim), 4)} ms wall`);
console.log(`baseline tokenize() per source:    ${f(median(r.base))} ms wall`);
console.log(`ratio analyseDocument / baseline:  ${f(median(r.doc) / median(r.base), 1)}x`);

// Text-analysis speed: analyseDocument per source article and analyseSentence per claim, medians over several runs.
// Usage: node --import tsx bench/text-analysis.ts [--runs 5] [--docs 200]
// Reads ../shared/bench/faithfulness/xsumfaith_val.jsonl at run time; falls back to generated text when missing.
import { existsSync, readFileSync } from 'node:fs';
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

const { sources, claims, origin } = load();
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

// Cold start: first call pays for the gazetteer, the WordNet word list and regex compilation.
let t0 = performance.now();
analyseDocument(sources[0]!, '2025-10-20');
const cold = performance.now() - t0;

// Baseline in the same process: one tokenize() pass (a single regex scan) per source. The machine is shared, so
// the ratio to this baseline is steadier than the absolute times.
const baseRuns: number[] = [];
const docRuns: number[] = [];
const per500: number[] = [];
const sentRuns: number[] = [];
const splitRuns: number[] = [];
for (let r = 0; r < runs; r++) {
  t0 = performance.now();
  for (const src of sources) tokenize(src);
  baseRuns.push((performance.now() - t0) / sources.length);
  const perDoc: number[] = [];
  const perDoc500: number[] = [];
  for (const src of sources) {
    t0 = performance.now();
    analyseDocument(src, '2025-10-20');
    const dt = performance.now() - t0;
    perDoc.push(dt);
    perDoc500.push((dt * 500) / Math.max(1, words(src)));
  }
  docRuns.push(median(perDoc));
  per500.push(median(perDoc500));
  t0 = performance.now();
  for (const src of sources) splitSentences(src);
  splitRuns.push((performance.now() - t0) / sources.length);
  const perClaim: number[] = [];
  for (const c of claims) {
    t0 = performance.now();
    analyseSentence(c, '2025-10-20');
    perClaim.push(performance.now() - t0);
  }
  sentRuns.push(median(perClaim));
}

const avgWords = sources.reduce((a, s) => a + words(s), 0) / sources.length;
console.log(
  `data: ${origin} (${sources.length} sources, mean ${avgWords.toFixed(0)} words; ${claims.length} claims); runs: ${runs}`,
);
console.log(`cold start (first analyseDocument incl. lazy init): ${cold.toFixed(1)} ms`);
console.log(`analyseDocument median per source:            ${median(docRuns).toFixed(3)} ms`);
console.log(`analyseDocument median scaled to 500 words:    ${median(per500).toFixed(3)} ms`);
console.log(`splitSentences mean per source:                ${median(splitRuns).toFixed(3)} ms`);
console.log(`analyseSentence median per claim:              ${median(sentRuns).toFixed(4)} ms`);
console.log(`baseline tokenize() mean per source:           ${median(baseRuns).toFixed(3)} ms`);
console.log(`ratio analyseDocument / baseline:              ${(median(docRuns) / median(baseRuns)).toFixed(1)}x`);

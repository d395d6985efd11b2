// Fits the verifier's logistic model on the faithfulness dev data and writes src/verify/weights.json.
//
//   npm run fit:verifier                    # report the held-out protocol, then fit on all files and write weights
//   npm run fit:verifier -- --dry-run       # report only
//   npm run fit:verifier -- --held-out-dir /tmp/wp   # also write each held-out model as /tmp/wp/without-<file>.json
//                                                    # and the split-half models as /tmp/wp/split-half-<0|1>.json
//
// Protocol (reported, so the figures are honest): for each held-out group, fit on the other files, choose the
// threshold on those same files, and score the held-out files; and split halves (fit + one threshold on half
// of every file, score the other halves: the setting of a check on unseen rows of the same benchmarks). The
// weights written at the end are fitted on all files; review the diff before committing. Also prints, per check, how often a hard contradiction fires and how
// often the row it fires on is truly unsupported (label 0): the check's precision.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  balancedAccuracy,
  bestSharedThreshold,
  bestThreshold,
  rocAuc,
} from '../src/eval/classification-metrics.ts';
import { parseFaithfulnessJsonl } from '../src/eval/faithfulness.ts';
import { assessSentence, defaultWeights, FEATURES, warmUp, type ModelWeights } from '../src/verify/index.ts';
import { indexSources, splitSourceSentences } from '../src/verify/evidence.ts';
import { fitLogistic, vectorOf } from '../src/verify/model.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(repoRoot, '../shared/bench/faithfulness');
const FILES = ['xsumfaith_val', 'summedits_news_val', 'wice_val', 'qags_sentences', 'qags_summaries'];
const GROUPS: string[][] = [
  ['xsumfaith_val'],
  ['summedits_news_val'],
  ['wice_val'],
  ['qags_sentences', 'qags_summaries'],
];
// Each benchmark (a GROUPS entry) weighs alike in the fit and in the threshold: qags_sentences are the sentences of
// qags_summaries (the same claims against the same articles), so each of those files counts half.
const fileWeight = (f: string): number => 1 / (GROUPS.find((g) => g.includes(f))?.length ?? 1);
// Chosen by the mean balanced accuracy over the five held-out files (0.002 to 0.015 tried: 0.005 best, 0.01 second).
const L2 = 0.005;
// A soft contradiction halves the score (a design choice, not fitted: with 35 rows where one fires, a fitted
// weight is mostly noise; 0.3 and 0.1 measured alike).
const SOFT_FACTOR = 0.5;

interface SentenceFeat {
  x: number[];
  hard: string[];
  /** Checks that found a soft contradiction (negation, antonym). */
  contra: string[];
  /** Every failed check as "check/severity". */
  fails: string[];
}
interface Row {
  label: 0 | 1;
  sentences: SentenceFeat[];
}

if (!existsSync(dataDir)) {
  console.error(
    `fit-verifier: ${dataDir} not found; the dev data lives beside the repo in ../shared/bench/faithfulness`,
  );
  process.exit(1);
}
const dryRun = process.argv.includes('--dry-run');
const dirArg = process.argv.indexOf('--held-out-dir');
// Where to write each held-out model (for `wireproof eval faithfulness --weights`), if asked.
const heldOutDir = dirArg > 0 ? resolve(process.argv[dirArg + 1] ?? '') : null;
const base = defaultWeights();
// The coverage check's pass/fail is left out of the fit: the model reads its margins (missBeyond, windowShort)
// instead, which keeps scores continuous where abstractive claims cluster (see features.ts).
const names: string[] = FEATURES.filter((n) => n !== 'coverageFail');
// Features are computed with unit weights: the checks do not depend on the weights, only the final score does.
const neutral: ModelWeights = { ...base, features: names, weights: names.map(() => 0), bias: 0 };

warmUp();
const data: Record<string, Row[]> = {};
for (const f of FILES) {
  const { rows, errors } = parseFaithfulnessJsonl(readFileSync(join(dataDir, `${f}.jsonl`), 'utf8'), f);
  if (errors.length) console.error(`${f}: ${errors.length} bad lines skipped`);
  const t0 = performance.now();
  data[f] = rows.map((r) => {
    const doc = indexSources([{ n: 1, text: r.source, date: null }]);
    const sentences = splitSourceSentences(r.claim).map((s) => {
      const a = assessSentence(s, doc, { weights: neutral });
      const hard = a.results.flatMap((c) => (c.status === 'fail' && c.hard ? [c.check] : []));
      const contra = a.results.flatMap((c) =>
        c.status === 'fail' && !c.hard && c.severity === 'contradiction' ? [c.check] : [],
      );
      const fails = a.results.flatMap((c) => (c.status === 'fail' ? [`${c.check}/${c.severity}`] : []));
      return { x: vectorOf(a.features, names), hard, contra, fails };
    });
    return { label: r.label, sentences };
  });
  console.error(`${f}: ${rows.length} rows, ${((performance.now() - t0) / rows.length).toFixed(2)} ms/row`);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
function scoreRow(r: Row, w: number[], b: number): number {
  let min = 1;
  for (const s of r.sentences) {
    let z = b;
    for (let j = 0; j < w.length; j++) z += w[j]! * s.x[j]!;
    const p = sigmoid(z) * (s.hard.length ? base.hardFactor : s.contra.length ? SOFT_FACTOR : 1);
    min = Math.min(min, p);
  }
  return r.sentences.length ? min : 0;
}
// Train on each row's weakest sentence (lowest window coverage): a row is unsupported if any sentence is.
function trainingVector(r: Row): number[] | null {
  const covWindow = names.indexOf('covWindow');
  let best: SentenceFeat | null = null;
  for (const s of r.sentences) if (!best || s.x[covWindow]! < best.x[covWindow]!) best = s;
  return best ? best.x : null;
}
function fit(files: string[]): { weights: number[]; bias: number; threshold: number } {
  return fitSets(
    files.map((f) => data[f]!),
    files.map((f) => fileWeight(f)),
  );
}
/**
 * Fits on the rows of several sets and chooses one threshold for them all. A row weighs its set's weight; the
 * classes are balanced over the pooled rows; the threshold maximises the sets' weighted mean balanced accuracy.
 */
function fitSets(
  sets: Row[][],
  setWeights: number[],
): { weights: number[]; bias: number; threshold: number } {
  const xs: number[][] = [];
  const ys: (0 | 1)[] = [];
  const ws: number[] = [];
  sets.forEach((set, i) => {
    for (const r of set) {
      const x = trainingVector(r);
      if (x) {
        xs.push(x);
        ys.push(r.label);
        ws.push(setWeights[i]!);
      }
    }
  });
  // Balancing per file instead (each file's classes weigh alike) was tried: no better on held-out files.
  const classWeight = [0, 1].map((c) => ws.reduce((s, w, k) => s + (ys[k] === c ? w : 0), 0));
  const sampleWeights = ws.map((w, k) => (w * xs.length) / (2 * Math.max(classWeight[ys[k]!]!, 1e-9)));
  const { weights, bias } = fitLogistic(xs, ys, { l2: L2, sampleWeights });
  // One threshold for all the training files (as `wireproof eval faithfulness` chooses it, with file weights).
  const threshold = bestSharedThreshold(
    sets.map((set) => set.map((r) => ({ score: scoreRow(r, weights, bias), label: r.label }))),
    setWeights,
  ).threshold;
  return { weights, bias, threshold };
}

/** Writes a model fitted on part of the data into --held-out-dir. */
function writeModel(
  file: string,
  m: { weights: number[]; bias: number; threshold: number },
  fitted: Record<string, unknown>,
): void {
  if (!heldOutDir) return;
  mkdirSync(heldOutDir, { recursive: true });
  const w: ModelWeights = {
    ...base,
    features: names,
    weights: m.weights,
    bias: m.bias,
    threshold: m.threshold,
    softFactor: SOFT_FACTOR,
    fitted,
  };
  writeFileSync(join(heldOutDir, file), `${JSON.stringify(w, null, 2)}\n`);
}

const protocol: Record<string, unknown>[] = [];
console.log('Held-out protocol: fit + threshold on the other files, score the held-out group');
for (const held of GROUPS) {
  const train = FILES.filter((f) => !held.includes(f));
  const m = fit(train);
  for (const f of held) {
    const scored = data[f]!.map((r) => ({ score: scoreRow(r, m.weights, m.bias), label: r.label }));
    const res = {
      test: f,
      fittedOn: train,
      bacc: +balancedAccuracy(scored, m.threshold).toFixed(4),
      auc: +rocAuc(scored).toFixed(4),
      threshold: +m.threshold.toFixed(4),
    };
    // In-domain threshold, as the benchmarks' own protocol does (threshold tuned on the dataset's dev part):
    // two folds of the held-out file by row parity; the threshold comes from one fold, bacc from the other.
    const folds = [scored.filter((_, i) => i % 2 === 0), scored.filter((_, i) => i % 2 === 1)];
    const inDomain =
      (balancedAccuracy(folds[1]!, bestThreshold(folds[0]!).threshold) +
        balancedAccuracy(folds[0]!, bestThreshold(folds[1]!).threshold)) /
      2;
    const full = { ...res, baccInDomainThreshold: +inDomain.toFixed(4) };
    protocol.push(full);
    console.log(
      `  ${f.padEnd(22)} bacc ${(res.bacc * 100).toFixed(1)}  auc ${(res.auc * 100).toFixed(1)}  bacc(in-domain threshold, 2-fold) ${(inDomain * 100).toFixed(1)}  (weights + threshold ${res.threshold} from ${train.join('+')})`,
    );
    if (heldOutDir) writeModel(`without-${held.join('+')}.json`, m, { fittedOn: train });
  }
}

// The setting of an independent check on unseen rows of the same benchmarks: weights and one threshold from
// half of every file (rows by parity), scored on the other half; the two folds' mean per file.
console.log('\nSplit halves: fit + one threshold on half of every file, score the other half (2-fold mean)');
const splitHalf: Record<string, { bacc: number; auc: number }> = {};
for (const f of FILES) splitHalf[f] = { bacc: 0, auc: 0 };
for (const fold of [0, 1]) {
  const half = (f: string, keep: number): Row[] => data[f]!.filter((_, i) => i % 2 === keep);
  const m = fitSets(
    FILES.map((f) => half(f, fold)),
    FILES.map((f) => fileWeight(f)),
  );
  for (const f of FILES) {
    const scored = half(f, 1 - fold).map((r) => ({ score: scoreRow(r, m.weights, m.bias), label: r.label }));
    splitHalf[f]!.bacc += balancedAccuracy(scored, m.threshold) / 2;
    splitHalf[f]!.auc += rocAuc(scored) / 2;
  }
  // For `wireproof eval faithfulness --weights`: fitted on the rows i % 2 === fold of every file.
  if (heldOutDir)
    writeModel(`split-half-${fold}.json`, m, { fittedOn: `rows i % 2 === ${fold} of ${FILES.join('+')}` });
}
for (const f of FILES)
  console.log(
    `  ${f.padEnd(22)} bacc ${(splitHalf[f]!.bacc * 100).toFixed(1)}  auc ${(splitHalf[f]!.auc * 100).toFixed(1)}`,
  );

// The protocol the issue suggests: fit and choose the threshold on the QAGS files, test on the other three.
console.log('\nFit + threshold on qags_sentences + qags_summaries only:');
{
  const train = ['qags_sentences', 'qags_summaries'];
  const m = fit(train);
  for (const f of FILES.filter((x) => !train.includes(x))) {
    const scored = data[f]!.map((r) => ({ score: scoreRow(r, m.weights, m.bias), label: r.label }));
    console.log(
      `  ${f.padEnd(22)} bacc ${(balancedAccuracy(scored, m.threshold) * 100).toFixed(1)}  auc ${(rocAuc(scored) * 100).toFixed(1)}  (threshold ${m.threshold.toFixed(4)})`,
    );
  }
}

console.log('\nHard contradictions: rows where a check fired, and the share of them labelled unsupported');
const checks: Record<string, { fired: number; correct: number }> = {};
for (const f of FILES)
  for (const r of data[f]!)
    for (const c of new Set(r.sentences.flatMap((s) => s.hard))) {
      const e = (checks[c] ??= { fired: 0, correct: 0 });
      e.fired++;
      if (r.label === 0) e.correct++;
    }
for (const [c, e] of Object.entries(checks))
  console.log(
    `  ${c.padEnd(8)} fired ${String(e.fired).padStart(4)}  precision ${((100 * e.correct) / e.fired).toFixed(1)}%`,
  );

console.log(
  '\nEvery check outcome (soft ones are model features): rows where it fired, share labelled unsupported',
);
const base0 =
  FILES.flatMap((f) => data[f]!).filter((r) => r.label === 0).length / FILES.flatMap((f) => data[f]!).length;
console.log(`  (base rate of unsupported rows: ${(100 * base0).toFixed(1)}%)`);
const soft: Record<string, { fired: number; correct: number }> = {};
for (const f of FILES)
  for (const r of data[f]!)
    for (const c of new Set(r.sentences.flatMap((s) => s.fails))) {
      const e = (soft[c] ??= { fired: 0, correct: 0 });
      e.fired++;
      if (r.label === 0) e.correct++;
    }
for (const [c, e] of Object.entries(soft).sort())
  console.log(
    `  ${c.padEnd(26)} fired ${String(e.fired).padStart(5)}  precision ${((100 * e.correct) / e.fired).toFixed(1)}%`,
  );

const all = fit(FILES);
const out: ModelWeights = {
  features: names,
  weights: all.weights.map((w) => +w.toFixed(4)),
  bias: +all.bias.toFixed(4),
  threshold: +all.threshold.toFixed(4),
  hardFactor: base.hardFactor,
  softFactor: SOFT_FACTOR,
  fitted: {
    by: 'npm run fit:verifier',
    data: FILES.map((f) => `../shared/bench/faithfulness/${f}.jsonl`),
    l2: L2,
    fileWeights: Object.fromEntries(FILES.map((f) => [f, fileWeight(f)])),
    heldOut: protocol,
    splitHalf: Object.fromEntries(
      FILES.map((f) => [f, { bacc: +splitHalf[f]!.bacc.toFixed(4), auc: +splitHalf[f]!.auc.toFixed(4) }]),
    ),
    hardChecks: checks,
  },
};
console.log(`\nAll files: threshold ${out.threshold}`);
for (let i = 0; i < names.length; i++) console.log(`  ${names[i]!.padEnd(18)} ${out.weights[i]}`);
console.log(`  ${'bias'.padEnd(18)} ${out.bias}`);
if (!dryRun) {
  writeFileSync(join(repoRoot, 'src/verify/weights.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('wrote src/verify/weights.json (review the diff before committing)');
}

// Pipeline run times on the example corpus: a first run, a re-run on the same inputs (nothing changes), and
// a run with one new report (one story rewritten). Medians over several runs, after a warm-up run that
// loads the stages. Run: node --import tsx bench/pipeline-incremental.ts [runs]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline, type RunSummary } from '../src/pipeline/index.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = join(repoRoot, 'examples/corpus');
const later = join(repoRoot, 'src/pipeline/testdata/later');
const RUNS = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(opts: Parameters<typeof runPipeline>[0]): Promise<[number, RunSummary]> {
  const t = performance.now();
  const s = await runPipeline(opts);
  return [performance.now() - t, s];
}

const times = { first: [] as number[], rerun: [] as number[], oneNew: [] as number[] };
let last: RunSummary[] = [];
for (let r = 0; r <= RUNS; r++) {
  const dir = mkdtempSync(join(tmpdir(), 'wireproof-bench-'));
  try {
    const base = { dbPath: join(dir, 'w.db'), outDir: join(dir, 'out') };
    const [a, s1] = await timed({ ...base, inputs: [corpus] });
    const [b, s2] = await timed({ ...base, inputs: [corpus] });
    const [c, s3] = await timed({ ...base, inputs: [corpus, later] });
    if (r === 0) continue; // warm-up: module loading, JIT
    times.first.push(a);
    times.rerun.push(b);
    times.oneNew.push(c);
    last = [s1, s2, s3];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const [s1, s2, s3] = last;
console.log(`pipeline on examples/corpus (${s1!.sources.read} reports), median of ${RUNS} runs`);
console.log(
  `  first run           ${median(times.first).toFixed(0)} ms  (${s1!.articles.written} articles written)`,
);
console.log(
  `  re-run, same inputs ${median(times.rerun).toFixed(0)} ms  (${s2!.articles.written} written, ${s2!.sources.new} new)`,
);
console.log(
  `  one new report      ${median(times.oneNew).toFixed(0)} ms  (${s3!.articles.written} written, ${s3!.sources.new} new)`,
);
console.log(`  ratio re-run / first ${(median(times.rerun) / median(times.first)).toFixed(2)}`);

// Per-run cost of the incremental pipeline as the store grows: each run brings a batch of new synthetic
// reports; the real story stream clusters them (resumed from its saved state); writing and publishing are
// left out to isolate what grows with the store (listing reports, saving the stream state).
// Run: node --import tsx bench/pipeline-scale.ts [batches] [batchSize]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source } from '../src/model/index.ts';
import { loadStages, runPipeline } from '../src/pipeline/index.ts';

const BATCHES = Number(process.argv[2] ?? 10);
const SIZE = Number(process.argv[3] ?? 500);
const SYL = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'del',
  'sun',
  'ber',
  'ga',
  'tor',
  'lin',
  'pra',
  'hes',
  'mo',
  'cu',
];
const COMMON = 'the council said on monday that officials were told residents would meet after talks'.split(
  ' ',
);

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const word = (r: () => number, n = 3) =>
  Array.from({ length: n }, () => SYL[Math.floor(r() * SYL.length)]).join('');
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Report i is about event floor(i / 6): each event has its own names and words, reports vary in wording. */
function report(i: number): Source {
  const topic = Math.floor(i / 6);
  const t = rng(topic + 1);
  const names = Array.from({ length: 4 }, () => `${cap(word(t, 2))} ${cap(word(t, 3))}`);
  const vocab = Array.from({ length: 24 }, () => word(t, 3));
  const r = rng(1_000_003 * (i + 1));
  const sentence = () =>
    `${names[Math.floor(r() * names.length)]} ${Array.from({ length: 12 }, () => (r() < 0.6 ? vocab[Math.floor(r() * vocab.length)] : COMMON[Math.floor(r() * COMMON.length)])).join(' ')}.`;
  const date = new Date(Date.UTC(2025, 0, 1 + Math.floor(topic / 40))).toISOString().slice(0, 10);
  return {
    id: `scale-${i}`,
    title: `${names[0]} ${vocab[0]} ${vocab[1]}`,
    outlet: `Outlet ${i % 9}`,
    url: `https://outlet${i % 9}.example/${i}`,
    published: date,
    author: null,
    language: 'en',
    text: Array.from({ length: 6 }, sentence).join(' '),
    origin: `bench/${i}`,
  };
}

const { stages } = await loadStages();
if (!stages.createStream) throw new Error('the stories stage is missing');
const dir = mkdtempSync(join(tmpdir(), 'wireproof-scale-'));
try {
  const dbPath = join(dir, 'w.db');
  console.log(`${BATCHES} runs of ${SIZE} new reports each (store + stories; no writing or publishing)`);
  for (let b = 0; b < BATCHES; b++) {
    const batch = Array.from({ length: SIZE }, (_, k) => report(b * SIZE + k));
    const t = performance.now();
    const marks: string[] = [];
    let last = t;
    const s = await runPipeline({
      log: (e) => {
        if (e.kind !== 'done') return;
        const now = performance.now();
        marks.push(`${e.stage} ${(now - last).toFixed(0)}`);
        last = now;
      },
      inputs: ['synthetic'],
      dbPath,
      outDir: join(dir, 'out'),
      stages: {
        ingestInputs: async () => ({ sources: batch, errors: [] }),
        createStream: stages.createStream,
      },
    });
    const ms = performance.now() - t;
    console.log(
      `  run ${String(b + 1).padStart(2)}: stored ${String(s.sources.stored).padStart(6)}  stories ${String(s.stories.total).padStart(5)}  ${ms.toFixed(0).padStart(6)} ms  ${((SIZE / ms) * 1000).toFixed(0)} new reports/s  (${marks.join(', ')} ms)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

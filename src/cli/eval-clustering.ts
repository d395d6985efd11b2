import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from './io.ts';
import {
  labelledPairs,
  parseEcbJsonl,
  parseStoryChains,
  predictStories,
  predictThreads,
  scoreClustering,
  tfidfAgglomerative,
  type ClusteringScores,
} from '../eval/clustering.ts';
import type { PRF } from '../eval/bcubed.ts';

const BASELINE_THRESHOLD = 0.2;

const help = `Usage: wireproof eval clustering --data FILE.jsonl [--json] [--predictions OUT.jsonl]
                                  [--story-chains DIR] [--baseline-threshold X]

Clusters ECB+-style JSONL (doc_id, title, text, date_publish_raw, gold event_cluster) with the same
code as 'wireproof run' (fold wire copies, cluster into stories, link stories into threads) and
reports B-cubed and pairwise precision, recall and F1, beside a TF-IDF average-linkage agglomerative
baseline run on the same documents.

A predicted cluster is a thread: stories of one matter, linked across time. The story-level scores
(before threads are linked) are reported too.

Options:
  --data FILE.jsonl        the gold-labelled documents (e.g. ../shared/bench/clustering/ecbplus_dev.jsonl)
  --predictions OUT.jsonl  write {doc_id, cluster} for every document
  --story-chains DIR       also score the story-chains pairs in DIR: a texts CSV (',', columns url,
                           title, date, text) and a pairs CSV (';', UTF-8 with BOM, url1;url2;relation)
                           with pairwise precision, recall and F1 over the labelled pairs
  --baseline-threshold X   cosine at which the baseline stops merging (default ${BASELINE_THRESHOLD})
  --json                   print the results as JSON

Either --data or --story-chains is required.`;

interface Args {
  data: string | null;
  chains: string | null;
  predictions: string | null;
  json: boolean;
  baseline: number;
}

function parseArgs(args: readonly string[]): Args | string {
  const out: Args = {
    data: null,
    chains: null,
    predictions: null,
    json: false,
    baseline: BASELINE_THRESHOLD,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | null => {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    if (a === '--json') out.json = true;
    else if (
      a === '--data' ||
      a === '--story-chains' ||
      a === '--predictions' ||
      a === '--baseline-threshold'
    ) {
      const v = value();
      if (v === null) return `${a} needs a value`;
      if (a === '--data') out.data = v;
      else if (a === '--story-chains') out.chains = v;
      else if (a === '--predictions') out.predictions = v;
      else {
        out.baseline = Number(v);
        if (!Number.isFinite(out.baseline) || out.baseline <= 0 || out.baseline >= 1) {
          return `--baseline-threshold must be a number between 0 and 1, got '${v}'`;
        }
      }
    } else return `unknown option '${a}'`;
  }
  if (!out.data && !out.chains) return 'give --data FILE.jsonl (and/or --story-chains DIR)';
  return out;
}

const f3 = (x: number): string => x.toFixed(3);
const prfCells = (p: PRF): string => `${f3(p.precision)}  ${f3(p.recall)}  ${f3(p.f1)}`;

function scoreRow(name: string, s: ClusteringScores, ms: number): string {
  return `${name.padEnd(22)} ${String(s.predictedClusters).padStart(8)}   ${prfCells(s.bcubed)}   ${prfCells(s.pairwise)}  ${String(Math.round(ms)).padStart(7)}`;
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

/** The two CSVs of a story-chains folder: the pairs file is the one whose header starts with url1. */
function findChainFiles(dir: string): [string, string] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: not a folder`);
  const csvs = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => path.join(dir, f));
  const head = (f: string): string =>
    readFileSync(f, 'utf8')
      .slice(0, 200)
      .replace(/^\uFEFF/, '');
  const pairs = csvs.find((f) => head(f).startsWith('url1;'));
  const texts = csvs.find((f) => /^"?url"?,/.test(head(f)) && /\btext\b/.test(head(f).split('\n')[0]!));
  if (!pairs || !texts)
    throw new Error(`${dir}: expected a texts CSV (url,...,text) and a pairs CSV (url1;url2;relation)`);
  return [texts, pairs];
}

export const evalClusteringCommand: Command = {
  name: 'clustering',
  summary: 'Story clustering on ECB+ (B-cubed, pairwise) and story-chains pairs, beside a TF-IDF baseline',
  help,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`wireproof eval clustering: ${parsed}\n\n${help}\n`);
      return 2;
    }
    const resolve = (p: string): string => path.resolve(io.cwd, p);
    const result: Record<string, unknown> = {};
    const lines: string[] = [];
    const header = `${'system'.padEnd(22)} ${'clusters'.padStart(8)}   B3-P   B3-R   B3-F1    pw-P   pw-R   pw-F1  time-ms`;

    if (parsed.data) {
      const file = resolve(parsed.data);
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (e) {
        io.stderr(`wireproof eval clustering: cannot read ${file}: ${(e as Error).message}\n`);
        return 1;
      }
      const { docs, errors } = parseEcbJsonl(content, parsed.data);
      for (const e of errors) io.stderr(`${e.origin}: ${e.message} (skipped)\n`);
      if (docs.length === 0) {
        io.stderr(`wireproof eval clustering: ${file}: no usable documents\n`);
        return 1;
      }
      const sources = docs.map((d) => d.source);
      const [threads, tThreads] = timed(() => predictThreads(sources));
      const [stories, tStories] = timed(() => predictStories(sources));
      const [base, tBase] = timed(() => tfidfAgglomerative(sources, parsed.baseline));
      const sThreads = scoreClustering(docs, threads);
      const sStories = scoreClustering(docs, stories);
      const sBase = scoreClustering(docs, base);
      result.ecb = {
        data: parsed.data,
        docs: docs.length,
        skipped: errors.length,
        goldClusters: sThreads.goldClusters,
        wireproof: { ...sThreads, ms: Math.round(tThreads) },
        wireproofStories: { ...sStories, ms: Math.round(tStories) },
        baseline: { ...sBase, threshold: parsed.baseline, ms: Math.round(tBase) },
      };
      lines.push(
        `${parsed.data}: ${docs.length} documents, ${sThreads.goldClusters} gold clusters${errors.length ? `, ${errors.length} skipped` : ''}`,
        header,
        scoreRow('wireproof (threads)', sThreads, tThreads),
        scoreRow('wireproof (stories)', sStories, tStories),
        scoreRow(`baseline tfidf@${parsed.baseline}`, sBase, tBase),
        '',
      );
      if (parsed.predictions) {
        const out = resolve(parsed.predictions);
        writeFileSync(
          out,
          docs
            .map((d) => `${JSON.stringify({ doc_id: d.source.id, cluster: threads.get(d.source.id) })}\n`)
            .join(''),
        );
        lines.push(`predictions: ${out}`, '');
      }
    }

    if (parsed.chains) {
      const dir = resolve(parsed.chains);
      let chains;
      try {
        const [texts, pairs] = findChainFiles(dir);
        chains = parseStoryChains(readFileSync(texts, 'utf8'), readFileSync(pairs, 'utf8'), [texts, pairs]);
      } catch (e) {
        io.stderr(`wireproof eval clustering: ${(e as Error).message}\n`);
        return 1;
      }
      const [threads, tThreads] = timed(() => predictThreads(chains.sources));
      const [stories, tStories] = timed(() => predictStories(chains.sources));
      const [base, tBase] = timed(() => tfidfAgglomerative(chains.sources, parsed.baseline));
      const row = (name: string, s: ReturnType<typeof labelledPairs>, ms: number): string =>
        `${name.padEnd(22)} ${prfCells(s)}   tp ${s.tp} fp ${s.fp} fn ${s.fn}  ${Math.round(ms)} ms`;
      const sT = labelledPairs(chains.pairs, threads);
      const sS = labelledPairs(chains.pairs, stories);
      const sB = labelledPairs(chains.pairs, base);
      result.storyChains = {
        dir: parsed.chains,
        articles: chains.sources.length,
        pairs: chains.pairs.length,
        positive: chains.pairs.filter((p) => p.same).length,
        wireproof: { ...sT, ms: Math.round(tThreads) },
        wireproofStories: { ...sS, ms: Math.round(tStories) },
        baseline: { ...sB, threshold: parsed.baseline, ms: Math.round(tBase) },
      };
      lines.push(
        `${parsed.chains}: ${chains.sources.length} articles, ${chains.pairs.length} labelled pairs (${chains.pairs.filter((p) => p.same).length} same chain); pairwise over labelled pairs`,
        `${'system'.padEnd(22)} P      R      F1`,
        row('wireproof (threads)', sT, tThreads),
        row('wireproof (stories)', sS, tStories),
        row(`baseline tfidf@${parsed.baseline}`, sB, tBase),
        '',
      );
    }
    io.stdout(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : `${lines.join('\n')}\n`);
    return 0;
  },
};

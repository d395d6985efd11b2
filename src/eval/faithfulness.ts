// Faithfulness benchmark runner: score {id, source, claim, label} rows, choose one threshold on the dev files
// together, report balanced accuracy, ROC AUC and claims per second for each test file.
import { readFile } from 'node:fs/promises';
import { balancedAccuracy, bestSharedThreshold, rocAuc } from './classification-metrics.ts';

export interface FaithRow {
  readonly id: string;
  readonly source: string;
  readonly claim: string;
  readonly label: 0 | 1;
}

export interface RowError {
  /** "file:line" */
  readonly origin: string;
  readonly message: string;
}

export type Scorer = (source: string, claim: string) => number;

export interface DatasetResult {
  readonly file: string;
  readonly n: number;
  readonly bacc: number;
  readonly auc: number;
  readonly claims_per_s: number;
}

export interface Prediction {
  readonly id: string;
  readonly score: number;
  readonly verdict: 'supported' | 'unsupported';
}

export interface FaithfulnessReport {
  readonly threshold: number;
  readonly datasets: readonly DatasetResult[];
}

/** Parses JSONL rows; a bad line is reported with its file and line and skipped. */
export function parseFaithfulnessJsonl(
  content: string,
  file: string,
): { rows: FaithRow[]; errors: RowError[] } {
  const rows: FaithRow[] = [];
  const errors: RowError[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const origin = `${file}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      errors.push({ origin, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const o = obj as Record<string, unknown>;
    const label =
      o.label === 1 || o.label === true || o.label === '1'
        ? 1
        : o.label === 0 || o.label === false || o.label === '0'
          ? 0
          : null;
    if (typeof o.source !== 'string' || typeof o.claim !== 'string' || label === null) {
      errors.push({ origin, message: 'expected {id, source: string, claim: string, label: 0|1}' });
      return;
    }
    rows.push({
      id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : `${file}:${i + 1}`,
      source: o.source,
      claim: o.claim,
      label,
    });
  });
  return { rows, errors };
}

export async function readFaithfulnessFile(file: string): Promise<{ rows: FaithRow[]; errors: RowError[] }> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    return {
      rows: [],
      errors: [
        {
          origin: file,
          message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        },
      ],
    };
  }
  return parseFaithfulnessJsonl(content, file);
}

/**
 * Scores rows one after another on this thread; returns the scores and the CPU seconds the process spent
 * (user + system), so claims per second means per core even on a busy machine.
 */
export function scoreRows(rows: readonly FaithRow[], scorer: Scorer): { scores: number[]; seconds: number } {
  const t0 = process.cpuUsage();
  const scores = rows.map((r) => scorer(r.source, r.claim));
  const used = process.cpuUsage(t0);
  return { scores, seconds: (used.user + used.system) / 1e6 };
}

export interface EvaluateOptions {
  readonly dev: readonly { file: string; rows: readonly FaithRow[] }[];
  readonly test: readonly { file: string; rows: readonly FaithRow[] }[];
  readonly scorer: Scorer;
  /** Called before each timed test file (e.g. to clear caches so speed is not flattered). */
  readonly beforeTest?: () => void;
}

export function evaluateFaithfulness(opts: EvaluateOptions): {
  report: FaithfulnessReport;
  predictions: Prediction[];
} {
  const devScored = opts.dev.map((d) => {
    const { scores } = scoreRows(d.rows, opts.scorer);
    return d.rows.map((r, i) => ({ score: scores[i]!, label: r.label }));
  });
  // Several dev files weigh alike: the threshold maximises their mean balanced accuracy.
  const threshold = devScored.some((g) => g.length) ? bestSharedThreshold(devScored).threshold : 0.5;
  const datasets: DatasetResult[] = [];
  const predictions: Prediction[] = [];
  for (const t of opts.test) {
    opts.beforeTest?.();
    const { scores, seconds } = scoreRows(t.rows, opts.scorer);
    const scored = t.rows.map((r, i) => ({ score: scores[i]!, label: r.label }));
    datasets.push({
      file: t.file,
      n: t.rows.length,
      bacc: round(balancedAccuracy(scored, threshold)),
      auc: round(rocAuc(scored)),
      claims_per_s: Math.round(t.rows.length / Math.max(seconds, 1e-9)),
    });
    t.rows.forEach((r, i) =>
      predictions.push({
        id: r.id,
        score: round(scores[i]!),
        verdict: scores[i]! >= threshold ? 'supported' : 'unsupported',
      }),
    );
  }
  return { report: { threshold: round(threshold), datasets }, predictions };
}

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : x);

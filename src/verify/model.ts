// The support model: a logistic regression over named features, its weights read from weights.json
// (written by `npm run fit:verifier`, reviewed, committed).
import { readFileSync } from 'node:fs';

export const FEATURES = [
  'covBest',
  'covWindow',
  'covTop',
  'covDoc',
  'missName',
  'missNum',
  'missContent',
  'pairs',
  'length',
  'missBeyond',
  'windowShort',
  'timeUnsupported',
  'numberUnsupported',
  'entityUnsupported',
  'quoteUnsupported',
  'roleFail',
  'negationFail',
  'coverageFail',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

export interface ModelWeights {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Decision threshold on the support probability, chosen on the fitting data. */
  readonly threshold: number;
  /** Score multiplier for a claim with a hard contradiction (date, number, name, quote). */
  readonly hardFactor: number;
  /**
   * Score multiplier for a claim with a soft contradiction (a negation or antonym the evidence opposes): the
   * verdict already calls it contradicted; the score follows, less firmly than for a hard one. 1 when absent.
   */
  readonly softFactor?: number;
  readonly fitted?: Readonly<Record<string, unknown>>;
}

let loaded: ModelWeights | null = null;

/** The committed weights (src/verify/weights.json). */
export function defaultWeights(): ModelWeights {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(new URL('./weights.json', import.meta.url), 'utf8')) as ModelWeights;
    validateWeights(raw, 'src/verify/weights.json');
    loaded = raw;
  }
  return loaded;
}

export function validateWeights(w: ModelWeights, origin: string): void {
  if (!Array.isArray(w.features) || !Array.isArray(w.weights) || w.features.length !== w.weights.length)
    throw new Error(`${origin}: "features" and "weights" must be arrays of the same length`);
  for (const f of w.features)
    if (!(FEATURES as readonly string[]).includes(f)) throw new Error(`${origin}: unknown feature "${f}"`);
  if (typeof w.bias !== 'number' || typeof w.threshold !== 'number')
    throw new Error(`${origin}: "bias" and "threshold" must be numbers`);
}

export function vectorOf(f: FeatureVector, names: readonly string[]): number[] {
  return names.map((n) => f[n as FeatureName] ?? 0);
}

/** Support probability in [0, 1]. */
export function predict(w: ModelWeights, f: FeatureVector): number {
  let z = w.bias;
  for (let i = 0; i < w.features.length; i++) z += w.weights[i]! * (f[w.features[i] as FeatureName] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits L2-regularised logistic regression by batch gradient descent; classes are balanced unless `sampleWeights`
 * gives each row its own weight.
 */
export function fitLogistic(
  xs: readonly number[][],
  ys: readonly (0 | 1)[],
  opts: { l2?: number; iterations?: number; rate?: number; sampleWeights?: readonly number[] } = {},
): { weights: number[]; bias: number } {
  const l2 = opts.l2 ?? 0.01;
  const iterations = opts.iterations ?? 3000;
  const rate = opts.rate ?? 0.5;
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const pos = ys.filter((y) => y === 1).length;
  const neg = ys.length - pos;
  const cw = [ys.length / (2 * Math.max(neg, 1)), ys.length / (2 * Math.max(pos, 1))];
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let r = 0; r < xs.length; r++) {
      const x = xs[r]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - ys[r]!) * (opts.sampleWeights ? opts.sampleWeights[r]! : cw[ys[r]!]!);
      for (let j = 0; j < d; j++) g[j]! += e * x[j]!;
      gb += e;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (g[j]! / xs.length + l2 * w[j]!);
    b -= rate * (gb / xs.length);
  }
  return { weights: w, bias: b };
}

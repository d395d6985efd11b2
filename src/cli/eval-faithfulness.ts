import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateFaithfulness, readFaithfulnessFile, type FaithRow } from '../eval/faithfulness.ts';
import {
  clearVerifyCaches,
  scoreSupport,
  validateWeights,
  warmUp,
  type ModelWeights,
} from '../verify/index.ts';
import { UsageError, type Command } from './io.ts';

const help = `Usage: wireproof eval faithfulness --dev FILE.jsonl... --test FILE.jsonl... [--json] [--predictions OUT.jsonl]

Scores each {id, source, claim, label} row with the verifier (support probability; a multi-sentence claim is
judged sentence by sentence, the weakest sentence decides), chooses one decision threshold that maximises the
mean balanced accuracy of the --dev files (each file weighs alike, whatever its size), and reports for each --test
file: rows, balanced accuracy at that threshold, ROC AUC and claims per second (one core, source caches cleared
before each file).

Options:
  --dev FILE         development file (repeatable; several may follow one flag)
  --test FILE        test file (repeatable)
  --json             print {threshold, datasets: [{file, n, bacc, auc, claims_per_s}]} on stdout
  --predictions OUT  write {id, score, verdict} per test row as JSONL
  --weights FILE     use this model instead of src/verify/weights.json (e.g. one fitted without the test
                     data: npm run fit:verifier -- --dry-run --held-out-dir DIR)

Example:
  wireproof eval faithfulness --dev ../shared/bench/faithfulness/qags_sentences.jsonl \\
    --test ../shared/bench/faithfulness/xsumfaith_val.jsonl --json`;

/** parseArgs takes one value per flag; also accept "--dev a.jsonl b.jsonl". */
function collectFiles(args: string[]): { dev: string[]; test: string[]; rest: string[] } {
  const dev: string[] = [];
  const test: string[] = [];
  const rest: string[] = [];
  let into: string[] | null = null;
  for (const a of args) {
    if (a === '--dev') into = dev;
    else if (a === '--test') into = test;
    else if (a.startsWith('--dev=')) dev.push(a.slice(6));
    else if (a.startsWith('--test=')) test.push(a.slice(7));
    else if (a.startsWith('-')) {
      into = null;
      rest.push(a);
    } else if (into) into.push(a);
    else rest.push(a);
  }
  return { dev, test, rest };
}

export const evalFaithfulnessCommand: Command = {
  name: 'faithfulness',
  summary: 'Claim-vs-source support (XSumFaith, SummEdits, WiCE, QAGS): balanced accuracy, AUC, speed',
  help,
  async run(args, io) {
    const { dev, test, rest } = collectFiles(args);
    const { values, positionals } = parseArgs({
      args: rest,
      options: { json: { type: 'boolean' }, predictions: { type: 'string' }, weights: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (test.length === 0) throw new UsageError('give at least one --test FILE.jsonl');
    if (dev.length === 0)
      throw new UsageError('give at least one --dev FILE.jsonl (the threshold is chosen on it)');
    const load = async (files: string[]): Promise<{ file: string; rows: FaithRow[] }[]> => {
      const out: { file: string; rows: FaithRow[] }[] = [];
      for (const f of files) {
        const { rows, errors } = await readFaithfulnessFile(resolve(io.cwd, f));
        for (const e of errors.slice(0, 5)) io.stderr(`${e.origin}: ${e.message}\n`);
        if (errors.length > 5) io.stderr(`${f}: ${errors.length - 5} more bad lines skipped\n`);
        out.push({ file: f, rows });
      }
      return out;
    };
    const devData = await load(dev);
    const testData = await load(test);
    if (devData.every((d) => d.rows.length === 0)) {
      io.stderr('wireproof eval faithfulness: no usable rows in the --dev files\n');
      return 1;
    }
    let weights: ModelWeights | undefined;
    if (values.weights) {
      const file = resolve(io.cwd, values.weights);
      try {
        weights = JSON.parse(await readFile(file, 'utf8')) as ModelWeights;
        validateWeights(weights, values.weights);
      } catch (e) {
        io.stderr(`wireproof eval faithfulness: --weights ${values.weights}: ${(e as Error).message}\n`);
        return 1;
      }
    }
    warmUp();
    const { report, predictions } = evaluateFaithfulness({
      dev: devData,
      test: testData,
      scorer: (source, claim) => scoreSupport(source, claim, null, weights),
      beforeTest: clearVerifyCaches,
    });
    if (values.predictions) {
      await writeFile(
        resolve(io.cwd, values.predictions),
        predictions.map((p) => JSON.stringify(p)).join('\n') + '\n',
      );
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(report)}\n`);
    } else {
      io.stdout(`threshold ${report.threshold} (chosen on ${dev.join(', ')})\n`);
      io.stdout(
        `${'file'.padEnd(48)} ${'n'.padStart(6)} ${'bacc'.padStart(7)} ${'auc'.padStart(7)} ${'claims/s'.padStart(9)}\n`,
      );
      for (const d of report.datasets) {
        io.stdout(
          `${d.file.padEnd(48)} ${String(d.n).padStart(6)} ${(d.bacc * 100).toFixed(1).padStart(7)} ${(d.auc * 100).toFixed(1).padStart(7)} ${String(d.claims_per_s).padStart(9)}\n`,
        );
      }
    }
    return 0;
  },
};

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.ts';
import { memoryIO } from './io.ts';

// Invented rows: a report and claims that keep, change or add to its facts.
const SOURCE =
  'The Harbour Workers Union said 1,200 dock workers at Valmora stopped work on Tuesday. ' +
  'The port authority rejected the union demand for a second night crew. More than 30 ships were delayed.';
const rows = (prefix: string) =>
  [
    { claim: 'About 1,200 dock workers at Valmora stopped work.', label: 1 },
    { claim: 'The port authority rejected the demand for a second night crew.', label: 1 },
    { claim: 'More than 30 ships were delayed at Valmora.', label: 1 },
    { claim: 'About 4,000 dock workers at Valmora stopped work.', label: 0 },
    { claim: 'Mayor Ana Lind rejected the demand for a second night crew.', label: 0 },
    { claim: 'Police arrested twelve protesters after clashes near the harbour gate.', label: 0 },
  ]
    .map((r, i) => JSON.stringify({ id: `${prefix}${i}`, source: SOURCE, claim: r.claim, label: r.label }))
    .join('\n');

test('eval faithfulness --json reports threshold and per-file metrics; --predictions writes one row per test row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-eval-'));
  writeFileSync(join(dir, 'dev.jsonl'), rows('d'));
  writeFileSync(join(dir, 'test.jsonl'), `${rows('t')}\nnot json\n`);
  const m = memoryIO({}, dir);
  const code = await main(
    [
      'eval',
      'faithfulness',
      '--dev',
      'dev.jsonl',
      '--test',
      'test.jsonl',
      '--json',
      '--predictions',
      'p.jsonl',
    ],
    m.io,
  );
  assert.equal(code, 0, m.stderr());
  assert.match(m.stderr(), /test\.jsonl:7: not valid JSON/);
  const report = JSON.parse(m.stdout()) as {
    threshold: number;
    datasets: { file: string; n: number; bacc: number; auc: number; claims_per_s: number }[];
  };
  assert.equal(typeof report.threshold, 'number');
  assert.equal(report.datasets.length, 1);
  const d = report.datasets[0]!;
  assert.deepEqual([d.file, d.n], ['test.jsonl', 6]);
  assert.equal(d.auc, 1, 'supported claims should all score above the changed ones');
  assert.equal(d.bacc, 1);
  assert.ok(d.claims_per_s > 0);
  const preds = readFileSync(join(dir, 'p.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; verdict: string });
  assert.deepEqual(
    preds.map((p) => p.id),
    ['t0', 't1', 't2', 't3', 't4', 't5'],
  );
  assert.deepEqual(
    preds.map((p) => p.verdict),
    ['supported', 'supported', 'supported', 'unsupported', 'unsupported', 'unsupported'],
  );
});

test('eval faithfulness needs --dev and --test', async () => {
  const m = memoryIO();
  assert.equal(await main(['eval', 'faithfulness', '--test', 'x.jsonl'], m.io), 2);
  assert.equal(await main(['eval', 'faithfulness', '--dev', 'x.jsonl'], m.io), 2);
});

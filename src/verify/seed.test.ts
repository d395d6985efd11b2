// The seed check (issue 3): 004 against the wire report 000, then with the June 2026 Brussels-talks report.
// Reads the seeds from ../shared/seeds beside the repo and skips when they are absent; copies nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/main.ts';
import { memoryIO } from '../cli/io.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const seeds = resolve(repoRoot, '../shared/seeds');
const article = resolve(seeds, '004_c4a96acf9c2639a5.txt');
const wire = resolve(seeds, '000_7b8a9707b66ecb06.txt');
const talks = resolve(repoRoot, 'examples/seed/2026-06-23-brussels-talks.md');
const skip = existsSync(article) && existsSync(wire) ? false : `seeds not found in ${seeds}`;

interface JsonSentence {
  text: string;
  verdict: string;
  reasons: { kind: string; detail: string }[];
}

async function verify(sources: string[]): Promise<JsonSentence[]> {
  const { io, stdout, stderr } = memoryIO({}, repoRoot);
  const code = await main(
    ['verify', article, ...sources.flatMap((s) => ['--source', s]), '--format', 'json'],
    io,
  );
  assert.equal(code, 0, stderr());
  return (JSON.parse(stdout()) as { sentences: JsonSentence[] }).sentences;
}

const find = (rows: JsonSentence[], re: RegExp): JsonSentence => {
  const s = rows.find((r) => re.test(r.text));
  assert.ok(s, `no sentence matches ${re}`);
  return s;
};

test(
  'seed: against 000 alone, the Brussels meeting and "early 2024" are not supported, for the right reasons',
  { skip },
  async () => {
    const rows = await verify([`${wire}@2025-10-20`]);
    const meeting = find(rows, /^A delegation from the Taliban met/);
    assert.notEqual(meeting.verdict, 'supported');
    // No source has the Taliban meeting anyone.
    assert.ok(
      meeting.reasons.some((r) => r.kind === 'role' && /Taliban/.test(r.detail)),
      JSON.stringify(meeting.reasons),
    );
    const early = find(rows, /early 2024/);
    assert.notEqual(early.verdict, 'supported');
    assert.ok(
      early.reasons.some((r) => r.kind === 'date' && /early 2024/.test(r.detail)),
      JSON.stringify(early.reasons),
    );
  },
);

test(
  'seed: with the Brussels-talks report, the lede is supported, "early 2024" contradicted, the demand role flagged',
  { skip: skip || (existsSync(talks) ? false : `${talks} missing`) },
  async () => {
    const rows = await verify([talks, `${wire}@2025-10-20`]);
    assert.equal(find(rows, /^A delegation from the Taliban met/).verdict, 'supported');
    const early = find(rows, /early 2024/);
    assert.equal(early.verdict, 'contradicted');
    assert.equal(early.reasons[0]!.kind, 'date');
    assert.match(early.reasons[0]!.detail, /2026-06-23/);
    const demand = find(rows, /^The primary focus of the talks was the Taliban's demand/);
    assert.notEqual(demand.verdict, 'supported');
    assert.ok(
      demand.reasons.some((r) => r.kind === 'role' && /Taliban/.test(r.detail) && /EU/.test(r.detail)),
      JSON.stringify(demand.reasons),
    );
  },
);

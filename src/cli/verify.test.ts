import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main.ts';
import { memoryIO } from './io.ts';
import { startMockLlmServer } from '../llm/index.ts';

const data = fileURLToPath(new URL('../verify/testdata/', import.meta.url));
const article = `${data}audit-article.md`;
const port = `${data}port-strike.md`;
const flood = `${data}flood-relief.md`;

async function run(args: string[], env: Record<string, string> = {}) {
  const m = memoryIO(env, data);
  const code = await main(['verify', ...args], m.io);
  return { code, out: m.stdout(), err: m.stderr() };
}

test('verify --format json matches the golden report (set UPDATE_GOLDEN=1 to rewrite)', async () => {
  const { code, out, err } = await run([article, '--source', port, '--source', flood, '--format', 'json']);
  assert.equal(code, 0, err);
  const golden = `${data}audit-article.golden.json`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, out);
  assert.equal(out, readFileSync(golden, 'utf8'));
  const report = JSON.parse(out) as {
    schema: string;
    sentences: { verdict: string; reasons: { kind: string }[] }[];
  };
  assert.equal(report.schema, 'wireproof.verify/1');
  const verdicts = report.sentences.map((s) => s.verdict);
  assert.equal(verdicts[0], 'supported');
  // "called in January 2025": the strike began on Tuesday 2026-03-10.
  assert.equal(verdicts[2], 'contradicted');
  assert.equal(report.sentences[2]!.reasons[0]!.kind, 'date');
  // Marren was invited by Oduya, not the other way round.
  assert.notEqual(verdicts[3], 'supported');
  // "accepted" vs "rejected".
  assert.equal(verdicts[4], 'contradicted');
});

test('verify: text and markdown show verdicts, reasons and evidence; html comes from the publish stage', async () => {
  const text = await run([article, '--source', port, '--source', flood]);
  assert.match(text.out, /CONTRADICTED/);
  assert.match(text.out, /evidence \[1\]: Dock workers at the port of Valmora/);
  const md = await run([article, '--source', port, '--source', flood, '--format', 'md']);
  assert.match(md.out, /^# Verification: Valmora dock strike enters second day/);
  assert.match(md.out, /\| contradicted \|/);
  const html = await run([article, '--source', port, '--source', flood, '--format', 'html']);
  assert.equal(html.code, 0, html.err);
  assert.match(html.out, /<html/i);
});

test('verify --fail-on sets the exit code', async () => {
  const base = [article, '--source', port, '--source', flood, '--format', 'json'];
  assert.equal((await run([...base, '--fail-on', 'contradicted'])).code, 1);
  assert.equal((await run([...base, '--fail-on', 'unsupported'])).code, 1);
  // A sentence the source states word for word passes both gates.
  const one = `${data}one-line.tmp.md`;
  writeFileSync(one, 'About 1,200 workers stopped loading container ships at dawn [1].\n');
  try {
    assert.equal((await run([one, '--source', port, '--fail-on', 'unsupported'])).code, 0);
  } finally {
    rmSync(one, { force: true });
  }
});

test('verify: usage errors and unreadable inputs are named', async () => {
  assert.equal((await run([article])).code, 2);
  assert.equal((await run([article, '--source', port, '--format', 'pdf'])).code, 2);
  const missing = await run(['no-such-article.md', '--source', port]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no-such-article\.md/);
  // A missing source is reported; sentences citing it are unsupported, the run goes on.
  const r = await run([article, '--source', 'missing-source.md', '--source', flood, '--format', 'json']);
  assert.equal(r.code, 0);
  assert.match(r.err, /missing-source\.md/);
});

test('verify --judge llm asks the model only about undecided sentences, within the budget', async () => {
  const server = await startMockLlmServer(() => ({
    json: { label: 'supported', reason: 'the excerpt says so' },
  }));
  try {
    const env = { OPENAI_BASE_URL: server.url, WIREPROOF_LLM_MODEL: 'mock-model', OPENAI_API_KEY: 'test' };
    const plain = JSON.parse(
      (await run([article, '--source', port, '--source', flood, '--format', 'json'])).out,
    ) as {
      sentences: { verdict: string; reasons: { kind: string }[] }[];
    };
    const r = await run(
      [
        article,
        '--source',
        port,
        '--source',
        flood,
        '--format',
        'json',
        '--judge',
        'llm',
        '--judge-max-calls',
        '1',
      ],
      env,
    );
    assert.equal(r.code, 0, r.err);
    const judged = JSON.parse(r.out) as { sentences: { verdict: string; reasons: { detail: string }[] }[] };
    const calls = server.chatRequests().length;
    assert.ok(calls <= 1, `calls ${calls}`);
    // Symbolic contradictions stay whatever the model says.
    plain.sentences.forEach((s, i) => {
      if (s.verdict === 'contradicted') assert.equal(judged.sentences[i]!.verdict, 'contradicted');
    });
    const changed = judged.sentences.filter((s, i) => s.verdict !== plain.sentences[i]!.verdict);
    assert.equal(changed.length, calls);
    for (const s of changed) assert.match(s.reasons.map((x) => x.detail).join(' '), /LLM judge/);
  } finally {
    await server.close();
  }
});

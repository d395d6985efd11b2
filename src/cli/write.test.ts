import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './main.ts';
import { memoryIO } from './io.ts';

// Tests of `wireproof write` and `wireproof eval summarization`.
const repo = fileURLToPath(new URL('../../', import.meta.url));
const cli = async (argv: string[], env: Record<string, string> = {}) => {
  const mem = memoryIO(env, repo);
  const code = await main(argv, mem.io);
  return { code, stdout: mem.stdout(), stderr: mem.stderr() };
};
const douro = [
  'examples/corpus/2026-04-08-harbourline-douro-floods-force-evacuations.md',
  'examples/corpus/2026-04-08-northcoast-douro-floods-evacuations.md',
];

describe('wireproof write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wireproof-write-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes Markdown with citations and a source list, exit 0 when published', async () => {
    const r = await cli(['write', ...douro]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# .+\n/);
    assert.match(r.stdout, /\[1\]/);
    assert.match(r.stdout, /## Sources\n\n1\. Harbourline News/);
    assert.match(r.stderr, /published: \d+ sentences supported/);
  });

  it('writes JSON and HTML to a file with -o', async () => {
    const json = join(dir, 'a.json');
    assert.equal((await cli(['write', ...douro, '--format', 'json', '-o', json])).code, 0);
    const parsed = JSON.parse(readFileSync(json, 'utf8')) as { status: string };
    assert.equal(parsed.status, 'published');
    const html = join(dir, 'a.html');
    assert.equal((await cli(['write', ...douro, '--format', 'html', '-o', html])).code, 0);
    assert.match(readFileSync(html, 'utf8'), /<html/i);
  });

  it('names a missing file and goes on with the others', async () => {
    const r = await cli(['write', douro[0]!, 'examples/corpus/no-such-report.md']);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /no-such-report\.md/);
  });

  it('rejects bad options with exit 2', async () => {
    assert.equal((await cli(['write', douro[0]!, '--format', 'pdf'])).code, 2);
    assert.equal((await cli(['write', douro[0]!, '--writer', 'magic'])).code, 2);
    assert.equal((await cli(['write'])).code, 2);
    const llm = await cli(['write', douro[0]!, '--writer', 'llm']);
    assert.equal(llm.code, 2);
    assert.match(llm.stderr, /OPENAI_BASE_URL/);
  });

  it('fails with 1 when nothing can be read', async () => {
    const r = await cli(['write', 'examples/corpus/missing.md']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no source could be read/);
  });
});

describe('wireproof eval summarization', () => {
  const data = 'src/eval/testdata/neus-mini.jsonl';
  it('prints the three systems and the support share; names the bad line', async () => {
    const r = await cli(['eval', 'summarization', '--data', data]);
    assert.equal(r.code, 1, 'a bad line makes the exit status 1');
    assert.match(r.stdout, /wireproof\s+\d+\.\d+/);
    assert.match(r.stdout, /lead-3\s+\d+\.\d+/);
    assert.match(r.stdout, /LexRank\s+\d+\.\d+/);
    assert.match(r.stdout, /supported: \d+\/\d+ published sentences \(100\.00%\)/);
    assert.match(r.stderr, /neus-mini\.jsonl:2:/);
  });

  it('--json and --predictions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wireproof-eval-'));
    try {
      const out = join(dir, 'pred.jsonl');
      const r = await cli(['eval', 'summarization', '--data', data, '--json', '--predictions', out]);
      const report = JSON.parse(r.stdout) as { rows: number; systems: Record<string, { rouge1: number }> };
      assert.equal(report.rows, 2);
      assert.ok(report.systems.wireproof!.rouge1 > 0);
      const preds = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.deepEqual(
        preds.map((p) => p.id),
        ['mini-1', 'mini-3'],
      );
      for (const p of preds) {
        assert.deepEqual(Object.keys(p).sort(), ['headline', 'id', 'sentences', 'text']);
        const sentences = p.sentences as { text: string; citations: number[] }[];
        assert.ok(sentences.length > 0 && sentences.every((s) => s.citations.length > 0));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('requires --data and names a missing file', async () => {
    assert.equal((await cli(['eval', 'summarization'])).code, 2);
    const r = await cli(['eval', 'summarization', '--data', 'nope.jsonl']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nope\.jsonl/);
  });
});

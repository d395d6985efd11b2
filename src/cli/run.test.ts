import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './main.ts';
import { memoryIO } from './io.ts';
import { startMockLlmServer } from '../llm/index.ts';

// Tests of the pipeline commands: run, ingest, stories, search.
const testdata = (name: string): string => new URL(`../pipeline/testdata/${name}`, import.meta.url).pathname;

describe('pipeline commands', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wireproof-cli-'));
    cpSync(testdata('corpus'), join(dir, 'corpus'), { recursive: true });
    cpSync(testdata('bad'), join(dir, 'corpus'), { recursive: true });
    cpSync(testdata('later'), join(dir, 'later'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cli = async (argv: string[], opts: { tty?: boolean; env?: Record<string, string> } = {}) => {
    const mem = memoryIO(opts.env ?? {}, dir);
    const code = await main(argv, opts.tty ? { ...mem.io, isTTY: true } : mem.io);
    return { code, stdout: mem.stdout(), stderr: mem.stderr() };
  };

  for (const name of ['run', 'ingest', 'stories', 'search']) {
    it(`${name} --help`, async () => {
      const r = await cli([name, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: wireproof ${name}`));
    });
  }

  it('run: summary on stdout, one log line per stage on stderr, bad files listed', async () => {
    const r = await cli(['run', '--from', 'corpus', '--out', 'site']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^sources: +5 read, 5 new, 5 stored, 2 input error\(s\)$/m);
    assert.match(r.stdout, /^stories: +2 /m);
    assert.match(r.stdout, /^articles: +2 written this run; 2 in all/m);
    assert.match(r.stdout, /^sentences: +\d+ supported, \d+ flagged/m);
    assert.match(r.stdout, new RegExp(`${join(dir, 'corpus', 'empty.md')}: .+`));
    assert.match(r.stdout, new RegExp(`${join(dir, 'corpus', 'broken-front-matter.md')}(:\\d+)?: .+`));
    assert.deepEqual(
      r.stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(':')[1]),
      [' ingest', ' store', ' stories', ' write', ' publish'],
    );
    assert.ok(!r.stderr.includes('\r'), 'no bar when not on a terminal');
    assert.ok(existsSync(join(dir, 'site', 'wireproof.db')), 'the store defaults to OUT/wireproof.db');
    assert.ok(existsSync(join(dir, 'site', 'index.html')));
    const pages = readdirSync(join(dir, 'site', 'stories'));
    for (const ext of ['.md', '.json', '.html'])
      assert.equal(pages.filter((f) => f.endsWith(ext)).length, 2, ext);
  });

  it('run again with a new report: --json summary, progress bar on a terminal', async () => {
    const r = await cli(['run', '--from', 'corpus', 'later', '--out', 'site', '--json'], { tty: true });
    assert.equal(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout) as { sources: { new: number }; articles: { written: number } };
    assert.equal(summary.sources.new, 1);
    assert.equal(summary.articles.written, 1);
    assert.ok(r.stderr.includes('\r\u001b[2K['), 'the bar is redrawn in place');
    assert.match(r.stderr, /\[[#.]{24}\] (ingest|stories|write) \d+\/\d+/);
  });

  it('stories lists what run stored, as a table and as JSON', async () => {
    const table = await cli(['stories', '--db', 'site/wireproof.db']);
    assert.equal(table.code, 0, table.stderr);
    const rows = table.stdout.trim().split('\n');
    assert.match(rows[0]!, /^ID +REPORTS +OUTLETS +DATES +ARTICLE +TITLE$/);
    assert.equal(rows.length, 3);
    const json = await cli(['stories', '--json'], {
      env: { WIREPROOF_DB: join(dir, 'site', 'wireproof.db') },
    });
    const stories = JSON.parse(json.stdout) as {
      title: string;
      sourceIds: string[];
      outlets: string[];
      article: string;
    }[];
    const ferry = stories.find((s) => s.sourceIds.length === 3)!;
    assert.match(ferry.title, /ferry/i);
    // The wire copy is folded into its canonical report but its outlet still counts.
    assert.deepEqual(ferry.outlets, ['Kestrel Daily', 'Lowland Herald', 'Northgate Wire']);
    assert.ok(stories.every((s) => s.article === 'published' || s.article === 'held'));
  });

  it('search finds reports and articles; no match exits 1', async () => {
    const r = await cli(['search', 'conservators', 'maps', '--db', 'site/wireproof.db', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const hits = JSON.parse(r.stdout) as { kind: string; title: string; snippet: string }[];
    assert.ok(hits.some((h) => h.kind === 'source' && /library/i.test(h.title)));
    assert.ok(
      hits.every(
        (h) => /conservators/i.test(h.snippet) || /maps/i.test(h.snippet) || /library/i.test(h.title),
      ),
    );
    const none = await cli(['search', 'volcano', '--db', 'site/wireproof.db']);
    assert.equal(none.code, 1);
    assert.match(none.stdout, /no match for 'volcano'/);
  });

  it('ingest stores only new reports, and the next run picks them up', async () => {
    const first = await cli(['ingest', 'corpus', '--db', 'fresh.db']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^5 read, 5 new, 5 stored in /);
    assert.match(first.stdout, /error: .*empty\.md: /);
    const again = await cli(['ingest', 'corpus', 'later', '--db', 'fresh.db', '--json']);
    assert.deepEqual(
      (({ read, new: added, stored }) => ({ read, new: added, stored }))(
        JSON.parse(again.stdout) as Record<string, number>,
      ),
      { read: 6, new: 1, stored: 6 },
    );
    const run = await cli(['run', '--db', 'fresh.db', '--out', 'site2']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^sources: +0 read, 0 new, 6 stored/m);
    assert.match(run.stdout, /^articles: +2 written this run/m);
  });

  it('run --writer llm sends the stories to the configured server and reports its usage', async () => {
    // The model answers with JSON that is not an article: the writer must cope, and the run goes on.
    const server = await startMockLlmServer(() => ({
      json: { unexpected: true },
      usage: { prompt_tokens: 120, completion_tokens: 30 },
    }));
    try {
      const env = { OPENAI_BASE_URL: server.url, WIREPROOF_LLM_MODEL: 'mock-model', OPENAI_API_KEY: 'test' };
      const r = await cli(['run', '--from', 'corpus', '--out', 'site-llm', '--writer', 'llm'], { env });
      assert.equal(r.code, 0, r.stderr);
      const requests = server.chatRequests().length;
      assert.ok(requests >= 2, 'at least one request per story');
      assert.match(
        r.stdout,
        new RegExp(
          `^llm: +\\d+ call\\(s\\), ${requests} request\\(s\\), 0 from cache, ${120 * requests} \\+ ${30 * requests} tokens`,
          'm',
        ),
      );
      assert.match(r.stdout, /^stories: +2 /m);
    } finally {
      await server.close();
    }
  });

  const usage: { argv: string[]; code: number; stderr: RegExp }[] = [
    { argv: ['run', '--writer', 'poet'], code: 2, stderr: /--writer must be extractive or llm/ },
    { argv: ['run', '--source-date', '20-10-2025'], code: 2, stderr: /--source-date must be YYYY-MM-DD/ },
    { argv: ['run', '--writer', 'llm'], code: 2, stderr: /OPENAI_BASE_URL/ },
    { argv: ['run', '--frm', 'corpus'], code: 2, stderr: /--frm/ },
    { argv: ['ingest'], code: 2, stderr: /name at least one INPUT/ },
    { argv: ['search'], code: 2, stderr: /give a QUERY/ },
    { argv: ['search', 'x', '--limit', '0', '--db', 'site/wireproof.db'], code: 2, stderr: /--limit/ },
    { argv: ['stories', '--db', 'nowhere.db'], code: 1, stderr: /no store at .*nowhere\.db/ },
  ];
  for (const u of usage) {
    it(`wireproof ${u.argv.join(' ')} -> exit ${u.code}`, async () => {
      const r = await cli(u.argv);
      assert.equal(r.code, u.code, r.stderr);
      assert.match(r.stderr, u.stderr);
    });
  }
});

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLlmClient, llmConfigFromEnv, type LlmClient } from '../llm/index.ts';
import { defaultDbPath, formatSummary, progressReporter, runPipeline } from '../pipeline/index.ts';
import { UsageError, type CliIO, type Command } from './io.ts';

const help = `Usage: wireproof run [INPUT...] [--from DIR]... [--feeds FILE.opml|URL]... [options]

The main job, incremental: read new reports, store them, fold wire copies, group reports into stories,
write and verify an article for every new or changed story, and publish the site. Re-running on the
same inputs changes nothing; a new report joins its story and only that story's article is rewritten.
With no inputs it works on the reports already stored.

Inputs:
  INPUT                  a file (.md .txt .html .jsonl .json), a folder, a URL; FILE@YYYY-MM-DD sets its date
  --from DIR             a folder of reports (repeatable)
  --feeds FILE|URL       an OPML subscription list, or a feed URL (RSS, Atom, RDF, JSON Feed) (repeatable)

Options:
  --db FILE              the store (SQLite file; default: OUT/wireproof.db, or $WIREPROOF_DB)
  --out DIR              where the site goes: Markdown, JSON and HTML per story, index.html, feeds (default: out)
  --writer NAME          extractive (default, no model) or llm (OPENAI_BASE_URL, WIREPROOF_LLM_MODEL)
  --source-date DATE     publication date (YYYY-MM-DD) for reports that carry none
  --allow-private        let the fetcher reach loopback and private addresses (off: SSRF guard)
  --json                 print the run summary as JSON
  -h, --help             this help

Progress goes to stderr: a bar on a terminal, one line per stage otherwise. Bad inputs are listed with
their file or URL; the run goes on without them.

Example:
  wireproof run --from examples/corpus --out out --db out/wireproof.db`;

function llmClient(io: CliIO): LlmClient {
  const config = llmConfigFromEnv(io.env);
  if (!config)
    throw new UsageError('--writer llm needs OPENAI_BASE_URL and WIREPROOF_LLM_MODEL in the environment');
  return createLlmClient(config);
}

export const runCommand: Command = {
  name: 'run',
  summary: 'The main job: ingest, group into stories, write, verify and publish (incremental)',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string', multiple: true },
        feeds: { type: 'string', multiple: true },
        db: { type: 'string' },
        out: { type: 'string' },
        writer: { type: 'string' },
        'source-date': { type: 'string' },
        'allow-private': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    const writer = values.writer ?? 'extractive';
    if (writer !== 'extractive' && writer !== 'llm') {
      throw new UsageError(`--writer must be extractive or llm, not '${writer}'`);
    }
    const sourceDate = values['source-date'];
    if (sourceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(sourceDate)) {
      throw new UsageError(`--source-date must be YYYY-MM-DD, not '${sourceDate}'`);
    }
    const local = (p: string): string => (/^https?:\/\//i.test(p) ? p : resolve(io.cwd, p));
    const inputs = [...(values.from ?? []), ...(values.feeds ?? []), ...positionals].map(local);
    const out = values.out ?? 'out';
    const outDir = resolve(io.cwd, out);
    const dbPath = resolve(io.cwd, values.db ?? defaultDbPath(io.env, out));
    const llm = writer === 'llm' ? llmClient(io) : undefined;

    const summary = await runPipeline({
      inputs,
      dbPath,
      outDir,
      writer,
      ...(llm ? { llm } : {}),
      ...(sourceDate ? { sourceDate } : {}),
      ...(values['allow-private'] ? { allowPrivate: true } : {}),
      log: progressReporter(io.stderr, io.isTTY),
    });
    io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, out));
    return summary.missingStages.length ? 1 : 0;
  },
};

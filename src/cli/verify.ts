import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Source, Verdict } from '../model/index.ts';
import { ingestInputs } from '../ingest/index.ts';
import { createLlmClient, loadLlmConfig } from '../llm/index.ts';
import { renderAuditHtml } from '../publish/index.ts';
import {
  assignSources,
  buildReport,
  failsOn,
  judgeUndecided,
  parseArticle,
  renderReportJson,
  renderReportMarkdown,
  renderReportText,
  verifySentences,
} from '../verify/index.ts';
import { UsageError, type Command } from './io.ts';

const help = `Usage: wireproof verify ARTICLE --source SOURCE... [options]

Checks every sentence of ARTICLE against the sources it cites and prints a verdict per sentence
(supported, contradicted, unsupported, not checkable) with its reasons and evidence.
[n] refers to the n-th --source, unless the article carries its own numbered source list: then each listed
source is matched to a --source by URL or title, and the rest in order. A sentence without citations is
checked against all sources and reported as uncited.

Options:
  --source, -s SOURCE   a source file, folder or URL; FILE@YYYY-MM-DD sets its publication date (repeatable)
  --source-date DATE    publication date for sources that have none
  --date DATE           the article's own publication date (resolves its relative times)
  --format FORMAT       text (default), json, md, html
  --fail-on LEVEL       exit 1 when a sentence is 'contradicted', or 'unsupported' (unsupported or contradicted)
  --judge llm           ask the configured LLM (OPENAI_BASE_URL, WIREPROOF_LLM_MODEL) about undecided sentences
  --judge-max-calls N   at most N LLM calls (default 20)
  -o, --output FILE     write the report to FILE instead of stdout

Example:
  wireproof verify ../shared/seeds/004_c4a96acf9c2639a5.txt \\
    --source ../shared/seeds/000_7b8a9707b66ecb06.txt@2025-10-20`;

const FORMATS = ['text', 'json', 'md', 'html'] as const;

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check each sentence of an article against its cited sources',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        source: { type: 'string', short: 's', multiple: true },
        'source-date': { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        judge: { type: 'string' },
        'judge-max-calls': { type: 'string' },
        output: { type: 'string', short: 'o' },
      },
      allowPositionals: true,
    });
    const [articlePath, ...extra] = positionals;
    if (!articlePath) throw new UsageError('name the ARTICLE to verify');
    if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}' (sources go after --source)`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && failOn !== 'unsupported' && failOn !== 'contradicted')
      throw new UsageError("--fail-on must be 'unsupported' or 'contradicted'");
    if (values.judge !== undefined && values.judge !== 'llm') throw new UsageError("--judge takes 'llm'");
    const maxCalls = values['judge-max-calls'] === undefined ? 20 : Number(values['judge-max-calls']);
    if (!Number.isInteger(maxCalls) || maxCalls < 0)
      throw new UsageError('--judge-max-calls must be a whole number');
    const inputs = values.source ?? [];
    if (inputs.length === 0) throw new UsageError('give at least one --source');

    let text: string;
    try {
      text = await readFile(resolve(io.cwd, articlePath), 'utf8');
    } catch (e) {
      io.stderr(
        `wireproof verify: ${articlePath}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`,
      );
      return 1;
    }
    const article = parseArticle(text);

    // One input at a time, so the n-th --source stays [n] even when an input fails.
    const loaded: (Source | null)[] = [];
    for (const input of inputs) {
      const abs = /^https?:\/\//.test(input) ? input : resolve(io.cwd, input);
      const { sources, errors } = await ingestInputs(
        [abs],
        values['source-date'] ? { sourceDate: values['source-date'] } : {},
      );
      for (const e of errors) io.stderr(`wireproof verify: ${e.origin}: ${e.message}\n`);
      loaded.push(sources[0] ?? null);
      if (sources.length > 1)
        io.stderr(`wireproof verify: ${input}: ${sources.length} sources; using the first as one citation\n`);
    }
    const { docs, cited } = assignSources(article.sources, loaded);
    const date = values.date ?? null;
    let verdicts: Verdict[] = verifySentences(article.sentences, docs, { date });

    if (values.judge === 'llm') {
      const config = await loadLlmConfig(io.cwd, io.env);
      if (!config) {
        io.stderr(
          'wireproof verify: --judge llm needs OPENAI_BASE_URL and WIREPROOF_LLM_MODEL (or wireproof.config.json)\n',
        );
        return 2;
      }
      const client = createLlmClient({
        ...config,
        maxCalls: Math.min(config.maxCalls ?? maxCalls, maxCalls) * 2,
      });
      verdicts = await judgeUndecided(
        article.sentences.map((s, i) => ({ claim: s.text, verdict: verdicts[i]! })),
        client,
        {
          maxCalls,
          onError: (i, e) => io.stderr(`wireproof verify: LLM judge, sentence ${i + 1}: ${e.message}\n`),
        },
      );
    }

    const report = buildReport(article.title ?? basename(articlePath), article.sentences, verdicts, cited);
    const rendered =
      format === 'json'
        ? renderReportJson(report)
        : format === 'md'
          ? renderReportMarkdown(report)
          : format === 'html'
            ? renderAuditHtml(report)
            : renderReportText(report);
    if (values.output) await writeFile(resolve(io.cwd, values.output), rendered);
    else io.stdout(rendered);
    if (failOn && failsOn(report, failOn)) {
      io.stderr(
        `wireproof verify: --fail-on ${failOn}: ${report.counts.contradicted} contradicted, ${report.counts.unsupported} unsupported\n`,
      );
      return 1;
    }
    return 0;
  },
};

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestInputs } from '../ingest/index.ts';
import { createLlmClient, llmConfigFromEnv } from '../llm/index.ts';
import type { Story } from '../model/index.ts';
import { renderHtml, renderJson, renderMarkdown } from '../publish/index.ts';
import { writeArticle } from '../write/index.ts';
import { UsageError, type Command } from './io.ts';

const help = `Usage: wireproof write SOURCE... [--format md|json|html] [-o FILE] [--writer extractive|llm]

Writes one neutral article from the given reports, in the seed's sections (headline, lede, why it matters,
details, what they said, background, key point, what to watch, timeline, sources), every sentence cited
[n] to every source that supports it and verified before it is kept. Sentences the verifier does not
support are left out and listed on stderr.

Arguments:
  SOURCE                 a file (.md .txt .html .jsonl .json), a folder or a URL; FILE@YYYY-MM-DD sets its date

Options:
  --format FMT           md (default), json or html
  -o, --out FILE         write the article to FILE instead of stdout
  --writer NAME          extractive (default: no model, deterministic) or llm (an OpenAI-compatible server:
                         OPENAI_BASE_URL, OPENAI_API_KEY, WIREPROOF_LLM_MODEL)
  --source-date DATE     publication date (YYYY-MM-DD) for reports that carry none
  -h, --help             this help

Exit status: 0 when the article is published (every sentence supported), 1 when it is held or no source
could be read, 2 on a usage error.

Example:
  wireproof write examples/corpus/2026-03-09-*.md --format md -o strike.md`;

export const writeCommand: Command = {
  name: 'write',
  summary: 'Write one cited, verified article from the given sources',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'md' },
        out: { type: 'string', short: 'o' },
        writer: { type: 'string', default: 'extractive' },
        'source-date': { type: 'string' },
      },
    });
    const format = values.format!;
    if (!['md', 'json', 'html'].includes(format))
      throw new UsageError(`--format must be md, json or html, not '${format}'`);
    const writer = values.writer!;
    if (writer !== 'extractive' && writer !== 'llm')
      throw new UsageError(`--writer must be extractive or llm, not '${writer}'`);
    if (positionals.length === 0) throw new UsageError('name at least one SOURCE');
    const sourceDate = values['source-date'];
    if (sourceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(sourceDate))
      throw new UsageError(`--source-date must be YYYY-MM-DD, not '${sourceDate}'`);

    const local = (p: string): string => (/^https?:\/\//i.test(p) ? p : resolve(io.cwd, p));
    const { sources, errors } = await ingestInputs(positionals.map(local), sourceDate ? { sourceDate } : {});
    for (const e of errors) io.stderr(`wireproof write: ${e.origin}: ${e.message}\n`);
    if (sources.length === 0) {
      io.stderr('wireproof write: no source could be read\n');
      return 1;
    }

    let llm;
    if (writer === 'llm') {
      const config = llmConfigFromEnv(io.env);
      if (!config)
        throw new UsageError('--writer llm needs OPENAI_BASE_URL and WIREPROOF_LLM_MODEL in the environment');
      llm = createLlmClient(config);
    }
    const dates = sources
      .map((s) => s.published)
      .filter((d): d is string => d !== null)
      .sort();
    const story: Story = {
      id: 'story',
      sourceIds: sources.map((s) => s.id),
      title: sources[0]!.title,
      firstSeen: dates[0] ?? null,
      lastUpdated: dates[dates.length - 1] ?? null,
      threadId: null,
    };
    const article = await writeArticle(story, sources, {
      writer,
      ...(llm ? { llm, log: (m: string) => io.stderr(`wireproof write: ${m}\n`) } : {}),
    });
    const text =
      format === 'json'
        ? renderJson(article)
        : format === 'html'
          ? renderHtml(article, { story, sources })
          : renderMarkdown(article);
    if (values.out) await writeFile(resolve(io.cwd, values.out), text.endsWith('\n') ? text : `${text}\n`);
    else io.stdout(text.endsWith('\n') ? text : `${text}\n`);

    for (const d of article.dropped) {
      const why = d.verdict
        ? `${d.verdict.label}${d.verdict.reasons[0] ? `: ${d.verdict.reasons[0].detail}` : ''}`
        : 'dropped';
      io.stderr(`left out (${why}): ${d.text}\n`);
    }
    const kept = article.sections.reduce((n, s) => n + s.sentences.length, 0);
    io.stderr(
      `wireproof write: ${article.status}: ${kept} sentences supported, ${article.dropped.length} left out, ${article.sources.length} sources\n`,
    );
    return article.status === 'published' ? 0 : 1;
  },
};

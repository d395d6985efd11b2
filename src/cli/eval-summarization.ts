import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateRow, parseNeus, scoredSentences, summarise, type RowResult } from '../eval/summarization.ts';
import { UsageError, type Command } from './io.ts';

const help = `Usage: wireproof eval summarization --data FILE.jsonl [--json] [--predictions OUT.jsonl] [--limit N]

Writes an article per NeuS row (source: outlets' "TITLE=> … ARTICLE=> …" excerpts joined by [SEP]) with the
default (extractive) writer and scores its lede + details with ROUGE-1/2/L F1 against the body of "target"
(the editors' roundup), beside two baselines computed in the same run on the same rows:
  lead-3    the first three sentences of the first outlet's excerpt
  LexRank   idf-cosine graph centrality over all outlets' sentences, as many words as wireproof's text
It also counts the share of published sentences the verifier supports (the gate keeps only those).
ROUGE: rouge-score's tokenisation (lower-case, non-alphanumerics split), Porter stemming, ROUGE-L over the text.

Options:
  --data FILE            NeuS JSONL (e.g. ../shared/bench/summarization/neus_val.jsonl)
  --json                 print the report as JSON
  --predictions FILE     write {id, headline, text, sentences: [{text, citations}]} per row
  --limit N              only the first N rows
  -h, --help             this help`;

const pct = (x: number): string => (100 * x).toFixed(2);

export const evalSummarizationCommand: Command = {
  name: 'summarization',
  summary: 'ROUGE of the written articles on NeuS, with lead-3 and LexRank baselines and support share',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean' },
        predictions: { type: 'string' },
        limit: { type: 'string' },
      },
    });
    if (!values.data) throw new UsageError('--data FILE.jsonl is required');
    const limit = values.limit === undefined ? Infinity : Number(values.limit);
    if (!(limit > 0)) throw new UsageError(`--limit must be a positive number, not '${values.limit}'`);
    const path = resolve(io.cwd, values.data);
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (e) {
      io.stderr(`wireproof eval summarization: ${path}: ${(e as Error).message}\n`);
      return 1;
    }
    const { rows, errors } = parseNeus(content, path);
    const results: RowResult[] = [];
    for (const row of rows.slice(0, limit)) {
      try {
        results.push(await evaluateRow(row));
      } catch (e) {
        errors.push(`${path}: ${row.id}: ${(e as Error).message}`);
      }
    }
    for (const e of errors) io.stderr(`wireproof eval summarization: ${e}\n`);
    if (values.predictions) {
      const lines = results.map((r) =>
        JSON.stringify({
          id: r.id,
          headline: r.article.headline.text,
          text: r.text,
          sentences: scoredSentences(r.article).map((s) => ({ text: s.text, citations: s.citations })),
        }),
      );
      await writeFile(resolve(io.cwd, values.predictions), lines.length ? `${lines.join('\n')}\n` : '');
    }
    const report = summarise(results, errors);
    if (values.json) {
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const line = (name: string, s: (typeof report.systems)['lead3']) =>
        `${name.padEnd(10)} ${pct(s.rouge1).padStart(7)} ${pct(s.rouge2).padStart(7)} ${pct(s.rougeL).padStart(7)} ${s.words.toFixed(1).padStart(7)}`;
      io.stdout(
        [
          `NeuS summarization: ${report.rows} rows (${values.data})`,
          `system     ROUGE-1 ROUGE-2 ROUGE-L   words`,
          line('wireproof', report.systems.wireproof),
          line('lead-3', report.systems.lead3),
          line('LexRank', report.systems.lexrank),
          `supported: ${report.support.supported}/${report.support.published} published sentences (${pct(report.support.share)}%); ` +
            `${report.support.framing} uncited framing; ${report.support.dropped} left out by the gate; ` +
            `${report.support.articlesPublished}/${report.rows} articles published`,
          '',
        ].join('\n'),
      );
    }
    return rows.length > 0 && errors.length === 0 ? 0 : 1;
  },
};

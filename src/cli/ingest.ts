import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath, ingestIntoStore, progressReporter } from '../pipeline/index.ts';
import { UsageError, type Command } from './io.ts';

const help = `Usage: wireproof ingest INPUT... [--db FILE] [--source-date YYYY-MM-DD] [--json]

Reads reports and stores the new ones (a report already stored is skipped). The next
'wireproof run' groups them into stories and writes the articles.

  INPUT                  a file (.md .txt .html .jsonl .json), a folder, a feed or page URL, an OPML list;
                         FILE@YYYY-MM-DD sets the publication date of a report that has none
  --db FILE              the store (default: out/wireproof.db, or $WIREPROOF_DB)
  --source-date DATE     publication date for reports that carry none
  --allow-private        let the fetcher reach loopback and private addresses (off: SSRF guard)
  --json                 print the result as JSON
  -h, --help             this help

Example:
  wireproof ingest examples/corpus reports/late-edition.md@2025-10-21 --db out/wireproof.db`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read reports (files, folders, feeds, URLs) into the store',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'source-date': { type: 'string' },
        'allow-private': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one INPUT');
    const sourceDate = values['source-date'];
    if (sourceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(sourceDate)) {
      throw new UsageError(`--source-date must be YYYY-MM-DD, not '${sourceDate}'`);
    }
    const inputs = positionals.map((p) => (/^https?:\/\//i.test(p) ? p : resolve(io.cwd, p)));
    const dbPath = resolve(io.cwd, values.db ?? defaultDbPath(io.env));
    const result = await ingestIntoStore({
      inputs,
      dbPath,
      ...(sourceDate ? { sourceDate } : {}),
      ...(values['allow-private'] ? { allowPrivate: true } : {}),
      log: progressReporter(io.stderr, io.isTTY, 'ingest'),
    });
    if (values.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      io.stdout(`${result.read} read, ${result.new} new, ${result.stored} stored in ${dbPath}\n`);
      for (const e of result.errors) io.stdout(`  error: ${e.origin}: ${e.message}\n`);
      if (result.missingStages.length) io.stdout(`missing stages: ${result.missingStages.join('; ')}\n`);
    }
    return result.missingStages.length || (result.read === 0 && result.errors.length) ? 1 : 0;
  },
};

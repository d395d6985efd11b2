import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../pipeline/index.ts';
import { UsageError, type Command } from './io.ts';
import { openExistingStore } from './stories.ts';

const help = `Usage: wireproof search QUERY... [--db FILE] [--limit N] [--json]

Full-text search over the stored reports and the written articles, best match first. Every word
must match (English stemming: "flooded" finds "flood"); end a word with * to match its beginning.

  --db FILE     the store (default: out/wireproof.db, or $WIREPROOF_DB)
  --limit N     at most N results (default 20)
  --json        one JSON array: [{kind: "source"|"article", id, title, snippet}]
  -h, --help    this help

Example:
  wireproof search ferry strike --db out/wireproof.db`;

export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search over stored reports and articles',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('give a QUERY');
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a positive whole number, not '${values.limit}'`);
    const store = openExistingStore(resolve(io.cwd, values.db ?? defaultDbPath(io.env)));
    try {
      const hits = store.search(query, limit);
      if (values.json) {
        io.stdout(`${JSON.stringify(hits, null, 2)}\n`);
        return 0;
      }
      if (hits.length === 0) {
        io.stdout(`no match for '${query}'\n`);
        return 1;
      }
      for (const h of hits) io.stdout(`${h.kind.padEnd(7)}  ${h.id}  ${h.title}\n         ${h.snippet}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};

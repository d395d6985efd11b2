import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath, foldedSources } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import type { Command } from './io.ts';

const help = `Usage: wireproof stories [--db FILE] [--json]

Lists the stories in the store: id, number of reports and outlets, dates, the state of the article
(published, held for review, stale = to be rewritten by the next run, none) and the working title,
with the earlier story it continues when it is a later development of one.

  --db FILE     the store (default: out/wireproof.db, or $WIREPROOF_DB)
  --json        one JSON array: [{id, title, firstSeen, lastUpdated, threadId, sourceIds, outlets, article}]
  -h, --help    this help`;

/** Opens an existing store; a missing file is an error rather than a new empty store. */
export function openExistingStore(dbPath: string): Store {
  if (!existsSync(dbPath))
    throw new Error(`no store at ${dbPath}: run 'wireproof run' or 'wireproof ingest' first`);
  return openStore(dbPath);
}

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'List the stories in the store and the state of their articles',
  help,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
    const store = openExistingStore(resolve(io.cwd, values.db ?? defaultDbPath(io.env)));
    try {
      const stale = new Set(store.staleStories());
      const sources = new Map(foldedSources(store).map((s) => [s.id, s]));
      const rows = store.listStories().map((story) => {
        const outlets = new Set<string>();
        for (const id of story.sourceIds) {
          const s = sources.get(id);
          for (const o of [s?.outlet, ...(s?.alsoPublishedBy ?? [])]) if (o) outlets.add(o);
        }
        const article = store.getArticle(story.id);
        const state = stale.has(story.id) ? 'stale' : (article?.status ?? 'none');
        return { ...story, outlets: [...outlets].sort(), article: state };
      });
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      if (rows.length === 0) {
        io.stdout('no stories yet\n');
        return 0;
      }
      const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
      io.stdout(`${'ID'.padEnd(idWidth)}  REPORTS  OUTLETS  DATES                    ARTICLE    TITLE\n`);
      for (const r of rows) {
        const dates = `${r.firstSeen?.slice(0, 10) ?? '?'}..${r.lastUpdated?.slice(0, 10) ?? '?'}`;
        io.stdout(
          `${r.id.padEnd(idWidth)}  ${String(r.sourceIds.length).padStart(7)}  ${String(r.outlets.length).padStart(7)}  ${dates.padEnd(23)}  ${r.article.padEnd(9)}  ${r.title}${r.threadId ? `  (continues ${r.threadId})` : ''}\n`,
        );
      }
      return 0;
    } finally {
      store.close();
    }
  },
};

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../pipeline/index.ts';
import { DEFAULT_BASE_URL, writeSite } from '../publish/index.ts';
import { siteData } from '../serve/index.ts';
import { UsageError, type Command } from './io.ts';
import { openExistingStore } from './stories.ts';

const help = `Usage: wireproof publish [--db FILE] [--out DIR] [--base-url URL]

Writes the static site from the store: index.html (stories, newest development first), for each story
stories/<id>.html (the article with hoverable citations, verification badges, timeline and coverage
charts, where sources differ, the source list), stories/<id>.md and stories/<id>.json, and the feeds
feed.json (JSON Feed 1.1), rss.xml (RSS 2.0) and atom.xml (Atom). The pages need no network.

  --db FILE        the store (default: out/wireproof.db, or $WIREPROOF_DB)
  --out DIR        where to write the site (default: out)
  --base-url URL   absolute URL the site will be served from, for feed links (default ${DEFAULT_BASE_URL})
  -h, --help       this help

Example:
  wireproof publish --db out/wireproof.db --out site --base-url https://news.example/`;

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Write the static site (HTML, Markdown, JSON, feeds) from the store',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, out: { type: 'string' }, 'base-url': { type: 'string' } },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const outDir = resolve(io.cwd, values.out ?? 'out');
    const store = openExistingStore(resolve(io.cwd, values.db ?? defaultDbPath(io.env)));
    try {
      const data = siteData(store);
      const files = await writeSite(outDir, { ...data, baseUrl: values['base-url'] ?? DEFAULT_BASE_URL });
      const held = data.articles.filter((a) => a.status === 'held').length;
      io.stdout(
        `wrote ${files.length} files to ${outDir}: ${data.stories.length} stories, ${data.articles.length} articles` +
          `${held ? ` (${held} held for review)` : ''}\n`,
      );
      return 0;
    } finally {
      store.close();
    }
  },
};

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import type { Article, Source, Story } from '../model/index.ts';
import { toFtsQuery } from './fts.ts';
import { latestVersion, MIGRATIONS, pendingMigrations, type Migration } from './migrations.ts';
import { StoreError, type FetchValidators, type SearchHit, type Store, type StoreCounts } from './store.ts';

type Db = InstanceType<typeof Database>;
type Row = Record<string, unknown>;

const now = (): string => new Date().toISOString();

/** The searchable text of an article: headline and every published sentence. */
function articleText(article: Article): string {
  return article.sections.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');
}

function schemaVersion(db: Db): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies pending migrations, each atomically with its version row. Exported for tests. */
export function migrate(db: Db, path: string, all: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const latest = latestVersion(all);
  if (current > latest) {
    throw new StoreError(path, `schema version ${current} is newer than this wireproof knows (${latest})`);
  }
  for (const m of pendingMigrations(current, all)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        now(),
      );
    }).immediate();
  }
  return schemaVersion(db);
}

/**
 * Opens (creating if needed) a wireproof store in one SQLite file; ':memory:' for tests.
 * WAL lets readers (serve, search) work while `run` writes. synchronous=FULL: every committed batch is on
 * disk before the call returns, so neither a killed process nor a power cut loses a report the run said it
 * stored; batches are large, so the fsync per commit costs little (bench/store.ts compares NORMAL).
 */
export function openSqliteStore(path: string, opts: { synchronous?: 'FULL' | 'NORMAL' } = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${opts.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, path);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(path, `cannot open the store: ${(error as Error).message}`);
  }

  const st = {
    sourceExists: db.prepare('SELECT 1 FROM sources WHERE id = ?'),
    insertSource: db.prepare(
      'INSERT INTO sources (id, title, outlet, url, published, origin, doc, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    getSource: db.prepare('SELECT doc FROM sources WHERE id = ?'),
    listSources: db.prepare('SELECT doc FROM sources ORDER BY rowid'),
    insertSearch: db.prepare('INSERT INTO search (kind, ref, title, body) VALUES (?, ?, ?, ?)'),
    deleteSearch: db.prepare('DELETE FROM search WHERE kind = ? AND ref = ?'),
    storyRows: db.prepare('SELECT id, pos, doc FROM stories'),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    upsertStory: db.prepare(
      `INSERT INTO stories (id, pos, title, first_seen, last_updated, thread_id, doc) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET pos = excluded.pos, title = excluded.title, first_seen = excluded.first_seen,
         last_updated = excluded.last_updated, thread_id = excluded.thread_id, doc = excluded.doc`,
    ),
    deleteStorySources: db.prepare('DELETE FROM story_sources WHERE story_id = ?'),
    insertStorySource: db.prepare('INSERT OR IGNORE INTO story_sources (story_id, source_id) VALUES (?, ?)'),
    listStories: db.prepare('SELECT doc FROM stories ORDER BY pos'),
    getStory: db.prepare('SELECT doc FROM stories WHERE id = ?'),
    upsertArticle: db.prepare(
      `INSERT INTO articles (story_id, status, writer, headline, generated_at, doc) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(story_id) DO UPDATE SET status = excluded.status, writer = excluded.writer,
         headline = excluded.headline, generated_at = excluded.generated_at, doc = excluded.doc`,
    ),
    deleteArticle: db.prepare('DELETE FROM articles WHERE story_id = ?'),
    getArticle: db.prepare('SELECT doc FROM articles WHERE story_id = ?'),
    listArticles: db.prepare(
      'SELECT a.doc FROM articles a LEFT JOIN stories s ON s.id = a.story_id ORDER BY s.pos, a.story_id',
    ),
    markStale: db.prepare('INSERT OR IGNORE INTO stale (story_id, marked_at) VALUES (?, ?)'),
    clearStale: db.prepare('DELETE FROM stale WHERE story_id = ?'),
    listStale: db.prepare(
      'SELECT t.story_id AS id FROM stale t LEFT JOIN stories s ON s.id = t.story_id ORDER BY s.pos, t.story_id',
    ),
    getState: db.prepare('SELECT value FROM state WHERE key = ?'),
    putState: db.prepare(
      'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ),
    getValidators: db.prepare('SELECT etag, last_modified FROM fetch_validators WHERE url = ?'),
    putValidators: db.prepare(
      `INSERT INTO fetch_validators (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         checked_at = excluded.checked_at`,
    ),
    search: db.prepare(
      `SELECT kind, ref, title, snippet(search, -1, '[', ']', '…', 16) AS snippet
       FROM search WHERE search MATCH ? ORDER BY bm25(search, 0, 0, 4, 1) LIMIT ?`,
    ),
    counts: db.prepare(
      `SELECT (SELECT COUNT(*) FROM sources) AS sources, (SELECT COUNT(*) FROM stories) AS stories,
              (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM stale) AS stale`,
    ),
  };

  const docs = <T>(rows: unknown[]): T[] => rows.map((r) => JSON.parse((r as { doc: string }).doc) as T);
  const doc = <T>(row: unknown): T | undefined =>
    row === undefined ? undefined : (JSON.parse((row as { doc: string }).doc) as T);

  const putSources = db.transaction((sources: readonly Source[]) => {
    const added: Source[] = [];
    let existing = 0;
    const seen = new Set<string>();
    for (const s of sources) {
      if (seen.has(s.id) || st.sourceExists.get(s.id)) {
        existing++;
        continue;
      }
      seen.add(s.id);
      st.insertSource.run(s.id, s.title, s.outlet, s.url, s.published, s.origin, JSON.stringify(s), now());
      st.insertSearch.run('source', s.id, s.title, s.text);
      added.push(s);
    }
    return { added, existing };
  });

  const putStories = db.transaction(
    (stories: readonly Story[], states: Readonly<Record<string, unknown>>) => {
      const keep = new Set(stories.map((s) => s.id));
      const stored = new Map<string, { pos: number; doc: string }>();
      for (const row of st.storyRows.all() as { id: string; pos: number; doc: string }[]) {
        stored.set(row.id, row);
        if (keep.has(row.id)) continue;
        st.deleteStory.run(row.id);
        st.deleteArticle.run(row.id);
        st.deleteSearch.run('article', row.id);
        st.clearStale.run(row.id);
      }
      stories.forEach((s, pos) => {
        const doc = JSON.stringify(s);
        const old = stored.get(s.id);
        if (old?.doc === doc && old.pos === pos) return; // unchanged: most stories, on an incremental run
        st.upsertStory.run(s.id, pos, s.title, s.firstSeen, s.lastUpdated, s.threadId, doc);
        if (old?.doc === doc) return;
        st.deleteStorySources.run(s.id);
        for (const sourceId of s.sourceIds) st.insertStorySource.run(s.id, sourceId);
      });
      for (const [key, value] of Object.entries(states)) st.putState.run(key, JSON.stringify(value));
    },
  );

  const putArticle = db.transaction((a: Article) => {
    st.upsertArticle.run(a.storyId, a.status, a.writer, a.headline.text, a.generatedAt, JSON.stringify(a));
    st.deleteSearch.run('article', a.storyId);
    st.insertSearch.run('article', a.storyId, a.headline.text, articleText(a));
    st.clearStale.run(a.storyId);
  });

  const markStale = db.transaction((ids: readonly string[]) => {
    const at = now();
    for (const id of ids) st.markStale.run(id, at);
  });

  const putValidators = db.transaction((entries: Readonly<Record<string, FetchValidators>>) => {
    const at = now();
    for (const [url, v] of Object.entries(entries)) st.putValidators.run(url, v.etag, v.lastModified, at);
  });

  return {
    putSources: (sources) => putSources.immediate(sources),
    getSource: (id) => doc<Source>(st.getSource.get(id)),
    listSources: () => docs<Source>(st.listSources.all()),
    putStories: (stories, states = {}) => putStories.immediate(stories, states),
    listStories: () => docs<Story>(st.listStories.all()),
    getStory: (id) => doc<Story>(st.getStory.get(id)),
    putArticle: (article) => putArticle.immediate(article),
    getArticle: (storyId) => doc<Article>(st.getArticle.get(storyId)),
    listArticles: () => docs<Article>(st.listArticles.all()),
    markStale: (ids) => markStale.immediate(ids),
    staleStories: () => (st.listStale.all() as { id: string }[]).map((r) => r.id),
    getState: (key) => {
      const row = st.getState.get(key) as { value: string } | undefined;
      return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
    },
    putState: (key, value) => void st.putState.run(key, JSON.stringify(value)),
    getFetchValidators: (url): FetchValidators | undefined => {
      const row = st.getValidators.get(url) as
        { etag: string | null; last_modified: string | null } | undefined;
      return row && { etag: row.etag, lastModified: row.last_modified };
    },
    putFetchValidators: (entries) => putValidators.immediate(entries),
    search: (query, limit = 20): SearchHit[] => {
      const fts = toFtsQuery(query);
      if (!fts) return [];
      return (st.search.all(fts, limit) as Row[]).map((r) => ({
        kind: r.kind as SearchHit['kind'],
        id: String(r.ref),
        title: String(r.title),
        snippet: String(r.snippet).replace(/\s+/g, ' ').trim(),
      }));
    },
    counts: (): StoreCounts => {
      const r = st.counts.get() as Record<keyof StoreCounts, number>;
      return { sources: r.sources, stories: r.stories, articles: r.articles, stale: r.stale };
    },
    close: () => void db.close(),
  };
}

/** Schema migrations, applied in order; each runs in its own transaction with its version row. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sources, stories, articles, stale marks, fetch validators, state, full-text index',
    sql: `
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        published TEXT,
        origin TEXT NOT NULL,
        doc TEXT NOT NULL,
        added_at TEXT NOT NULL
      );
      CREATE INDEX sources_url ON sources(url);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        pos INTEGER NOT NULL,
        title TEXT NOT NULL,
        first_seen TEXT,
        last_updated TEXT,
        thread_id TEXT,
        doc TEXT NOT NULL
      );
      CREATE TABLE story_sources (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL,
        PRIMARY KEY (story_id, source_id)
      );
      CREATE INDEX story_sources_source ON story_sources(source_id);
      CREATE TABLE articles (
        story_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        writer TEXT NOT NULL,
        headline TEXT NOT NULL,
        generated_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE TABLE stale (
        story_id TEXT PRIMARY KEY,
        marked_at TEXT NOT NULL
      );
      CREATE TABLE fetch_validators (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT NOT NULL
      );
      CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE VIRTUAL TABLE search USING fts5(
        kind UNINDEXED, ref UNINDEXED, title, body,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `,
  },
];

/** Migrations still to apply to a database at `current`, in order. */
export function pendingMigrations(current: number, all: readonly Migration[] = MIGRATIONS): Migration[] {
  return all.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}

export const latestVersion = (all: readonly Migration[] = MIGRATIONS): number =>
  Math.max(0, ...all.map((m) => m.version));

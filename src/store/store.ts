import type { Article, Source, Story } from '../model/index.ts';

/** One full-text search hit. */
export interface SearchHit {
  readonly kind: 'source' | 'article';
  /** Source id, or the story id of an article. */
  readonly id: string;
  readonly title: string;
  /** Matching passage with the hit terms in [brackets]. */
  readonly snippet: string;
}

/** HTTP validators remembered per URL so the fetcher can send conditional GETs. */
export interface FetchValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface StoreCounts {
  readonly sources: number;
  readonly stories: number;
  readonly articles: number;
  readonly stale: number;
}

/**
 * Persistence for the pipeline. Plain model types in and out (no driver types), synchronous, every
 * method one atomic transaction: an embedded SQLite file today, a PostgreSQL backend can implement it later.
 */
export interface Store {
  /** Idempotent by id: returns the sources that were new; a known id is left as it is. */
  putSources(sources: readonly Source[]): { added: Source[]; existing: number };
  getSource(id: string): Source | undefined;
  /** In the order they were first stored. */
  listSources(): Source[];
  /**
   * Replaces the story set atomically. Articles and stale marks of stories that are gone are removed.
   * `states` (e.g. the serialised clusterer) is written in the same transaction, so stories and state never disagree.
   */
  putStories(stories: readonly Story[], states?: Readonly<Record<string, unknown>>): void;
  listStories(): Story[];
  getStory(id: string): Story | undefined;
  /** One current article per story; storing it clears the story's stale mark. */
  putArticle(article: Article): void;
  getArticle(storyId: string): Article | undefined;
  listArticles(): Article[];
  /** Marks stories whose article must be (re)written. */
  markStale(storyIds: readonly string[]): void;
  staleStories(): string[];
  /** Named JSON state (e.g. "clusterer"), or undefined. */
  getState(key: string): unknown;
  putState(key: string, value: unknown): void;
  getFetchValidators(url: string): FetchValidators | undefined;
  /** Saves validators for many URLs in one transaction (url -> validators). */
  putFetchValidators(entries: Readonly<Record<string, FetchValidators>>): void;
  /** Full-text search over sources and articles, best first. */
  search(query: string, limit?: number): SearchHit[];
  counts(): StoreCounts;
  close(): void;
}

/** A store file that cannot be used (newer schema, corrupt): names the file and the problem. */
export class StoreError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'StoreError';
  }
}

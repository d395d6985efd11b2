import type { FetchValidators, Store } from '../store/index.ts';

/** The shape of the fetcher's validator cache (src/ingest): conditional-GET validators per URL. */
export interface ValidatorCacheLike {
  get(url: string): { etag?: string | null; lastModified?: string | null } | undefined;
  set(url: string, v: { etag?: string | null; lastModified?: string | null }): void;
}

/**
 * A validator cache backed by the store that writes only on `commit()`, called once the reports fetched
 * with these validators are stored: if the run dies in between, the next run fetches the URL in full
 * instead of getting a 304 for reports it never saved.
 */
export function deferredValidatorCache(store: Store): { cache: ValidatorCacheLike; commit(): void } {
  const pending: Record<string, FetchValidators> = {};
  return {
    cache: {
      get: (url) => pending[url] ?? store.getFetchValidators(url),
      set: (url, v) => {
        pending[url] = { etag: v.etag ?? null, lastModified: v.lastModified ?? null };
      },
    },
    commit: () => {
      if (Object.keys(pending).length) store.putFetchValidators(pending);
      for (const url of Object.keys(pending)) delete pending[url];
    },
  };
}

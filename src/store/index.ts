import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export type { Store, SearchHit, FetchValidators, StoreCounts } from './store.ts';
export { StoreError } from './store.ts';
export { toFtsQuery } from './fts.ts';

/** Opens the default store: an embedded SQLite file at `path` (created if missing), or ':memory:'. */
export function openStore(path: string): Store {
  return openSqliteStore(path);
}

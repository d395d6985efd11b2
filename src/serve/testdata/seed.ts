// Loads the publish fixture (two invented stories) into a store, for the server and browser tests.
import type { Store } from '../../store/index.ts';
import { articles, sources, stories } from '../../publish/testdata/fixture.ts';

export const EDITOR_TOKEN = 'test-editor-token-7f3a';

export function seedStore(store: Store): Store {
  store.putSources(sources);
  store.putStories(stories);
  for (const a of articles) store.putArticle(a);
  return store;
}

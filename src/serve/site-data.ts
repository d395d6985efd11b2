import type { Article, Development, Source, Story } from '../model/index.ts';
import { foldedSources } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { threadTimeline } from '../stories/index.ts';

export interface SiteData {
  readonly stories: Story[];
  readonly articles: Article[];
  /** Sources with wire copies folded (alsoPublishedBy filled in), as the stories refer to them. */
  readonly sources: Source[];
  /** Each story's timeline is its thread's: the story and the stories that continue it. */
  readonly timelines: Record<string, Development[]>;
}

/** Everything the site shows, read from the store. A timeline that fails is left out, never fatal. */
export function siteData(store: Store): SiteData {
  const stories = store.listStories();
  const sources = foldedSources(store);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const threads = new Map<string, Story[]>();
  for (const s of stories) threads.set(s.threadId ?? s.id, [...(threads.get(s.threadId ?? s.id) ?? []), s]);
  const timelines: Record<string, Development[]> = {};
  for (const thread of threads.values()) {
    try {
      const devs = threadTimeline(
        thread,
        thread.flatMap((s) => s.sourceIds.flatMap((id) => byId.get(id) ?? [])),
      );
      for (const s of thread) timelines[s.id] = devs;
    } catch {
      // The page renders without a chart; `wireproof run` reports timeline errors.
    }
  }
  return { stories, articles: store.listArticles(), sources, timelines };
}

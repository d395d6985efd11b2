// Batch entry points over the streaming parts: fold copies, then cluster oldest first.
import type { Source, Story } from '../model/index.ts';
import { StoryClusterer, type ClusterOptions } from './clusterer.ts';
import { foldDuplicatesDetailed } from './dedupe.ts';

/**
 * Oldest first; undated reports before dated ones (they could belong anywhere in time, so they meet
 * every story while it is still open); input order among equals (a stable sort).
 */
export function streamOrder(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => {
    const da = a.published ? a.published.slice(0, 10) : '';
    const db = b.published ? b.published.slice(0, 10) : '';
    return da < db ? -1 : da > db ? 1 : 0;
  });
}

/** Adds counted sources in stream order, then consolidates the batch (as `run` does once per batch). */
function addAll(k: StoryClusterer, order: readonly Source[], storyOf?: Map<string, string>): void {
  for (const s of order) {
    const id = k.add(s, { counted: true });
    storyOf?.set(s.id, id);
  }
  while (k.consolidate() > 0);
}

/** Clusters (already folded) sources into stories. Deterministic: same input, same stories and ids. */
export function clusterSources(sources: readonly Source[], opts?: ClusterOptions): Story[] {
  const k = new StoryClusterer(opts);
  const order = streamOrder(sources);
  for (const s of order) k.count(s);
  addAll(k, order);
  return k.stories();
}

export interface Assignment {
  readonly stories: Story[];
  /** Every input source id (copies included) -> its story id. */
  readonly storyOf: Map<string, string>;
  /** Copy id -> canonical source id. */
  readonly duplicateOf: Map<string, string>;
  /** The canonical sources, with `alsoPublishedBy` filled in. */
  readonly sources: Source[];
}

/** What `run` does with a batch: fold wire copies, cluster the canonical reports, map copies to their story. */
export function assignStories(sources: readonly Source[], opts?: ClusterOptions): Assignment {
  const folded = foldDuplicatesDetailed(sources);
  const k = new StoryClusterer(opts);
  const storyOf = new Map<string, string>();
  const order = streamOrder(folded.sources);
  // The whole batch's word statistics first: its first reports are then weighed as well as its last.
  for (const s of order) k.count(s);
  addAll(k, order, storyOf);
  for (const [id, story] of storyOf) storyOf.set(id, k.resolve(story));
  for (const [copy, canonical] of folded.duplicateOf) storyOf.set(copy, storyOf.get(canonical)!);
  return { stories: k.stories(), storyOf, duplicateOf: folded.duplicateOf, sources: folded.sources };
}

export {
  foldDuplicates,
  foldDuplicatesDetailed,
  Deduper,
  signatureOf,
  DUPLICATE_THRESHOLD,
} from './dedupe.ts';
export type { FoldResult, DeduperState, DeduperOptions } from './dedupe.ts';
export { StoryClusterer, storyIdFor } from './clusterer.ts';
export type { ClusterOptions, ClustererState, ClustererMemory } from './clusterer.ts';
export { clusterSources, assignStories, streamOrder } from './assign.ts';
export type { Assignment } from './assign.ts';
export { StoryStream } from './stream.ts';
export type { StoryStreamState, AddResult } from './stream.ts';
export { timeline, threadTimeline, threadsOf, developmentDate } from './timeline.ts';

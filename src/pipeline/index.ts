export { runPipeline, ingestIntoStore, foldedSources } from './run.ts';
export type { IngestSummary, RunOptions, RunSummary, RunError, ProgressEvent, PipelineStage } from './run.ts';
export { progressReporter, renderBar, renderLine } from './progress.ts';
export { storiesToWrite, countSentences, streamOrder, foldWith, type SentenceCounts } from './plan.ts';
export { loadStages, type Stages, type LoadedStages, type StoryStreamLike } from './stages.ts';
export { formatSummary, defaultDbPath } from './summary.ts';
export { deferredValidatorCache, type ValidatorCacheLike } from './validators.ts';
export { acquireRunLock, RunLockedError } from './lock.ts';

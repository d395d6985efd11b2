/**
 * wireproof's library API: the same stages the CLI runs, as functions over the shared types.
 * Each stage is also available whole as a namespace (`text`, `ingest`, `stories`, …) for the less common parts.
 */
export type * from './model/index.ts';
export { SECTION_KINDS, SECTION_TITLES } from './model/index.ts';

// ingest -> text -> store -> stories -> write -> verify -> publish / serve
export {
  ingestInputs,
  parseTextSource,
  parseHtmlSource,
  parseJsonlSources,
  IngestInputError,
} from './ingest/index.ts';
export { analyseDocument, analyseSentence, splitSentences } from './text/index.ts';
export { openStore, type Store } from './store/index.ts';
export { foldDuplicates, clusterSources, StoryClusterer, StoryStream, timeline } from './stories/index.ts';
export { writeArticle, type WriteOptions } from './write/index.ts';
export {
  verifyClaim,
  verifySentences,
  parseArticle,
  buildReport,
  scoreSupport,
  type SourceDoc,
  type ClaimInput,
} from './verify/index.ts';
export {
  renderMarkdown,
  renderJson,
  renderHtml,
  renderIndex,
  renderAuditHtml,
  writeSite,
} from './publish/index.ts';
export { createApp, startServer } from './serve/index.ts';
export { runPipeline, type RunOptions, type RunSummary } from './pipeline/index.ts';
export { createLlmClient, llmConfigFromEnv, loadLlmConfig } from './llm/index.ts';

export * as text from './text/index.ts';
export * as ingest from './ingest/index.ts';
export * as stories from './stories/index.ts';
export * as verify from './verify/index.ts';
export * as write from './write/index.ts';
export * as publish from './publish/index.ts';
export * as llm from './llm/index.ts';
export { tuneV8ForBatch } from './cli/v8-tuning.ts';

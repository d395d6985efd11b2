/** ingest: files, folders, JSONL, feeds, OPML lists, pages and URLs to Sources. See docs/ingest.md. */
export { ingestInputs, splitDateSuffix, SUPPORTED_EXTENSIONS } from './inputs.ts';
export type { IngestOptions, IngestOutput } from './inputs.ts';
export { parseTextSource } from './text.ts';
export type { TextSourceOptions } from './text.ts';
export { parseHtmlSource } from './html.ts';
export { parseJsonlSources } from './jsonl.ts';
export { sourceId, canonicalUrl } from './id.ts';
export type { SourceIdParts } from './id.ts';
export { IngestInputError } from './errors.ts';
export { parsePublished } from './dates.ts';
export { parseFeedDocument, parseOpmlFeeds } from './feeds.ts';
export type { FeedDoc, FeedItem } from './feeds.ts';
export { Fetcher, FetchError, MemoryValidatorCache, USER_AGENT } from './fetcher.ts';
export type {
  CachedValidators,
  FetcherOptions,
  FetchErrorKind,
  FetchResult,
  ValidatorCache,
} from './fetcher.ts';

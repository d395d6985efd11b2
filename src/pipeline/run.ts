import { usageSince, type LlmClient, type LlmUsage } from '../llm/index.ts';
import type { Article, Development, IngestError, Source, Story } from '../model/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { acquireRunLock } from './lock.ts';
import { countSentences, foldWith, storiesToWrite, streamOrder, type SentenceCounts } from './plan.ts';
import { loadStages, type Stages, type StoryStreamLike } from './stages.ts';

/** Reports handed to the stories stage at once: large enough for its batch statistics, small enough for progress. */
const STORY_BATCH = 500;
import { deferredValidatorCache, type ValidatorCacheLike } from './validators.ts';

export type PipelineStage = 'ingest' | 'store' | 'stories' | 'write' | 'publish';

/** Progress of a run: a `tick` per item inside a stage, a `done` line when a stage ends. */
export interface ProgressEvent {
  readonly stage: PipelineStage;
  readonly kind: 'tick' | 'done';
  readonly message: string;
  readonly done?: number;
  readonly total?: number;
}

export interface RunOptions {
  /** Files, folders, URLs, feeds and OPML lists, as `ingestInputs` takes them. Empty: work on what is stored. */
  readonly inputs: readonly string[];
  readonly dbPath: string;
  readonly outDir: string;
  readonly writer?: 'extractive' | 'llm';
  /** An LLM client (from src/llm) when writer is 'llm'. */
  readonly llm?: LlmClient;
  /** Publication date for sources that carry none (YYYY-MM-DD). */
  readonly sourceDate?: string;
  /** Let the fetcher reach loopback and private addresses (off by default: SSRF guard). */
  readonly allowPrivate?: boolean;
  readonly log?: (event: ProgressEvent) => void;
  /** Stage functions; loaded from the stage folders when not given (tests pass their own). */
  readonly stages?: Partial<Stages>;
}

/** A problem with one input or one story; the run went on without it. */
export interface RunError {
  /** File path, "path:line", URL, or "story <id>". */
  readonly origin: string;
  readonly message: string;
}

export interface RunSummary {
  readonly sources: { readonly read: number; readonly new: number; readonly stored: number };
  readonly stories: { readonly total: number; readonly rewritten: number };
  readonly articles: {
    readonly written: number;
    readonly total: number;
    readonly published: number;
    readonly held: number;
  };
  /** Over all current articles. */
  readonly sentences: SentenceCounts;
  readonly files: number;
  readonly errors: readonly RunError[];
  /** Stages that could not be loaded and were skipped. */
  readonly missingStages: readonly string[];
  /** What the LLM writer used in this run (calls, tokens, cost), when it ran. */
  readonly llm?: LlmUsage;
}

/**
 * The main job: ingest -> store (new reports only) -> fold duplicates + cluster -> mark changed stories
 * stale -> write and verify only those -> store their articles -> publish the site. Re-running on the same
 * inputs stores nothing new and rewrites nothing; one bad input or story never stops the run.
 */
/** Opens the store and takes the run lock on it; the caller closes the store and releases the lock. */
function openLocked(dbPath: string): { store: Store; release: () => void } {
  const store = openStore(dbPath);
  try {
    return { store, release: acquireRunLock(dbPath) };
  } catch (error) {
    store.close();
    throw error;
  }
}

export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const log = opts.log ?? (() => {});
  const { stages, missing } = opts.stages ? { stages: opts.stages, missing: [] } : await loadStages();
  const errors: RunError[] = [];
  const { store, release } = openLocked(opts.dbPath);
  try {
    const llmBefore = opts.llm?.usage();
    const validators = deferredValidatorCache(store);
    const ingested = await ingest(opts, stages, validators.cache, errors, log);
    const { added } = store.putSources(ingested);
    validators.commit();
    log({ stage: 'store', kind: 'done', message: `${added.length} new of ${ingested.length} read` });

    const { stories, folded, changed } = updateStories(store, stages, log);

    const written = await writeStale(store, stories, folded, opts, stages, errors, log);

    const articles = store.listArticles();
    let files = 0;
    if (stages.writeSite) {
      try {
        const timelines = stages.threadTimeline
          ? storyTimelines(stories, folded, stages.threadTimeline, errors)
          : undefined;
        files = (
          await stages.writeSite(opts.outDir, {
            stories,
            articles,
            sources: folded,
            ...(timelines ? { timelines } : {}),
          })
        ).length;
        log({ stage: 'publish', kind: 'done', message: `${files} files in ${opts.outDir}` });
      } catch (error) {
        errors.push({ origin: opts.outDir, message: `publish failed: ${(error as Error).message}` });
      }
    } else {
      log({ stage: 'publish', kind: 'done', message: 'skipped: stage missing' });
    }

    return {
      sources: { read: ingested.length, new: added.length, stored: store.counts().sources },
      stories: { total: stories.length, rewritten: changed },
      articles: {
        written,
        total: articles.length,
        published: articles.filter((a) => a.status === 'published').length,
        held: articles.filter((a) => a.status === 'held').length,
      },
      sentences: countSentences(articles),
      files,
      errors,
      missingStages: missing,
      ...(opts.llm ? { llm: usageSince(llmBefore!, opts.llm.usage()) } : {}),
    };
  } finally {
    store.close();
    release();
  }
}

/** Each story's timeline is its thread's: the story and the later stories that continue it. */
function storyTimelines(
  stories: readonly Story[],
  folded: readonly Source[],
  threadTimeline: NonNullable<Stages['threadTimeline']>,
  errors: RunError[],
): Record<string, Development[]> {
  const threads = new Map<string, Story[]>();
  for (const s of stories) {
    const key = s.threadId ?? s.id;
    threads.set(key, [...(threads.get(key) ?? []), s]);
  }
  const byId = new Map(folded.map((s) => [s.id, s]));
  const out: Record<string, Development[]> = {};
  for (const thread of threads.values()) {
    try {
      const sources = thread.flatMap((s) => s.sourceIds.flatMap((id) => byId.get(id) ?? []));
      const developments = threadTimeline(thread, sources);
      for (const s of thread) out[s.id] = developments;
    } catch (error) {
      const root = thread[0]!;
      errors.push({
        origin: `story ${root.id} (${root.title})`,
        message: `timeline: ${(error as Error).message}`,
      });
    }
  }
  return out;
}

async function ingest(
  opts: RunOptions,
  stages: Partial<Stages>,
  cache: ValidatorCacheLike,
  errors: RunError[],
  log: (e: ProgressEvent) => void,
): Promise<Source[]> {
  if (opts.inputs.length === 0) {
    log({ stage: 'ingest', kind: 'done', message: 'no inputs: working on the stored reports' });
    return [];
  }
  if (!stages.ingestInputs) {
    errors.push({ origin: opts.inputs.join(' '), message: 'not read: the ingest stage is missing' });
    log({ stage: 'ingest', kind: 'done', message: 'skipped: stage missing' });
    return [];
  }
  const sources: Source[] = [];
  const before = errors.length;
  const ingestOpts = {
    ...(opts.sourceDate ? { sourceDate: opts.sourceDate } : {}),
    ...(opts.allowPrivate ? { allowPrivate: true } : {}),
    fetch: { cache },
  };
  const read = async (inputs: string[]): Promise<void> => {
    const result = await stages.ingestInputs!(inputs, ingestOpts);
    sources.push(...result.sources);
    errors.push(...result.errors.map((e: IngestError) => ({ origin: e.origin, message: e.message })));
  };
  log({ stage: 'ingest', kind: 'tick', message: 'reading', done: 0, total: opts.inputs.length });
  try {
    // All at once, so the fetcher can spread requests over hosts.
    await read([...opts.inputs]);
  } catch {
    // The stage itself failed: retry input by input so one bad input spares the others.
    for (const [i, input] of opts.inputs.entries()) {
      log({ stage: 'ingest', kind: 'tick', message: input, done: i, total: opts.inputs.length });
      try {
        await read([input]);
      } catch (error) {
        errors.push({ origin: input, message: (error as Error).message });
      }
    }
  }
  const bad = errors.length - before;
  log({
    stage: 'ingest',
    kind: 'done',
    message: `${sources.length} reports read from ${opts.inputs.length} input(s)${bad ? `, ${bad} error(s)` : ''}`,
  });
  return sources;
}

/** Keys of the state saved with the stories, in one transaction. */
const KEYS = {
  stream: 'stories.stream',
  copies: 'pipeline.copies',
  /** How many stored reports (in stored order) the story stream has seen. */
  clustered: 'pipeline.clustered',
} as const;

interface StreamState {
  stream: unknown;
  copies: Record<string, string>;
  seen: number;
}

/** The stored reports with wire copies folded into their canonical report (`alsoPublishedBy`). */
export function foldedSources(store: Store): Source[] {
  return foldWith(store.listSources(), loadStreamState(store).copies);
}

function loadStreamState(store: Store): StreamState {
  const seen = (store.getState(KEYS.clustered) as { sources?: number } | undefined)?.sources ?? 0;
  return {
    stream: store.getState(KEYS.stream),
    copies: { ...((store.getState(KEYS.copies) as Record<string, string> | undefined) ?? {}) },
    seen,
  };
}

/**
 * Feeds the reports the story stream has not seen yet (those stored after its saved state, which includes
 * reports of a run that died before saving its stories) to the stream restored from that state: copies
 * fold into their original, new reports join existing stories, nothing else is re-clustered. New and
 * changed stories are marked stale before the stories are saved, so a crash in between leaves the marks
 * for the next run. A state that cannot be restored is rebuilt from all stored reports.
 */
function updateStories(
  store: Store,
  stages: Partial<Stages>,
  log: (e: ProgressEvent) => void,
): { stories: Story[]; folded: Source[]; changed: number } {
  const all = store.listSources();
  const previous = store.listStories();
  let state = loadStreamState(store);
  const pending = all.slice(state.seen);
  if (pending.length === 0 || !stages.createStream) {
    const toWrite = storiesToWrite(previous, previous, (id) => !!store.getArticle(id), store.staleStories());
    log({
      stage: 'stories',
      kind: 'done',
      message: stages.createStream
        ? `${previous.length} stories, no new reports`
        : `skipped: stage missing (${previous.length} stored stories)`,
    });
    return { stories: previous, folded: foldWith(all, state.copies), changed: toWrite.length };
  }
  let stream: StoryStreamLike;
  let batch = pending;
  try {
    stream = stages.createStream(state.stream);
  } catch (error) {
    log({
      stage: 'stories',
      kind: 'done',
      message: `saved state unusable (${(error as Error).message}); rebuilding`,
    });
    state = { stream: undefined, copies: {}, seen: 0 };
    stream = stages.createStream();
    batch = all;
  }
  const gainedCopy = new Set<string>();
  const ordered = streamOrder(batch);
  for (let i = 0; i < ordered.length; i += STORY_BATCH) {
    const chunk = ordered.slice(i, i + STORY_BATCH);
    log({ stage: 'stories', kind: 'tick', message: chunk[0]!.title, done: i, total: ordered.length });
    for (const [id, { duplicateOf }] of stream.addBatch(chunk)) {
      if (!duplicateOf) continue;
      state.copies[id] = duplicateOf;
      gainedCopy.add(duplicateOf);
    }
  }
  const merged = stream.flush();
  const stories = stream.stories();
  const stale = new Set(
    storiesToWrite(previous, stories, (id) => !!store.getArticle(id), store.staleStories()),
  );
  // A new copy changes who reported a story (its outlets), so that story is rewritten too.
  for (const s of stories) if (s.sourceIds.some((id) => gainedCopy.has(id))) stale.add(s.id);
  const staleIds = stories.filter((s) => stale.has(s.id)).map((s) => s.id);
  store.markStale(staleIds);
  store.putStories(stories, {
    [KEYS.stream]: stream.toJSON(),
    [KEYS.copies]: state.copies,
    [KEYS.clustered]: { sources: all.length },
  });
  const folded = foldWith(all, state.copies);
  log({
    stage: 'stories',
    kind: 'done',
    message: `${batch.length} report(s) added (${Object.keys(state.copies).length} copies folded in all${merged ? `, ${merged} split stories merged` : ''}), ${stories.length} stories, ${staleIds.length} to write`,
  });
  return { stories, folded, changed: staleIds.length };
}

async function writeStale(
  store: Store,
  stories: readonly Story[],
  folded: readonly Source[],
  opts: RunOptions,
  stages: Partial<Stages>,
  errors: RunError[],
  log: (e: ProgressEvent) => void,
): Promise<number> {
  const byId = new Map(folded.map((s) => [s.id, s]));
  const toWrite = storiesToWrite(stories, stories, (id) => !!store.getArticle(id), store.staleStories());
  if (!stages.writeArticle) {
    log({ stage: 'write', kind: 'done', message: `skipped: stage missing (${toWrite.length} stories wait)` });
    return 0;
  }
  const storyById = new Map(stories.map((s) => [s.id, s]));
  let written = 0;
  for (const [i, id] of toWrite.entries()) {
    const story = storyById.get(id)!;
    log({ stage: 'write', kind: 'tick', message: story.title, done: i, total: toWrite.length });
    const sources = story.sourceIds.map((sid) => byId.get(sid)).filter((s): s is Source => !!s);
    try {
      const article: Article = await stages.writeArticle(story, sources, {
        writer: opts.writer ?? 'extractive',
        ...(opts.llm ? { llm: opts.llm } : {}),
      });
      store.putArticle(article);
      written++;
    } catch (error) {
      // The stale mark stays, so the next run tries this story again.
      errors.push({ origin: `story ${id} (${story.title})`, message: (error as Error).message });
    }
  }
  log({
    stage: 'write',
    kind: 'done',
    message: `${written} article(s) written and verified${toWrite.length - written ? `, ${toWrite.length - written} failed` : ''}`,
  });
  return written;
}

export interface IngestSummary {
  readonly read: number;
  readonly new: number;
  readonly stored: number;
  readonly errors: readonly RunError[];
  readonly missingStages: readonly string[];
}

/** `wireproof ingest`: read inputs and store the new reports; stories are updated by the next run. */
export async function ingestIntoStore(
  opts: Pick<RunOptions, 'inputs' | 'dbPath' | 'sourceDate' | 'allowPrivate' | 'log' | 'stages'>,
): Promise<IngestSummary> {
  const log = opts.log ?? (() => {});
  const { stages, missing } = opts.stages ? { stages: opts.stages, missing: [] } : await loadStages();
  const errors: RunError[] = [];
  const { store, release } = openLocked(opts.dbPath);
  try {
    const validators = deferredValidatorCache(store);
    const ingested = await ingest({ ...opts, outDir: '' }, stages, validators.cache, errors, log);
    const { added } = store.putSources(ingested);
    validators.commit();
    log({ stage: 'store', kind: 'done', message: `${added.length} new of ${ingested.length} read` });
    return {
      read: ingested.length,
      new: added.length,
      stored: store.counts().sources,
      errors,
      missingStages: stages.ingestInputs ? [] : missing.filter((m) => m.startsWith('ingestInputs')),
    };
  } finally {
    store.close();
    release();
  }
}

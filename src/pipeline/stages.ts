import type { LlmClient } from '../llm/index.ts';
import type { Article, Development, IngestError, Source, Story } from '../model/index.ts';
import type { ValidatorCacheLike } from './validators.ts';

/**
 * The stories stage's streaming API: a copy of an earlier report is folded into it (`duplicateOf`), any other
 * report joins or starts a story; a batch is added at once, which lets the stage count its words first and merge
 * stories that arrived split (the same code `wireproof eval clustering` scores). Its state
 * round-trips through JSON, so each run resumes where the last one stopped.
 */
export interface StoryStreamLike {
  /** Adds a batch (the stage orders it and merges split stories); by source id: its story, or the report it copies. */
  addBatch(
    sources: readonly Source[],
  ): ReadonlyMap<string, { readonly storyId: string; readonly duplicateOf: string | null }>;
  flush(): number;
  stories(): Story[];
  toJSON(): unknown;
}

/** The stage functions the pipeline calls (INTERFACES.md), with the stories stage's streaming parts. */
export interface Stages {
  ingestInputs(
    inputs: string[],
    opts?: { sourceDate?: string; allowPrivate?: boolean; fetch?: { cache?: ValidatorCacheLike } },
  ): Promise<{ sources: Source[]; errors: IngestError[] }>;
  /** A story stream, restored from its saved state when given one. */
  createStream(state?: unknown): StoryStreamLike;
  writeArticle(
    story: Story,
    sources: readonly Source[],
    opts?: { writer?: 'extractive' | 'llm'; llm?: LlmClient; now?: string },
  ): Promise<Article>;
  writeSite(
    outDir: string,
    input: {
      stories: readonly Story[];
      articles: readonly Article[];
      sources: readonly Source[];
      timelines?: Readonly<Record<string, readonly Development[]>>;
    },
  ): Promise<string[]>;
  /** Optional: dated developments of a thread (a story and the later stories that continue it). */
  threadTimeline?(stories: readonly Story[], sources: readonly Source[]): Development[];
}

export type StageName = keyof Stages;

type Module = Record<string, unknown>;
type Restorable = { create(): unknown; fromJSON(state: unknown): unknown };

/** How each stage function is found in its module (a class with create/fromJSON becomes a factory). */
const STAGE_SOURCES: Readonly<Record<StageName, { spec: string; pick: (m: Module) => unknown }>> = {
  ingestInputs: { spec: '../ingest/index.ts', pick: (m) => m.ingestInputs },
  createStream: { spec: '../stories/index.ts', pick: (m) => factory(m.StoryStream) },
  writeArticle: { spec: '../write/index.ts', pick: (m) => m.writeArticle },
  writeSite: { spec: '../publish/index.ts', pick: (m) => m.writeSite },
  threadTimeline: { spec: '../stories/index.ts', pick: (m) => m.threadTimeline },
};

const OPTIONAL: ReadonlySet<StageName> = new Set(['threadTimeline']);

function factory(cls: unknown): ((state?: unknown) => unknown) | undefined {
  const c = cls as Partial<Restorable> | undefined;
  if (typeof c?.create !== 'function' || typeof c.fromJSON !== 'function') return undefined;
  const { create, fromJSON } = c as Restorable;
  return (state) => (state === undefined ? create.call(c) : fromJSON.call(c, state));
}

/** What could be loaded; `missing` names each absent function with the module it was looked for in. */
export interface LoadedStages {
  readonly stages: Partial<Stages>;
  readonly missing: string[];
}

/**
 * Loads each stage from its index.ts on demand. A stage that is absent or fails to load is reported, not
 * thrown: the pipeline then runs the stages it has and says which ones it skipped.
 */
export async function loadStages(): Promise<LoadedStages> {
  const stages: Partial<Record<StageName, unknown>> = {};
  const missing: string[] = [];
  const modules = new Map<string, Promise<Module | Error>>();
  for (const [name, { spec, pick }] of Object.entries(STAGE_SOURCES) as [
    StageName,
    (typeof STAGE_SOURCES)[StageName],
  ][]) {
    if (!modules.has(spec)) {
      const url = new URL(spec, import.meta.url).href;
      modules.set(
        spec,
        import(url).then(
          (m: Module) => m,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        ),
      );
    }
    const mod = await modules.get(spec)!;
    const fn = mod instanceof Error ? undefined : pick(mod);
    if (typeof fn === 'function') stages[name] = fn;
    else if (OPTIONAL.has(name)) continue;
    else if (mod instanceof Error) missing.push(`${name} (${spec}: ${firstLine(mod.message)})`);
    else missing.push(`${name} (${spec} does not export it)`);
  }
  return { stages: stages as Partial<Stages>, missing };
}

const firstLine = (s: string): string => s.split('\n')[0]!.slice(0, 200);

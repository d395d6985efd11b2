// The streaming API: dedupe + clustering with one state to persist and resume.
import type { Source, Story } from '../model/index.ts';
import {
  StoryClusterer,
  type ClusterOptions,
  type ClustererMemory,
  type ClustererState,
} from './clusterer.ts';
import { Deduper, type DeduperOptions, type DeduperState } from './dedupe.ts';
import { streamOrder } from './assign.ts';

/** Reports whose story a later copy can still be told (as many as the deduper remembers by default). */
const RECENT = 200_000;

export interface StoryStreamState {
  readonly version: 1;
  readonly dedupe: DeduperState;
  readonly clusters: ClustererState;
}

export interface AddResult {
  /** The story the report joined (for a copy: its original's story). */
  readonly storyId: string;
  /** Set when the report is a copy of an earlier one; it then adds no new story content. */
  readonly duplicateOf: string | null;
}

/**
 * Reports in, stories out, one at a time: a copy of an earlier report is folded into it, any other
 * report joins or starts a story. Call `flush()` after each batch to merge stories that arrived split.
 */
export class StoryStream {
  /**
   * The keys of `recent` in the order they came, as a queue from `head` on: the oldest is found without
   * `recent.keys().next()`, which walks over every deleted slot of a Map that keeps losing its first keys.
   */
  private order: string[];
  private head = 0;

  private constructor(
    private readonly dedupe: Deduper,
    private readonly clusterer: StoryClusterer,
    /** Canonical source id -> story id, for copies arriving later (bounded like the deduper). */
    private readonly recent = new Map<string, string>(),
  ) {
    this.order = [...recent.keys()];
  }

  static create(opts: ClusterOptions & DeduperOptions = {}): StoryStream {
    return new StoryStream(new Deduper(opts), new StoryClusterer(opts));
  }

  add(source: Source): AddResult {
    return this.place(source, this.dedupe.add(source), false);
  }

  /**
   * Adds a batch: oldest first (undated first, see `streamOrder`), copies folded, and the batch's word
   * statistics counted before any of it is clustered, so its first reports are weighed as well as its
   * last. Then merges split stories (`flush`). Returns each source's result, story ids resolved.
   */
  addBatch(sources: readonly Source[]): Map<string, AddResult> {
    const order = streamOrder(sources);
    const copyOf = order.map((s) => this.dedupe.add(s));
    order.forEach((s, i) => {
      if (copyOf[i] === null) this.clusterer.count(s);
    });
    const out = new Map<string, AddResult>();
    order.forEach((s, i) => out.set(s.id, this.place(s, copyOf[i]!, true)));
    this.flush();
    for (const [id, r] of out) out.set(id, { ...r, storyId: this.clusterer.resolve(r.storyId) });
    return out;
  }

  private place(source: Source, of: string | null, counted: boolean): AddResult {
    if (of !== null) {
      const story = this.recent.get(of);
      if (story !== undefined) return { storyId: this.clusterer.resolve(story), duplicateOf: of };
    }
    const storyId = this.clusterer.add(source, { counted: counted && of === null });
    if (!this.recent.has(source.id)) this.order.push(source.id);
    this.recent.set(source.id, storyId);
    if (this.recent.size > RECENT) this.recent.delete(this.order[this.head++]!);
    if (this.head > RECENT) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
    return { storyId, duplicateOf: null };
  }

  /** Merges stories that arrived split (see StoryClusterer.consolidate); returns how many merged. */
  flush(): number {
    let total = 0;
    for (let n = this.clusterer.consolidate(); n > 0; n = this.clusterer.consolidate()) total += n;
    return total;
  }

  resolve(storyId: string): string {
    return this.clusterer.resolve(storyId);
  }

  stories(): Story[] {
    return this.clusterer.stories();
  }

  get openStories(): number {
    return this.clusterer.openStories;
  }

  /** Sizes of what the clusterer holds (see ClustererMemory). */
  memory(): ClustererMemory {
    return this.clusterer.memory();
  }

  toJSON(): StoryStreamState & { recent: [string, string][] } {
    return {
      version: 1,
      dedupe: this.dedupe.toJSON(),
      clusters: this.clusterer.toJSON(),
      recent: [...this.recent],
    };
  }

  static fromJSON(state: StoryStreamState & { recent?: [string, string][] }): StoryStream {
    if (state?.version !== 1) throw new Error('story stream state: unknown version');
    return new StoryStream(
      Deduper.fromJSON(state.dedupe),
      StoryClusterer.fromJSON(state.clusters),
      new Map(state.recent ?? []),
    );
  }
}

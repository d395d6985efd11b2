// Document frequencies of terms with a bounded size: a long stream keeps inventing names (people,
// places, two-word runs), and counting every one of them forever makes memory grow with the stream.
// Below the cap nothing is ever forgotten, so small corpora see exact counts.

export interface VocabularyOptions {
  /** Terms kept before aging starts. */
  readonly cap?: number;
  /** Terms seen in at most this many reports are the first to go ... */
  readonly rareCount?: number;
  /** ... once no report among the latest `staleAfter` has used them. */
  readonly staleAfter?: number;
}

export const VOCABULARY_DEFAULTS: Required<VocabularyOptions> = {
  cap: 250_000,
  rareCount: 2,
  staleAfter: 50_000,
};

/** What aging needs beside the counts, to resume where it stopped: saved with the clusterer's state. */
export interface VocabularyState {
  /** Reports counted so far. */
  readonly docs: number;
  /** Per term of `entries()`, in the same order: the number of the latest report that used it. */
  readonly seen: number[];
}

/** After a sweep that had to cut by count, the vocabulary is brought down to this share of the cap. */
const CUT_TO = 0.8;

/**
 * Document frequencies (how many reports used each term). When the cap is passed, rare terms not seen
 * for a long time are forgotten (their idf goes back to that of an unseen term, which is what a term
 * used once or twice long ago almost has); if that is not enough, the least used (oldest first) go
 * until the vocabulary is back at 80% of the cap. Frequent terms keep exact counts.
 */
export class Vocabulary {
  readonly options: Required<VocabularyOptions>;
  private readonly counts = new Map<string, number>();
  /** Term -> the number of the latest report that used it. */
  private readonly lastSeen = new Map<string, number>();
  private docs = 0;
  private sweeps = 0;

  constructor(opts: VocabularyOptions = {}) {
    this.options = { ...VOCABULARY_DEFAULTS, ...opts };
    if (!(this.options.cap >= 1)) throw new Error(`vocabulary: cap must be at least 1 (got ${opts.cap})`);
  }

  get size(): number {
    return this.counts.size;
  }

  /** How many sweeps have forgotten terms so far (0 on any stream that stays under the cap). */
  get sweepCount(): number {
    return this.sweeps;
  }

  get(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Counts one report's distinct terms. */
  add(terms: Iterable<string>): void {
    const doc = ++this.docs;
    for (const t of terms) {
      this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
      this.lastSeen.set(t, doc);
    }
    if (this.counts.size > this.options.cap) this.sweep();
  }

  private sweep(): void {
    this.sweeps++;
    const { cap, rareCount, staleAfter } = this.options;
    const before = this.docs - staleAfter;
    for (const [t, n] of this.counts) {
      if (n <= rareCount && this.lastSeen.get(t)! <= before) this.forget(t);
    }
    const target = Math.floor(cap * CUT_TO);
    if (this.counts.size <= target) return;
    // Still too many: a stream of many terms each used a few times. Least used go first, then oldest.
    const order = [...this.counts].map(([t, n]) => [t, n, this.lastSeen.get(t)!] as const);
    order.sort((a, b) => a[1] - b[1] || a[2] - b[2] || (a[0] < b[0] ? -1 : 1));
    for (let i = 0; this.counts.size > target; i++) this.forget(order[i]![0]);
  }

  private forget(t: string): void {
    this.counts.delete(t);
    this.lastSeen.delete(t);
  }

  entries(): [string, number][] {
    return [...this.counts];
  }

  state(): VocabularyState {
    return { docs: this.docs, seen: [...this.counts.keys()].map((t) => this.lastSeen.get(t)!) };
  }

  /**
   * Restores saved counts, with the aging state when given (and matching); without it every term
   * counts as just seen (aging then waits `staleAfter` reports).
   */
  static from(
    entries: readonly (readonly [string, number])[],
    opts: VocabularyOptions = {},
    state?: VocabularyState,
  ): Vocabulary {
    const v = new Vocabulary(opts);
    const seen = state && state.seen.length === entries.length ? state.seen : null;
    if (seen) v.docs = state!.docs;
    entries.forEach(([t, n], i) => {
      v.counts.set(t, n);
      v.lastSeen.set(t, seen?.[i] ?? 0);
    });
    return v;
  }
}

// Near-duplicate folding: wire copies republished by several outlets become one Source.
import type { Source } from '../model/index.ts';
import { BANDS, bandKeys, estimateJaccard, minhash, shingleHashes } from './minhash.ts';
import { wordTokens } from './tokens.ts';

/** Estimated Jaccard of 5-word shingles at or above which two bodies count as the same copy. */
export const DUPLICATE_THRESHOLD = 0.7;

interface Entry {
  readonly seq: number;
  readonly id: string;
  readonly sig: Uint32Array;
}

export interface DeduperState {
  readonly version: 1;
  readonly seq: number;
  readonly maxEntries: number;
  readonly entries: readonly { seq: number; id: string; sig: number[] }[];
}

export interface DeduperOptions {
  /** How many canonical reports stay searchable (oldest are forgotten first): bounds memory on long streams. */
  readonly maxEntries?: number;
  readonly threshold?: number;
}

/** The text a copy shares: the body (outlets retitle wire copies), or the title when there is no body. */
function copyText(source: Source): string {
  return source.text.trim() ? source.text : source.title;
}

export function signatureOf(source: Source): Uint32Array {
  return minhash(shingleHashes(wordTokens(copyText(source))));
}

/** Streaming near-duplicate detector: the first report of a copy is canonical, later ones point to it. */
export class Deduper {
  private seq = 0;
  /**
   * No remembered report has a lower seq: the next to forget. (Not `entries.keys().next()`: in a Map
   * that keeps losing its first keys that walks over every deleted slot, slower as the stream goes on.)
   */
  private oldest = 0;
  private readonly maxEntries: number;
  private readonly threshold: number;
  private readonly entries = new Map<number, Entry>();
  private readonly bands: Map<number, number>[] = Array.from({ length: BANDS }, () => new Map());

  constructor(opts: DeduperOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 200_000;
    this.threshold = opts.threshold ?? DUPLICATE_THRESHOLD;
  }

  /** Returns the id of the earlier report this one copies, or null (it is then remembered as canonical). */
  add(source: Source): string | null {
    return this.addSignature(source.id, signatureOf(source));
  }

  addSignature(id: string, sig: Uint32Array): string | null {
    const keys = bandKeys(sig);
    let best: Entry | null = null;
    let bestJ = 0;
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const seq = this.bands[b]!.get(keys[b]!);
      if (seq === undefined || seen.has(seq)) continue;
      seen.add(seq);
      const e = this.entries.get(seq);
      if (!e) continue;
      const j = estimateJaccard(sig, e.sig);
      if (j > bestJ || (j === bestJ && best && e.seq < best.seq)) {
        best = e;
        bestJ = j;
      }
    }
    if (best && bestJ >= this.threshold) return best.id;
    this.remember({ seq: this.seq++, id, sig }, keys);
    return null;
  }

  // Band keys are not kept with the entry (memory): they are computed again when it is forgotten.
  private remember(e: Entry, keys: readonly number[]): void {
    this.entries.set(e.seq, e);
    for (let b = 0; b < BANDS; b++) this.bands[b]!.set(keys[b]!, e.seq);
    while (this.entries.size > this.maxEntries) {
      while (!this.entries.has(this.oldest)) this.oldest++;
      const oldest = this.oldest;
      const old = bandKeys(this.entries.get(oldest)!.sig);
      this.entries.delete(oldest);
      for (let b = 0; b < BANDS; b++) {
        if (this.bands[b]!.get(old[b]!) === oldest) this.bands[b]!.delete(old[b]!);
      }
    }
  }

  toJSON(): DeduperState {
    return {
      version: 1,
      seq: this.seq,
      maxEntries: this.maxEntries,
      entries: [...this.entries.values()].map((e) => ({ seq: e.seq, id: e.id, sig: [...e.sig] })),
    };
  }

  static fromJSON(state: DeduperState, opts: DeduperOptions = {}): Deduper {
    if (state?.version !== 1 || !Array.isArray(state.entries)) {
      throw new Error('deduper state: unknown version or malformed entries');
    }
    const d = new Deduper({ maxEntries: state.maxEntries, ...opts });
    d.oldest = state.entries.reduce((m, e) => Math.min(m, e.seq), state.seq);
    for (const e of state.entries) {
      const sig = Uint32Array.from(e.sig);
      d.remember({ seq: e.seq, id: e.id, sig }, bandKeys(sig));
    }
    d.seq = state.seq;
    return d;
  }
}

function outletOf(s: Source): string | null {
  if (s.outlet) return s.outlet;
  if (s.url) {
    try {
      return new URL(s.url).hostname;
    } catch {
      return null;
    }
  }
  return null;
}

/** Stream order for folding: earliest published first (undated last), then input order. */
function byDate(sources: readonly Source[]): Source[] {
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      const da = a.s.published ?? '\uffff';
      const db = b.s.published ?? '\uffff';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.s);
}

/**
 * The copy to keep: the earliest published; among copies published at the same time (or all undated),
 * one whose text is at least a tenth longer than the first's (more complete), else the first.
 */
export function pickCanonical(group: readonly Source[]): Source {
  const first = group[0]!;
  const same = group.filter((s) => s.published === first.published);
  let best = first;
  for (const s of same) if (s.text.length >= best.text.length * 1.1) best = s;
  return best;
}

export interface FoldResult {
  /** Canonical sources, in input order, with `alsoPublishedBy` listing the other outlets. */
  readonly sources: Source[];
  /** Copy id -> canonical id. */
  readonly duplicateOf: Map<string, string>;
}

/**
 * Folds wire copies: each group of near-identical bodies keeps one canonical Source (see
 * `pickCanonical`) and lists the other outlets in `alsoPublishedBy`.
 */
export function foldDuplicatesDetailed(sources: readonly Source[]): FoldResult {
  const dedup = new Deduper({ maxEntries: Math.max(sources.length, 1) });
  const groups = new Map<string, Source[]>();
  const seenIds = new Set<string>();
  for (const s of byDate(sources)) {
    if (seenIds.has(s.id)) continue; // the very same report twice: keep one
    seenIds.add(s.id);
    const of = dedup.add(s);
    const key = of ?? s.id;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  const duplicateOf = new Map<string, string>();
  const folded = new Map<string, Source>();
  for (const group of groups.values()) {
    const canonical = pickCanonical(group);
    if (group.length === 1) {
      folded.set(canonical.id, canonical);
      continue;
    }
    const own = outletOf(canonical);
    const also: string[] = [];
    const add = (o: string | null): void => {
      if (o && o !== own && !also.includes(o)) also.push(o);
    };
    for (const c of group) {
      if (c !== canonical) {
        duplicateOf.set(c.id, canonical.id);
        add(outletOf(c));
      }
      for (const o of c.alsoPublishedBy ?? []) add(o);
    }
    folded.set(canonical.id, also.length ? { ...canonical, alsoPublishedBy: also } : canonical);
  }
  const out: Source[] = [];
  for (const s of sources) {
    const f = folded.get(s.id);
    if (f) {
      out.push(f);
      folded.delete(s.id);
    }
  }
  return { sources: out, duplicateOf };
}

export function foldDuplicates(sources: readonly Source[]): Source[] {
  return foldDuplicatesDetailed(sources).sources;
}

// Streaming, time-aware story clustering. Each report is compared only with the stories an inverted
// index proposes (shared rare words and names), never with all of them: cost per report is bounded.
import type { Source, Story } from '../model/index.ts';
import { termBag } from './tokens.ts';
import { Vocabulary, type VocabularyState } from './vocab.ts';

export interface ClusterOptions {
  /**
   * Similarity (weighted cosine of words and names, times a time factor) a report must have with each
   * sampled member of a story to join it: complete linkage keeps two like events apart.
   */
  readonly threshold?: number;
  /** Weight of name overlap against word overlap, when both sides name someone or somewhere. */
  readonly nameWeight?: number;
  /** How hard missing central names count against a match (0 = not at all). */
  readonly conflictWeight?: number;
  /** Days apart that cost nothing; beyond them similarity decays with `decayDays`. */
  readonly graceDays?: number;
  readonly decayDays?: number;
  /**
   * Complete linkage (without the time factor) at which two stories too far apart in time to be one
   * story are linked as developments of one thread.
   */
  readonly threadThreshold?: number;
  /** How many stories stay open for new reports (least recently updated are closed first): bounds memory. */
  readonly maxActive?: number;
  /** A story with no report for this many days (behind the newest report seen) is closed. */
  readonly closeAfterDays?: number;
  /**
   * Consolidation: two stories merge when every sampled pair of their reports is at least this alike.
   * Streaming assignment is strict; consolidation then joins what arrived in an unlucky order.
   */
  readonly mergeThreshold?: number;
  /**
   * Terms each vocabulary (words, names) counts before rare terms unseen for long are forgotten: bounds
   * memory on endless streams; far above what a corpus of a few thousand reports uses.
   */
  readonly maxTerms?: number;
  /**
   * Postings added before the inverted indexes are first cleared of closed stories (later: as many as
   * they then held). Until stories close (maxActive, closeAfterDays) a clearing would find nothing to drop.
   */
  readonly indexSweepPostings?: number;
}

/** Sizes of what the clusterer holds, for benchmarks and tests. */
export interface ClustererMemory {
  /** Stories ever started (closed and merged ones included). */
  readonly stories: number;
  readonly openStories: number;
  /** Terms with a document frequency (words, names). */
  readonly vocabulary: number;
  /** Terms in the inverted indexes, and their postings. */
  readonly indexTerms: number;
  readonly postings: number;
}

const DEFAULTS: Required<ClusterOptions> = {
  threshold: 0.3,
  nameWeight: 0.5,
  conflictWeight: 0,
  graceDays: 3,
  decayDays: 14,
  threadThreshold: 0.25,
  maxActive: 5_000,
  closeAfterDays: 400,
  mergeThreshold: 0.12,
  maxTerms: 250_000,
  indexSweepPostings: 1_000_000,
};

const MAX_CENTROID_TERMS = 200;
const QUERY_WORDS = 12;
const QUERY_NAMES = 8;
const MAX_CANDIDATES = 24;
const POSTING_CAP = 1024;
/** Only the latest stories of a posting list are looked at: old ones are closed or about to be. */
const POSTING_SCAN = 64;
const LINK_CANDIDATES = 3;
const MEMBER_SAMPLE = 8; // first few and latest few members, each
const MEMBER_WORDS = 300;
const MEMBER_NAMES = 100;

interface Cluster {
  readonly seq: number;
  readonly id: string;
  readonly sourceIds: string[];
  readonly sourceDays: (number | null)[];
  title: string;
  titleScore: number;
  firstDate: string | null;
  lastDate: string | null;
  firstDay: number | null;
  lastDay: number | null;
  threadId: string | null;
  /** Summed sub-linear term frequencies; null once the story is closed. */
  words: Map<string, number> | null;
  names: Map<string, number> | null;
  /** Per name: how many member reports make it central (in the title or named twice). */
  core: Map<string, number> | null;
  /** A sample of member reports (the first and the latest few): a new report must be like each of them. */
  members: Member[] | null;
  /** Set when consolidation merged this story into another: its reports live there now. */
  mergedInto: string | null;
  normCache: { n: number; words: number; names: number } | null;
}

/** A member report's vector, cut to its heaviest terms. */
interface Member {
  readonly wt: string[];
  readonly ww: number[];
  readonly nt: string[];
  readonly nw: number[];
}

interface Vec {
  readonly terms: string[];
  /** Normalised tf-idf weights, heaviest first. */
  readonly weights: number[];
  /** The idf each weight was made with. */
  readonly idfs: number[];
}

export interface ClustererState {
  readonly version: 1;
  readonly options: Required<ClusterOptions>;
  readonly docs: number;
  readonly newestDay: number | null;
  readonly idfN: number;
  readonly wordDf: [string, number][];
  readonly nameDf: [string, number][];
  readonly clusters: {
    seq: number;
    id: string;
    sourceIds: string[];
    sourceDays: (number | null)[];
    title: string;
    titleScore: number;
    firstDate: string | null;
    lastDate: string | null;
    firstDay: number | null;
    lastDay: number | null;
    threadId: string | null;
    words: [string, number][] | null;
    names: [string, number][] | null;
    core: [string, number][] | null;
    members: Member[] | null;
    mergedInto: string | null;
    normCache: { n: number; words: number; names: number } | null;
  }[];
  /** Stories changed since the last consolidation. */
  readonly dirty: number[];
  /** Open stories, least recently updated first. */
  readonly active: number[];
  /** The inverted indexes as they stand (their order decides which stories are proposed first). */
  readonly wordIndex: [string, number[]][];
  readonly nameIndex: [string, number[]][];
  /** Where aging stands (absent in states saved before it existed: it then starts afresh). */
  readonly aging?: {
    readonly words: VocabularyState;
    readonly names: VocabularyState;
    readonly postsSinceSweep: number;
    readonly sweepAfter: number;
  };
}

export function dayOf(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

export function storyIdFor(firstSourceId: string): string {
  return `story_${firstSourceId.replace(/^src_/, '')}`;
}

function sublinear(bag: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, c] of bag) out.set(t, 1 + Math.log(c));
  return out;
}

/** A vector with its terms heaviest first (ties by term, for determinism). */
function sortedVec(terms: string[], weights: number[], idfs: number[], norm: number): Vec {
  const idx = weights.map((_, i) => i);
  idx.sort((a, b) => weights[b]! - weights[a]! || (terms[a]! < terms[b]! ? -1 : 1));
  return {
    terms: idx.map((i) => terms[i]!),
    weights: idx.map((i) => weights[i]! / norm),
    idfs: idx.map((i) => idfs[i]!),
  };
}

// log(k + 1) for small counts, looked up rather than computed: idf is asked for very often.
const LOG1P = Float64Array.from({ length: 1 << 16 }, (_, k) => Math.log(k + 1));
const log1p = (k: number): number => (k < LOG1P.length ? LOG1P[k]! : Math.log(k + 1));

function heaviest(v: Vec, k: number): { t: string[]; w: number[] } {
  return { t: v.terms.slice(0, k), w: v.weights.slice(0, k) };
}

interface MemberMaps {
  readonly w: Map<string, number>;
  readonly n: Map<string, number>;
}

function memberMaps(m: Member): MemberMaps {
  return { w: new Map(m.wt.map((t, i) => [t, m.ww[i]!])), n: new Map(m.nt.map((t, i) => [t, m.nw[i]!])) };
}

function toMember(wv: Vec, nv: Vec): Member {
  const w = heaviest(wv, MEMBER_WORDS);
  const n = heaviest(nv, MEMBER_NAMES);
  return { wt: w.t, ww: w.w, nt: n.t, nw: n.w };
}

/** A story's reports by day (undated last), then in the order they joined; closed stories are in order already. */
function storyOrder(c: Cluster): string[] {
  const order = c.sourceIds.map((id, i) => ({ id, day: c.sourceDays[i] ?? null, i }));
  order.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.i - b.i);
  return order.map((o) => o.id);
}

/** Names central to a report: named at least twice (a title mention counts twice). */
function coreNames(names: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [t, n] of names) if (n >= 2) out.push(t);
  return out;
}

/** Streaming story clusterer. Deterministic; its state round-trips through JSON. */
export class StoryClusterer {
  readonly options: Required<ClusterOptions>;
  private docs = 0;
  private wordDf: Vocabulary;
  private nameDf: Vocabulary;
  private readonly clusters: Cluster[] = [];
  private readonly byId = new Map<string, Cluster>();
  private readonly wordIndex = new Map<string, number[]>();
  private readonly nameIndex = new Map<string, number[]>();
  /** Open clusters by seq, least recently updated first (Map keeps insertion order). */
  private readonly active = new Map<number, true>();
  private readonly dirty = new Set<number>();
  /** The latest day any report was published on: the stream's clock. */
  private newestDay = -Infinity;
  /** Postings added since the indexes were last cleared of closed stories, and when to clear them next. */
  private postsSinceSweep = 0;
  private sweepAfter: number;
  /** Thread root id -> seqs of its stories (root included). */
  private readonly threads = new Map<string, number[]>();

  constructor(opts: ClusterOptions = {}) {
    this.options = { ...DEFAULTS, ...opts };
    this.wordDf = new Vocabulary({ cap: this.options.maxTerms });
    this.nameDf = new Vocabulary({ cap: this.options.maxTerms });
    this.sweepAfter = this.options.indexSweepPostings;
  }

  /**
   * Counts a batch's terms before its reports are added, so that the first reports of a batch are
   * weighed with the batch's word statistics; `add` must then be told the report was counted.
   */
  count(source: Source): void {
    const bag = termBag(source.title, source.text);
    this.docs++;
    this.bumpDf(this.wordDf, bag.words.keys());
    this.bumpDf(this.nameDf, bag.names.keys());
  }

  /** Adds one report; returns the id of the story it joins (or starts). */
  add(source: Source, opts: { counted?: boolean } = {}): string {
    const bag = termBag(source.title, source.text);
    const words = sublinear(bag.words);
    const names = sublinear(bag.names);
    if (!opts.counted) {
      this.docs++;
      this.bumpDf(this.wordDf, words.keys());
      this.bumpDf(this.nameDf, names.keys());
    }
    const wv = this.vector(words, this.wordDf);
    const nv = this.vector(names, this.nameDf);
    const core = coreNames(bag.names);
    const day = dayOf(source.published);

    const member = toMember(wv, nv);
    const dw = new Map(wv.terms.map((t, i) => [t, wv.weights[i]!]));
    const dn = new Map(nv.terms.map((t, i) => [t, nv.weights[i]!]));
    let best: Cluster | null = null;
    let bestSim = -1;
    const close: { c: Cluster; s: number; tf: number }[] = [];
    for (const c of this.candidates(wv, nv)) {
      const raw = this.similarity(wv, nv, c) * this.agreement(core, names, c);
      const tf = this.timeFactor(day, c);
      // The centroid is a cheap upper bound of sorts for complete linkage: only near ones are checked report by report.
      if (raw * tf >= this.options.threshold) close.push({ c, s: raw * tf, tf });
    }
    close.sort((a, b) => b.s - a.s || a.c.seq - b.c.seq);
    for (const { c, tf } of close.slice(0, LINK_CANDIDATES)) {
      const sim = this.linkage(dw, dn, c, this.options.threshold / tf) * tf;
      if (sim > bestSim) {
        best = c;
        bestSim = sim;
      }
    }
    if (best && bestSim >= this.options.threshold) {
      this.join(best, source, words, names, core, member, day, bestSim);
      return best.id;
    }
    return this.create(source, words, names, core, member, day).id;
  }

  /** All stories so far, in the order they were started. */
  stories(): Story[] {
    return this.clusters
      .filter((c) => c.mergedInto === null)
      .map((c) => {
        return {
          id: c.id,
          sourceIds: storyOrder(c),
          title: c.title,
          firstSeen: c.firstDate,
          lastUpdated: c.lastDate,
          threadId: c.threadId,
        };
      });
  }

  get size(): number {
    return this.clusters.length;
  }

  /** The story a (possibly since merged) story id now lives in. */
  resolve(storyId: string): string {
    let c = this.byId.get(storyId);
    while (c && c.mergedInto) c = this.byId.get(c.mergedInto);
    return c ? c.id : storyId;
  }

  /**
   * Merges stories changed since the last call with like stories the index proposes (complete
   * linkage over sampled reports), most alike first. Call it after each batch; cost is per changed story.
   */
  consolidate(): number {
    const t = this.options.mergeThreshold;
    const tt = this.options.threadThreshold;
    const pairs: [number, number, number][] = [];
    const threadPairs: [number, number, number][] = [];
    const dirty = [...this.dirty].sort((a, b) => a - b);
    this.dirty.clear();
    for (const seq of dirty) {
      const c = this.clusters[seq]!;
      if (c.mergedInto !== null || !c.words) continue;
      const { wv, nv } = this.centroidVecs(c);
      const maps = c.members ? c.members.map(memberMaps) : null;
      for (const d of this.candidates(wv, nv)) {
        if (d.seq === c.seq || d.mergedInto !== null) continue;
        const tf = this.clusterTimeFactor(c, d);
        const raw = this.clusterLinkage(c, d, Math.min(t / tf, tt), maps);
        const pair: [number, number, number] = [raw * tf, Math.min(c.seq, d.seq), Math.max(c.seq, d.seq)];
        // Alike enough, but too far apart in time: a later development of the same matter.
        if (raw * tf >= t) pairs.push(pair);
        else if (raw >= tt) threadPairs.push([raw, pair[1], pair[2]]);
      }
    }
    pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    let merged = 0;
    for (const [, i, j] of pairs) {
      const a = this.clusters[i]!;
      const b = this.clusters[j]!;
      if (a.mergedInto !== null || b.mergedInto !== null || !a.words || !b.words) continue;
      const tf = this.clusterTimeFactor(a, b);
      if (this.clusterLinkage(a, b, t / tf) * tf < t) continue; // one of them has grown since
      this.absorb(a, b);
      merged++;
    }
    threadPairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    for (const [, i, j] of threadPairs) {
      const a = this.byId.get(this.resolve(this.clusters[i]!.id))!;
      const b = this.byId.get(this.resolve(this.clusters[j]!.id))!;
      if (a !== b) this.linkThread(a, b);
    }
    return merged;
  }

  private centroidVecs(c: Cluster): { wv: Vec; nv: Vec } {
    const vec = (m: Map<string, number> | null, df: Vocabulary): Vec => {
      const terms: string[] = [];
      const weights: number[] = [];
      const idfs: number[] = [];
      for (const [t, f] of m ?? []) {
        const idf = this.idf(df, t);
        terms.push(t);
        weights.push(f * idf);
        idfs.push(idf);
      }
      return sortedVec(terms, weights, idfs, 1);
    };
    return { wv: vec(c.words, this.wordDf), nv: vec(c.names, this.nameDf) };
  }

  /** Complete linkage between two stories over their sampled reports, times the time factor. */
  private clusterTimeFactor(a: Cluster, b: Cluster): number {
    if (a.firstDay === null || b.firstDay === null || a.lastDay === null || b.lastDay === null) return 1;
    const gap = Math.max(0, Math.max(a.firstDay, b.firstDay) - Math.min(a.lastDay, b.lastDay));
    const { graceDays, decayDays } = this.options;
    return gap <= graceDays ? 1 : Math.exp(-(gap - graceDays) / decayDays);
  }

  /** Complete linkage between two stories over their sampled reports; stops early once below `floor`. */
  private clusterLinkage(
    a: Cluster,
    b: Cluster,
    floor: number,
    maps: readonly MemberMaps[] | null = null,
  ): number {
    if (!a.members || !b.members) return 0;
    let least = Infinity;
    for (const [i, m] of a.members.entries()) {
      const { w, n } = maps?.[i] ?? memberMaps(m);
      least = Math.min(least, this.linkage(w, n, b, floor));
      if (least < floor) return least;
    }
    return least;
  }

  private rootOf(c: Cluster): Cluster {
    return c.threadId ? (this.byId.get(c.threadId) ?? c) : c;
  }

  /** Joins the threads of a and b; the thread's root is its earliest story. */
  private linkThread(a: Cluster, b: Cluster): void {
    const ra = this.rootOf(a);
    const rb = this.rootOf(b);
    if (ra === rb) return;
    const key = (c: Cluster): number => c.firstDay ?? Infinity;
    const [root, other] = key(ra) < key(rb) || (key(ra) === key(rb) && ra.seq < rb.seq) ? [ra, rb] : [rb, ra];
    const moved = this.threads.get(other.id) ?? [other.seq];
    this.threads.delete(other.id);
    const list = this.threads.get(root.id) ?? [root.seq];
    for (const seq of moved) {
      this.clusters[seq]!.threadId = root.id;
      list.push(seq);
    }
    root.threadId = null;
    this.threads.set(root.id, list);
  }

  /** Moves b's reports into a (the older story keeps its id). */
  private absorb(a: Cluster, b: Cluster): void {
    a.sourceIds.push(...b.sourceIds);
    a.sourceDays.push(...b.sourceDays);
    if (b.titleScore > a.titleScore) {
      a.title = b.title;
      a.titleScore = b.titleScore;
    }
    if (b.firstDate && (!a.firstDate || b.firstDate < a.firstDate)) a.firstDate = b.firstDate;
    if (b.lastDate && (!a.lastDate || b.lastDate > a.lastDate)) a.lastDate = b.lastDate;
    if (b.firstDay !== null) a.firstDay = a.firstDay === null ? b.firstDay : Math.min(a.firstDay, b.firstDay);
    if (b.lastDay !== null) a.lastDay = a.lastDay === null ? b.lastDay : Math.max(a.lastDay, b.lastDay);
    const members = [...a.members!, ...b.members!];
    a.members =
      members.length <= 2 * MEMBER_SAMPLE
        ? members
        : [...members.slice(0, MEMBER_SAMPLE), ...members.slice(-MEMBER_SAMPLE)];
    this.merge(a, b.words!, b.names!, []);
    for (const [t, n] of b.core!) a.core!.set(t, (a.core!.get(t) ?? 0) + n);
    this.close(b);
    this.active.delete(b.seq);
    this.dirty.delete(b.seq);
    b.mergedInto = a.id;
    b.sourceIds.length = 0;
    b.sourceDays.length = 0;
    // b's thread carries on through a: dissolve it and link its other stories to a.
    const bRoot = this.rootOf(b);
    const bThread = this.threads.get(bRoot.id);
    b.threadId = null;
    if (bThread) {
      this.threads.delete(bRoot.id);
      const rest = bThread.filter((seq) => seq !== b.seq);
      for (const seq of rest) this.clusters[seq]!.threadId = null;
      for (const seq of rest) this.linkThread(a, this.clusters[seq]!);
    }
    this.touch(a);
  }

  get openStories(): number {
    return this.active.size;
  }

  memory(): ClustererMemory {
    let postings = 0;
    for (const p of this.wordIndex.values()) postings += p.length;
    for (const p of this.nameIndex.values()) postings += p.length;
    return {
      stories: this.clusters.length,
      openStories: this.active.size,
      vocabulary: this.wordDf.size + this.nameDf.size,
      indexTerms: this.wordIndex.size + this.nameIndex.size,
      postings,
    };
  }

  // The corpus size idf is computed with moves in 10% steps: every idf then shifts alike, by under 0.1,
  // steps, and cached centroid norms stay valid in between.
  private idfN = 0;
  private logN1 = 0;

  private idf(df: Vocabulary, t: string): number {
    if (this.docs !== this.idfN && (this.docs > this.idfN * 1.1 || this.docs < this.idfN)) {
      this.idfN = this.docs;
      this.logN1 = log1p(this.idfN);
    }
    return this.logN1 - log1p(df.get(t)) + 1;
  }

  private bumpDf(df: Vocabulary, terms: Iterable<string>): void {
    df.add(terms);
  }

  private vector(tf: Map<string, number>, df: Vocabulary): Vec {
    const terms: string[] = [];
    const weights: number[] = [];
    const idfs: number[] = [];
    let norm = 0;
    for (const [t, f] of tf) {
      const idf = this.idf(df, t);
      const w = f * idf;
      terms.push(t);
      weights.push(w);
      idfs.push(idf);
      norm += w * w;
    }
    return sortedVec(terms, weights, idfs, Math.sqrt(norm) || 1);
  }

  private candidates(wv: Vec, nv: Vec): Cluster[] {
    const score = new Map<number, number>();
    const collect = (v: Vec, index: Map<string, number[]>, k: number): void => {
      for (let i = 0; i < Math.min(k, v.terms.length); i++) {
        const posting = index.get(v.terms[i]!);
        if (!posting) continue;
        const w = v.weights[i]!;
        for (let j = Math.max(0, posting.length - POSTING_SCAN); j < posting.length; j++) {
          const seq = posting[j]!;
          score.set(seq, (score.get(seq) ?? 0) + w);
        }
      }
    };
    collect(wv, this.wordIndex, QUERY_WORDS);
    collect(nv, this.nameIndex, QUERY_NAMES);
    // The best MAX_CANDIDATES by score (ties: older story first), kept in a small sorted buffer.
    const top: [number, number][] = [];
    const better = (a: [number, number], b: [number, number]): boolean =>
      a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
    for (const e of score) {
      if (top.length === MAX_CANDIDATES && !better(e, top[top.length - 1]!)) continue;
      if (!this.active.has(e[0])) continue;
      let i = top.length;
      while (i > 0 && better(e, top[i - 1]!)) i--;
      top.splice(i, 0, e);
      if (top.length > MAX_CANDIDATES) top.pop();
    }
    return top.map(([seq]) => this.clusters[seq]!);
  }

  private centroidNorms(c: Cluster): { words: number; names: number } {
    // idf drifts slowly as documents arrive: recompute a norm once the corpus has grown by a tenth.
    if (c.normCache && c.normCache.n === this.idfN) return c.normCache;
    const norm = (m: Map<string, number> | null, df: Vocabulary): number => {
      let s = 0;
      if (m) {
        for (const [t, f] of m) {
          const w = f * this.idf(df, t);
          s += w * w;
        }
      }
      return Math.sqrt(s) || 1;
    };
    c.normCache = { n: this.idfN, words: norm(c.words, this.wordDf), names: norm(c.names, this.nameDf) };
    return c.normCache;
  }

  private similarity(wv: Vec, nv: Vec, c: Cluster): number {
    const norms = this.centroidNorms(c);
    const dot = (v: Vec, m: Map<string, number> | null): number => {
      if (!m) return 0;
      let s = 0;
      for (let i = 0; i < v.terms.length; i++) {
        const f = m.get(v.terms[i]!);
        if (f !== undefined) s += v.weights[i]! * f * v.idfs[i]!;
      }
      return s;
    };
    const cw = dot(wv, c.words) / norms.words;
    if (nv.terms.length === 0 || !c.names || c.names.size === 0) return cw;
    const cn = dot(nv, c.names) / norms.names;
    const a = this.options.nameWeight;
    return (1 - a) * cw + a * cn;
  }

  /** The least similarity between the report and the sampled members (complete linkage). */
  private linkage(dw: Map<string, number>, dn: Map<string, number>, c: Cluster, floor: number): number {
    if (!c.members || c.members.length === 0) return 0;
    const a = this.options.nameWeight;
    let least = Infinity;
    for (const m of c.members) {
      let sw = 0;
      for (let i = 0; i < m.wt.length; i++) {
        const x = dw.get(m.wt[i]!);
        if (x !== undefined) sw += x * m.ww[i]!;
      }
      let sim = sw;
      if (dn.size > 0 && m.nt.length > 0) {
        let sn = 0;
        for (let i = 0; i < m.nt.length; i++) {
          const x = dn.get(m.nt[i]!);
          if (x !== undefined) sn += x * m.nw[i]!;
        }
        sim = (1 - a) * sw + a * sn;
      }
      if (sim < least) least = sim;
      if (least < floor) break; // cannot join: no need to look further
    }
    return least;
  }

  /**
   * Do the report and the story agree on who and where it is about? The share (idf-weighted) of the
   * report's central names the story knows, and of the story's central names the report mentions:
   * two fights of the same champion differ in the challenger, two floods in the town.
   */
  private agreement(core: readonly string[], names: Map<string, number>, c: Cluster): number {
    const beta = this.options.conflictWeight;
    if (beta === 0 || !c.names || !c.core) return 1;
    let have = 0;
    let all = 0;
    for (const t of core) {
      const w = this.idf(this.nameDf, t);
      all += w;
      if (c.names.has(t)) have += w;
    }
    const docCover = all > 0 ? have / all : 1;
    const size = c.sourceIds.length;
    have = 0;
    all = 0;
    for (const [t, n] of c.core) {
      if (n * 2 < size) continue;
      const w = this.idf(this.nameDf, t);
      all += w;
      if (names.has(t)) have += w;
    }
    const storyCover = all > 0 ? have / all : 1;
    return (1 - beta * (1 - docCover)) * (1 - beta * (1 - storyCover));
  }

  private timeFactor(day: number | null, c: Cluster): number {
    if (day === null || c.firstDay === null || c.lastDay === null) return 1;
    const gap = day < c.firstDay ? c.firstDay - day : day > c.lastDay ? day - c.lastDay : 0;
    const { graceDays, decayDays } = this.options;
    return gap <= graceDays ? 1 : Math.exp(-(gap - graceDays) / decayDays);
  }

  /** Recent dates as one shared string each: every story keeps two, and a stream has few distinct ones. */
  private readonly dates = new Map<string, string>();

  private dateOf(published: string | null): string | null {
    if (!published) return null;
    const d = published.slice(0, 10);
    const known = this.dates.get(d);
    if (known !== undefined) return known;
    if (this.dates.size >= 4096) this.dates.clear();
    this.dates.set(d, d);
    return d;
  }

  private create(
    source: Source,
    words: Map<string, number>,
    names: Map<string, number>,
    core: readonly string[],
    member: Member,
    day: number | null,
  ): Cluster {
    const seq = this.clusters.length;
    let id = storyIdFor(source.id);
    if (this.byId.has(id)) id = `${id}_${seq}`;
    const date = this.dateOf(source.published);
    const c: Cluster = {
      seq,
      id,
      sourceIds: [source.id],
      sourceDays: [day],
      title: source.title,
      titleScore: 0,
      firstDate: date,
      lastDate: date,
      firstDay: day,
      lastDay: day,
      threadId: null,
      words: new Map(),
      names: new Map(),
      core: new Map(),
      members: [member],
      mergedInto: null,
      normCache: null,
    };
    this.clusters.push(c);
    this.byId.set(id, c);
    this.merge(c, words, names, core);
    this.touch(c);
    return c;
  }

  private join(
    c: Cluster,
    source: Source,
    words: Map<string, number>,
    names: Map<string, number>,
    core: readonly string[],
    member: Member,
    day: number | null,
    sim: number,
  ): void {
    c.sourceIds.push(source.id);
    if (c.members) {
      // Keep the first MEMBER_SAMPLE and the latest MEMBER_SAMPLE.
      if (c.members.length >= 2 * MEMBER_SAMPLE) c.members.splice(MEMBER_SAMPLE, 1);
      c.members.push(member);
    }
    c.sourceDays.push(day);
    // The working title comes from the report closest to the story as it stood when it joined.
    if (sim > c.titleScore && source.title) {
      c.title = source.title;
      c.titleScore = sim;
    }
    const date = this.dateOf(source.published);
    if (date) {
      if (!c.firstDate || date < c.firstDate) c.firstDate = date;
      if (!c.lastDate || date > c.lastDate) c.lastDate = date;
    }
    if (day !== null) {
      c.firstDay = c.firstDay === null ? day : Math.min(c.firstDay, day);
      c.lastDay = c.lastDay === null ? day : Math.max(c.lastDay, day);
    }
    this.merge(c, words, names, core);
    this.touch(c);
  }

  private merge(
    c: Cluster,
    words: Map<string, number>,
    names: Map<string, number>,
    core: readonly string[],
  ): void {
    for (const t of core) c.core!.set(t, (c.core!.get(t) ?? 0) + 1);
    // The cached norms are updated term by term while the idf epoch lasts, not recomputed.
    const cache = c.normCache && c.normCache.n === this.idfN ? c.normCache : null;
    let sq = cache ? { words: cache.words ** 2, names: cache.names ** 2 } : null;
    const add = (
      m: Map<string, number>,
      bag: Map<string, number>,
      index: Map<string, number[]>,
      df: Vocabulary,
      key: 'words' | 'names',
    ): void => {
      for (const [t, f] of bag) {
        const had = m.get(t);
        m.set(t, (had ?? 0) + f);
        if (had === undefined) this.post(index, t, c.seq);
        if (sq) {
          const idf = this.idf(df, t);
          sq[key] += ((had ?? 0) + f) ** 2 * idf * idf - (had ?? 0) ** 2 * idf * idf;
        }
      }
    };
    add(c.words!, words, this.wordIndex, this.wordDf, 'words');
    add(c.names!, names, this.nameIndex, this.nameDf, 'names');
    const w0 = c.words!;
    const n0 = c.names!;
    c.words = this.prune(w0, this.wordDf);
    c.names = this.prune(n0, this.nameDf);
    if (c.words !== w0 || c.names !== n0 || this.idfN !== (cache?.n ?? -1)) sq = null;
    c.normCache = sq
      ? {
          n: this.idfN,
          words: Math.sqrt(Math.max(sq.words, 0)) || 1,
          names: Math.sqrt(Math.max(sq.names, 0)) || 1,
        }
      : null;
  }

  /** Keeps a centroid to its most telling terms so that memory per story stays bounded. */
  // Postings of dropped terms stay (see `close`): candidates are only proposals, each one is scored on
  // its actual centroid.
  private prune(m: Map<string, number>, df: Vocabulary): Map<string, number> {
    if (m.size <= MAX_CENTROID_TERMS * 1.5) return m;
    const scored = [...m].map(([t, f]) => [t, f, f * this.idf(df, t)] as const);
    scored.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
    return new Map(scored.slice(0, MAX_CENTROID_TERMS).map(([t, f]) => [t, f]));
  }

  private post(index: Map<string, number[]>, term: string, seq: number): void {
    let p = index.get(term);
    if (!p) {
      p = [];
      index.set(term, p);
    }
    if (p[p.length - 1] === seq) return;
    p.push(seq);
    this.postsSinceSweep++;
    // Very common terms: keep the most recent stories only.
    if (p.length > POSTING_CAP * 2) index.set(term, p.slice(-POSTING_CAP));
  }

  private touch(c: Cluster): void {
    this.dirty.add(c.seq);
    this.active.delete(c.seq);
    this.active.set(c.seq, true);
    if (c.lastDay !== null && c.lastDay > this.newestDay) this.newestDay = c.lastDay;
    for (;;) {
      const oldest = this.active.keys().next().value;
      if (oldest === undefined) break;
      const o = this.clusters[oldest]!;
      const stale = o.lastDay !== null && o.lastDay < this.newestDay - this.options.closeAfterDays;
      if (this.active.size <= this.options.maxActive && !stale) break;
      this.active.delete(oldest);
      this.dirty.delete(oldest);
      this.close(this.clusters[oldest]!);
    }
    if (this.postsSinceSweep > this.sweepAfter) this.sweepIndexes();
  }

  /**
   * Drops closed stories from the inverted indexes, and the terms left with none: on a long stream most
   * terms (names above all) belong to stories closed long ago. Amortised: runs after as many new
   * postings as the indexes held after the last sweep.
   */
  private sweepIndexes(): void {
    let live = 0;
    for (const index of [this.wordIndex, this.nameIndex]) {
      for (const [t, p] of index) {
        const kept = p.filter((seq) => this.active.has(seq));
        if (kept.length === 0) index.delete(t);
        else if (kept.length < p.length) index.set(t, kept);
        live += kept.length;
      }
    }
    this.postsSinceSweep = 0;
    this.sweepAfter = Math.max(this.options.indexSweepPostings, live);
  }

  /** A closed story keeps its sources but no centroid: it takes no new reports. */
  private close(c: Cluster): void {
    // Its postings stay until the next sweep (sweepIndexes): removing them now would scan every list it is
    // in, and the index is only read through the set of open stories.
    // Its reports are put in story order once, so that the days need not be kept (see stories()).
    if (c.sourceDays.length > 0) {
      storyOrder(c).forEach((id, i) => (c.sourceIds[i] = id));
      c.sourceDays.length = 0;
    }
    c.words = null;
    c.names = null;
    c.core = null;
    c.members = null;
    c.normCache = null;
  }

  toJSON(): ClustererState {
    return {
      version: 1,
      options: this.options,
      docs: this.docs,
      newestDay: Number.isFinite(this.newestDay) ? this.newestDay : null,
      idfN: this.idfN,
      wordDf: this.wordDf.entries(),
      nameDf: this.nameDf.entries(),
      clusters: this.clusters.map((c) => ({
        seq: c.seq,
        id: c.id,
        sourceIds: [...c.sourceIds],
        sourceDays: [...c.sourceDays],
        title: c.title,
        titleScore: c.titleScore,
        firstDate: c.firstDate,
        lastDate: c.lastDate,
        firstDay: c.firstDay,
        lastDay: c.lastDay,
        threadId: c.threadId,
        words: c.words ? [...c.words] : null,
        names: c.names ? [...c.names] : null,
        core: c.core ? [...c.core] : null,
        members: c.members ? c.members.map((m) => ({ ...m })) : null,
        mergedInto: c.mergedInto,
        normCache: c.normCache,
      })),
      dirty: [...this.dirty],
      active: [...this.active.keys()],
      wordIndex: [...this.wordIndex].map(([t, p]) => [t, [...p]]),
      nameIndex: [...this.nameIndex].map(([t, p]) => [t, [...p]]),
      aging: {
        words: this.wordDf.state(),
        names: this.nameDf.state(),
        postsSinceSweep: this.postsSinceSweep,
        sweepAfter: this.sweepAfter,
      },
    };
  }

  static fromJSON(state: ClustererState): StoryClusterer {
    if (state?.version !== 1 || !Array.isArray(state.clusters)) {
      throw new Error('story clusterer state: unknown version or malformed clusters');
    }
    const k = new StoryClusterer(state.options);
    k.docs = state.docs;
    k.idfN = state.idfN;
    k.logN1 = log1p(k.idfN);
    k.newestDay = state.newestDay ?? -Infinity;
    k.wordDf = Vocabulary.from(state.wordDf, { cap: k.options.maxTerms }, state.aging?.words);
    k.nameDf = Vocabulary.from(state.nameDf, { cap: k.options.maxTerms }, state.aging?.names);
    const aging = state.aging;
    if (aging && Number.isFinite(aging.postsSinceSweep) && Number.isFinite(aging.sweepAfter)) {
      k.postsSinceSweep = aging.postsSinceSweep;
      k.sweepAfter = aging.sweepAfter;
    }
    for (const s of state.clusters) {
      const c: Cluster = {
        ...s,
        words: s.words ? new Map(s.words) : null,
        names: s.names ? new Map(s.names) : null,
        core: s.core ? new Map(s.core) : null,
        members: s.members ? s.members.map((m) => ({ ...m })) : null,
        normCache: s.normCache ? { ...s.normCache } : null,
      };
      k.clusters.push(c);
      k.byId.set(c.id, c);
    }
    for (const [t, p] of state.wordIndex) k.wordIndex.set(t, [...p]);
    for (const [t, p] of state.nameIndex) k.nameIndex.set(t, [...p]);
    for (const seq of state.active) k.active.set(seq, true);
    for (const seq of state.dirty) k.dirty.add(seq);
    for (const c of k.clusters) {
      if (!c.threadId || c.mergedInto) continue;
      const root = k.byId.get(c.threadId);
      if (!root)
        throw new Error(`story clusterer state: story ${c.id} continues unknown thread ${c.threadId}`);
      const list = k.threads.get(root.id) ?? [root.seq];
      list.push(c.seq);
      k.threads.set(root.id, list);
    }
    return k;
  }
}

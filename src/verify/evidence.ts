// Evidence retrieval: a source is indexed once (sentences, lemmas, WordNet concepts) and cached;
// a claim's terms are matched exactly, by lemma, or by synonym / one-step hypernym, weighted by rarity.
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { addKeys, termize, type Term } from './terms.ts';

export interface IndexedSentence {
  readonly text: string;
  readonly terms: readonly Term[];
  /** Citation number of the source it comes from (1 for a lone document). */
  readonly source: number;
  /** Position within its own source. */
  readonly index: number;
  /** Publication date of its source. */
  readonly date: string | null;
}

/** One source document to search, with its citation number. */
export interface DocPart {
  readonly n: number;
  readonly text: string;
  readonly date: string | null;
}

export interface DocIndex {
  readonly text: string;
  readonly date: string | null;
  readonly sentences: readonly IndexedSentence[];
  /** lemma or normalised form -> sentence indices holding it */
  readonly words: ReadonlyMap<string, readonly number[]>;
  /** lower-cased text of the whole document, for phrase lookups */
  readonly lower: string;
  /** The sources searched. */
  readonly parts: readonly DocPart[];
}

/** One claim term with how strongly and where the document matches it. */
export interface TermMatch {
  readonly term: Term;
  /** Importance of the term: 0 for stopwords, more for names, numbers and rare words. */
  readonly weight: number;
  /** sentence index -> match strength in (0, 1] */
  readonly hits: ReadonlyMap<number, number>;
  readonly isName: boolean;
}

/**
 * Splits source text into sentences: line breaks, and ". " before a capital, digit or quote, but not between
 * digits: tokenised copy writes "1.3 billion" as "1. 3 billion".
 */
export function splitSourceSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    const parts = para.split(/(?<=[.!?]["'”’)]?)\s+(?!(?<=\d\.\s+)\d)(?=["“‘'(]?[A-Z0-9])/u);
    for (const p of parts) {
      const t = p.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

const cache = new Map<string, DocIndex>();
const CACHE_MAX = 1024;

/** Forgets every cached index (so a timing run starts cold). */
export function clearIndexCache(): void {
  cache.clear();
  last = null;
}

/** The index of one or more sources searched together, cached (benchmarks check several claims per source). */
export function indexDocument(text: string, date: string | null = null): DocIndex {
  return indexSources([{ n: 1, text, date }]);
}

// The last index asked for: a benchmark's rows come grouped by source, and comparing texts is cheaper than
// building and hashing the cache key.
let last: { parts: readonly DocPart[]; doc: DocIndex } | null = null;

function sameParts(a: readonly DocPart[], b: readonly DocPart[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x.n !== y.n || (x.date ?? '') !== (y.date ?? '') || x.text !== y.text) return false;
  }
  return true;
}

export function indexSources(parts: readonly DocPart[]): DocIndex {
  if (last !== null && sameParts(last.parts, parts)) return last.doc;
  const doc = lookUp(parts);
  last = { parts: parts.map((p) => ({ n: p.n, text: p.text, date: p.date })), doc };
  return doc;
}

function lookUp(parts: readonly DocPart[]): DocIndex {
  const key = parts.map((p) => `${p.n}\u0001${p.date ?? ''}\u0001${p.text}`).join('\u0000');
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // keep recently used entries at the end
    return hit;
  }
  const doc = buildIndex(parts);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, doc);
  return doc;
}

/** A source sentence whose terms are built on first use (checks need them for a few evidence sentences). */
class SourceSentence implements IndexedSentence {
  #terms: Term[] | undefined;
  constructor(
    readonly text: string,
    readonly source: number,
    readonly index: number,
    readonly date: string | null,
  ) {}
  get terms(): readonly Term[] {
    return (this.#terms ??= termize(this.text));
  }
}

function buildIndex(parts: readonly DocPart[]): DocIndex {
  const sentences: IndexedSentence[] = parts.flatMap((p) =>
    splitSourceSentences(p.text).map((s, index) => new SourceSentence(s, p.n, index, p.date)),
  );
  const text = parts.map((p) => p.text).join('\n\n');
  const date = parts[0]?.date ?? null;
  const words = new Map<string, number[]>();
  for (let i = 0; i < sentences.length; i++) addKeys(sentences[i]!.text, i, words);
  return { text, date, sentences, words, lower: text.toLowerCase(), parts };
}

/** A name-like term: capitalised mid-sentence, or (in lower-cased text) a word WordNet does not know. */
export function nameLike(t: Term, lex: Lexicon): boolean {
  if (t.stop || t.num !== null) return false;
  if (t.cap) return true;
  return t.norm.length > 2 && /^\p{L}+$/u.test(t.norm) && !lex.known(t.lemma) && !lex.known(t.norm);
}

// Per-document memo of term matches: several claims are often checked against one source (a benchmark's
// system summaries, an article's sentences citing one report) and share most words. Hits maps are read-only.
const matchMemo = new WeakMap<DocIndex, Map<string, { hits: ReadonlyMap<number, number>; weight: number }>>();

/** Matches each claim term against the document. */
export function matchTerms(claimTerms: readonly Term[], doc: DocIndex): TermMatch[] {
  const lex = loadLexicon();
  let memo = matchMemo.get(doc);
  if (!memo) matchMemo.set(doc, (memo = new Map()));
  const out: TermMatch[] = [];
  for (const term of claimTerms) {
    const isName = nameLike(term, lex);
    const key = `${term.lemma}\u0001${term.norm}\u0001${term.num ?? ''}\u0001${term.stop ? 1 : 0}${isName ? 1 : 0}`;
    let m = memo.get(key);
    if (!m) memo.set(key, (m = matchTerm(term, isName, doc, lex)));
    out.push({ term, weight: m.weight, hits: m.hits, isName });
  }
  return out;
}

/** Raises sentence i's hit strength to s (hits keep the best strength per sentence). */
function put(hits: Map<number, number>, i: number, s: number): void {
  const old = hits.get(i);
  if (old === undefined || old < s) hits.set(i, s);
}

function putAll(hits: Map<number, number>, sents: readonly number[] | undefined, s: number): void {
  if (sents) for (let k = 0; k < sents.length; k++) put(hits, sents[k]!, s);
}

function matchTerm(
  term: Term,
  isName: boolean,
  doc: DocIndex,
  lex: Lexicon,
): { hits: ReadonlyMap<number, number>; weight: number } {
  const n = doc.sentences.length || 1;
  const hits = new Map<number, number>();
  const words = doc.words;
  putAll(hits, words.get(term.lemma), 1);
  if (term.norm !== term.lemma) putAll(hits, words.get(term.norm), 1);
  if (term.num !== null) putAll(hits, words.get(`#${term.num}`), 1);
  if (!term.stop && term.num === null && !isName) {
    // Synonyms and one-step hypernyms: scan the smaller of the term's related words and the document's words
    // (string-keyed lookups in small maps beat typed-array marks here: those miss the cache).
    const rel = lex.known(term.lemma) ? lex.related(term.lemma) : lex.related(term.norm);
    if (rel.size > 0 && rel.size < words.size) {
      // forEach, not for-of: no [key, value] array per entry (this loop runs for every claim word).
      rel.forEach((s, w) => putAll(hits, words.get(w), s));
    } else if (rel.size > 0) {
      words.forEach((sents, w) => {
        const s = rel.get(w);
        if (s !== undefined) putAll(hits, sents, s);
      });
    }
  }
  // Rare in the document (few sentences hold it) weighs more, as in BM25's idf.
  const df = hits.size;
  const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const base = term.stop ? 0 : isName || term.num !== null ? 2 : 1;
  const weight = base === 0 ? 0 : base * (0.5 + Math.min(idf, 3) / 3);
  return { hits, weight };
}

export interface Retrieved {
  /** Sentence indices, best first. */
  readonly ranked: readonly { index: number; score: number }[];
  /** Claim-weighted coverage in [0, 1] by the best sentence, best window of 3, top 3 sentences, whole doc. */
  readonly covBest: number;
  readonly covWindow: number;
  readonly covTop: number;
  readonly covDoc: number;
  /** The sentences of the best window (the best sentence and its neighbours). */
  readonly window: readonly number[];
}

function coverage(matches: readonly TermMatch[], total: number, sents: readonly number[] | null): number {
  if (total <= 0) return 1;
  let got = 0;
  for (const m of matches) {
    if (m.weight === 0) continue;
    let best = 0;
    if (sents === null) for (const s of m.hits.values()) best = Math.max(best, s);
    else for (const i of sents) best = Math.max(best, m.hits.get(i) ?? 0);
    got += m.weight * best;
  }
  return got / total;
}

/** Ranks the document's sentences for the claim and measures how much of the claim they cover. */
export function retrieve(matches: readonly TermMatch[], doc: DocIndex, topK = 3): Retrieved {
  const scores = new Float64Array(doc.sentences.length);
  let total = 0;
  for (const m of matches) {
    total += m.weight;
    const w = m.weight;
    m.hits.forEach((s, i) => {
      scores[i] = scores[i]! + w * s;
    });
  }
  // Only sentences sharing something with the claim are ranked.
  const ranked: { index: number; score: number }[] = [];
  if (total > 0)
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i]! / total;
      if (score > 0) ranked.push({ index: i, score });
    }
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const top = ranked.slice(0, topK).map((r) => r.index);
  let bestWin: number[] = [];
  let covWindow = 0;
  for (const i of top) {
    const src = doc.sentences[i]!.source;
    const win = [i - 1, i, i + 1].filter((j) => doc.sentences[j]?.source === src);
    const c = coverage(matches, total, win);
    if (c > covWindow) {
      covWindow = c;
      bestWin = win;
    }
  }
  return {
    ranked,
    covBest: top.length ? coverage(matches, total, top.slice(0, 1)) : 0,
    covWindow,
    covTop: coverage(matches, total, top),
    covDoc: coverage(matches, total, null),
    window: bestWin,
  };
}

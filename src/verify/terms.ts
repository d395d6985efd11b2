// Fast word-level view of a text for retrieval and coverage: tokens, lemmas, numbers, name-likeness.
// Kept separate from src/text's richer analysis because it runs on every benchmark row (thousands a second).
import { createRequire } from 'node:module';
import { mayInflect } from '../text/inflection.ts';

const require = createRequire(import.meta.url);
const lemmatizer = require('wink-lemmatizer') as {
  noun(w: string): string;
  verb(w: string): string;
  adjective(w: string): string;
};

export interface Term {
  /** The token as written. */
  readonly text: string;
  /** Lower-cased, apostrophes and possessive "'s" dropped. */
  readonly norm: string;
  /** Base form (wink-lemmatizer): "deportations" -> "deportation", "met" -> "meet". */
  readonly lemma: string;
  /** Written with a capital letter not at the start of its sentence, or all caps ("EU"). */
  readonly cap: boolean;
  /** Numeric value for digits and spelled-out numbers, else null. */
  readonly num: number | null;
  readonly stop: boolean;
  readonly start: number;
  readonly end: number;
}

// Acronyms with dots ("U.K.") first, so they stay one token.
const TOKEN = /(?:\p{Lu}\.){2,}|\d[\d,.]*\d%?|\d%?|[\p{L}][\p{L}\p{M}\d'’&-]*/gu;

// Function words and reporting glue: they carry no claim of their own.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at by for with ' +
    'from to into onto upon over under about above below after before during since until till via per ' +
    'as is am are was were be been being has have had having do does did doing will would shall should ' +
    'can could may might must it its itself he him his himself she her hers herself they them their theirs ' +
    'themselves we us our ours you your yours i me my mine who whom whose which what when where why how ' +
    'all any both each either few more most other some such own same also just only very too much many ' +
    'again further once out up down off s t said says say told according also while whilst because ' +
    'although though however whether within without against between among through across around'
  ).split(' '),
);

const SMALL_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  half: 0.5, twice: 2, single: 1, double: 2, triple: 3,
}; // prettier-ignore
// A Map, not the object: "constructor" must not look like a number word.
const SMALL = new Map(Object.entries(SMALL_WORDS));

const lemmaMemo = new Map<string, string>();

/** Base form of a lower-case word; irregular verbs and plurals included ("met" -> "meet"). */
export function lemmaOf(word: string): string {
  let l = lemmaMemo.get(word);
  if (l !== undefined) return l;
  if (word.length <= 2 || /\d/.test(word)) l = word;
  else if (!mayInflect(word)) l = word;
  else if (word.endsWith('s') && !word.endsWith('ss')) {
    // Prefer the noun reading of plurals, the verb reading of -ed / -ing / irregular forms; each reading is
    // asked only when the one before it left the word as it was.
    const n = lemmatizer.noun(word);
    if (n !== word) l = n;
    else {
      const v = lemmatizer.verb(word);
      l = v !== word ? v : lemmatizer.adjective(word);
    }
  } else {
    const v = lemmatizer.verb(word);
    if (v !== word) l = v;
    else {
      const n = lemmatizer.noun(word);
      l = n !== word && !word.endsWith('ss') ? n : lemmatizer.adjective(word);
    }
  }
  if (lemmaMemo.size > 200_000) lemmaMemo.clear();
  lemmaMemo.set(word, l);
  return l;
}

function numberValue(norm: string): number | null {
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const v = Number(norm.replace(/%$/, '').replace(/,(?=\d{3}\b)/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  const small = SMALL.get(norm);
  if (small !== undefined) return small;
  const dash = norm.indexOf('-');
  if (dash < 0) return null;
  const a = SMALL.get(norm.slice(0, dash));
  const b = SMALL.get(norm.slice(dash + 1));
  return a !== undefined && b !== undefined ? a + b : null;
}

// Capitals that spell a function word name something ("US", "U.S.", "WHO"): keyed apart from the word.
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,3}$/u;

/**
 * Lower-cased, apostrophes and possessive "'s" dropped, "u.k." -> "uk"; "" when nothing is left. An acronym
 * that would read as a stopword keeps its dots ("US", "U.S." -> "u.s."), so that it is a name, not the pronoun.
 */
function normOf(raw: string): string {
  let norm = raw.toLowerCase();
  if (norm.includes("'") || norm.includes('’')) norm = norm.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (norm.endsWith('-')) norm = norm.slice(0, -1);
  if (norm.endsWith('.')) norm = norm.replace(/\./g, '');
  if (STOPWORDS.has(norm) && ACRONYM.test(raw)) return `${norm.split('').join('.')}.`;
  return norm;
}

// Index keys per distinct token as written, process-wide: sources repeat most of their words, and so do
// the sources of one corpus. Bounded like the lemma memo. Most tokens have one key, kept as the string itself:
// an array per token was one more object to reach (a cache miss, the memo being large) on every lookup.
type Keys = string | readonly string[];
const keyMemo = new Map<string, Keys>();
const NO_KEYS: readonly string[] = [];

/** The index keys of one token as written: lemma, form when it differs, "#value" for numbers. */
function tokenKeys(raw: string): Keys {
  let keys = keyMemo.get(raw);
  if (keys !== undefined) return keys;
  const norm = normOf(raw);
  if (!norm) keys = NO_KEYS;
  else {
    const first = raw.charCodeAt(0);
    const lemma = first >= 48 && first <= 57 ? norm : lemmaOf(norm);
    const list = [lemma];
    if (norm !== lemma) list.push(norm);
    const num = numberValue(norm);
    if (num !== null) list.push(`#${num}`);
    keys = list.length === 1 ? lemma : list;
  }
  if (keyMemo.size > 200_000) keyMemo.clear();
  keyMemo.set(raw, keys);
  return keys;
}

let stopRaw: ReadonlySet<string> | null = null;

/**
 * Tokens as written whose every key is a stopword ("the", "The", "said"): the index keeps no stopword key (a
 * stopword weighs nothing, and as a related word it would put "have" beside "world"), so they are passed over
 * before their keys are looked up. A quarter of a news source's distinct tokens, 43% of its tokens.
 */
function stopTokens(): ReadonlySet<string> {
  if (stopRaw) return stopRaw;
  const out = new Set<string>();
  for (const w of STOPWORDS)
    for (const raw of [w, w[0]!.toUpperCase() + w.slice(1)]) {
      const keys = tokenKeys(raw);
      if (typeof keys === 'string' ? STOPWORDS.has(keys) : keys.every((k) => STOPWORDS.has(k))) out.add(raw);
    }
  return (stopRaw = out);
}

// One global copy of TOKEN for exec loops (no iterator and no match-array copies of matchAll).
const TOKEN_SCAN = new RegExp(TOKEN.source, TOKEN.flags);

/**
 * The index keys of a text's tokens (lemma, form when it differs, "#value" for numbers), the same keys termize's
 * terms give, without building Term objects: sources are indexed by these alone, and most of their sentences
 * never need their terms.
 */
export function forEachKey(text: string, visit: (key: string) => void): void {
  TOKEN_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_SCAN.exec(text)) !== null) {
    const keys = tokenKeys(m[0]);
    if (typeof keys === 'string') visit(keys);
    else for (let k = 0; k < keys.length; k++) visit(keys[k]!);
  }
}

/**
 * The postings of a document's sentences: index key -> indices of the sentences holding it, ascending, keys in
 * the order forEachKey meets them, stopword keys left out. Postings are gathered per token as written first,
 * and each distinct token's keys looked up once: a source repeats half its tokens, and the process-wide key
 * memo is the slow lookup. Lists may be shared between keys; treat them as read-only.
 */
export function indexKeys(sentences: readonly string[]): Map<string, number[]> {
  const byToken = new Map<string, number[]>();
  const skip = stopTokens();
  for (let i = 0; i < sentences.length; i++) {
    // One match() per sentence: no match object per token (the index needs no positions).
    const tokens = sentences[i]!.match(TOKEN_SCAN);
    if (tokens === null) continue;
    for (let t = 0; t < tokens.length; t++) {
      const raw = tokens[t]!;
      if (skip.has(raw)) continue;
      const list = byToken.get(raw);
      if (list === undefined) byToken.set(raw, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  // Distinct tokens in order of first sight, so keys enter the map in the order the tokens give them. A list
  // that grew by push has room for 16 more: copied to its size, as the index is kept with its source.
  const words = new Map<string, number[]>();
  byToken.forEach((grown, raw) => {
    const sents = grown.length > 1 ? grown.slice() : grown;
    const keys = tokenKeys(raw);
    if (typeof keys === 'string') addPostings(words, keys, sents);
    else for (let k = 0; k < keys.length; k++) addPostings(words, keys[k]!, sents);
  });
  return words;
}

function addPostings(words: Map<string, number[]>, key: string, sents: number[]): void {
  if (STOPWORDS.has(key)) return;
  const old = words.get(key);
  words.set(key, old === undefined ? sents : union(old, sents));
}

/** Union of two ascending lists of distinct numbers, as a new list. */
function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const u = a[x]!;
    const v = b[y]!;
    if (u <= v) {
      out.push(u);
      x++;
      if (u === v) y++;
    } else {
      out.push(v);
      y++;
    }
  }
  while (x < a.length) out.push(a[x++]!);
  while (y < b.length) out.push(b[y++]!);
  return out;
}

const TERM_SCAN = new RegExp(TOKEN.source, TOKEN.flags);

/** Tokens of a text with their lemmas, in order. */
export function termize(text: string): Term[] {
  const out: Term[] = [];
  let sentenceStart = true;
  // Its own copy of TOKEN (a forEachKey callback may call termize); an exec loop, no iterator.
  TERM_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERM_SCAN.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    // New sentence when the previous non-space, non-quote character ends one.
    for (let k = start - 1; k >= 0; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 32 || ch === 34 || ch === 39 || ch === 41 || ch === 0x201d || ch === 0x2019 || ch === 9)
        continue;
      if (ch === 46 || ch === 33 || ch === 63 || ch === 10) sentenceStart = true;
      break;
    }
    const norm = normOf(raw);
    if (!norm) continue;
    const first = raw.charCodeAt(0);
    const digit = first >= 48 && first <= 57;
    const num = numberValue(norm);
    const stop = STOPWORDS.has(norm);
    const upper = !digit && raw[0] !== norm[0];
    const allCaps = upper && raw.length > 1 && raw === raw.toUpperCase();
    out.push({
      text: raw,
      norm,
      lemma: digit ? norm : lemmaOf(norm),
      cap: (upper && !sentenceStart && !stop) || allCaps,
      num,
      stop,
      start,
      end: start + raw.length,
    });
    sentenceStart = false;
  }
  return out;
}

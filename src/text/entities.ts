import type { EntityKind, EntityMention } from '../model/index.ts';
import {
  entityKey,
  entityKind,
  isAliasPrefix,
  isOrgCue,
  isPersonTitle,
  isPlaceCue,
  lookupCaseless,
  lookupName,
  maxAliasTokens,
  normaliseName,
  theBelongsToName,
} from './gazetteer.ts';
import lemmatizer from 'wink-lemmatizer';
import { isDictionaryWord } from './lexicon.ts';
import { isStopword } from './tokens.ts';
import {
  MONTHS_DAYS,
  NON_NAMES,
  HEAD_TITLES,
  COMPASS,
  NAME_MONTHS,
  PARTICLES,
  LINKERS,
  ABBREV_BEFORE_DOT,
  ORG_FIRST_WORDS,
  PLACE_PREPS,
  FIRST_NAMES,
  PLACE_GIVEN_NAMES,
  FUNCTION_WORDS,
  NUMBER_WORDS,
  SPEECH_VERBS,
} from './entity-words.ts';

export { SPEECH_VERBS };

/**
 * Names of people, organisations and places without a neural tagger: capitalised-token sequences, split and typed
 * with the gazetteer (countries, demonyms, cities, organisations and their abbreviations) and with cues (titles and
 * roles before a name, speech verbs after it, organisation and place words at its end).
 */

interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly cap: boolean;
  /** Followed by a possessive ("Sweden's", "Brussels'"): the name ends here. */
  readonly poss: boolean;
  readonly sentenceStart: boolean;
}

// Abbreviations with dots first ("U.S.", "E.U."), then words with inner apostrophes, dots, ampersands or hyphens.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’.&-][\p{L}\p{M}\p{N}]+)*/gu;

/** Whether a token is written as a name: a capital first, or a prefix such as "al-" / "Mc" before one. */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return mayHaveInnerUpper(w) && PREFIXED_NAME.test(w);
  if (c < 128) return false;
  return /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|van|von|de|d|o|mc|mac)['’-]?\p{Lu}/u.test(w);
}
const PREFIXED_NAME = /^(?:al|el|bin|ibn|van|von|de|d|o|mc|mac)['’-]?\p{Lu}/u;

/** False when none of characters 1-4 can be an upper-case letter (PREFIXED_NAME needs one there). */
function mayHaveInnerUpper(w: string): boolean {
  const n = Math.min(w.length, 5);
  for (let k = 1; k < n; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** /^\p{L}/u without a regex for ASCII. */
export function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return STARTS_LETTER.test(w);
}
const STARTS_LETTER = /^\p{L}/u;

/** Whether a gap between tokens holds a character that can mark a sentence start: . ! ? newline : or an opening quote. */
export function mayStartSentence(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (
      c === 46 ||
      c === 33 ||
      c === 63 ||
      c === 10 ||
      c === 58 ||
      c === 34 ||
      c === 40 ||
      c === 0x201c ||
      c === 0x2018
    )
      return true;
  }
  return false;
}

// A copy of TOKEN_RE for exec loops (no iterator per call).
const TOKEN_SCAN = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);

function tokenizeForEntities(text: string): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = 0;
  TOKEN_SCAN.lastIndex = 0;
  for (let m = TOKEN_SCAN.exec(text); m !== null; m = TOKEN_SCAN.exec(text)) {
    let t = m[0];
    const start = m.index;
    let poss = false;
    // "US-led", "Kabul-based": the name is the part before a lower-case suffix.
    if (t.includes('-')) {
      const hy = /^(\p{Lu}[\p{L}\p{M}.]*)-\p{Ll}+$/u.exec(t);
      if (hy && hy[1]) t = hy[1];
    }
    const lastCh = t.charCodeAt(t.length - 1);
    if ((lastCh === 115 || lastCh === 83) && /['’]s$/.test(t)) {
      t = t.slice(0, -2);
      poss = true;
    }
    const end = start + t.length;
    const after = text.charAt(start + m[0].length);
    if (
      !poss &&
      (after === "'" || after === '’') &&
      t.endsWith('s') &&
      !/\p{L}/u.test(text.charAt(start + m[0].length + 1))
    )
      poss = true;
    // The common gap is one space: no sentence start there (checked without a regex).
    const gap = start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : text.slice(prevEnd, start);
    const sentenceStart =
      toks.length === 0 ||
      (gap !== ' ' &&
        mayStartSentence(gap) &&
        (/[.!?]["”’)]*\s+["“‘(]*$/.test(gap) || /[\n:]\s*["“‘(]*$/.test(gap) || /^\s*["“‘(]+$/.test(gap)));
    toks.push({ text: t, start, end, cap: isCapitalised(t), poss, sentenceStart });
    prevEnd = start + m[0].length;
  }
  return toks;
}

function gapBetween(text: string, a: Tok, b: Tok): string {
  return text.slice(a.end, b.start);
}

function isNameToken(t: Tok): boolean {
  if (!t.cap) return false;
  const l = t.text.toLowerCase();
  if (MONTHS_DAYS.has(l)) return false;
  if (l === 'i') return false;
  // "UNK": the unknown-word token of tokenised benchmark text.
  if (t.text === 'UNK') return false;
  // Shouted words in headings and labels ("TITLE:", "BREAKING"), unlike acronyms ("NATO", "FIFA").
  if (
    t.text.length >= 4 &&
    t.text === t.text.toUpperCase() &&
    /^\p{Lu}+$/u.test(t.text) &&
    isDictionaryWord(l)
  )
    return false;
  // Contractions: "I've", "I'm", "Don't".
  if ((t.text.includes("'") || t.text.includes('’')) && /^\p{L}+['’](?:ve|m|ll|d|re|t)$/u.test(t.text))
    return false;
  return true;
}

/** Group capitalised tokens into candidate name sequences (token index ranges). */
function sequences(text: string, toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isNameToken(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const prev = toks[j - 1]!;
      const cur = toks[j]!;
      if (prev.poss) break;
      const gap = gapBetween(text, prev, cur);
      if (gap === ' ' && isNameToken(cur)) {
        j++;
        continue;
      }
      // Surnames spelled like months: "Theresa May", "Brian June" (not "Paris June 5", not "In June").
      if (
        gap === ' ' &&
        NAME_MONTHS.has(cur.text) &&
        !NON_NAMES.has(prev.text.toLowerCase()) &&
        !lookupName(prev.text) &&
        !/^\s*\d/.test(text.slice(cur.end))
      ) {
        j++;
        continue;
      }
      // Initials and title abbreviations: "J. R. Tolkien", "Mr. Smith".
      if (
        (gap === '. ' || gap === '.') &&
        isNameToken(cur) &&
        ((prev.text.length === 1 && prev.cap) || ABBREV_BEFORE_DOT.has(prev.text.toLowerCase()))
      ) {
        j++;
        continue;
      }
      // "van der Berghe", "de la Cruz": a run of lower-case particles before a capitalised word.
      if (gap === ' ' && !cur.cap && PARTICLES.has(cur.text.toLowerCase())) {
        let p = j;
        while (p < toks.length && p < j + 3 && !toks[p]!.cap && PARTICLES.has(toks[p]!.text.toLowerCase())) {
          if (p > j && gapBetween(text, toks[p - 1]!, toks[p]!) !== ' ') break;
          p++;
        }
        if (
          p < toks.length &&
          p > j &&
          isNameToken(toks[p]!) &&
          gapBetween(text, toks[p - 1]!, toks[p]!) === ' '
        ) {
          j = p + 1;
          continue;
        }
      }
      const next = toks[j + 1];
      const lc = cur.text.toLowerCase();
      if (gap === ' ' && next && gapBetween(text, cur, next) === ' ' && isNameToken(next) && !cur.cap) {
        if (PARTICLES.has(lc)) {
          j += 2;
          continue;
        }
        if (LINKERS.has(lc) && linkerAllowed(toks, i, j)) {
          j += 2;
          continue;
        }
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

function linkerAllowed(toks: Tok[], i: number, j: number): boolean {
  const lc = toks[j]!.text.toLowerCase();
  const seq = toks.slice(i, j).map((t) => t.text);
  const norm = normaliseName(seq.join(' ') + ' ' + lc);
  if (isAliasPrefix(norm) || isAliasPrefix(normaliseName(seq.slice(1).join(' ') + ' ' + lc))) return true;
  if (lc === 'and') return false;
  // "Ministry of Foreign Affairs", "University of Oxford", "Gulf of Mexico", "Minister for Europe".
  if (
    seq.some(
      (w) => isOrgCue(w) || isPlaceCue(w) || /^(?:republic|kingdom|house|bank|office|secretary)$/i.test(w),
    )
  )
    return true;
  return false;
}

interface Raw {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  key: string;
  /** Whether the kind came from a gazetteer or a strong cue (not a default guess). */
  sure: boolean;
}

const LOWER_REFS = /\bthe (?:commission|bloc)\b/g;

/**
 * Find names of people, organisations and places. Keys are canonical (aliases share one). Lower-cased text (as in
 * some benchmark claims: "rory mcilroy will take...") is read in a caseless mode: gazetteer names, and runs of
 * words that are not ordinary English words.
 */
export function findEntities(text: string, opts: { caseless?: boolean } = {}): EntityMention[] {
  const toks = tokenizeForEntities(text);
  const raws: Raw[] = [];
  if (opts.caseless ?? looksCaseless(text, toks)) findCaseless(text, toks, raws);
  else for (const [i, j] of sequences(text, toks)) classifySequence(text, toks, i, j, raws);
  // Lower-case references news uses for known bodies: "the commission", "the bloc" (both EU in EU copy).
  LOWER_REFS.lastIndex = 0;
  for (let m = LOWER_REFS.exec(text); m !== null; m = LOWER_REFS.exec(text)) {
    const start = m.index + 4;
    const end = m.index + m[0].length;
    const e = lookupName(m[0]);
    if (e && !raws.some((r) => r.start < end && start < r.end))
      raws.push({ kind: e.kind, start, end, text: text.slice(start, end), key: e.key, sure: true });
  }
  raws.sort((a, b) => a.start - b.start);
  return resolvePersonAliases(
    raws.map(({ kind, text: t, key, start, end }) => ({ kind, text: t, key, span: { start, end } })),
  );
}

/** No capitalised word except at sentence starts (and "I"), over at least `min` words. */
function noInnerCapitals(toks: readonly Tok[], min: number): boolean {
  let words = 0;
  for (const t of toks) {
    if (!startsWithLetter(t.text)) continue;
    if (t.sentenceStart) continue;
    if (t.cap && t.text !== 'I' && t.text !== 'UNK' && !/^I['’]/.test(t.text)) return false;
    words++;
  }
  return words >= min;
}

/**
 * Whether a sentence was lower-cased (benchmark claims: "the us says it has suspended talks with russia"): no inner
 * capitals, and either it starts in lower case or a lower-case name, weekday or month shows through. A cased
 * sentence that simply names nobody ("It added his funeral will be private.") is not caseless.
 */
function looksCaseless(text: string, toks: readonly Tok[]): boolean {
  if (!noInnerCapitals(toks, 4)) return false;
  if (/^[\s"“‘'(`]*\p{Ll}/u.test(text)) return true;
  for (let i = 1; i < toks.length; i++) {
    const w = toks[i]!.text;
    if (MONTHS_DAYS.has(w) && w.length > 3) return true;
    if (FIRST_NAMES.has(w) && !isDictionaryWord(w)) return true;
    if (lookupCaseless(w, isDictionaryWord, toks[i - 1]!.text.toLowerCase())?.kind === 'place') return true;
  }
  return false;
}

/**
 * Whether a whole document was lower-cased (some benchmark sources keep only sentence-initial capitals): at least
 * 20 words inside sentences, and under 1.5% of them capitalised (names alone make 5-15% in cased news copy).
 */
export function documentLooksCaseless(text: string): boolean {
  // Counted with two regexes rather than a full tokenisation: words after a space, and those capitalised
  // where no sentence ends before them.
  const words = (text.match(/\s["“‘(]*\p{L}/gu) ?? []).length;
  if (words < 20) return false;
  const caps = (text.match(/[^.!?:\s"“‘(”’)]["”’)]*\s+["“‘(]*(?!I\b|I['’]|UNK\b)\p{Lu}/gu) ?? []).length;
  return caps / words < 0.015;
}

function nameLike(t: Tok): boolean {
  const w = t.text.toLowerCase();
  if (!/^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w) || w.length < 2 || t.text === 'UNK') return false;
  if (isStopword(w) || MONTHS_DAYS.has(w) || NUMBER_WORDS.has(w) || NON_NAMES.has(w) || FUNCTION_WORDS.has(w))
    return false;
  if (/^\p{L}+['’](?:ve|m|ll|d|re|t)$/u.test(w)) return false;
  if (PARTICLES.has(w) || /^[ap]\.m\.?$/.test(w)) return false;
  return !isDictionaryWord(w);
}

/** After a first name, a word that could be a surname ("sarah flower") rather than a verb ("sarah told"). */
function surnameLike(w: string): boolean {
  if (isStopword(w) || SPEECH_VERBS.has(w) || NON_NAMES.has(w) || MONTHS_DAYS.has(w) || !/^\p{L}+$/u.test(w))
    return false;
  if (/(?:ed|ing)$/.test(w)) return false;
  return lemmatizer.lemmatizeVerb(w) === w;
}

function findCaseless(text: string, rawToks: Tok[], out: Raw[]): void {
  // "oscar-winning", "us-led": the name is the part before a word suffix, as in cased text.
  const toks = rawToks.map((t) => {
    const m = t.text.includes('-') ? /^(\p{L}[\p{L}\p{M}.]*)-(\p{Ll}+)$/u.exec(t.text) : null;
    if (!m || !isDictionaryWord(m[2]!) || isDictionaryWord(m[1]!)) return t;
    return { ...t, text: m[1]!, end: t.start + m[1]!.length };
  });
  const max = maxAliasTokens();
  // A word is asked whether it looks like a name up to three times (as a first name's surname, then on its own).
  const likes: (boolean | undefined)[] = [];
  const like = (k: number): boolean => (likes[k] ??= nameLike(toks[k]!));
  let i = 0;
  while (i < toks.length) {
    const prev = toks[i - 1]?.text.toLowerCase();
    let matched = 0;
    // Multi-word names are tried only from a word that starts one ("new" in "new york"); stopwords start none.
    const firstNorm = normaliseName(toks[i]!.text);
    const stop = isStopword(firstNorm);
    // Nor does nameLike take a stopword for a name: no need to ask it.
    if (stop && toks[i]!.text.toLowerCase() === firstNorm) likes[i] = false;
    const longest =
      stop && firstNorm !== 'us' ? 0 : isAliasPrefix(firstNorm) ? Math.min(max, toks.length - i) : 1;
    for (let len = longest; len >= 1; len--) {
      const a = toks[i]!;
      const b = toks[i + len - 1]!;
      if (len > 1 && /[.,;:!?"“”()]/.test(text.slice(a.end, b.start).replace(/\b[A-Za-z]\./g, ''))) continue;
      const surface = len === 1 ? a.text : text.slice(a.start, b.end);
      // "the uk": the article is not part of the name (unlike "the hague").
      if (/^the$/i.test(a.text) && !theBelongsToName(surface)) continue;
      const e = lookupCaseless(surface, isDictionaryWord, prev);
      if (e) {
        out.push({ kind: e.kind, start: a.start, end: b.end, text: surface, key: e.key, sure: true });
        matched = len;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const t = toks[i]!;
    const lower = t.text.toLowerCase();
    const startsName = like(i) || (FIRST_NAMES.has(lower) && toks[i + 1] !== undefined && like(i + 1));
    if (!startsName) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && !toks[j - 1]!.poss && gapBetween(text, toks[j - 1]!, toks[j]!) === ' ') {
      const w = toks[j]!.text.toLowerCase();
      if (like(j) && !lookupCaseless(toks[j]!.text, isDictionaryWord)) j++;
      else if (j === i + 1 && FIRST_NAMES.has(lower) && surnameLike(w)) j++;
      else if (PARTICLES.has(w) && toks[j + 1] && like(j + 1)) j += 2;
      else break;
    }
    unknownRun(text, toks, i, j, out, false, true);
    i = j;
  }
}

function classifySequence(text: string, toks: Tok[], i0: number, j: number, out: Raw[]): void {
  let i = i0;
  const first = toks[i]!;
  // Whole sequence known ("The Netherlands", "European Union", "Bosnia and Herzegovina").
  if (tryGazetteer(text, toks, i, j, out)) return;
  // Sentence-initial function words and common sentence starters are not part of a name.
  while (i < j && NON_NAMES.has(toks[i]!.text.toLowerCase())) i++;
  if (i >= j) return;
  if (i > i0 && tryGazetteer(text, toks, i, j, out)) return;
  // A head title inside the run splits it: "Bank of England Governor Andrew Bailey", "Valdoran President Ilse
  // Marvan". The part before is named on its own (when it is a known or cue-marked name); the rest is a person.
  for (let t = j - 2; t > i; t--) {
    if (!HEAD_TITLES.has(toks[t]!.text.toLowerCase().replace(/\.$/, '')) || isPersonTitle(toks[t + 1]!.text))
      continue;
    let p = t;
    while (p > i && isPersonTitle(toks[p - 1]!.text) && !lookupName(toks[p - 1]!.text)) p--;
    if (p > i) {
      const before: Raw[] = [];
      classifySequence(text, toks, i, p, before);
      // An unknown word before a title is an adjective ("Valdoran"), not a person.
      for (const r of before) if (r.sure && !(r.kind === 'person' && !lookupName(r.text))) out.push(r);
    }
    return push(out, text, toks, t + 1, j, 'person', true);
  }
  const words = toks.slice(i, j).map((t) => t.text);
  const last = words[words.length - 1]!;
  // Organisation or place by the word that ends it ("Foreign Ministry", "Labour Party", "Whistling Straits").
  if (words.length > 1 && isOrgCue(last) && !isPersonTitle(words[0]!))
    return push(out, text, toks, i, j, 'organisation', true);
  if (words.length > 1 && isOrgCue(words[0]!) && words.some((w) => /^(?:of|for)$/i.test(w)))
    return push(out, text, toks, i, j, 'organisation', true);
  if (words.length > 1 && isPlaceCue(last) && !/^(?:St|St\.)$/.test(last))
    return push(out, text, toks, i, j, 'place', true);
  // Leading titles: "Prime Minister Keir Starmer", "Mr Forssell".
  let titled = false;
  while (i < j - 1 && isPersonTitle(toks[i]!.text) && !lookupName(toks[i]!.text)) {
    i++;
    titled = true;
  }
  if (titled) {
    if (tryGazetteer(text, toks, i, j, out)) return;
    return push(out, text, toks, i, j, 'person', true);
  }
  if (j - i === 1 && isPersonTitle(toks[i]!.text) && !lookupName(toks[i]!.text)) return;
  // A known organisation heading a longer name: "BBC Radio Solent", "UN Refugee Agency".
  const head = lookupName(toks[i]!.text);
  if (
    head &&
    head.kind === 'organisation' &&
    j - i > 1 &&
    !toks.slice(i + 1, j).some((t) => lookupName(t.text))
  ) {
    const surface = text.slice(toks[i]!.start, toks[j - 1]!.end);
    out.push({
      kind: 'organisation',
      start: toks[i]!.start,
      end: toks[j - 1]!.end,
      text: surface,
      key: normaliseName(surface),
      sure: true,
    });
    return;
  }
  // A place that is also a given name, before a surname: "Jordan Henderson", "Paris Hilton" are people.
  if (givenNameOfPlace(toks, i, j)) return push(out, text, toks, i, j, 'person', true);
  // Split by known names inside: "US PGA", "Afghan Taliban".
  splitByGazetteer(text, toks, i, j, out, first.sentenceStart && i === i0);
}

/**
 * Two capitalised words: a place that people are also named after, then a word that is no English word, no
 * known name and no cue ("Jordan Henderson", not "Jordan Valley", "Paris Orly" being a known name, or
 * "Georgia Power"). A dictionary word after it leaves the place ("India Today").
 */
function givenNameOfPlace(toks: readonly Tok[], i: number, j: number): boolean {
  if (j - i !== 2 || !PLACE_GIVEN_NAMES.has(toks[i]!.text.toLowerCase())) return false;
  const w = toks[i + 1]!.text;
  // "Paris Orly airport": a place the next word names.
  const next = toks[j]?.text;
  if (next !== undefined && (isPlaceCue(next) || /^airports?$/i.test(next))) return false;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(w) &&
    !lookupName(w) &&
    !isDictionaryWord(w) &&
    !isOrgCue(w) &&
    !isPlaceCue(w) &&
    !isPersonTitle(w)
  );
}

function tryGazetteer(text: string, toks: Tok[], i: number, j: number, out: Raw[]): boolean {
  if (j - i > maxAliasTokens()) return false;
  const surface = text.slice(toks[i]!.start, toks[j - 1]!.end);
  const e = lookupName(surface);
  if (!e) return false;
  // "The European Union": the article is not part of the name, unlike "The Hague".
  let start = toks[i]!.start;
  if (j - i > 1 && /^the$/i.test(toks[i]!.text) && !theBelongsToName(surface)) start = toks[i + 1]!.start;
  out.push({
    kind: e.kind,
    start,
    end: toks[j - 1]!.end,
    text: text.slice(start, toks[j - 1]!.end),
    key: e.key,
    sure: true,
  });
  return true;
}

function splitByGazetteer(
  text: string,
  toks: Tok[],
  i: number,
  j: number,
  out: Raw[],
  atSentenceStart: boolean,
): void {
  let runStart = i;
  let k = i;
  const max = maxAliasTokens();
  while (k < j) {
    let matched = 0;
    const longest = isAliasPrefix(normaliseName(toks[k]!.text)) ? Math.min(max, j - k) : 1;
    for (let len = longest; len >= 1; len--) {
      // Only split off known names when the whole run is not a person's name ("Michael Jordan").
      if (len === j - i) continue;
      const surface = text.slice(toks[k]!.start, toks[k + len - 1]!.end);
      const e = lookupName(surface);
      if (e) {
        if (runStart < k) unknownRun(text, toks, runStart, k, out, atSentenceStart && runStart === i);
        out.push({
          kind: e.kind,
          start: toks[k]!.start,
          end: toks[k + len - 1]!.end,
          text: surface,
          key: e.key,
          sure: true,
        });
        matched = len;
        break;
      }
    }
    if (matched > 0) {
      k += matched;
      runStart = k;
    } else k++;
  }
  if (runStart < j) unknownRun(text, toks, runStart, j, out, atSentenceStart && runStart === i);
}

function unknownRun(
  text: string,
  toks: Tok[],
  i: number,
  j: number,
  out: Raw[],
  atSentenceStart: boolean,
  caseless = false,
): void {
  if (!caseless) {
    // Trim words that cannot be part of a name at either end.
    while (i < j && (NON_NAMES.has(toks[i]!.text.toLowerCase()) || !toks[i]!.cap)) i++;
    while (j > i && !toks[j - 1]!.cap) j--;
  }
  // "Ukrainian President Volodymyr Zelenskyy": the title left over after the demonym is not part of the name.
  let titled = false;
  while (i < j - 1 && isPersonTitle(toks[i]!.text)) {
    i++;
    titled = true;
  }
  if (i >= j) return;
  // "West London", "Northern Syria": a compass word before a known place is not a name of its own.
  if (j - i === 1 && COMPASS.has(toks[i]!.text.toLowerCase())) return;
  const n = j - i;
  const firstTok = toks[i]!;
  const words = toks.slice(i, j).map((t) => t.text);
  const before = precedingWords(text, toks, i, 2);
  const after = followingWord(toks, j);
  const speechAfter = after !== null && SPEECH_VERBS.has(after);
  const appositive = /^,\s+(?:a|an|the|who|whose|whom|\w+'s)\b/i.test(
    text.slice(toks[j - 1]!.end, toks[j - 1]!.end + 12),
  );
  const titleBefore = titled || before.some((w) => isPersonTitle(w));
  // "the Cherries", "the Black Cats": a name after "the" is a team, band or body, not a person.
  const afterThe =
    i > 0 &&
    toks[i - 1]!.text.toLowerCase() === 'the' &&
    /^\s+$/.test(text.slice(toks[i - 1]!.end, toks[i]!.start));
  const firstName = FIRST_NAMES.has(firstTok.text.toLowerCase()) && n > 1;
  const acronym = n === 1 && /^[A-Z]{2,6}s?$/.test(firstTok.text);
  const titleOrgAfter =
    toks[j] !== undefined &&
    /^(?:manager|coach|boss|chairman|players?|fans|club|side|striker|captain|council|police|university|hospital|airport|residents)$/i.test(
      toks[j]!.text,
    );
  if (n === 1 && atSentenceStart && !speechAfter && !titleBefore) {
    // "Deportations — or the lack thereof": a sentence-initial dictionary word is not a name.
    if (isStopword(firstTok.text) || isDictionaryWord(firstTok.text)) return;
  }
  if (n === 1 && firstTok.text.length === 1) return;
  let kind: EntityKind;
  let sure = true;
  // A dateline: "MORVALE, Tuesday —", "KABUL (Reuters) -" at the start of a paragraph names a place.
  const dateline =
    n === 1 &&
    firstTok.sentenceStart &&
    /^\p{Lu}{3,}$/u.test(firstTok.text) &&
    /^\s*(?:,|\(|—|–|-)/.test(text.slice(firstTok.end, firstTok.end + 3));
  if (dateline) kind = 'place';
  else if (titleBefore || firstName || appositive || (speechAfter && !acronym)) kind = 'person';
  else if (afterThe || ORG_FIRST_WORDS.has(firstTok.text.toLowerCase())) kind = 'organisation';
  else if (caseless && titleOrgAfter) kind = 'organisation';
  else if (acronym || words.some((w) => w.includes('&'))) kind = 'organisation';
  else if (before[before.length - 1] !== undefined && PLACE_PREPS.has(before[before.length - 1]!) && n <= 2)
    kind = 'place';
  else {
    kind = n <= 3 ? 'person' : 'organisation';
    sure = false;
  }
  push(out, text, toks, i, j, kind, sure);
}

function push(
  out: Raw[],
  text: string,
  toks: Tok[],
  i: number,
  j: number,
  kind: EntityKind,
  sure: boolean,
): void {
  const start = toks[i]!.start;
  const end = toks[j - 1]!.end;
  const surface = text.slice(start, end);
  let key = entityKey(surface);
  const known = entityKind(key);
  if (known && known !== kind) kind = known;
  if (kind === 'person') key = withoutTitles(key);
  out.push({ kind, start, end, text: surface, key, sure });
}

/** A person's key without the titles heading it. */
function withoutTitles(key: string): string {
  if (!key.includes(' ')) return key;
  const parts = key.split(' ');
  let i = 0;
  while (i < parts.length - 1 && isPersonTitle(parts[i]!)) i++;
  return i === 0 ? key : parts.slice(i).join(' ');
}

function precedingWords(text: string, toks: Tok[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, i - n); k < i; k++) out.push(toks[k]!.text.toLowerCase());
  // A comma or full stop between cuts the cue ("minister, Smith").
  if (i > 0 && /[.;:!?]/.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) return [];
  return out;
}

function followingWord(toks: Tok[], j: number): string | null {
  const t = toks[j];
  return t ? t.text.toLowerCase() : null;
}

/**
 * Give a surname mentioned alone the key of the full name it abbreviates when that full name appears among the
 * mentions ("Forssell" -> "johan forssell"); the mention becomes a person. Ambiguous surnames are left alone.
 */
export function resolvePersonAliases(mentions: readonly EntityMention[]): EntityMention[] {
  const bySurname = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const parts = m.key.split(' ');
    if (parts.length < 2) continue;
    const sur = parts[parts.length - 1]!;
    const prev = bySurname.get(sur);
    bySurname.set(sur, prev === undefined || prev === m.key ? m.key : null);
    // "Van Bossuyt": compound surnames with a particle.
    if (parts.length >= 3 && PARTICLES.has(parts[parts.length - 2]!)) {
      const comp = parts.slice(-2).join(' ');
      const p2 = bySurname.get(comp);
      bySurname.set(comp, p2 === undefined || p2 === m.key ? m.key : null);
    }
  }
  if (bySurname.size === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.kind === 'place' && entityKind(m.key) === 'place') return m;
    if (m.kind === 'organisation' && entityKind(m.key) === 'organisation') return m;
    const full = bySurname.get(m.key);
    if (full && full !== m.key) return { ...m, kind: 'person', key: full };
    return m;
  });
}

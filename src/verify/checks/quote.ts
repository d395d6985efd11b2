// Quote check: quoted words must appear in a cited source (ignoring case, punctuation and tokenisation, and allowing
// "…" cuts) and be said there by the same speaker.
import { entityKey, findQuotesWith } from '../../text/index.ts';
import type { DocIndex } from '../evidence.ts';
import { clip, na, pass, type CheckContext, type CheckResult } from './types.ts';

/** Clitics that tokenised copy writes apart: "do n't", "we 're", "queen 's". */
const CLITIC = /\s+(?=(?:n't|'(?:s|re|ve|ll|d|m))(?![\p{L}\p{N}]))/gu;

/**
 * Words of a quote, lower-cased, without punctuation: "We're here," -> "were here". Tokenised text reads the same
 * ("we 're here ," and the escaped "we\'re here" of scraped dumps).
 */
export function normaliseQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/\\(?=['"])/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(CLITIC, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .trim();
}

/**
 * Fragments of a quote split at ellipses, editorial brackets and sentence ends: a source may put its attribution
 * between two quoted sentences ("We are done," she said. "Nobody wants this.") that a claim quotes together.
 */
export function quoteFragments(text: string): string[] {
  return text
    .split(/…|\.\s*\.\s*\.|\[[^\]]*\]|(?<=[.!?])\s+/)
    .map(normaliseQuote)
    .filter((f) => f.length > 0);
}

/** A source's normalised words, padded with spaces for whole-word lookups; `joined` without spaces, built on need. */
export interface Haystack {
  readonly padded: string;
  joined?: { text: string; bounds: Set<number> };
}

/** Normalised words of a text, for `findFragment`. */
export function haystackOf(text: string): Haystack {
  return { padded: ` ${normaliseQuote(text)} ` };
}

const hayCache = new WeakMap<DocIndex, Haystack>();
function docHaystack(doc: DocIndex): Haystack {
  let h = hayCache.get(doc);
  if (!h) hayCache.set(doc, (h = haystackOf(doc.text)));
  return h;
}

/**
 * Whether the words of a fragment appear in order in the haystack. Beyond the exact words: compounds written
 * apart or together ("e-mail" / "email", "long term" / "longterm"), and a capitalised word of the quote
 * (`capitals`) that the source abbreviates to its initial ("Antechinus swainsonii" / "A. swainsonii").
 */
export function findFragment(
  frag: string,
  hay: Haystack,
  capitals: ReadonlySet<string> = new Set(),
): boolean {
  if (hay.padded.includes(` ${frag} `)) return true;
  if (!hay.joined) {
    const bounds = new Set<number>([0]);
    let text = '';
    for (const w of hay.padded.trim().split(' ')) {
      text += w;
      bounds.add(text.length);
    }
    hay.joined = { text, bounds };
  }
  const { text, bounds } = hay.joined;
  const j = frag.replace(/ /g, '');
  for (let at = text.indexOf(j); at >= 0; at = text.indexOf(j, at + 1))
    if (bounds.has(at) && bounds.has(at + j.length)) return true;
  const words = frag.split(' ');
  if (words.length >= 2 && words.some((w) => w.length > 1 && capitals.has(w))) {
    const re = words.map((w) => (w.length > 1 && capitals.has(w) ? `(?:${w}|${w[0]})` : w)).join(' ');
    if (new RegExp(` ${re} `, 'u').test(hay.padded)) return true;
  }
  return false;
}

/** Fragments of this many words or fewer are found almost anywhere: they must follow the fragment before them. */
const SHORT_FRAGMENT = 2;
/** How far (in characters of normalised text) a cut may skip: an ellipsis leaves out a few clauses, not pages. */
const CUT_SPAN = 200;

/**
 * The first fragment of a quote that the haystack lacks, or undefined when all are there. A short fragment after
 * a cut ("tasteful, and […] sexy") must also come soon after the fragment before it, where the source has that
 * one word for word: one word on its own is in every source.
 */
export function missingFragment(
  frags: readonly string[],
  hay: Haystack,
  capitals: ReadonlySet<string> = new Set(),
): string | undefined {
  let prev: string | undefined;
  for (const f of frags) {
    if (!findFragment(f, hay, capitals)) return f;
    if (prev !== undefined && f.split(' ').length <= SHORT_FRAGMENT && !follows(hay.padded, prev, f))
      return f;
    prev = f;
  }
  return undefined;
}

/** Whether `next` starts within CUT_SPAN characters after some word-for-word occurrence of `prev`. */
function follows(padded: string, prev: string, next: string): boolean {
  const p = ` ${prev} `;
  let at = padded.indexOf(p);
  // `prev` found only through compounds or initials: no place to measure from, so no finding either.
  if (at < 0) return true;
  for (; at >= 0; at = padded.indexOf(p, at + 1)) {
    const from = at + p.length - 1;
    if (padded.slice(from, from + CUT_SPAN + next.length + 2).includes(` ${next} `)) return true;
  }
  return false;
}

/** Capitalised words of a quote, normalised: the names a source may abbreviate to an initial. */
function capitalsOf(text: string): Set<string> {
  return new Set((text.match(/\p{Lu}[\p{L}\p{N}]+/gu) ?? []).map(normaliseQuote));
}

/** Whether two speaker names denote the same person ("Forssell" and "Johan Forssell"). */
export function sameSpeaker(a: string, b: string): boolean {
  const ka = entityKey(a).split(' ');
  const kb = entityKey(b).split(' ');
  return ka.every((t) => kb.includes(t)) || kb.every((t) => ka.includes(t));
}

const ROLE_END =
  '(?:man|woman|person|ist|er|or|ent|ant|chief|head|boss|official|secretary|minister|president|executive|aide|source|staff)';

/**
 * Whether the source names the claim's speaker as the affiliation of the source's speaker ("NASA chief scientist
 * Ellen Stofan", "Ellen Stofan of NASA"): then quoting NASA is not a misattribution.
 */
export function affiliated(sourceLower: string, claimed: string, actual: string): boolean {
  const esc = (s: string): string => s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const c = esc(claimed);
  const a = esc(actual);
  // "NASA('s) chief scientist Ellen Stofan": up to three words ending in a role noun between the two names.
  const role = `(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]*${ROLE_END}\\s+`;
  return new RegExp(
    `\\b${c}(?:['’]s)?\\s+${role}${a}\\b|\\b${a},?\\s+(?:[\\p{L}-]+\\s+){0,3}(?:of|at|from|for)\\s+(?:the\\s+)?${c}\\b`,
    'u',
  ).test(sourceLower);
}

/** Capitalised words of a title: "Master of Puppets", "The Hunger Games: Mockingjay – Part 2". */
const TITLE_JOINERS = new Set('a an the of to in on and or for at by with from as vs v'.split(' '));

/** Whether quoted words are a title (every word capitalised but the joiners), not reported speech. */
export function isTitle(quoted: string): boolean {
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_JOINERS.has(w.toLowerCase())));
}

/** Quotes of fewer words are scare quotes ("struggling"): a miss is not a hard contradiction. */
const HARD_WORDS = 4;

/** No names for the one sentence: enough to find its quotes (not their speakers). */
const NO_NAMES = [[]];

export function checkQuote(ctx: CheckContext): CheckResult {
  const text = ctx.claim.text;
  // An odd number of straight double quotes: a quotation cut by the sentence splitter, pairs not to be trusted.
  if (((text.match(/"/g) ?? []).length & 1) === 1) return na('quote');
  // The claim's quotes without their speakers: which quotes a sentence holds does not depend on its names, and the
  // names of a lower-cased claim cost more to find than the quote marks. Most claims quote nothing.
  const quotes = findQuotesWith([text], NO_NAMES)
    .map(({ quote }, i) => ({ text: quote.text, i }))
    .filter((q) => normaliseQuote(q.text).length > 0 && !isTitle(q.text));
  if (quotes.length === 0) return na('quote');
  const haystack = docHaystack(ctx.doc);
  for (const q of quotes) {
    const frags = quoteFragments(q.text);
    const capitals = capitalsOf(q.text);
    const missing = missingFragment(frags, haystack, capitals);
    const words = normaliseQuote(q.text).split(' ').length;
    // Who said it matters only to a quote of HARD_WORDS words or more: only then are the speakers looked for
    // (ctx.claim.quotes holds the same quotes in the same order).
    const speaker = words >= HARD_WORDS ? (ctx.claim.quotes[q.i]?.speaker ?? null) : null;
    if (missing !== undefined) {
      // Titles and scare quotes are quoted too; only attributed speech is a hard contradiction.
      const hard = speaker !== null;
      return {
        status: 'fail',
        check: 'quote',
        kind: 'quote',
        severity: hard ? 'contradiction' : 'unsupported',
        hard,
        detail: `the quoted words "${clip(missing, 60)}" appear in no cited source`,
      };
    }
    if (!speaker) continue;
    const longest = frags.reduce((a, b) => (b.length > a.length ? b : a), '');
    const { found, speakers } = ctx.quoteSpeakers(longest);
    const named = speakers.filter((s): s is string => s !== null);
    // Only a person can be misquoted by name: "NASA's chief scientist says" may be the source's named scientist.
    const person = ctx.claim.entities.some((e) => e.kind === 'person' && sameSpeaker(e.text, speaker));
    if (
      found &&
      named.length > 0 &&
      person &&
      !named.some((s) => sameSpeaker(s, speaker) || affiliated(ctx.doc.lower, speaker, s))
    ) {
      return {
        status: 'fail',
        check: 'quote',
        kind: 'attribution',
        severity: 'contradiction',
        hard: true,
        detail: `the claim has ${speaker} saying "${clip(q.text, 50)}"; the source has ${named[0]} saying it`,
      };
    }
  }
  return pass('quote');
}

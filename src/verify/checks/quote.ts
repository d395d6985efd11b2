// Quote check: quoted words must appear in a cited source (ignoring case, punctuation, and allowing "…" cuts)
// and be said there by the same speaker.
import { entityKey, findQuotesWith } from '../../text/index.ts';
import { clip, na, pass, type CheckContext, type CheckResult } from './types.ts';

/** Words of a quote, lower-cased, without punctuation: "We're here," -> "we re here". */
export function normaliseQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .trim();
}

/** Fragments of a quote split at ellipses and editorial brackets. */
export function quoteFragments(text: string): string[] {
  return text
    .split(/…|\.\s*\.\s*\.|\[[^\]]*\]/)
    .map(normaliseQuote)
    .filter((f) => f.length > 0);
}

/** Whether two speaker names denote the same person ("Forssell" and "Johan Forssell"). */
export function sameSpeaker(a: string, b: string): boolean {
  const ka = entityKey(a).split(' ');
  const kb = entityKey(b).split(' ');
  return ka.every((t) => kb.includes(t)) || kb.every((t) => ka.includes(t));
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

export function checkQuote(ctx: CheckContext): CheckResult {
  const text = ctx.claim.text;
  // Backtick quotes (`like this') of news archives, in case the claim's analysis did not look for them.
  const found =
    ctx.claim.quotes.length === 0 && text.includes('`')
      ? findQuotesWith([text], [ctx.claim.entities]).map((q) => q.quote)
      : ctx.claim.quotes;
  // An odd number of straight double quotes: a quotation cut by the sentence splitter, pairs not to be trusted.
  const unpaired = ((text.match(/"/g) ?? []).length & 1) === 1;
  const quotes = found.filter((q) => normaliseQuote(q.text).length > 0 && !unpaired && !isTitle(q.text));
  if (quotes.length === 0) return na('quote');
  const haystack = ` ${normaliseQuote(ctx.doc.text)} `;
  for (const q of quotes) {
    const frags = quoteFragments(q.text);
    const missing = frags.find((f) => !haystack.includes(` ${f} `));
    const words = normaliseQuote(q.text).split(' ').length;
    if (missing !== undefined) {
      // Titles and scare quotes are quoted too; only attributed speech is a hard contradiction.
      const hard = words >= HARD_WORDS && q.speaker !== null;
      return {
        status: 'fail',
        check: 'quote',
        kind: 'quote',
        severity: hard ? 'contradiction' : 'unsupported',
        hard,
        detail: `the quoted words "${clip(missing, 60)}" appear in no cited source`,
      };
    }
    if (!q.speaker || words < HARD_WORDS) continue;
    const longest = frags.reduce((a, b) => (b.length > a.length ? b : a), '');
    const { found, speakers } = ctx.quoteSpeakers(longest);
    const named = speakers.filter((s): s is string => s !== null);
    // Only a person can be misquoted by name: "NASA's chief scientist says" may be the source's named scientist.
    const person = ctx.claim.entities.some((e) => e.kind === 'person' && sameSpeaker(e.text, q.speaker!));
    if (found && named.length > 0 && person && !named.some((s) => sameSpeaker(s, q.speaker!))) {
      return {
        status: 'fail',
        check: 'quote',
        kind: 'attribution',
        severity: 'contradiction',
        hard: true,
        detail: `the claim has ${q.speaker} saying "${clip(q.text, 50)}"; the source has ${named[0]} saying it`,
      };
    }
  }
  return pass('quote');
}

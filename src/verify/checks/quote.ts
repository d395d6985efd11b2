// Quote check: quoted words must appear in a cited source (ignoring case, punctuation, and allowing "…" cuts)
// and be said there by the same speaker.
import { entityKey } from '../../text/index.ts';
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

/** Quotes of fewer words are scare quotes ("struggling"): a miss is not a hard contradiction. */
const HARD_WORDS = 4;

export function checkQuote(ctx: CheckContext): CheckResult {
  const quotes = ctx.claim.quotes.filter((q) => normaliseQuote(q.text).length > 0);
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
    if (found && named.length > 0 && !named.some((s) => sameSpeaker(s, q.speaker!))) {
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

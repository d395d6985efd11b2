// Word cues that sort sentences into the article's sections. Pure tests on text and analysed times.
import type { Candidate } from './candidates.ts';

const QUOTE_CHARS = /["“”«»]/;
const ATTRIBUTION = /\b(said|says|told|added|stated|wrote|warned|argued|insisted)\b/i;
const FORWARD =
  /\b(will|would|is expected to|are expected to|plans? to|planned|is due to|are due to|next|upcoming|scheduled|is set to|are set to|aims? to|intends? to|deadline|resume|to be held)\b/i;
const SIGNIFICANCE =
  /\b(largest|biggest|busiest|critical|significant|significance|likely to|risks?|threat|impact|affects?|hurt|means|gateway|crucial|vital|unprecedented|cost|shortages?|lost|losses)\b/i;
const BACKGROUND =
  /\b(since|began|begun|last year|previously|was founded|in the past|history|years ago|for years)\b|\b(in|since) (19|20)\d\d\b/i;

/** A sentence built around a direct quote. */
export const isQuote = (c: Candidate): boolean =>
  c.sentence.quotes.some((q) => q.text.split(/\s+/).length >= 3) || /["“][^"”]{12,}["”]/.test(c.text);

/** Quote with an attribution verb in the sentence itself, so the speaker is on the page. */
export const isAttributedQuote = (c: Candidate): boolean =>
  isQuote(c) && ATTRIBUTION.test(c.text.replace(/["“][^"”]*["”]/g, ' '));

export const hasQuoteMarks = (text: string): boolean => QUOTE_CHARS.test(text);

export const isQuestion = (text: string): boolean => /\?["”]?$/.test(text.trim());

/** About the future of the latest report: a time after `latest`, or future wording with no past time. */
export function isForward(c: Candidate, latest: string | null): boolean {
  const future = c.sentence.times.some((t) => t.interval && latest !== null && t.interval.start > latest);
  const past = c.sentence.times.some((t) => t.interval && latest !== null && t.interval.end <= latest);
  if (future) return true;
  return FORWARD.test(c.text) && !past && (latest === null || c.date === latest);
}

/** Context from before the story: an earlier year or past-history wording. */
export function isBackground(c: Candidate, earliest: string | null): boolean {
  const before = c.sentence.times.some(
    (t) => t.interval && earliest !== null && t.interval.end < earliest && t.grain !== 'day',
  );
  return before || BACKGROUND.test(c.text);
}

export const isSignificance = (c: Candidate): boolean => SIGNIFICANCE.test(c.text);

const STAKES =
  /\b(worst|largest|biggest|busiest|highest|lowest|critical infrastructure|main gateway|record)\b|\bfirst\b.*\bsince\b|\b(first|only) time\b/i;

/** The stakes of the story: a superlative, a first-since, a record. */
export const isStakes = (c: Candidate): boolean => STAKES.test(c.text);

/** Share of a sentence's words inside quote marks. */
export function quotedShare(text: string): number {
  const all = text.split(/\s+/).filter(Boolean).length;
  const quoted = (text.match(/["“][^"”]*["”]/g) ?? []).join(' ').split(/\s+/).filter(Boolean).length;
  return all ? quoted / all : 0;
}

// Fact-preserving compression: only words that carry no fact are removed (datelines, leading discourse
// words, trailing reporter asides). Numbers, names, times and quotes are never touched.

const DATELINE = /^[A-ZÀ-Ž][A-ZÀ-Ž .'’-]{1,40}(,[^,()–—-]{1,40}){0,3}\s*\([^)]{1,40}\)\s*[-–—]+\s*/u;
const DATELINE_PLAIN = /^[A-ZÀ-Ž][A-ZÀ-Ž .'’-]{2,40},\s+[A-Z][a-z]+( \d{1,2})?\s*[-–—]+\s*/u;
const DISCOURSE =
  /^(but|however|and|meanwhile|still|yet|also|in addition|moreover|furthermore|indeed|nonetheless|nevertheless|so|now|separately|additionally|instead),?\s+/i;
const REPORTER_ASIDE =
  /,\s+(an?|the) [A-Z][\w’'-]*( [A-Z][\w’'-]*)? (reporter|correspondent|photographer|witness) (saw|said|reported)(?=[.!]$)/u;

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function stripDateline(text: string): string {
  const out = text.replace(DATELINE, '').replace(DATELINE_PLAIN, '');
  return out === text ? text : upperFirst(out);
}

/** "But in a letter, ..." -> "In a letter, ..."; not when the word opens a quote or is all the sentence has. */
export function dropLeadingDiscourse(text: string): string {
  const m = DISCOURSE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  if (rest.split(/\s+/).length < 4) return text;
  return upperFirst(rest);
}

export function dropTrailingAside(text: string): string {
  return text.replace(REPORTER_ASIDE, '');
}

/** All compression steps, in order. */
export function compress(text: string): string {
  return dropTrailingAside(dropLeadingDiscourse(stripDateline(text.trim())));
}

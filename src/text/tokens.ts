import lemmatizer from 'wink-lemmatizer';
import { mayInflect } from './inflection.ts';

/** Lower-cased word tokens: letters/digits with inner apostrophes, hyphens and decimal points; possessive 's dropped. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let w = m[0].toLowerCase().replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length > 0) out.push(w);
  }
  return out;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’.,-][\p{L}\p{M}\p{N}]+)*/gu;

const lemmaCache = new Map<string, string>();

/**
 * Dictionary form of a word (lower-cased). Verbs first ("returned" -> "return", "was" -> "be"),
 * then nouns ("deportations" -> "deportation"), then adjectives ("better" -> "good").
 */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  const hit = lemmaCache.get(w);
  if (hit !== undefined) return hit;
  let out = w;
  if (/^[a-z][a-z'-]*$/.test(w) && w.length > 2 && mayInflect(w)) {
    const v = lemmatizer.lemmatizeVerb(w);
    if (v !== w) out = v;
    else {
      const n = lemmatizer.lemmatizeNoun(w);
      if (n !== w) out = n;
      else out = lemmatizer.lemmatizeAdjective(w);
    }
  }
  if (lemmaCache.size > 200_000) lemmaCache.clear();
  lemmaCache.set(w, out);
  return out;
}

// A conventional English function-word list (articles, pronouns, auxiliaries, prepositions, conjunctions).
const STOPWORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few
for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those through to too under until up very was wasn't we
we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why
why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also just
may might must shall will us its s t`
    .split(/\s+/)
    .filter(Boolean),
);

export function isStopword(word: string): boolean {
  // Lower-case ASCII words (most calls) need neither lower-casing nor the apostrophe swap.
  if (STOPWORDS.has(word)) return true;
  return STOPWORDS.has(word.toLowerCase().replace(/’/g, "'"));
}

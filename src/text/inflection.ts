// Which words wink-lemmatizer could change. It follows WordNet's Morphy: a word changes only through WordNet's
// exception lists ("went" -> "go", "mice" -> "mouse", "worse" -> "bad") or by an inflectional ending. A word
// with neither is its own lemma under every part of speech, and the thirteen suffix regexes the lemmatizer
// would run on it (most words: 60% of a news source's distinct words) can be skipped.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// One set of all three lists: a property lookup on the lists themselves first interns the word (a search of
// V8's string table) for every new word.
const EXCEPTIONS = new Set(
  ['noun', 'verb', 'adjective'].flatMap((pos) =>
    Object.keys(require(`wink-lexicon/src/wn-${pos}-exceptions.js`) as Record<string, string>),
  ),
);
// The endings of the noun ("-s", "-men"), verb ("-s", "-ed", "-ing") and adjective ("-er", "-est") rules.
const ENDING = /(?:s|ed|ing|men|er|est)$/;

/** False when the lemmatizer returns `word` unchanged as noun, verb and adjective alike (lower-case words). */
export function mayInflect(word: string): boolean {
  return ENDING.test(word) || EXCEPTIONS.has(word);
}

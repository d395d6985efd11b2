// Public API of the text stage: sentences, names, numbers, times and quotes.
export { splitSentences } from './sentences.ts';
export { findEntities, resolvePersonAliases, documentLooksCaseless, SPEECH_VERBS } from './entities.ts';
export {
  entityKey,
  entityKind,
  placeContains,
  isDemonym,
  metonymOf,
  mayRelateToGazetteer,
  containerOf,
  capitalOf,
  lookupName,
  normaliseName,
  isPersonTitle,
  keyMatches,
} from './gazetteer.ts';
export { findNumbers } from './numbers.ts';
export { findTimes, intervalsOverlap, detectTense, parseDocDate, OPEN_END } from './times.ts';
export type { Tense } from './times.ts';
export { findQuotes, findQuotesWith } from './quotes.ts';
export { analyseDocument, analyseSentence } from './analyse.ts';
export { tokenize, lemma, isStopword } from './tokens.ts';
export { isDictionaryWord } from './lexicon.ts';
export { MONTH_NAMES, MONTH_LABELS, WEEKDAY_LABELS } from './calendar.ts';
export { cosine } from './vectors.ts';

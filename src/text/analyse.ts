import type {
  AnalysedDocument,
  AnalysedSentence,
  EntityMention,
  NumberMention,
  QuoteMention,
  TimeMention,
} from '../model/index.ts';
import { documentLooksCaseless, findEntities, resolvePersonAliases } from './entities.ts';
import { findNumbers } from './numbers.ts';
import { findQuotesWith } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { findTimes, parseDocDate } from './times.ts';

/**
 * Analyse a whole document once: sentences with their names, numbers, times (resolved against `date`) and quotes
 * (speakers carried across sentences). Surnames take the key of a full name used elsewhere in the document.
 * Throws a RangeError when `date` is not an ISO date.
 */
export function analyseDocument(text: string, date: string | null): AnalysedDocument {
  const day = normaliseDate(date);
  const sentences = splitSentences(text);
  const texts = sentences.map((s) => s.text);
  // Case is judged once for the whole document: a lower-cased document is read caseless throughout.
  const caseless = documentLooksCaseless(text);
  const perSentence = texts.map((t) => findEntities(t, { caseless }));
  // Resolve surnames across the whole document, then hand each sentence its own mentions back.
  const flat = perSentence.flatMap((ents, i) => ents.map((e) => ({ e, i })));
  const resolved = resolvePersonAliases(flat.map((x) => x.e));
  const entities: EntityMention[][] = texts.map(() => []);
  resolved.forEach((e, k) => entities[flat[k]!.i]!.push(e));
  const quotes: QuoteMention[][] = texts.map(() => []);
  for (const q of findQuotesWith(texts, entities)) quotes[q.sentence]!.push(q.quote);
  return {
    date: day,
    sentences: sentences.map((s, i) => {
      const times = findTimes(s.text, day);
      return {
        ...s,
        entities: entities[i]!,
        numbers: withoutTimes(findNumbers(s.text), times),
        times,
        quotes: quotes[i]!,
      };
    }),
  };
}

/** Analyse one sentence on its own (a claim): index 0, paragraph 0. */
export function analyseSentence(text: string, date: string | null): AnalysedSentence {
  const day = normaliseDate(date);
  const t = text.trim();
  const times = findTimes(t, day);
  const entities = findEntities(t);
  return {
    index: 0,
    text: t,
    paragraph: 0,
    entities,
    numbers: withoutTimes(findNumbers(t), times),
    times,
    quotes: findQuotesWith([t], [entities]).map((q) => q.quote),
  };
}

function normaliseDate(date: string | null): string | null {
  const d = parseDocDate(date);
  return d
    ? `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`
    : null;
}

/** A number inside a time expression ("three days ago", "the 1990s") belongs to the time. */
function withoutTimes(numbers: NumberMention[], times: readonly TimeMention[]): NumberMention[] {
  if (times.length === 0) return numbers;
  return numbers.filter((n) => !times.some((t) => n.span.start < t.span.end && t.span.start < n.span.end));
}

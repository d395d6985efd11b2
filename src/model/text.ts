/** The analysed form of text: sentences and what they mention. Offsets are UTF-16 code units into the sentence text. */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A calendar interval, both ends inclusive, as ISO dates (YYYY-MM-DD). */
export interface DateInterval {
  readonly start: string;
  readonly end: string;
}

export type EntityKind = 'person' | 'organisation' | 'place';

export interface EntityMention {
  readonly kind: EntityKind;
  readonly text: string;
  /** Canonical key shared by aliases: "EU" and "European Union" -> "european union"; "Afghan" -> "afghanistan". */
  readonly key: string;
  readonly span: Span;
}

/** How a number is qualified: "more than 20" is lower-bounded, "nearly 20" approximately. */
export type NumberBound = 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most';

export interface NumberMention {
  readonly text: string;
  readonly value: number;
  /** Normalised unit ("percent", "people", "usd", "km") or null. */
  readonly unit: string | null;
  readonly bound: NumberBound;
  readonly span: Span;
}

/** How precisely a time expression was resolved. */
export type TimeGrain = 'day' | 'week' | 'month' | 'season' | 'year' | 'range';

export interface TimeMention {
  readonly text: string;
  /**
   * Resolved interval; null when relative ("on Monday") and the document date is unknown. "since 1984" in an
   * undated text ends at OPEN_END (src/text/times.ts): from then on.
   */
  readonly interval: DateInterval | null;
  readonly grain: TimeGrain;
  readonly span: Span;
}

export interface QuoteMention {
  /** The quoted words without the quote marks. */
  readonly text: string;
  /** The speaker's name as written, resolved from pronouns to the nearest named person where possible. */
  readonly speaker: string | null;
  readonly span: Span;
}

export interface Sentence {
  /** Position in the document, from 0. */
  readonly index: number;
  readonly text: string;
  /** Paragraph number, from 0. */
  readonly paragraph: number;
}

export interface AnalysedSentence extends Sentence {
  readonly entities: readonly EntityMention[];
  readonly numbers: readonly NumberMention[];
  readonly times: readonly TimeMention[];
  readonly quotes: readonly QuoteMention[];
}

export interface AnalysedDocument {
  /** Publication date the times were resolved against (YYYY-MM-DD), or null. */
  readonly date: string | null;
  readonly sentences: readonly AnalysedSentence[];
}

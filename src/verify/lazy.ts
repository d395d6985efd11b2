// A sentence analysis computed field by field on first use: most claims need only some of the mentions,
// and cheap hints skip the finders that cannot match (no digit or number word: no numbers).
import type {
  AnalysedSentence,
  EntityMention,
  NumberMention,
  QuoteMention,
  TimeMention,
} from '../model/index.ts';
import { findEntities, findNumbers, findQuotesWith, findTimes } from '../text/index.ts';

const TIME_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|day\b|week|month|year|decade|centur|spring|summer|autumn|fall\b|winter|tonight|tomorrow|morning|afternoon|evening|ago\b|earlier|later\b|last\b|next\b|recent|past\b|early|late\b|mid-|season|weekend|quarter/i;
const NUMBER_HINT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|twice|double|triple|quarter|percent)\b/i;
// The marks that can open a quote in the finder (src/text/quotes.ts): straight, curly and low double quotes,
// guillemets, backticks, and single quotes at a word start. lazy.test.ts checks that the two agree.
const QUOTE_HINT = /["“”„«»‹›`]|(?:^|[\s([{—–-])['‘]/;

/** An AnalysedSentence whose mentions are found on first access; times resolve against `date`. */
export function lazySentence(
  text: string,
  date: string | null,
  index = 0,
  yearFrom: string | null = null,
): AnalysedSentence {
  return new LazySentence(text, date, index, yearFrom);
}

// A class rather than an object of closures: a cold pass makes one for every source sentence a claim touches,
// and the getters then live once on the prototype.
class LazySentence implements AnalysedSentence {
  readonly paragraph = 0;
  #times: TimeMention[] | undefined;
  #entities: EntityMention[] | undefined;
  #numbers: NumberMention[] | undefined;
  #quotes: QuoteMention[] | undefined;

  constructor(
    readonly text: string,
    private readonly date: string | null,
    readonly index: number,
    private readonly yearFrom: string | null,
  ) {}

  get times(): TimeMention[] {
    const { text, date } = this;
    return (this.#times ??= TIME_HINT.test(text)
      ? withYears(text, findTimes(text, date), date ? null : this.yearFrom)
      : []);
  }

  get entities(): EntityMention[] {
    return (this.#entities ??= findEntities(this.text));
  }

  get numbers(): NumberMention[] {
    if (!this.#numbers) {
      // Numbers first: a sentence with none needs no time analysis to drop the dates among them.
      const found = NUMBER_HINT.test(this.text) ? findNumbers(this.text) : [];
      const t = found.length ? this.times : [];
      this.#numbers = found.filter(
        (n) => !t.some((x) => n.span.start < x.span.end && x.span.start < n.span.end),
      );
    }
    return this.#numbers;
  }

  get quotes(): QuoteMention[] {
    return (this.#quotes ??= QUOTE_HINT.test(this.text)
      ? findQuotesWith([this.text], [this.entities]).map((q) => q.quote)
      : []);
  }
}

const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * A claim without its article's date still names calendar days ("on Monday, 9 March"): only the year is missing,
 * and an article citing reports of a given date is about that date's year. Such days are placed against `yearFrom`
 * (the newest cited report's date); truly relative times ("on Monday", "this week") stay unresolved.
 */
function withYears(text: string, times: TimeMention[], yearFrom: string | null): TimeMention[] {
  if (!yearFrom || !times.some((t) => t.interval === null && MONTH_NAME.test(t.text))) return times;
  const placed = findTimes(text, yearFrom);
  return times.map((t) =>
    t.interval === null && MONTH_NAME.test(t.text)
      ? (placed.find((p) => p.span.start === t.span.start && p.span.end === t.span.end) ?? t)
      : t,
  );
}

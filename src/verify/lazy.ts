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
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|day\b|week|month|year|decade|centur|spring|summer|autumn|winter|tonight|ago\b|earlier|later\b|last\b|next\b|recent|past\b|early|late\b|mid-|season|weekend|quarter/i;
const NUMBER_HINT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|twice|double|triple|quarter|percent)\b/i;
const QUOTE_HINT = /["“”«»]|(?:^|\s)['‘]/;

/** An AnalysedSentence whose mentions are found on first access; times resolve against `date`. */
export function lazySentence(text: string, date: string | null, index = 0): AnalysedSentence {
  let times: TimeMention[] | undefined;
  let entities: EntityMention[] | undefined;
  let numbers: NumberMention[] | undefined;
  let quotes: QuoteMention[] | undefined;
  const getTimes = (): TimeMention[] => (times ??= TIME_HINT.test(text) ? findTimes(text, date) : []);
  const getEntities = (): EntityMention[] => (entities ??= findEntities(text));
  return {
    index,
    text,
    paragraph: 0,
    get times() {
      return getTimes();
    },
    get entities() {
      return getEntities();
    },
    get numbers() {
      if (!numbers) {
        // Numbers first: a sentence with none needs no time analysis to drop the dates among them.
        const found = NUMBER_HINT.test(text) ? findNumbers(text) : [];
        const t = found.length ? getTimes() : [];
        numbers = found.filter((n) => !t.some((x) => n.span.start < x.span.end && x.span.start < n.span.end));
      }
      return numbers;
    },
    get quotes() {
      return (quotes ??= QUOTE_HINT.test(text)
        ? findQuotesWith([text], [getEntities()]).map((q) => q.quote)
        : []);
    },
  };
}

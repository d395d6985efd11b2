import type { DateInterval, TimeGrain, TimeMention } from '../model/index.ts';
import type { Day } from './calendar.ts';
import {
  addDays,
  iso,
  daysInMonth,
  weekday,
  cmp,
  iv,
  monthIv,
  yearIv,
  weekOf,
  addMonths,
  monthIndex,
  weekdayIndex,
  numWord,
  partOf,
  yearPart,
  monthPart,
  SEASON_START,
  seasonIv,
  seasonYearOf,
  parseDocDate,
} from './calendar.ts';

/** The end of a range that runs on from its start with no known end: "since 1984" in an undated text. */
export const OPEN_END = '9999-12-31';

export { parseDocDate };

/**
 * Time expressions resolved to inclusive date intervals against the document's own publication date.
 * Conventions (weeks run Monday to Sunday; seasons are northern-hemisphere meteorological seasons):
 * - "early 2024" Jan-Apr, "mid-2024" May-Aug, "late 2024" Sep-Dec; "the start of 2024" Jan-Mar, "the end of 2024"
 *   Oct-Dec; "early June" 1-10, "mid-June" 11-20, "late June" 21-end.
 * - spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov, winter Dec-Feb (named by the year it starts in).
 * - A weekday, month or day-month without a year is placed by the tense of its sentence: past -> the latest one
 *   on or before the publication date, future -> the next one on or after it; with no tense cue, past for
 *   weekdays (news reports what happened) and the nearest for dates.
 * - Relative expressions ("last week", "Monday") get `interval: null` when the date is unknown; absolute ones
 *   ("23 June 2026", "in 2021", "the 1990s") always resolve.
 */

export type Tense = 'past' | 'future' | 'auto';
type Resolved = { interval: DateInterval | null; grain: TimeGrain };
type Ctx = { date: Day | null; tense: 'past' | 'future' | null };

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUMWORD =
  '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)';
const YEAR = '(1[89]\\d\\d|20\\d\\d|2100)';

// ---- rules ----

/**
 * Cheap necessary conditions for the rules ("gates"): every match of a rule holds what its gates look for (a
 * month rule a month name, a year rule a year), so a text a gate finds nothing in cannot match the rule and its
 * scan is skipped. The scans are most of findTimes's cost, and most sentences open only a few gates. The gates
 * read case as the rules do; times.test.ts checks every rule against them.
 */
const WORD_GATES = {
  // Month and weekday names stand between word boundaries in every rule that has them.
  month: new RegExp(`\\b${MONTH}\\b`, 'i'),
  weekday: new RegExp(`\\b${WEEKDAY}\\b`, 'i'),
  season: /\b(?:spring|summer|autumn|fall|winter)\b/i,
  century: /century/i,
  deictic: /today|yesterday|tomorrow|tonight|night|morning|afternoon|evening/i,
  // Units start a word ("days", "weekend"), never end one ("Monday", "today").
  unit: /\b(?:day|week|month|year|decade)/i,
  ago: /ago/i,
};
const GATES = {
  digit: /\d/,
  // Any word gate at all: one scan closes them all in a sentence whose only time-like thing is a number.
  word: new RegExp(
    Object.values(WORD_GATES)
      .map((re) => re.source)
      .join('|'),
    'i',
  ),
  ...WORD_GATES,
  year: new RegExp(YEAR),
  oldYear: /1[0-7]\d\d/,
};
type Gate = keyof typeof GATES;
/** A gate that must open before `g` can: years need a digit, word gates any gate word. */
const parentGate = (g: Gate): Gate | null =>
  g === 'year' || g === 'oldYear' ? 'digit' : g in WORD_GATES ? 'word' : null;

const GATE_BIT = Object.fromEntries(Object.keys(GATES).map((g, i) => [g, 1 << i])) as Record<Gate, number>;

/** The gates a text opens, each tested on first need and remembered for the text's other rules. */
class Gates {
  #known = 0;
  #open = 0;

  constructor(private readonly text: string) {}

  open(g: Gate): boolean {
    const bit = GATE_BIT[g];
    if ((this.#known & bit) === 0) {
      const parent = parentGate(g);
      if ((parent === null || this.open(parent)) && GATES[g].test(this.text)) this.#open |= bit;
      this.#known |= bit;
    }
    return (this.#open & bit) !== 0;
  }
}

/** For tests: for every rule, whether its pattern matches `text` and whether its gates open on it (they must). */
export function rulesWithGates(text: string): { hit: boolean; open: boolean }[] {
  const gates = new Gates(text);
  return RULES.map((r) => {
    r.re.lastIndex = 0;
    const hit = r.re.test(text);
    r.re.lastIndex = 0;
    return { hit, open: r.needs.every((g) => gates.open(g)) };
  });
}

interface Rule {
  /** Words or characters the rule cannot match without (see GATES). */
  needs: readonly Gate[];
  re: RegExp;
  resolve(m: RegExpExecArray, ctx: Ctx, text: string): Resolved | null;
}

function relative(ctx: Ctx, grain: TimeGrain, f: (d: Day) => DateInterval | null): Resolved {
  return { interval: ctx.date ? f(ctx.date) : null, grain };
}

function placeDayMonth(ctx: Ctx, m: number, d: number, weekdayName?: string): DateInterval | null {
  const D = ctx.date;
  if (!D) return null;
  const all = [D.y - 1, D.y, D.y + 1].filter((y) => d <= daysInMonth(y, m)).map((y) => ({ y, m, d }) as Day);
  // "Tuesday 10 March" names its year as surely as "10 March 2026": the weekday fits one year of the three.
  const wd = weekdayName ? weekdayIndex(weekdayName) : undefined;
  const fitting = wd === undefined ? [] : all.filter((c) => weekday(c) === wd);
  if (fitting.length === 1) return iv(fitting[0]!, fitting[0]!);
  const cands = all;
  let pick: Day | undefined;
  if (ctx.tense === 'past') pick = cands.filter((c) => cmp(c, D) <= 0).pop();
  else if (ctx.tense === 'future') pick = cands.find((c) => cmp(c, D) >= 0);
  else pick = [...cands].sort((a, b) => Math.abs(cmp(a, D)) - Math.abs(cmp(b, D)))[0];
  return pick ? iv(pick, pick) : null;
}

function placeMonth(ctx: Ctx, m: number, mode: 'last' | 'next' | 'this' | null): DateInterval | null {
  const D = ctx.date;
  if (!D) return null;
  let y: number;
  if (mode === 'this') y = D.y;
  else if (mode === 'last') y = m < D.m ? D.y : D.y - 1;
  else if (mode === 'next') y = m > D.m ? D.y : D.y + 1;
  else if (m === D.m) y = D.y;
  else if (ctx.tense === 'future') y = m > D.m ? D.y : D.y + 1;
  else if (ctx.tense === 'past') y = m < D.m ? D.y : D.y - 1;
  else y = D.y;
  return monthIv(y, m);
}

function placeWeekday(ctx: Ctx, wd: number, mode: string | undefined): DateInterval | null {
  const D = ctx.date;
  if (!D) return null;
  const w0 = weekday(D);
  const back = (w0 - wd + 7) % 7;
  const fwd = (wd - w0 + 7) % 7;
  const md = mode?.toLowerCase();
  let day: Day;
  if (md === 'last' || md === 'past') day = addDays(D, -(back || 7));
  else if (md === 'next' || md === 'coming') day = addDays(D, fwd || 7);
  else if (ctx.tense === 'future') day = addDays(D, fwd);
  else day = addDays(D, -back);
  return iv(day, day);
}

function unitSpan(D: Day, unit: string, n: number, dir: -1 | 1): DateInterval {
  const u = unit.toLowerCase().replace(/s$/, '');
  const days = u === 'day' ? n : u === 'week' ? 7 * n : u === 'month' ? 30 * n : 365 * n;
  return dir < 0 ? iv(addDays(D, -days), D) : iv(D, addDays(D, days));
}

const RULES: Rule[] = [
  // 2025-10-20
  {
    needs: ['digit'],
    re: /\b(\d{4})-(\d{2})-(\d{2})(?=T\d|\b)/g,
    resolve: (m) => {
      const d = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
      if (d.m < 1 || d.m > 12 || d.d < 1 || d.d > daysInMonth(d.y, d.m)) return null;
      return { interval: iv(d, d), grain: 'day' };
    },
  },
  // (Monday,) 23 June 2026 / the 23rd of June, 2026
  {
    needs: ['year', 'month'],
    re: new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}\\b`,
      'gi',
    ),
    resolve: (m) => {
      const mo = monthIndex(m[3]!);
      const d = +m[2]!;
      const y = +m[4]!;
      if (!mo || d < 1 || d > daysInMonth(y, mo)) return null;
      return { interval: iv({ y, m: mo, d }, { y, m: mo, d }), grain: 'day' };
    },
  },
  // (Monday,) June 23(rd), 2026
  {
    needs: ['year', 'month'],
    re: new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`,
      'gi',
    ),
    resolve: (m) => {
      const mo = monthIndex(m[2]!);
      const d = +m[3]!;
      const y = +m[4]!;
      if (!mo || d < 1 || d > daysInMonth(y, mo)) return null;
      return { interval: iv({ y, m: mo, d }, { y, m: mo, d }), grain: 'day' };
    },
  },
  // (Monday,) 23 June / June 23 (no year)
  {
    needs: ['digit', 'month'],
    re: new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const mo = monthIndex(m[3]!);
      const d = +m[2]!;
      if (!mo || d < 1 || d > 31) return null;
      return { interval: placeDayMonth(ctx, mo, d, m[1]), grain: 'day' };
    },
  },
  {
    needs: ['digit', 'month'],
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, 'gi'),
    resolve: (m, ctx) => {
      const mo = monthIndex(m[2]!);
      const d = +m[3]!;
      if (!mo || d < 1 || d > 31) return null;
      return { interval: placeDayMonth(ctx, mo, d, m[1]), grain: 'day' };
    },
  },
  // (early|mid|late) June 2026
  {
    needs: ['year', 'month'],
    re: new RegExp(
      `\\b(?:(early|mid|late|the start of|the beginning of|the middle of|the end of|end of|start of)[\\s-]+)?${MONTH}\\.?,?\\s+${YEAR}\\b`,
      'gi',
    ),
    resolve: (m) => {
      const mo = monthIndex(m[2]!);
      if (!mo) return null;
      const y = +m[3]!;
      const p = m[1] ? partOf(m[1]) : null;
      return p
        ? { interval: monthPart(y, mo, p), grain: 'range' }
        : { interval: monthIv(y, mo), grain: 'month' };
    },
  },
  // early/mid/late 2024, the first half of 2024, the end of 2024, Q3 2024
  {
    needs: ['year'],
    re: new RegExp(
      `\\b(early|mid|late|the start of|the beginning of|the middle of|the end of|end of|start of|beginning of|(?:the\\s+)?(?:first|second) half of|(?:the\\s+)?(?:first|second|third|fourth|last|final) quarter of|Q[1-4])[\\s-]+(?:of\\s+)?${YEAR}\\b`,
      'gi',
    ),
    resolve: (m) => {
      const p = partOf(m[1]!);
      return p ? { interval: yearPart(+m[2]!, p), grain: 'range' } : null;
    },
  },
  // spring 2024, the summer of 2023
  {
    needs: ['year', 'season'],
    re: new RegExp(`\\b(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    resolve: (m) => ({ interval: seasonIv(+m[2]!, m[1]!), grain: 'season' }),
  },
  // the 1990s, the early 2000s, the '90s
  {
    needs: ['year'],
    re: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1[89]\d0|20\d0)s\b/gi,
    resolve: (m) => {
      const y = +m[2]!;
      const p = m[1]?.toLowerCase();
      const [a, b] = p === 'early' ? [0, 3] : p === 'mid' ? [3, 6] : p === 'late' ? [7, 9] : [0, 9];
      return { interval: iv({ y: y + a, m: 1, d: 1 }, { y: y + b, m: 12, d: 31 }), grain: 'range' };
    },
  },
  // between 2019 and 2021, from 2019 to 2021, 2019-2021, 2019-21
  {
    needs: ['year'],
    re: new RegExp(
      `\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|through)\\s+${YEAR}\\b|\\b${YEAR}\\s*[-–/]\\s*(\\d{2}|\\d{4})\\b(?![-/]\\d)`,
      'gi',
    ),
    resolve: (m) => {
      const a = +(m[1] ?? m[3])!;
      let b = +(m[2] ?? m[4])!;
      if (b < 100) b = Math.floor(a / 100) * 100 + b;
      if (b < a || b - a > 100) return null;
      return { interval: iv({ y: a, m: 1, d: 1 }, { y: b, m: 12, d: 31 }), grain: 'range' };
    },
  },
  // the 19th century
  {
    needs: ['digit', 'century'],
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi,
    resolve: (m) => {
      const c = +m[1]!;
      return {
        interval: iv({ y: (c - 1) * 100 + 1, m: 1, d: 1 }, { y: c * 100, m: 12, d: 31 }),
        grain: 'range',
      };
    },
  },
  // bare year: in 2021, 2021
  {
    needs: ['year'],
    re: new RegExp(
      `(?<![\\d,.$€£/:-])${YEAR}(?![\\d%/:]|[.,]\\d|-\\d|\\s*(?:per\\s*cent|percent|people|troops|km|kilomet|euros|dollars|pounds|tonnes|votes|jobs|workers|migrants|refugees))`,
      'g',
    ),
    resolve: (m) => ({ interval: yearIv(+m[1]!), grain: 'year' }),
  },
  // older years need a cue: "in 1638", "since 1491", "c. 1491"
  {
    needs: ['oldYear'],
    re: /(?<=\b(?:in|since|from|by|until|around|circa|c\.|before|after|of|and|to|year)\s)(1[0-7]\d\d)\b(?![\d%]|[.,]\d)/gi,
    resolve: (m) => ({ interval: yearIv(+m[1]!), grain: 'year' }),
  },
  // last/this/next June; in June (month alone needs a cue before "May" and "March")
  {
    needs: ['month'],
    re: new RegExp(
      `\\b(?:(last|this|next|early|mid|late|earlier in|later in|(?:the\\s+)?(?:start|beginning|middle|end)\\s+of|in|on|during|since|by|until|from|of|through)[\\s-]+)?${MONTH}\\b(?!\\s+\\d)`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const mo = monthIndex(m[2]!);
      if (!mo) return null;
      const cue = m[1]?.toLowerCase();
      if ((mo === 5 || mo === 3) && !cue) return null;
      if (m[2]!.length <= 3 && !cue) return null;
      const mode = cue === 'last' || cue === 'next' || cue === 'this' ? cue : null;
      const base = placeMonth(ctx, mo, mode);
      const p = cue ? partOf(cue) : null;
      if (base && p && p !== 'h1' && p !== 'h2' && !p.startsWith('q')) {
        const y = +base.start.slice(0, 4);
        return { interval: monthPart(y, mo, p), grain: 'range' };
      }
      return { interval: base, grain: 'month' };
    },
  },
  // weekdays: Monday, on Tuesday, last Friday, next Monday
  {
    needs: ['weekday'],
    re: new RegExp(
      `\\b(?:(last|next|this|past|coming)\\s+)?${WEEKDAY}(?:'s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      if (!/^\p{Lu}/u.test(m[2]!)) return null;
      return { interval: placeWeekday(ctx, weekdayIndex(m[2]!), m[1]), grain: 'day' };
    },
  },
  // today, yesterday, tomorrow, tonight, this morning, last night, the day before yesterday
  {
    needs: ['deictic'],
    re: /\b(the day before yesterday|the day after tomorrow|(?:earlier|later) today|today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b/gi,
    resolve: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      const off = w.includes('before yesterday')
        ? -2
        : w.includes('after tomorrow')
          ? 2
          : w === 'yesterday' || w === 'last night'
            ? -1
            : w === 'tomorrow'
              ? 1
              : 0;
      return relative(ctx, 'day', (D) => {
        const d = addDays(D, off);
        return iv(d, d);
      });
    },
  },
  // earlier/later this week|month|year
  {
    needs: ['unit'],
    re: /\b(earlier|later)\s+(?:this|in the)\s+(week|month|year)\b/gi,
    resolve: (m, ctx) => {
      const early = m[1]!.toLowerCase() === 'earlier';
      const unit = m[2]!.toLowerCase();
      return relative(ctx, 'range', (D) => {
        const start =
          unit === 'week'
            ? addDays(D, -weekday(D))
            : unit === 'month'
              ? { ...D, d: 1 }
              : { y: D.y, m: 1, d: 1 };
        const end =
          unit === 'week'
            ? addDays(D, 6 - weekday(D))
            : unit === 'month'
              ? { ...D, d: daysInMonth(D.y, D.m) }
              : { y: D.y, m: 12, d: 31 };
        return early ? iv(start, D) : iv(D, end);
      });
    },
  },
  // late last year, early next year, mid-this month
  {
    needs: ['unit'],
    re: /\b(early|mid|late|earlier|later|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\s+of)[\s-]+(last|this|next)\s+(year|month)\b/gi,
    resolve: (m, ctx) => {
      const p = partOf(
        m[1]!.toLowerCase().replace(/^(earli|lat)er$/, (_x, a: string) => (a === 'earli' ? 'early' : 'late')),
      )!;
      if (m[3]!.toLowerCase() === 'month' && /quarter|half/i.test(m[1]!)) return null;
      const which = m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0;
      return relative(ctx, 'range', (D) => {
        if (m[3]!.toLowerCase() === 'year') return yearPart(D.y + which, p);
        const x = addMonths(D.y, D.m, which);
        return monthPart(x.y, x.m, p);
      });
    },
  },
  // the start/end of this/last/next year|month
  {
    needs: ['unit'],
    re: /\b(?:the\s+)?(start|beginning|middle|end)\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)(year|month)\b/gi,
    resolve: (m, ctx, text) => {
      const which = /last\s+(?:year|month)$/i.test(m[0]) ? -1 : /next\s+(?:year|month)$/i.test(m[0]) ? 1 : 0;
      const p = partOf(m[1]!)!;
      void text;
      return relative(ctx, 'range', (D) => {
        if (m[2]!.toLowerCase() === 'year') return yearPart(D.y + which, p);
        const x = addMonths(D.y, D.m, which);
        return monthPart(x.y, x.m, p);
      });
    },
  },
  // last/this/next/past/previous/coming week|month|year|weekend|decade
  {
    needs: ['unit'],
    re: /\b(last|this|next|past|previous|coming|current)\s+(week|weekend|month|year|decade)\b/gi,
    resolve: (m, ctx, text) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase() as 'week' | 'weekend' | 'month' | 'year' | 'decade';
      // "the past week" / "the past year" is the stretch up to the date, not the calendar unit.
      const rolling =
        (which === 'past' || which === 'previous') &&
        /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      const dir =
        which === 'last' || which === 'past' || which === 'previous'
          ? -1
          : which === 'next' || which === 'coming'
            ? 1
            : 0;
      const grain: TimeGrain = rolling ? 'range' : unit === 'weekend' || unit === 'decade' ? 'range' : unit;
      return relative(ctx, grain, (D) => {
        if (rolling)
          return unitSpan(
            D,
            unit === 'weekend' ? 'week' : unit === 'decade' ? 'year' : unit,
            unit === 'decade' ? 10 : 1,
            -1,
          );
        switch (unit) {
          case 'week': {
            const w = weekOf(addDays(D, 7 * dir));
            return w;
          }
          case 'weekend': {
            // "last weekend" is the one before this week; "next weekend" may be the coming or the following one.
            const mon = addDays(D, -weekday(D));
            if (dir < 0) return iv(addDays(mon, -2), addDays(mon, -1));
            if (dir > 0) return iv(addDays(mon, 5), addDays(mon, 13));
            return iv(addDays(mon, 5), addDays(mon, 6));
          }
          case 'month': {
            const x = addMonths(D.y, D.m, dir);
            return monthIv(x.y, x.m);
          }
          case 'year':
            return yearIv(D.y + dir);
          case 'decade': {
            const dec = Math.floor(D.y / 10) * 10 + 10 * dir;
            return iv({ y: dec, m: 1, d: 1 }, { y: dec + 9, m: 12, d: 31 });
          }
        }
      });
    },
  },
  // three days ago, two weeks ago, a year ago
  {
    needs: ['ago', 'unit'],
    re: new RegExp(`\\b${NUMWORD}\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi'),
    resolve: (m, ctx) => {
      const n = numWord(m[1]!);
      const unit = m[2]!.toLowerCase();
      const grain: TimeGrain =
        unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
      return relative(ctx, grain, (D) => {
        if (unit === 'day') {
          const d = addDays(D, -n);
          return iv(d, d);
        }
        if (unit === 'week') return weekOf(addDays(D, -7 * n));
        if (unit === 'month') {
          const x = addMonths(D.y, D.m, -n);
          return monthIv(x.y, x.m);
        }
        return yearIv(D.y - n);
      });
    },
  },
  // in the past/last/next/coming N days|weeks|months|years; in recent weeks; in the coming months
  {
    needs: ['unit'],
    re: new RegExp(
      `\\b(?:(?:the|over the|in the|during the|within the)\\s+)?(past|last|next|coming|recent|previous)\\s+(?:${NUMWORD}\\s+)?(days|weeks|months|years|decades)\\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const which = m[1]!.toLowerCase();
      const n = m[2] ? numWord(m[2]) : which === 'recent' ? (m[3]!.startsWith('year') ? 5 : 3) : 3;
      const unit = m[3]!.toLowerCase().replace(/s$/, '');
      const dir = which === 'next' || which === 'coming' ? 1 : -1;
      return relative(ctx, 'range', (D) =>
        unitSpan(D, unit === 'decade' ? 'year' : unit, unit === 'decade' ? 10 * n : n, dir),
      );
    },
  },
  // last/this/next spring; in the spring; in summer; earlier this summer
  {
    needs: ['season'],
    re: /\b(?:(last|this|next|in the|in|during the|during|over the|earlier this|later this|early|late)\s+)(spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, ctx) => {
      const cue = m[1]!.toLowerCase();
      const s = m[2]!.toLowerCase();
      if (s === 'fall' && !/^(last|this|next|in the|during the|over the)$/.test(cue)) return null;
      return relative(ctx, 'season', (D) => {
        const cur = seasonYearOf(D, s);
        const startM = SEASON_START[s]!;
        // Most recent season start on or before D, and next one after D.
        const lastStartYear = D.m >= startM ? D.y : D.y - 1;
        const prevY = cur !== null ? cur : lastStartYear;
        if (cue === 'this' || cue.includes('earlier this') || cue.includes('later this'))
          return seasonIv(cur ?? (ctx.tense === 'future' ? lastStartYear + 1 : lastStartYear), s);
        if (cue === 'last') return seasonIv(cur !== null ? cur - 1 : lastStartYear, s);
        if (cue === 'next') return seasonIv(cur !== null ? cur + 1 : lastStartYear + 1, s);
        if (cur !== null) return seasonIv(cur, s);
        return seasonIv(ctx.tense === 'future' ? lastStartYear + 1 : prevY, s);
      });
    },
  },
];

// ---- tense ----

const PAST_CUE =
  /\b(?:said|told|was|were|had|did|met|held|took|came|went|made|gave|ago|yesterday|earlier|last|previously|ended|began|signed|agreed|announced|visited|left|returned|launched|\w{3,}ed)\b/gi;
const FUTURE_CUE =
  /\b(?:will|shall|'ll|going to|plans? to|planned|is to|are to|due to|expected to|scheduled|set to|upcoming|next|tomorrow|coming|later|intends? to|would)\b/gi;
const NOT_PAST_ED = new Set([
  'need',
  'speed',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'hundred',
  'breed',
  'feed',
  'seed',
  'bled',
  'red',
  'bed',
  'shed',
  'led',
  'wed',
  'united',
]);

/** The tense nearest a span of the sentence: the closest past or future cue wins; null when there is none. */
export function detectTense(sentence: string, at?: { start: number; end: number }): 'past' | 'future' | null {
  // Only the neighbourhood matters (and keeps long texts linear): 150 characters either side.
  if (at && sentence.length > 400) {
    const from = Math.max(0, at.start - 150);
    const window = sentence.slice(from, at.end + 150);
    return detectTense(window, { start: at.start - from, end: at.end - from });
  }
  const pos = at ? (at.start + at.end) / 2 : sentence.length / 2;
  const future = nearestCue(sentence, FUTURE_CUE, 'future', at, pos, null);
  return nearestCue(sentence, PAST_CUE, 'past', at, pos, future)?.t ?? null;
}

type Cue = { d: number; t: 'past' | 'future' };

/** The cue of `re` nearest `pos` if nearer than `best` (a module function: no closure per call). */
function nearestCue(
  sentence: string,
  re: RegExp,
  t: 'past' | 'future',
  at: { start: number; end: number } | undefined,
  pos: number,
  best: Cue | null,
): Cue | null {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    if (t === 'past' && NOT_PAST_ED.has(m[0].toLowerCase())) continue;
    // A participle after an auxiliary ("will be held", "to be signed") is not a past-tense verb.
    if (
      t === 'past' &&
      /\b(?:be|been|being|to|will|would|could|can|must|should|may|might)\s+$/i.test(
        sentence.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      continue;
    // Cues inside the time expression itself ("last week") say nothing about the verb.
    if (at && m.index >= at.start && m.index < at.end) continue;
    const d = Math.abs(m.index + m[0].length / 2 - pos);
    if (!best || d < best.d) best = { d, t };
  }
  return best;
}

// ---- scan ----

// Cheap pre-check: every rule needs a digit or one of these words.
const MAYBE_TIME =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|night|week|month|year|decade|spring|summer|autumn|fall|winter|ago|centur|morning|afternoon|evening|days|recent|coming/i;

interface Hit {
  start: number;
  end: number;
  rule: number;
  m: RegExpExecArray;
}

/**
 * Find time expressions and resolve them against `date` (the document's publication date, YYYY-MM-DD or ISO
 * date-time). `tense` places weekdays, months and day-months without a year; 'auto' reads it from the sentence.
 */
export function findTimes(text: string, date: string | null, tense: Tense = 'auto'): TimeMention[] {
  const D = parseDocDate(date);
  if (!MAYBE_TIME.test(text)) return [];
  const hits: Hit[] = [];
  const gates = new Gates(text);
  RULES.forEach((r, rule) => {
    if (!r.needs.every((g) => gates.open(g))) return;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m !== null; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      hits.push({ start: m.index, end: m.index + m[0].length, rule, m });
    }
  });
  // Longest match wins; earlier rule breaks ties.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const taken: Hit[] = [];
  const out: TimeMention[] = [];
  for (const h of hits) {
    if (taken.some((x) => x.start < h.end && h.start < x.end)) continue;
    const span = { start: h.start, end: h.end };
    const res = RULES[h.rule]!.resolve(h.m, new HitCtx(D, tense, text, span), text);
    if (res === null) continue;
    taken.push(h);
    let { interval, grain } = res;
    let s = span.start;
    // "since 2021": from then up to the publication date; with no date, from then on (OPEN_END), so that its
    // start can still be compared ("since 1984" is not "since 1987").
    const before = text.slice(Math.max(0, s - 6), s);
    if (/\bsince\s+$/i.test(before) && interval) {
      s -= before.length - before.search(/since\s+$/i);
      interval = !D
        ? { start: interval.start, end: OPEN_END }
        : cmp(D, fromIsoDay(interval.start)) >= 0
          ? { start: interval.start, end: iso(D) }
          : null;
      grain = 'range';
    }
    out.push({ text: text.slice(s, span.end), interval, grain, span: { start: s, end: span.end } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The context a rule resolves a hit in: the tense is read from the sentence only if the rule asks for it
 * (weekdays, months, day-months and seasons do; dates with a year never need it). */
class HitCtx implements Ctx {
  #tense: 'past' | 'future' | null | undefined;

  constructor(
    readonly date: Day | null,
    private readonly mode: Tense,
    private readonly text: string,
    private readonly span: { start: number; end: number },
  ) {}

  get tense(): 'past' | 'future' | null {
    if (this.#tense === undefined)
      this.#tense = this.mode === 'auto' ? detectTense(this.text, this.span) : this.mode;
    return this.#tense;
  }
}

function fromIsoDay(s: string): Day {
  return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
}

/** Whether two inclusive intervals share at least one day. */
export function intervalsOverlap(a: DateInterval, b: DateInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

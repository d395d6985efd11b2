import type { NumberBound, NumberMention } from '../model/index.ts';
import { lemma, isStopword } from './tokens.ts';

/**
 * Numbers with their unit and bound: "more than 2,000 people", "20 per cent", "€1.5bn", "nearly two million",
 * "a dozen". Not numbers here (left to times or ignored, on purpose):
 * - years (1800-2100 written as four plain digits, unless a unit follows: "2000 people") and days of a date
 *   ("23 June", "June 23");
 * - clock times ("10:30", "5 p.m.") and ordinals ("12th", "third"): an ordinal ranks rather than counts;
 * - "one" used as a pronoun ("one of them" is kept as 1, "no one" / "the one who" are not numbers).
 */

interface Tok {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/**
 * `x in table` as a Set lookup, without the operator's cost on every token: the table's own keys only. The
 * operator also said yes to what every object inherits, so "a constructor" read as a number without a value.
 */
function keysOf(table: object): ReadonlySet<string> {
  return new Set(Object.keys(table));
}

const TOK_RE = /[$€£¥]|\d+(?:[.,]\d+)*(?:\.\d+)?|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|%/gu;

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  k: 1e3,
  tn: 1e12,
};
// Vague plurals: "dozens of", "hundreds of", "thousands of" are at least two of the unit.
const VAGUE: Record<string, number> = {
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
};
const SMALL_KEYS = keysOf(SMALL);
const isSmall = (x: string): boolean => SMALL_KEYS.has(x);
const SCALE_KEYS = keysOf(SCALES);
const isScale = (x: string): boolean => SCALE_KEYS.has(x);
const VAGUE_KEYS = keysOf(VAGUE);
const isVague = (x: string): boolean => VAGUE_KEYS.has(x);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

// Plural nouns that make a four-digit number a count rather than a year ("2000 troops", not "in 2000").
const COUNT_NOUNS = new Set(
  `troops soldiers migrants refugees deaths cases jobs workers homes votes signatures employees students children
  members vehicles flights houses patients civilians protesters police officers asylum applications seats units
  euros dollars pounds points`.split(/\s+/),
);

const CURRENCY_SYMBOL: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };

const CURRENCY_KEYS = keysOf(CURRENCY_SYMBOL);
const isCurrencyKey = (x: string): boolean => CURRENCY_KEYS.has(x);

/** Normalised units: the plural/synonym on the left becomes the unit on the right. */
const UNIT_ALIASES: Record<string, string> = {
  percent: 'percent',
  pc: 'percent',
  euro: 'eur',
  euros: 'eur',
  eur: 'eur',
  dollar: 'usd',
  dollars: 'usd',
  usd: 'usd',
  pound: 'gbp',
  pounds: 'gbp',
  sterling: 'gbp',
  gbp: 'gbp',
  yen: 'jpy',
  yuan: 'cny',
  rupees: 'inr',
  km: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mile: 'mile',
  miles: 'mile',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  cm: 'cm',
  mm: 'mm',
  kg: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  tonne: 'tonne',
  tonnes: 'tonne',
  ton: 'tonne',
  tons: 'tonne',
  person: 'people',
  persons: 'people',
  people: 'people',
  individuals: 'people',
  yard: 'yard',
  yards: 'yard',
  hectare: 'hectare',
  hectares: 'hectare',
  acres: 'acre',
  mph: 'mph',
  kmh: 'kmh',
  gw: 'gw',
  mw: 'mw',
};
const UNIT_KEYS = keysOf(UNIT_ALIASES);
const isUnitAlias = (x: string): boolean => UNIT_KEYS.has(x);

const BOUND_BEFORE: [string[], NumberBound][] = [
  [['no', 'more', 'than'], 'at_most'],
  [['no', 'fewer', 'than'], 'at_least'],
  [['no', 'less', 'than'], 'at_least'],
  [['more', 'than'], 'more_than'],
  [['greater', 'than'], 'more_than'],
  [['higher', 'than'], 'more_than'],
  [['fewer', 'than'], 'less_than'],
  [['less', 'than'], 'less_than'],
  [['lower', 'than'], 'less_than'],
  [['at', 'least'], 'at_least'],
  [['at', 'most'], 'at_most'],
  [['up', 'to'], 'at_most'],
  [['as', 'many', 'as'], 'at_most'],
  [['as', 'much', 'as'], 'at_most'],
  [['close', 'to'], 'approx'],
  [['an', 'estimated'], 'approx'],
  [['some'], 'approx'],
  [['over'], 'more_than'],
  [['above'], 'more_than'],
  [['exceeding'], 'more_than'],
  [['under'], 'less_than'],
  [['below'], 'less_than'],
  [['nearly'], 'approx'],
  [['almost'], 'approx'],
  [['about'], 'approx'],
  [['around'], 'approx'],
  [['approximately'], 'approx'],
  [['roughly'], 'approx'],
  [['estimated'], 'approx'],
  [['circa'], 'approx'],
  [['c'], 'approx'],
  [['minimum', 'of'], 'at_least'],
  [['maximum', 'of'], 'at_most'],
];

// A copy of TOK_RE for exec loops (no iterator per call).
const TOK_SCAN = new RegExp(TOK_RE.source, TOK_RE.flags);

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOK_SCAN.lastIndex = 0;
  for (let m = TOK_SCAN.exec(text); m !== null; m = TOK_SCAN.exec(text))
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

function isDigits(t: Tok | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function parseDigits(s: string): number | null {
  // "1,234,567" and "1,234.5" use commas for thousands; "1.234" alone stays a decimal.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

function wordValue(w: string): number | null {
  if (isSmall(w)) return SMALL[w]!;
  if (!w.includes('-')) return null;
  const hy = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hy && isSmall(hy[1]!) && isSmall(hy[2]!) && SMALL[hy[1]!]! >= 20 && SMALL[hy[2]!]! < 10)
    return SMALL[hy[1]!]! + SMALL[hy[2]!]!;
  return null;
}

// Cheap pre-check: most sentences have no number at all.
const MAYBE_NUMBER =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds|thousands|millions|billions|half)\b/i;

/** Find numbers with units and bounds in a sentence or passage. */
export function findNumbers(text: string): NumberMention[] {
  if (!MAYBE_NUMBER.test(text)) return [];
  const toks = tokens(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const m = mayStartNumber(toks[i]!) ? readNumber(text, toks, i) : null;
    if (m === null) {
      i++;
      continue;
    }
    out.push(m.mention);
    i = m.next;
  }
  return out;
}

// Words that can start a number ("twenty", "a dozen", "half a million", "dozens of", "tens of thousands").
const START_WORDS = new Set([
  ...Object.keys(SMALL),
  ...Object.keys(VAGUE),
  'a',
  'an',
  'half',
  'dozen',
  'tens',
]);

/** Whether a number can start at token t: digits, a currency sign, a number word, or a hyphenated word. */
function mayStartNumber(t: Tok): boolean {
  const c0 = t.text.charCodeAt(0);
  return (c0 >= 48 && c0 <= 57) || isCurrencyKey(t.text) || START_WORDS.has(t.lower) || t.lower.includes('-');
}

/** The number starting at token i (mayStartNumber says it may), with the index of the token after it. */
function readNumber(text: string, toks: Tok[], i: number): { mention: NumberMention; next: number } | null {
  const t = toks[i]!;
  // "a" / "an" (the commonest start words) count only before "dozen" or a scale word: "a dozen", "a million".
  if ((t.lower === 'a' || t.lower === 'an') && !articleBeforeAmount(toks[i + 1])) return null;
  let k = i;
  let unit: string | null = null;
  let value: number | null;
  let bound: NumberBound = 'exact';
  let startTok = i;

  // Currency symbol first: "$5m", "€ 20".
  if (isCurrencyKey(t.text) && isDigits(toks[i + 1]) && gap(text, t, toks[i + 1]!) <= 1) {
    unit = CURRENCY_SYMBOL[t.text]!;
    k = i + 1;
  }
  const nt = toks[k]!;
  if (isDigits(nt)) {
    // Part of a clock time, a date or an ordinal: not a count.
    if (
      /^\d+$/.test(nt.text) &&
      /^(?:st|nd|rd|th)$/i.test(text.slice(nt.end, nt.end + 2)) &&
      !/\w/.test(text.charAt(nt.end + 2))
    )
      return null;
    if (
      /^[:/]\d/.test(text.slice(nt.end, nt.end + 2)) ||
      /\d[:/]$/.test(text.slice(Math.max(0, nt.start - 2), nt.start))
    )
      return null;
    // Parts of ISO dates and date-times: "2016-06-27T19:09".
    if (/\d{4}-\d{2}-\d{2}/.test(text.slice(Math.max(0, nt.start - 8), nt.end + 8))) return null;
    // Citation markers: "[1]", "[1, 3]", "[2-4]".
    if (
      /\[[\d,\s–-]*$/.test(text.slice(Math.max(0, nt.start - 12), nt.start)) &&
      /^[\d,\s–-]*\]/.test(text.slice(nt.end, nt.end + 12))
    )
      return null;
    value = parseDigits(nt.text);
    if (value === null) return null;
    k++;
    // Tokenised copy splits thousands: "30, 000" is 30000.
    while (
      /^\d{1,3}$|^\d{1,3}(?:,\d{3})+$/.test(toks[k - 1]!.text) &&
      toks[k]?.text.length === 3 &&
      /^\d{3}$/.test(toks[k]!.text) &&
      text.slice(toks[k - 1]!.end, toks[k]!.start) === ', ' &&
      !/^[.,]\d/.test(text.slice(toks[k]!.end, toks[k]!.end + 2))
    ) {
      value = value * 1000 + Number(toks[k]!.text);
      k++;
    }
    // And decimals: "98. 7 per cent" is 98.7 (the sentence splitter does not split between digits either).
    const tail = toks[k];
    if (
      toks[k - 1] === nt &&
      /^\d{1,3}$/.test(nt.text) &&
      tail !== undefined &&
      /^\d{1,2}$/.test(tail.text) &&
      text.slice(nt.end, tail.start) === '. ' &&
      !/^[.,]?\d/.test(text.slice(tail.end, tail.end + 2))
    ) {
      value = Number(`${nt.text}.${tail.text}`);
      k++;
    }
  } else if (wordValue(nt.lower) !== null) {
    if (unit) return null;
    const wv = readWords(toks, k);
    if (wv === null) return null;
    // "one" alone as a pronoun: "no one", "the one who", "one of the" (kept: "one of them" counts 1).
    if (wv.value === 1 && wv.next === k + 1) {
      const prev = toks[k - 1]?.lower;
      const next = toks[k + 1]?.lower;
      if (
        prev === 'no' ||
        prev === 'number' ||
        prev === 'the' ||
        prev === 'this' ||
        prev === 'that' ||
        next === 'another' ||
        next === 'day'
      )
        return null;
    }
    value = wv.value;
    k = wv.next;
  } else if (
    (nt.lower === 'a' || nt.lower === 'an') &&
    toks[k + 1] &&
    (toks[k + 1]!.lower === 'dozen' || isScale(toks[k + 1]!.lower)) &&
    toks[k + 1]!.lower.length > 2
  ) {
    const w = toks[k + 1]!.lower;
    value = w === 'dozen' ? 12 : SCALES[w]!;
    k += 2;
  } else if (
    nt.lower === 'half' &&
    toks[k + 1]?.lower === 'a' &&
    toks[k + 2] &&
    isScale(toks[k + 2]!.lower)
  ) {
    value = SCALES[toks[k + 2]!.lower]! / 2;
    k += 3;
  } else if (nt.lower === 'dozen' && toks[k - 1]?.lower !== 'a') {
    value = 12;
    k++;
  } else if ((isVague(nt.lower) || nt.lower === 'tens') && toks[k + 1]?.lower === 'of') {
    // "hundreds of thousands", "tens of millions": at least two of the larger unit times ten or a hundred.
    const next = toks[k + 2]?.lower ?? '';
    if (isVague(next) && toks[k + 3]?.lower === 'of') {
      value = (nt.lower === 'tens' ? 20 : (VAGUE[nt.lower]! / 2) * 2) * (VAGUE[next]! / 2);
      k += 3;
    } else if (nt.lower === 'tens') return null;
    else {
      value = VAGUE[nt.lower]!;
      k++;
    }
    bound = 'at_least';
  } else return null;

  // Years and dates are times, not numbers.
  const digitTok = isDigits(nt) ? nt : null;
  if (digitTok && unit === null && /^\d{4}$/.test(digitTok.text) && value >= 1800 && value <= 2100) {
    const nextLower = toks[k]?.lower ?? '';
    if (!isUnitAlias(nextLower) && !COUNT_NOUNS.has(nextLower) && !boundBefore(toks, startTok)) return null;
    if (MONTHS.has(toks[k - 2]?.lower ?? '')) return null;
  }
  if (
    digitTok &&
    unit === null &&
    /^1[0-7]\d\d$/.test(digitTok.text) &&
    /^(?:in|since|from|by|until|around|circa|c|before|after|of|and|to|year)$/.test(
      toks[k - 2]?.lower ?? '',
    ) &&
    !isUnitAlias(toks[k]?.lower ?? '')
  )
    return null;
  if (digitTok && /^\d{1,2}$/.test(digitTok.text)) {
    if (
      MONTHS.has(toks[k]?.lower ?? '') ||
      (MONTHS.has(toks[startTok - 1]?.lower ?? '') && !toks[k]?.lower.match(/^[a-z]/))
    )
      return null;
    if (MONTHS.has(toks[startTok - 1]?.lower ?? '') && /^,?\s*\d{4}/.test(text.slice(digitTok.end)))
      return null;
    if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i.test(text.slice(digitTok.end))) return null;
  }

  // Scale after digits: "2 million", "1.5bn", "5m" (glued), "3 billion".
  const glued = k < toks.length && toks[k]!.start === toks[k - 1]!.end;
  const sc = toks[k]?.lower;
  if (sc && isScale(sc) && (glued || sc.length > 2)) {
    value *= SCALES[sc]!;
    k++;
  }
  // Percent and currency words.
  const after = toks[k]?.lower;
  if (after === '%') {
    unit = 'percent';
    k++;
  } else if (after === 'per' && toks[k + 1]?.lower === 'cent') {
    unit = 'percent';
    k += 2;
  } else if (after === 'percent' || after === 'pc') {
    unit = 'percent';
    k++;
  } else if (after === 'percentage' && toks[k + 1]?.lower === 'points') {
    unit = 'percentage_points';
    k += 2;
  } else if (unit === null && after !== undefined) {
    // "20 EU member states": the unit is the first lower-case word after the number (names skipped), with only
    // spaces between; "of" is passed over ("fewer than 20 of people").
    let p = k;
    if (toks[p]?.lower === 'of' && toks[p + 1] && spaceOnly(text, toks[p]!, toks[p + 1]!)) p++;
    // A capitalised plural is itself the unit ("thousands of Valdorans fled").
    const capPlural =
      toks[p] && /^\p{Lu}\p{Ll}{2,}s$/u.test(toks[p]!.text) && spaceOnly(text, toks[p - 1]!, toks[p]!);
    while (
      !capPlural &&
      p < k + 2 &&
      toks[p] &&
      /^\p{Lu}/u.test(toks[p]!.text) &&
      !isUnitAlias(toks[p]!.lower) &&
      spaceOnly(text, toks[p - 1]!, toks[p]!)
    )
      p++;
    if (toks[p]?.lower === 'of' && toks[p + 1] && spaceOnly(text, toks[p]!, toks[p + 1]!)) p++;
    const u = toks[p] && spaceOnly(text, toks[p - 1]!, toks[p]!) ? toks[p]!.lower : '';
    if (isUnitAlias(u)) unit = UNIT_ALIASES[u]!;
    else if (/^[a-z][a-z-]*$/.test(u) && !isStopword(u) && !isScale(u) && !MONTHS.has(u)) {
      unit = /-old$/.test(u) ? u : lemma(u);
    }
    // Glued unit ("26-year-old" is one token "year-old" after the hyphen).
    if (unit === null && glued && toks[k] && /^[a-z]+$/.test(toks[k]!.lower) && isUnitAlias(toks[k]!.lower)) {
      unit = UNIT_ALIASES[toks[k]!.lower]!;
      k++;
    }
    // A currency word belongs to the amount's span: "40 million euros".
    if ((unit === 'eur' || unit === 'usd' || unit === 'gbp') && p < k + 2) k = p + 1;
    // Ages: "26 years old", "aged 26", "26-year-old" all have the unit "year-old".
    if ((unit === 'year' || unit === 'years-old') && toks[p + 1]?.lower === 'old') unit = 'year-old';
    if (unit === 'years-old') unit = 'year-old';
  }
  if (toks[startTok - 1]?.lower === 'aged' && (unit === null || unit === 'year')) unit = 'year-old';

  // Bound words before the number (or before the currency symbol).
  const b = boundBefore(toks, startTok);
  if (b) {
    bound = b.bound;
    startTok = b.start;
  }
  if (bound === 'exact') bound = boundAfter(text, toks, k) ?? bound;

  const spanStart = toks[startTok]!.start;
  const lastTok = toks[Math.max(k - 1, i)]!;
  const span = { start: spanStart, end: lastTok.end };
  return {
    mention: { text: text.slice(span.start, span.end), value, unit, bound, span },
    next: Math.max(k, i + 1),
  };
}

function articleBeforeAmount(next: Tok | undefined): boolean {
  return next !== undefined && (next.lower === 'dozen' || isScale(next.lower)) && next.lower.length > 2;
}

/** "20 or more", "20 and over", "20 plus" (at least); "20 or fewer", "20 or less" (at most): the words at k. */
function boundAfter(text: string, toks: Tok[], k: number): NumberBound | null {
  const w = toks[k];
  if (!w || !spaceOnly(text, toks[k - 1]!, w)) return null;
  if (w.lower === 'plus') return 'at_least';
  const next = toks[k + 1]?.lower;
  if (next === undefined) return null;
  if (w.lower === 'or' && (next === 'more' || next === 'over')) return 'at_least';
  if (w.lower === 'and' && (next === 'over' || next === 'above')) return 'at_least';
  // A prefix, as it always was: "or lesser" counts too.
  if (w.lower === 'or' && (next.startsWith('fewer') || next.startsWith('less'))) return 'at_most';
  return null;
}

function readWords(toks: Tok[], k: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let any = false;
  let j = k;
  while (j < toks.length) {
    const w = toks[j]!.lower;
    const v = wordValue(w);
    if (v !== null) {
      current += v;
      any = true;
      j++;
      continue;
    }
    if (any && isScale(w) && w.length > 2) {
      const s = SCALES[w]!;
      if (s === 100) current *= 100;
      else {
        total += current * s;
        current = 0;
      }
      j++;
      continue;
    }
    if (
      any &&
      w === 'and' &&
      toks[j + 1] &&
      wordValue(toks[j + 1]!.lower) !== null &&
      (current >= 100 || total > 0)
    ) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + current, next: j };
}

// The bound phrases by their last word, in BOUND_BEFORE's order (the first match wins, as in a scan of the list).
const BOUND_BY_LAST = new Map<string, [string[], NumberBound][]>();
for (const entry of BOUND_BEFORE) {
  const last = entry[0][entry[0].length - 1]!;
  const list = BOUND_BY_LAST.get(last);
  if (list) list.push(entry);
  else BOUND_BY_LAST.set(last, [entry]);
}

function boundBefore(toks: Tok[], i: number): { bound: NumberBound; start: number } | null {
  if (i < 1) return null;
  for (const [words, bound] of BOUND_BY_LAST.get(toks[i - 1]!.lower) ?? []) {
    const n = words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let x = 0; x < n; x++) if (toks[i - n + x]!.lower !== words[x]) ok = false;
    if (ok) return { bound, start: i - n };
  }
  return null;
}

function spaceOnly(text: string, a: Tok, b: Tok): boolean {
  return /^[\s-]*$/.test(text.slice(a.end, b.start));
}

function gap(text: string, a: Tok, b: Tok): number {
  return b.start - a.end;
}
